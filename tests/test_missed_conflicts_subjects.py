"""benchmarks/missed_conflicts.py: a pair of claims is a subject miss only when the subjects
grouping settled on differ, not when one name is written two ways that grouping merged."""

from __future__ import annotations

from benchmarks.missed_conflicts import _stage
from tests.claim_builder import built_claim


def _toll(doc: str, value: float, subject: str):  # type: ignore[no-untyped-def]
    return built_claim(
        doc,
        f"{value:g} dead",
        value,
        "person",
        value,
        value,
        kind="count",
        subject=subject,
        metric="death toll",
    )


def test_two_ways_of_one_name_merged_by_grouping_are_a_split_not_a_subject_miss() -> None:
    a, b = _toll("a.txt", 41, "Ardle Bay"), _toll("b.txt", 47, "Ardle")
    groups = {a.id: "g1", b.id: "g2"}  # apart, but under one settled name
    settled: dict[str, str | None] = {a.id: "Ardle", b.id: "Ardle"}
    assert _stage(a, b, groups, settled) == "split"


def test_two_places_of_one_kind_stay_a_subject_miss() -> None:
    a, b = _toll("a.txt", 41, "Ardle Bay"), _toll("b.txt", 47, "Tolver Bay")
    groups = {a.id: "g1", b.id: "g2"}
    settled: dict[str, str | None] = {a.id: "Ardle Bay", b.id: "Tolver Bay"}
    assert _stage(a, b, groups, settled) == "subject"


def test_without_groups_the_claims_own_subjects_are_compared() -> None:
    a, b = _toll("a.txt", 41, "Ardle Bay"), _toll("b.txt", 47, "Ardle")
    assert _stage(a, b, {a.id: "g1", b.id: "g2"}) == "subject"
