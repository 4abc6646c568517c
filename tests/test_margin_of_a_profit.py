"""A margin written with no word of its own ("a margin of 25.8%") is the margin of the profit
measure its clause gives: "adjusted EBITDA rose to $1.58bn, a margin of 25.8%" is an EBITDA
margin, which an operating margin of another source does not contradict. Controls: the margin
of operating profit against an operating margin, and an EBITDA margin against another
source's EBITDA margin, are still weighed."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms

DAY = dt.date(2026, 2, 26)

OPERATING = (
    "Results\n\nKelvo Group said on Thursday its operating margin widened to 17.0% in 2025.\n"
)
OF_EBITDA = (
    "Results\n\nKelvo Group said on Thursday that adjusted EBITDA rose to $1.58bn in 2025, a "
    "margin of 25.8%.\n"
)


def test_a_margin_hung_on_another_profit_is_that_profit_s_margin() -> None:
    assert not alarms(OPERATING, OF_EBITDA, day=DAY)


def test_a_margin_in_a_list_line_after_the_profit_is_that_profit_s_margin() -> None:
    listed = (
        "Results\n\nKelvo Group, full year 2025:\n- Adjusted EBITDA $1.58bn, a margin of 25.8%\n"
    )
    assert not alarms(OPERATING, listed, day=DAY)


def test_control_the_margin_of_operating_profit_is_an_operating_margin() -> None:
    of_operating = (
        "Results\n\nKelvo Group said on Thursday that operating profit rose to $1.05bn in 2025, "
        "a margin of 19.2%.\n"
    )
    assert alarms(OPERATING, of_operating, day=DAY)


def test_control_two_ebitda_margins_are_weighed() -> None:
    other = "Results\n\nKelvo Group said on Thursday its EBITDA margin was 28.5% in 2025.\n"
    assert alarms(OF_EBITDA, other, day=DAY)
