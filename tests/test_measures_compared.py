"""Measurements of one group written in different units of one dimension are weighed as the
quantities they are (issue 11, verdicts): "a 50mph limit" against "a limit of 50 km/h" is a
conflict, not two figures that cannot be compared (nor two equal numbers)."""

from __future__ import annotations

import re

from reconcile.claims.models import Claim, Group, Mention
from reconcile.compare import compare_groups
from reconcile.compare.conversions import unit_symbol
from reconcile.compare.selection import common_measure_unit


def measure(doc: str, value: float, unit: str, start: int = 0, half: float = 0.5) -> Claim:
    written = f"{value:g} {unit}"
    span = (start, start + len(written))
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit=unit,
        kind="physical",
        low=value - half,
        high=value + half,
    )
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit=unit,
        low=value - half,
        high=value + half,
        kind="physical",
        subject="Ferris Lane bend",
        metric="speed limit",
        mention=mention,
    )


def verdicts(*claims: Claim):  # type: ignore[no-untyped-def]
    g = Group(
        id="g1", label="Ferris Lane bend: speed limit", claims=[c.id for c in claims], unit="speed"
    )
    return compare_groups([g], list(claims))


def test_the_same_number_in_two_units_of_speed_conflicts() -> None:
    kmh = measure("a.txt", 50, "kilometer_per_hour")
    mph = measure("b.txt", 50, "mile_per_hour")
    [f] = verdicts(kmh, mph)
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    assert sorted(f.claims) == sorted([kmh.id, mph.id])


def test_a_figure_and_its_conversion_in_another_source_agree() -> None:
    # control: 50 km/h is 31.07 mph, which "31mph" holds
    assert (
        verdicts(measure("a.txt", 50, "kilometer_per_hour"), measure("b.txt", 31, "mile_per_hour"))
        == []
    )


def test_the_unit_most_figures_use_is_the_groups() -> None:
    cs = [
        measure("a.txt", 50, "kilometer_per_hour"),
        measure("b.txt", 50, "kilometer_per_hour"),
        measure("c.txt", 31, "mile_per_hour"),
    ]
    out = common_measure_unit(cs)
    assert [c.unit for c in out] == ["kilometer_per_hour"] * 3
    assert abs(out[2].value - 49.89) < 0.01 and out[2].low < out[2].value < out[2].high
    assert out[2].mention == cs[2].mention  # as written
    assert common_measure_unit(cs[:2]) == cs[:2]  # one unit: unchanged


def test_a_restatement_in_another_unit_does_not_speak_for_its_source() -> None:
    # b.txt gives 80 km/h and restates it as "about 50 mph"; c.txt gives 100 km/h. The verdict
    # sets b.txt's figure as written against c.txt's, the restatement left out.
    a = measure("a.txt", 100, "kilometer_per_hour")
    b_kmh = measure("b.txt", 80, "kilometer_per_hour")
    b_mph = measure("b.txt", 50, "mile_per_hour", start=40, half=2.5)  # "about": wider
    c = measure("c.txt", 100, "kilometer_per_hour")
    [f] = verdicts(a, b_kmh, b_mph, c)
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    assert all(b_mph.id not in e.claims for e in f.evidence)
    assert any(b_kmh.id in e.claims for e in f.evidence)


def test_the_verdict_says_in_which_unit_it_weighed_the_figures() -> None:
    kmh, mph = measure("a.txt", 50, "kilometer_per_hour"), measure("b.txt", 50, "mile_per_hour")
    [f] = verdicts(kmh, mph)
    m = re.search(r"\(([\d.]+) to ([\d.]+) (\S+) against ([\d.]+) to ([\d.]+) (\S+)\)", f.message)
    assert m is not None and m[3] == m[6] == unit_symbol(kmh)  # both in the group's unit
    assert float(m[4]) == 79.66  # 49.5 mph
    # control: figures written in one unit are given without one, as before
    [g] = verdicts(kmh, measure("b.txt", 80, "kilometer_per_hour"))
    assert "(49.5 to 50.5 against 79.5 to 80.5)" in g.message
