"""A figure written after "on average" ("the mill recycled on average 84% of its water") is an
average, as "84% on average" is, though the parse hangs "average" on the figure itself: it is
not weighed against one month's single figure (class: an average read as a single value).
Control: the same sentence without "on average" is weighed. Sentences written afresh."""

from __future__ import annotations

from reported import alarms

MONTH = "In March the paper mill recycled 91% of its water, the manager said."


def test_on_average_before_the_figure_is_an_average() -> None:
    average = "When its pumps worked, the paper mill recycled on average 84% of its water."
    assert alarms(MONTH, average) == []


def test_control_the_single_figure_is_weighed() -> None:
    single = "When its pumps worked, the paper mill recycled 84% of its water."
    assert alarms(MONTH, single)
