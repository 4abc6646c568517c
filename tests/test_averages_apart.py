"""An average over many is not one's own value: "an average overdraft fee of $19" and a bank's
"cut its overdraft fee to $12" are two quantities, as are "rose by an average of 6%" and one
course's "a 9% rise" (class: an average read as the single figure it summarizes). Controls: two
single figures that differ still conflict, and an average over a period its clause names ("will
ease to an average of 2.6% this year") is that period's figure, held against another source's."""

from __future__ import annotations

import pytest
from reported import alarms

SINGLE = "Ormsby Bank cut its overdraft fee to $12, the lender said."


@pytest.mark.parametrize(
    "average",
    [
        "The average overdraft fee at Ormsby Bank is $19, a consumer group says.",
        "Ormsby Bank customers pay an overdraft fee of $19 on average, a consumer group says.",
    ],
)
def test_an_average_against_a_single_figure_is_no_conflict(average: str) -> None:
    assert alarms(SINGLE, average) == []


def test_control_two_single_figures_conflict() -> None:
    other = "Ormsby Bank cut its overdraft fee to $19, the lender said."
    assert alarms(SINGLE, other)


def test_control_an_average_over_a_period_is_that_periods_figure() -> None:
    a = "The Dallowmere central bank said inflation would ease to an average of 2.6% this year."
    b = "The Dallowmere central bank said inflation would ease to 3.4% this year."
    assert alarms(a, b)


def test_on_average_on_the_clause_verb_marks_an_average() -> None:
    from reconcile.claims.parse import narrowing_of, parse_sentences

    def extreme(sentence: str) -> str | None:
        doc = parse_sentences([sentence])[0]
        at = sentence.index("$42")
        reading = narrowing_of(doc, at, at + 3, "fee")
        return None if reading is None else reading.extreme

    assert extreme("On average, members pay a yearly fee of $42.") == "average"
    assert extreme("Members pay a yearly fee of $42.") is None
