"""A metric keyword the parse puts in another clause than its figure, one that does not govern
the figure, loses to what the figure's own phrase names (issue 11, class "far keyword"): "a
quarter of its 480 workers" is no spending because a later clause says "budgeted"; "debts of
$310m" are no deal value because the main clause speaks of the merger. A keyword that governs
the figure, shares its clause or is the subject its verb shares stays."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import keyword_off_clause, own_noun, parse_sentences


def _claims(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


def _metric(text: str, figure: str) -> str | None:
    return next(c.metric for c in _claims(text) if c.text == figure)


def _spans(sentence: str, figure: str, keyword: str) -> tuple[tuple[int, int], tuple[int, int]]:
    f = sentence.index(figure)
    k = sentence.index(keyword)
    return (f, f + len(figure)), (k, k + len(keyword))


@pytest.mark.parametrize(
    ("text", "figure", "far"),
    [
        (
            "The mill will shed 120 jobs, about a quarter of its workers, mostly at a depot "
            "which the owners have allocated to a new scheme.",
            "a quarter",
            "capital spending",
        ),
        (
            "Ferrow will lay off 90 dockers, roughly a third of its crews, most of them at sites "
            "which the port authority has earmarked for housing.",
            "a third",
            "capital spending",
        ),
        (
            "Once the group's debts of $310m are counted, the deal is worth $1.9bn to its owners.",
            "$310m",
            "deal value",
        ),
        (
            "When Brevik's loans of €85 million are added, the takeover comes to €600 million.",
            "€85 million",
            "deal value",
        ),
    ],
)
def test_a_keyword_in_another_clause_loses_to_the_figures_own_noun(
    text: str, figure: str, far: str
) -> None:
    metric = _metric(text, figure)
    assert metric is not None and not metric.startswith(far)


def test_the_own_noun_names_the_metric_when_the_vocabulary_knows_it() -> None:
    """ "debts" is no keyword as written, but its lemma is the debt metric's."""
    text = "Once the group's debts of $310m are counted, the deal is worth $1.9bn to its owners."
    assert _metric(text, "$310m") == "debt"
    assert _metric(text, "$1.9bn") == "deal value"  # the main clause's own figure keeps it


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        # the keyword governs the figure
        ("The council has earmarked $40m for the new depot, most of it for roads.", "$40m",
         "capital spending"),
        # the keyword is the subject the figure's verb shares
        ("Tollan shares climbed as high as $12.40 in the morning before closing at $11.90.",
         "$11.90", "share price"),
        # the keyword stands in the figure's own clause
        ("After a slow spring, the carmaker sold 48,000 cars in the quarter, it said on "
         "Friday.", "48,000 cars", "unit sales"),
    ],
)  # fmt: skip
def test_a_keyword_on_the_figure_stays(text: str, figure: str, metric: str) -> None:
    assert _metric(text, figure) == metric


def test_a_figure_that_names_no_thing_keeps_a_far_keyword() -> None:
    """With nothing of its own to say, the figure keeps what the sentence offers."""
    text = "The Brisk 40 index shed 3%, while the wider market ended the session 1.2% lower."
    claims = {c.text: c for c in _claims(text)}
    assert claims["3%"].metric == claims["1.2%"].metric


def test_keyword_off_clause_reads_the_tree() -> None:
    s = "The mill will shed 120 jobs, about a quarter of its workers, at sites earmarked for sale."
    doc = parse_sentences([s])[0]
    assert keyword_off_clause(doc, *_spans(s, "a quarter", "earmarked"))
    assert not keyword_off_clause(doc, *_spans(s, "120 jobs", "shed"))


@pytest.mark.parametrize(
    ("sentence", "figure", "noun"),
    [
        ("Its debts of $310m were refinanced last year.", "$310m", "debt"),
        ("The plant lost about a quarter of its workers.", "a quarter", "worker"),
        ("The firm booked $3bn in revenue last year.", "$3bn", "revenue"),
        ("Weight fell 2.4% in the placebo group.", "2.4%", None),
        ("Analysts had pencilled in a $6.5 billion number.", "$6.5 billion", None),
    ],
)
def test_own_noun(sentence: str, figure: str, noun: str | None) -> None:
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    assert own_noun(doc, at, at + len(figure)) == noun


# --- a keyword in another argument of the figure's own clause (class: "the other argument") ---


@pytest.mark.parametrize(
    ("text", "figure", "keyword_metric"),
    [
        ("Its annual rent bill of £18.6m now swallows 41% of turnover.", "£18.6m", "revenue"),
        ("A pension deficit of $920m dwarfs the company's yearly profit.", "$920m", "net income"),
    ],
)
def test_a_keyword_in_another_argument_does_not_name_the_figure(
    text: str, figure: str, keyword_metric: str
) -> None:
    assert _metric(text, figure) != keyword_metric


def test_control_the_share_of_the_keyword_keeps_it() -> None:
    # the percentage stands in the keyword's own phrase: a share of turnover
    assert _metric("Its annual rent bill of £18.6m now swallows 41% of turnover.", "41%") == (
        "revenue"
    )
    assert _metric("Revenue of £2.4bn was booked in the year.", "£2.4bn") == "revenue"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the keyword is the clause's subject, whose value the figure gives
        ("The agency said unemployment would settle at a rate near 5.2% in 2027.", "5.2%"),
        # a noun of a reading names no measure of its own
        ("Statisticians raised inflation for May to 2.9% from an early estimate of 2.7%.", "2.7%"),
        ("Officials expect inflation to fall to an average of 2.2% over the year.", "2.2%"),
    ],
)
def test_control_the_subject_and_readings_keep_the_keyword(text: str, figure: str) -> None:
    metric = _metric(text, figure) or ""
    assert metric.startswith(("unemployment", "inflation")), metric
