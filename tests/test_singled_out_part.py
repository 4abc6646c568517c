"""A figure whose clause's subject "alone" singles out ("the new terminal alone will cost
$2.4 billion") is that one part's, not the whole's: another source's total for the whole
project is not weighed against it. Control: two sources' totals for the whole still disagree."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms

DAY = dt.date(2026, 10, 14)

WHOLE = "Airport expansion\n\nThe expansion of Hollerby airport will cost $6.1 billion.\n"


def test_a_part_singled_out_by_alone_is_not_the_whole() -> None:
    part = (
        "Airport expansion\n\nThe plans for Hollerby airport are vast: the new terminal alone"
        " will cost $2.4 billion.\n"
    )
    assert not [m for m in alarms(WHOLE, part, day=DAY) if "2.4" in m]


def test_control_two_totals_for_the_whole_still_disagree() -> None:
    other = "Airport expansion\n\nThe expansion of Hollerby airport will cost $8.3 billion.\n"
    assert [m for m in alarms(WHOLE, other, day=DAY) if "8.3" in m]


def test_control_the_part_itself_retold_still_disagrees() -> None:
    alone = (
        "Airport expansion\n\nThe plans for Hollerby airport are vast: the new terminal alone"
        " will cost $2.4 billion.\n"
    )
    itself = "Airport expansion\n\nThe new terminal at Hollerby airport will cost $2.9 billion.\n"
    assert [m for m in alarms(alone, itself, day=DAY) if "2.9" in m]
