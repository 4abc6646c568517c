"""A list of amounts each said to come from a named source ("£120m from the Regional Health
Board, £45m from the Hartwell Foundation and £35m from the City Council, a total of £210m") is
a list of parts of the total after it: "from" before a name says where a part came from, not
what a figure rose or fell from. So the parts are added up against the total, and a part is
not weighed against another source's whole. Controls: parts that add up raise nothing, and a
whole against a whole is still weighed."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms, findings_of

DAY = dt.date(2026, 4, 13)

FUNDED = (
    "Hospital opens\n\nHarlow Health opened its new hospital on Monday. The project was funded "
    "with £120m from the Regional Health Board, £45m from the Hartwell Foundation and £35m from "
    "the City Council, a total of {total}.\n"
)
WHOLE = "Hospital opens\n\nThe £200m project, led by Harlow Health, opened on Monday.\n"


def sums(text: str) -> list[str]:
    return [f.message for f in findings_of(text, day=DAY) if f.kind == "arithmetic"]


def test_parts_from_named_sources_are_added_up_against_their_total() -> None:
    assert sums(FUNDED.format(total="£210m"))


def test_control_parts_that_add_up_raise_nothing() -> None:
    assert not sums(FUNDED.format(total="£200m"))


def test_a_listed_part_is_not_weighed_against_another_source_s_whole() -> None:
    assert not alarms(WHOLE, FUNDED.format(total="£200m"), day=DAY)


def test_control_a_whole_against_a_whole_is_still_weighed() -> None:
    other = "Hospital opens\n\nThe £120m project, led by Harlow Health, opened on Monday.\n"
    assert alarms(WHOLE, other, day=DAY)
