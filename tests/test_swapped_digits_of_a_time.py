"""Class: one time copied wrong in a group of no named measure. Spans of time grouped under
"duration" alone are not weighed: what they measure is not known (``rules.unnamed_metrics``);
but two times whose typed digits, clock digits included, differ by two neighbouring digits
swapped ("1:52.07" / "1:52.70") are one time copied wrong, whatever it measures."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups


def time(doc: str, figure: str, seconds: float) -> Claim:
    return built_claim(
        doc,
        figure,
        seconds,
        "second",
        seconds - 0.005,
        seconds + 0.005,
        kind="physical",
        subject="Orla Venn",
        metric="duration",
        sentence=f"Venn touched the wall in {figure}.",
        start=25,
    )


def verdict(other: str, seconds: float) -> list[str]:
    a, b = time("a.txt", "1:52.07", 112.07), time("b.txt", other, seconds)
    g = Group(id="g1", label="Orla Venn: duration", claims=[a.id, b.id], metric="duration")
    return [f.kind for f in compare_groups([g], [a, b])]


def test_two_times_with_swapped_digits_conflict() -> None:
    assert verdict("1:52.70", 112.70) == ["value_mismatch"]


def test_control_two_other_times_of_no_named_measure_stay_unweighed() -> None:
    assert verdict("1:49.31", 109.31) == []
