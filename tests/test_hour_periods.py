"""Hours are periods of a figure as days and weeks are: a count "in its first 72 hours" and one
"in the first 12 hours" measure two periods, not one quantity two sources disagree on (issue 11
precision; parse.toml [periods]). Two counts of the same hours still conflict."""

from __future__ import annotations

from tests.reported import alarms

LONG = "The streaming service signed up 640,000 subscribers in its first 72 hours, it said.\n"
SHORT = "Industry trackers count about 310,000 subscribers in the first 12 hours of the launch.\n"


def test_counts_of_two_numbers_of_hours_are_no_conflict() -> None:
    assert alarms(LONG, SHORT) == []


def test_control_counts_of_the_same_hours_still_conflict() -> None:
    assert alarms(LONG, SHORT.replace("first 12 hours", "first 72 hours")) != []
