"""A count given as of a part of the day ("had been ticketed by mid-morning", "by lunchtime", "by
late afternoon") is a stage of a count still running, as one given as of a clock time ("by
16:00") is: against another source's count of the whole day it is no conflict. Without the
stage, with the same stage on both sides, or by the evening (the day's tally), a difference
stands."""

from __future__ import annotations

import pytest

from tests.reported import alarms

WHOLE_DAY = (
    "Police in Dorvik said 1,320 motorists were fined on Monday under the new low-emission rule.\n"
)
STAGED = (
    "Under the new low-emission rule in Dorvik, police said 715 motorists had been fined by "
    "mid-morning on Monday.\n"
)


@pytest.mark.parametrize("stage", ["mid-morning", "lunchtime", "late afternoon"])
def test_a_count_as_of_a_part_of_the_day_is_a_stage_of_the_count(stage: str) -> None:
    assert alarms(STAGED.replace("mid-morning", stage), WHOLE_DAY) == []


def test_control_a_count_of_no_stated_stage_still_conflicts() -> None:
    assert alarms(STAGED.replace(" by mid-morning", ""), WHOLE_DAY) != []


def test_control_a_count_by_the_evening_is_the_days_tally() -> None:
    assert alarms(STAGED.replace("mid-morning", "early evening"), WHOLE_DAY) != []


def test_control_two_counts_of_one_part_of_the_day_still_conflict() -> None:
    other = STAGED.replace("715", "940").replace("police said", "the city council said")
    assert alarms(STAGED, other) != []
