"""An amount or a physical quantity given as one on top of another ("up to 45mm more rain")
against a figure not so marked (the 140mm that fell) are two quantities
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


def test_control_a_further_amount_stays_weighed_as_the_amount() -> None:
    one = "The insurer is putting 53 million pounds into its claims reserve, it said on Monday.\n"
    other = "The insurer is putting a further 35 million pounds into its claims reserve.\n"
    assert alarms(one, other) != []
