"""A span of time is named by the noun that lasts (issue 11, class "durations named by the
verb"): the antecedent of a relative pronoun that lasted ("a debate that lasted nine hours"),
the subject of a verb of lasting with a preposition ("the levy will run for ten weeks", "went
on for"), the noun a hyphenated span modifies however the tagger attaches it ("a 12-day
regional drive", "a 5-week long stoppage"), what a span noun is the span of ("a design period
of 30 months": design), the noun an act holds for the span ("suspended the licence for six
months"); with no such noun, the verb of the act qualifies the duration ("marched for six
hours": "duration (march)"). Sentences written afresh, names invented."""

from __future__ import annotations

import pytest
from reported import claims_of, metric_of

from reconcile.claims.group import group_claims

_claims, _metric = claims_of, metric_of


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the antecedent of the relative pronoun, not the verb of lasting
        (
            "The appeal was rejected after a hearing that lasted nine hours.",
            "nine hours",
            "hearing duration",
        ),
        # a relative clause read on the noun after "at": the noun the phrase hangs on lasted
        (
            "A walkout at the Varno depot, which lasted nine days, cut bus services by half.",
            "nine days",
            "strike duration",
        ),
        # the subject of a verb of lasting with a preposition
        (
            "The levy will run for ten weeks, officials in Dunmore said.",
            "ten weeks",
            "levy duration",
        ),
        ("The recount in Pellam went on for six hours.", "six hours", "recount duration"),
        # a hyphenated span the tagger hangs on its noun as "nmod", with or without "long"
        (
            "Volunteers planted 40,000 trees in a 12-day regional drive that closed today.",
            "12-day",
            "regional drive duration",
        ),
        (
            "A deal could end the 5-week long stoppage at Brisk Mills.",
            "5-week",
            "stoppage duration",
        ),
        # a noun that names a span itself: what it is the span of
        (
            "The firm set a design period of 30 months for the new ferry.",
            "30 months",
            "design duration",
        ),
        # the noun an act holds for the span
        (
            "The Orrin regulator suspended the operating licence for six months.",
            "six months",
            "licence duration",
        ),
    ],
)
def test_a_duration_is_named_by_the_noun_that_lasts(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


def test_a_lasting_things_span_is_not_the_period_of_a_later_verb() -> None:
    """What lasted is named; a figure of a verb joined to the verb of lasting ("and burned
    300 litres") is not what the span is the period of."""
    text = "The ferry crossing lasted 40 minutes and burned 300 litres of fuel."
    metric = _metric(text, "40 minutes")
    assert metric is not None and "fuel" not in metric and metric.endswith("crossing duration")


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the value of what runs still makes the span its period
        (
            "The shirt deal, worth about €7 million a year, will run for five years.",
            "five years",
            "deal value duration",
        ),
        # a verb with an object and a state is no verb of lasting: the state lasted
        (
            "The glitch forced Quarry Bank to keep its app offline for 12 days.",
            "12 days",
            "outage duration",
        ),
        # another instance keeps its word before the figure
        ("The union called a further 48-hour stoppage.", "48-hour", "further stoppage duration"),
    ],
)
def test_control_no_borrowed_name(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


def test_an_acts_span_is_a_duration_of_the_act() -> None:
    """With no noun that lasts, the verb of the act says which span it is, as a qualifier of
    the duration ("persons (evacuate)" names a count of people so), never as the thing."""
    assert _metric("The workers marched for six hours.", "six hours") == "duration (march)"


def test_a_pronoun_that_lasted_names_nothing() -> None:
    """Nothing the parse names lasted: a plain duration (never compared), not the verb."""
    assert _metric('"That dragged on for about two hours," a neighbour said.', "two hours") == (
        "duration"
    )


def test_two_wordings_of_one_hearing_meet() -> None:
    """End to end: "a hearing that lasted" and "the hearing lasted" are one hearing's length,
    and their figures are grouped; another thing's span stays out."""
    a = _claims("a.txt", "At Pellam the appeal failed after a hearing that lasted nine hours.")
    b = _claims(
        "b.txt", "At Pellam the hearing lasted seven hours. The inquiry ran for three days."
    )
    by_text = {c.text: c for c in [*a, *b]}
    assert by_text["nine hours"].metric == by_text["seven hours"].metric == "hearing duration"
    groups = group_claims([*a, *b])
    shared = [g for g in groups if by_text["nine hours"].id in g.claims]
    assert shared and by_text["seven hours"].id in shared[0].claims
    assert by_text["three days"].id not in shared[0].claims
