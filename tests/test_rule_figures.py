"""A figure a rule sets ("must keep 12%", "a cap of 4.5%", "caps spending at 70%") is not one the
story measures: against a measured figure it is a rule against an outcome, not a conflict.
Sentences written afresh."""

from __future__ import annotations

import pytest
from reported import alarms

from reconcile.claims.models import Document
from reconcile.compare.scope import is_rule
from reconcile.pipeline import reconcile


def _figures(text: str) -> list[tuple[str, bool]]:
    report = reconcile([Document(id="a.txt", path="a.txt", text=text)])
    return [(c.text, is_rule(c)) for c in report.claims]


@pytest.mark.parametrize(
    "text",
    [
        "New rules require lenders to hold at least 80% of deposits in cash.",
        "Banks must keep 12% of their assets in reserve.",
        "The council set a cap of 4.5% on rent rises.",
        "The league caps wage spending at 70% of turnover.",
        "The speed limit on the bridge is 40 mph.",
        # the object of a verb whose "at" holds the figure is the rule's noun
        "The statute fixes the threshold at 12% of enrolled members.",
        "Party rules set the bar at 20% of sitting councillors.",
    ],
)
def test_a_figure_a_rule_sets(text: str) -> None:
    [(_figure, ruled)] = _figures(text)
    assert ruled


@pytest.mark.parametrize(
    "text",
    [
        "The club spent 64% of its turnover on wages.",
        "Lenders held 61% of deposits in cash at the end of October.",
        "The win capped a season that brought seven national titles.",  # "capped": crowned
        "At least 20 people were killed in the flooding.",
        "The agency set prices at 12% above last year's.",  # a verb's "at", no rule noun
    ],
)
def test_control_a_figure_the_story_measures(text: str) -> None:
    [(_figure, ruled)] = _figures(text)
    assert not ruled


RULE = "Under the new code, Harrowgate Savings must hold 75% of its deposits in cash."
MEASURED = "Harrowgate Savings held 58% of its deposits in cash, its latest filing showed."
OTHER = "Harrowgate Savings held 75% of its deposits in cash, its latest filing showed."


def test_a_rule_against_an_outcome_is_no_conflict() -> None:
    assert alarms(RULE, MEASURED) == []


def test_control_two_outcomes_that_differ_conflict() -> None:
    assert alarms(OTHER, MEASURED)


# A rule's object with a clause of its own: the clause says what the object must do ("requires
# audits covering at least 30% of branches"), so its figure is the rule's too; the same clause
# on an object of a verb of no rule, or on a subject, sets nothing.
@pytest.mark.parametrize(
    "text",
    [
        "The regulator now requires audits covering at least 30% of branches each year.",
        "The code requires inspectors who visit at least 40 farms a season.",
    ],
)
def test_a_figure_in_a_clause_on_a_rule_verbs_object(text: str) -> None:
    [(_figure, ruled)] = _figures(text)
    assert ruled


@pytest.mark.parametrize(
    "text",
    [
        "The regulator published audits covering 30% of branches last year.",
        "Audits covering 30% of branches required more staff than planned.",
    ],
)
def test_control_the_same_clause_under_no_rule(text: str) -> None:
    [(_figure, ruled)] = _figures(text)
    assert not ruled


def test_a_rule_by_its_objects_clause_against_an_outcome_is_no_conflict() -> None:
    measured = "Its audits covered just 12% of branches before the failure, the review found."
    rule = "The regulator now requires audits covering at least 30% of branches each year."
    assert alarms(measured, rule) == []
    assert alarms(measured, rule.replace("now requires", "ran")) != []  # the control


def test_a_level_crossed_in_a_condition_is_a_threshold() -> None:
    # "if ... clears 105%": the level a present-tense condition crosses is no reported figure
    rule = "If the sampled count clears 105% of the quota, the petition goes straight through."
    past = "Because the sampled count exceeded 105 percent of the quota, no full check was held."
    assert alarms(rule, past) == []
