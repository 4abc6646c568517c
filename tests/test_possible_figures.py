"""A figure the story thinks possible ("could top $2 billion", "may reach 60") is no outcome: a
modal of possibility over the figure's clause makes it an expectation, and against another
source's estimate or count it is not a conflict (class: possibilities read as measurements).
Controls: a figure in the subject of such a verb describes what the verb is about, the amount
of a possible rise is itself the quantity, and a plain statement stays a figure. Sentences
written afresh."""

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
        "Brokers warned that claims from the storm could top $2 billion.",
        "Officials said the number of evacuees may reach 6,000 by the weekend.",
        "The repair bill might come to $45 million, the operator said.",
    ],
)
def test_a_possible_figure(text: str) -> None:
    [(_figure, possible)] = _figures(text)
    assert possible


@pytest.mark.parametrize(
    "text",
    [
        "Claims from the storm reached $2 billion, the insurers' association said.",
        "The 4,200-tonne freighter may have run aground in fog.",  # the subject's size
        "The fee could rise by another $8 million if the club wins the league.",  # the rise
    ],
)
def test_control_not_a_possibility(text: str) -> None:
    [(_figure, possible)] = _figures(text)
    assert not possible


POSSIBLE = "Brokers at Tellbury Re said insured losses from the storm could top $2 billion."
ESTIMATE = "Tellbury Re put insured losses from the storm at $1.3 billion on Friday."
OTHER = "Tellbury Re put insured losses from the storm at $2 billion on Friday."


def test_a_possible_figure_against_an_estimate_is_no_conflict() -> None:
    assert alarms(POSSIBLE, ESTIMATE) == []


def test_control_two_estimates_that_differ_conflict() -> None:
    assert alarms(OTHER, ESTIMATE)
