"""What a duration measures, read from the parse (issue 11, class "junk '<other metric>
duration'"): a duration is the length of the noun it modifies ("a 40-hour stoppage"), of the
thing a verb of lasting has as subject ("the hearing lasted"), of the state it is the time of
("were shut for nine days"), or the period of another figure its verb governs ("shed 9% of
their weight over 30 weeks"); it never borrows the metric of an unrelated figure of its
sentence or document, and with nothing to tie it to it stays a plain "duration" (never
compared). Sentences written afresh, names invented."""

from __future__ import annotations

import pytest
from reported import claims_of, metric_of

from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim
from reconcile.claims.parse import duration_holder, parse_sentences

_claims, _metric = claims_of, metric_of


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
        ("The Orvell footbridge took six years to design.", "six years", "duration (design)"),
        # the state it is the time of, however the sentence is built
        (
            "For nine days the Pellaro Bank app and its cash machines were offline.",
            "nine days",
            "outage duration",
        ),
        (
            "The glitch forced Pellaro Bank to keep its app offline for 12 days.",
            "12 days",
            "outage duration",
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


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # class "a delay is not the thing's length": the span something is late by
        ("The Harbin Road flyover opened two years late in March.", "two years", "delay duration"),
        ("Work on the Quarnby bypass is 14 months behind schedule.", "14 months", "delay duration"),
        ("The Tarrin dam scheme has been delayed by three years.", "three years", "delay duration"),
        ("The depot ran six months over its original timetable.", "six months", "delay duration"),
        # class "what ends after a span lasted it", with the clause's other figures left alone
        ("The dockers' walkout ended after 19 days.", "19 days", "strike duration"),
        (
            "The bus strike ended after 12 days when drivers accepted a 6% rise.",
            "12 days",
            "bus strike duration",
        ),
        (
            "The census drive finished after 30 days, with officials reporting that 88% of "
            "homes had replied.",
            "30 days",
            "census drive duration",
        ),
        (
            "The blockade, which ended after nine weeks, cost growers £4m.",
            "nine weeks",
            "blockade duration",
        ),
    ],
)
def test_a_delay_and_what_ended_after_a_span(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # controls: a span on a verb of lasting, and the period of the verb's own figure
        ("The Brisley hearing lasted 12 days.", "12 days", "hearing duration"),
        ("Patients lost 12% of their weight over 40 weeks.", "40 weeks", "weight loss duration"),
    ],
)
def test_control_lasting_and_periods_keep_their_names(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


def test_a_delay_and_the_length_of_the_work_stay_apart() -> None:
    """ "opened two years late" and "took six years to build" are two quantities of one
    project: never one group."""
    a = _claims("a.txt", "The Harbin Road flyover opened two years late.")
    b = _claims("b.txt", "The Harbin Road flyover took six years to build.")
    groups = group_claims([*a, *b])
    late, build = _claims_of(a, "two years"), _claims_of(b, "six years")
    assert not any(late in g.claims and build in g.claims for g in groups)


def _claims_of(cs: list[Claim], surface: str) -> str:
    return next(c.id for c in cs if c.text == surface)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Adeyemo crossed the line 23 seconds behind and Tamberlin was third.", "23 seconds"),
        ("Vasquell finished 1.7 seconds behind the leader in Salvora.", "1.7 seconds"),
    ],
)
def test_control_a_gap_behind_a_rival_is_no_delay(text: str, surface: str) -> None:
    assert _metric(text, surface) != "delay duration"
