"""What a duration measures, read from the parse (issue 11, class "junk '<other metric>
duration'"): a duration is the length of the noun it modifies ("a 40-hour stoppage"), of the
thing a verb of lasting has as subject ("the hearing lasted"), of the state it is the time of
("were shut for nine days"), or the period of another figure its verb governs ("shed 9% of
their weight over 30 weeks"); it never borrows the metric of an unrelated figure of its
sentence or document, and with nothing to tie it to it stays a plain "duration" (never
compared). Sentences written afresh, names invented."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import duration_holder, parse_sentences


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in _claims("t.txt", text) if c.text == surface]
    assert found, [c.text for c in _claims("t.txt", text)]
    return found[0].metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the noun it modifies, not a figure elsewhere in the sentence
        (
            "A 40-hour stoppage by Brisley dock pilots delayed 310 cargo ships and cost "
            "shippers about $55 million.",
            "40-hour",
            "stoppage duration",
        ),
        ("Tomaszek has agreed a four-year deal worth €60 million.", "four-year", "deal duration"),
        # another instance of the thing keeps its word
        (
            "The pilots' union warned of a further 96-hour stoppage next month.",
            "96-hour",
            "further stoppage duration",
        ),
        # the subject of a verb of lasting
        (
            "The appeal hearing lasted nine days, the court said.",
            "nine days",
            "appeal hearing duration",
        ),
        # the act "take ... to" names
        ("The Orvell footbridge took six years to design.", "six years", "design duration"),
        # the state it is the time of, however the sentence is built
        (
            "For nine days the Pellaro Bank app and its cash machines were offline.",
            "nine days",
            "offline duration",
        ),
        (
            "The glitch forced Pellaro Bank to keep its app offline for 12 days.",
            "12 days",
            "offline duration",
        ),
        # what a spell goes without, however it is attached
        (
            "Dunmere has now gone 33 days without a drop of rain, forecasters said.",
            "33 days",
            "without rain duration",
        ),
        (
            "The Dunmere gauge logged 33 consecutive days without measurable rain.",
            "33 consecutive days",
            "without rain duration",
        ),
        # the period of the figure its verb governs
        (
            "Volunteers given the drug shed 9% of their weight over 30 weeks, Draymont said.",
            "30 weeks",
            "weight loss duration",
        ),
    ],
)
def test_a_duration_is_named_by_what_lasts(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a span since an earlier event names no quantity of its own: no metric is borrowed
        ("Shares in Corlew rose 6% to $14.10, their best day in three years.", "three years"),
        ("Its revenue rose 4% on Monday, and the bank has been open for two years.", "two years"),
    ],
)
def test_control_a_duration_tied_to_nothing_borrows_no_metric(text: str, surface: str) -> None:
    metric = _metric(text, surface)
    assert metric is not None
    assert "share price" not in metric and "revenue" not in metric


def test_the_holder_is_the_noun_or_the_verb() -> None:
    text = "The 40-hour stoppage ended, and the port stayed shut for nine days."
    doc = parse_sentences([text])[0]
    noun = duration_holder(doc, text.index("40-hour"), text.index("40-hour") + 7)
    assert noun is not None and not noun.verb and noun.name == "stoppage"
    verb = duration_holder(doc, text.index("nine days"), text.index("nine days") + 9)
    assert verb is not None and verb.verb and verb.name in ("stay", "shut")


def test_two_sources_give_one_stoppage_two_lengths() -> None:
    """The class end to end: two wordings of one stoppage's length meet in one group, its
    next stoppage stays out of it."""
    a = _claims(
        "a.txt",
        "A 40-hour stoppage by Brisley dock pilots delayed 310 cargo ships. The union has "
        "threatened a further 96-hour stoppage in May.",
    )
    b = _claims("b.txt", "The 36-hour stoppage by Brisley dock pilots delayed 290 ships.")
    groups = group_claims([*a, *b])
    by_text = {c.text: c.id for c in [*a, *b]}
    shared = [g for g in groups if by_text["40-hour"] in g.claims]
    assert shared and by_text["36-hour"] in shared[0].claims
    assert by_text["96-hour"] not in shared[0].claims


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The 31-year-old is paid £40,000 weekly under a two-year contract.", "two-year"),
        ("Ostrava booked the signing as a cost across his six-year contract.", "six-year"),
    ],
)
def test_a_length_of_an_unnamed_persons_thing_is_not_named(text: str, surface: str) -> None:
    """Two players' contracts in one transfer story fall to one club as subject: a contract of
    a person the sentence only describes stays a plain duration (never compared)."""
    assert _metric(text, surface) == "duration"


def test_control_a_named_persons_contract_is_a_contract() -> None:
    text = "Ilse Varnow signed a two-year contract with Ostrava on Monday."
    assert _metric(text, "two-year") == "deal duration"  # metrics.toml [synonyms]: one word
