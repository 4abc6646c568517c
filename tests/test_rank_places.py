"""A rank among the noun a superlative modifies is a rank among that noun's set, which the
noun's attachments name: "the third-largest bank in India" and "the 12th-largest bank in
Japan" rank the same bank in two places, no conflict (issue 11 precision). Two ranks in one
place, or in none, still conflict."""

from __future__ import annotations

from tests.reported import alarms

HERE = "Harwick Bank is the third-largest bank in India by assets, the filing showed.\n"
THERE = "Harwick Bank is the 12th-largest bank in Japan by assets, the filing showed.\n"


def test_ranks_in_two_places_are_no_conflict() -> None:
    assert alarms(HERE, THERE) == []


def test_control_ranks_in_one_place_conflict() -> None:
    assert alarms(HERE, THERE.replace("Japan", "India")) != []
