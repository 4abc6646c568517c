"""A count written as the whole a part is taken from with no determiner between ("freed the
final three of 14 hostages") is the whole, as "three of the 14 hostages" is: another source's
count of the part ("the final three hostages") is no conflict with it. A plain count of another
size still conflicts."""

from __future__ import annotations

from tests.reported import alarms

WHOLE = (
    "Soldiers freed the final three of 14 hostages held at the Varro farm on Friday, officials "
    "said.\n"
)
PART = (
    "Soldiers freed four hostages at the Varro farm on Thursday and the final three hostages on "
    "Friday, officials said.\n"
)


def test_the_whole_of_a_part_without_a_determiner_is_no_conflict_with_the_part() -> None:
    assert alarms(WHOLE, PART) == []


def test_control_a_plain_count_still_conflicts_with_the_part() -> None:
    assert alarms(WHOLE.replace("the final three of 14 hostages", "14 hostages"), PART) != []
