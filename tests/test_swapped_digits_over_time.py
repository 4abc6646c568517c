"""Class: a figure copied wrong across two days. Two figures of a count given for two different
days are excused as a change over time (``judge``: "the days differ"); but two figures of at
least three significant digits that differ by two neighbouring digits swapped ("4,318 burrows"
on Monday, "4,138 burrows" for the season) are one figure copied wrong, which no change over
time explains, and they conflict, as a slipped scale word does."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups


def burrows(doc: str, value: float, when: str) -> Claim:
    figure = f"{value:,.0f} burrows"
    return built_claim(
        doc,
        figure,
        value,
        "burrow",
        value - 0.5,
        value + 0.5,
        kind="count",
        subject="Marrach Dunes",
        metric="burrows",
        when=when,
        sentence=f"Wardens counted {figure} on the dunes.",
        start=15,
    )


def verdict(first: float, second: float) -> list[tuple[str, str]]:
    a, b = burrows("a.txt", first, "2026-05-11"), burrows("b.txt", second, "2026-05-14")
    g = Group(id="g1", label="Marrach Dunes: burrows", claims=[a.id, b.id], metric="burrows")
    return [(f.kind, f.severity) for f in compare_groups([g], [a, b])]


def test_swapped_digits_on_two_days_conflict() -> None:
    assert verdict(4318, 4138) == [("value_mismatch", "error")]


def test_control_other_figures_on_two_days_are_a_change_over_time() -> None:
    assert verdict(4318, 4520) == [("different_scope", "info")]
