"""A count whose noun the parse narrows by where its members come from ("310 people from Kessel
and the nearby hamlets have worked at the quarry") counts a part of everyone the noun could
count: another source's count that names no origin is the whole's, not that part retold, so
the two are not weighed against each other. Control: two counts of the same origin still
disagree."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms, claim_with, claims_of

DAY = dt.date(2026, 9, 21)
WHOLE = "Quarry report\n\nAround 1,420 people have worked at the quarry since it reopened.\n"
PART = (
    "Quarry report\n\nSome 310 people from Kessel and the nearby hamlets have worked at the "
    "quarry since it reopened.\n"
)


def test_a_count_narrowed_by_origin_says_so() -> None:
    assert claim_with(claims_of("t.txt", PART), "310").narrowing == ["from kessel"]
    assert claim_with(claims_of("t.txt", WHOLE), "1,420").narrowing == []


def test_the_part_by_origin_is_not_the_whole() -> None:
    assert not [m for m in alarms(WHOLE, PART, day=DAY) if "310" in m]


def test_control_two_counts_of_one_origin_still_disagree() -> None:
    other = PART.replace("310", "520")
    assert [m for m in alarms(PART, other, day=DAY) if "310" in m or "520" in m]
