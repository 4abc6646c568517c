"""Class: a figure in a clause of what could not be done ("admitted it could not repay a $40m
loan") read as a possibility, an expectation against another source's figure, so a
disagreement passed as a forecast against an outcome. "Could" with a negation says what the
subject was unable to do, a statement of what happened; the figure is the story's own.
Controls: "could" without a negation, and "might not" / "may not" (still what may come), stay
possibilities. Sentences written afresh."""

from __future__ import annotations

import pytest
from reported import alarms

from reconcile.claims.models import Document
from reconcile.compare.scope import is_possible
from reconcile.pipeline import reconcile


def _figures(text: str) -> list[tuple[str, bool]]:
    report = reconcile([Document(id="a.txt", path="a.txt", text=text)])
    return [(c.text, is_possible(c)) for c in report.claims]


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore Homes said on Monday it could not repay a $40 million loan from its banks.",
        "The council admitted it couldn't find the $12 million the repairs need.",
    ],
)
def test_what_could_not_be_done_is_no_possibility(text: str) -> None:
    [(_figure, possible)] = _figures(text)
    assert not possible


@pytest.mark.parametrize(
    "text",
    [
        "Dunmore Homes said its losses could reach $40 million this year.",
        "Analysts warned the shortfall might not stay below $12 million.",
    ],
)
def test_control_still_a_possibility(text: str) -> None:
    [(_figure, possible)] = _figures(text)
    assert possible


def test_an_amount_that_could_not_be_paid_meets_another_source() -> None:
    assert alarms(
        "Dunmore Homes admitted that it could not meet the coupon on a $4.5 billion bond.",
        "Dunmore Homes failed to meet the coupon on its $450 million bond.",
    )
