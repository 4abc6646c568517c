"""An amount or a physical quantity given as one on top of another ("up to 45mm more rain",
"a further £2m") against a figure not so marked (the 140mm that fell) are two quantities
(class: an addition set against the whole). Sentences written afresh, with invented names."""

from __future__ import annotations

from tests.reported import alarms

LEAD = "Rain fell on the valley for two days. "
ONE = LEAD + "The river burst its banks after 140 millimetres of rain fell in 30 hours.\n"
MORE = LEAD + "Forecasters say up to 45mm more rain could fall on Sunday.\n"


def test_more_after_the_figure_is_an_addition() -> None:
    assert alarms(ONE, MORE) == []


def test_control_the_same_figure_without_more_conflicts() -> None:
    other = LEAD + "The river burst its banks after 45mm of rain fell in 30 hours.\n"
    assert alarms(ONE, other) != []


def test_a_further_amount_is_an_addition() -> None:
    one = "The zoo had a record year. Ticket sales brought in 9.4 million pounds.\n"
    other = "The zoo had a record year. Ticket sales brought in a further 2.1 million pounds.\n"
    assert alarms(one, other) == []
    assert alarms(one, other.replace("a further ", "")) != []
