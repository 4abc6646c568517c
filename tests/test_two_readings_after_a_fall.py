"""Class: a reading after a fall against another reading after the same fall. A measurement
given as the level a fall took it to ("speeds have dropped to 45 km/h") against a higher one
of another source is excused as a reading of before the fall (``scope.eased_reading``); but
when the other source gives its higher figure as the level the fall took it to as well
("have fallen by 9 km/h, to 49 km/h"), both are readings after the fall, and they conflict."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups


def speed(doc: str, figure: str, value: float, sentence: str) -> Claim:
    return built_claim(
        doc,
        figure,
        value,
        "kilometer / hour",
        value - 0.5,
        value + 0.5,
        start=sentence.index(figure),
        kind="physical",
        subject="Orrin Ring Road",
        metric="average speed",
        sentence=sentence,
    )


def verdict(a_sentence: str) -> list[tuple[str, str]]:
    a = speed("a.txt", "49 km/h", 49.0, a_sentence)
    b = speed("b.txt", "45 km/h", 45.0, "Average speeds on the ring road have dropped to 45 km/h.")
    g = Group(
        id="g1", label="Orrin Ring Road: average speed", claims=[a.id, b.id], metric="average speed"
    )
    return [(f.kind, f.severity) for f in compare_groups([g], [a, b])]


def test_two_readings_after_one_fall_conflict() -> None:
    said = "On the ring road, average speeds have fallen by 9 km/h, to 49 km/h."
    assert verdict(said) == [("value_mismatch", "error")]


def test_control_a_reading_not_given_after_a_fall_may_be_of_before_it() -> None:
    said = "Average speeds on the ring road were 49 km/h, the study found."
    assert verdict(said) == [("different_scope", "info")]
