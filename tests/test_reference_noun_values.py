"""A comparison before a reference noun is no qualifier of the reference's own figure.

"The lake stayed above the record low of 1,610 sq km" compares the lake with the record: the
record low is exactly 1,610 sq km. When the figure's claim measures the noun the comparison
governs (its metric names the record, the target, the average, the limit), the figure is
that noun's value, stated exactly. When the claim measures what is compared ("lift its outlay
beyond the 90 billion krona pledge": capital spending, which the outlay names), the
comparison bounds it and the qualifier stays. Sentences are written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile import reconcile
from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document
from reconcile.documents import parse_document


def _claim(sentence: str, surface: str) -> Claim:
    doc = Document(id="a.txt", path="a.txt", text=sentence, published=dt.date(2026, 4, 2))
    found = [c for c in extract_claims(doc) if c.text == surface]
    assert len(found) == 1, [c.text for c in extract_claims(doc)]
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "surface", "low", "high", "noun"),
    [
        (
            "The lake's surface area shrank this summer but stayed above the record low of "
            "1,610 sq km measured in 2011.",
            "1,610 sq km",
            1605.0,
            1615.0,
            "record",
        ),
        (
            "Annual inflation eased in March but stayed well above the central bank's target "
            "of 2.5%.",
            "2.5%",
            2.45,
            2.55,
            "target",
        ),
        (
            "Sales of the console topped the maker's goal of 18,000 units in the first week.",
            "18,000 units",
            17500.0,
            18500.0,
            "forecast",
        ),
        (
            "The blood sample of the lorry driver was over the legal limit of 35 micrograms.",
            "35 micrograms",
            34.5,
            35.5,
            "limit",
        ),
        (
            "The committee went beyond the 9.75 euro figure proposed by the wage panel.",
            "9.75 euro",
            9.745,
            9.755,
            "number",  # "figure" is written "number" ([synonyms] in metrics.toml)
        ),
        (
            "The gauge on the quay crept above the flood barrier height of 4.6 metres.",
            "4.6 metres",
            4.55,
            4.65,
            "height",
        ),
    ],
)
def test_the_reference_nouns_own_figure_is_exact(
    sentence: str, surface: str, low: float, high: float, noun: str
) -> None:
    c = _claim(sentence, surface)
    assert noun in (c.metric or "")
    assert c.qualifier is None and c.mention.qualifier is None
    assert c.low == pytest.approx(low) and c.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("sentence", "surface", "qualifier", "metric"),
    [
        # the compared side names the metric: the comparison bounds what is compared
        (
            "Vantor plans to lift its outlay beyond the 90 billion krona pledge it gave in spring.",
            "90 billion krona",
            "over",
            "capital spending",
        ),
        (
            "The council will spend more than the £45 million budget it agreed last year.",
            "£45 million",
            "over",
            "capital spending",
        ),
        (
            "Rainfall in the valley was well above the monthly average of 64mm.",
            "64mm",
            "over",
            "rainfall",
        ),
        # no noun between the qualifier and the figure
        ("The town's population rose to more than 3.4 million.", "3.4 million", "over", None),
        ("Turnout came in at nearly 71% on Sunday.", "71%", "under", None),
    ],
)
def test_a_bound_on_what_is_compared_keeps_its_qualifier(
    sentence: str, surface: str, qualifier: str, metric: str | None
) -> None:
    c = _claim(sentence, surface)
    assert c.qualifier == qualifier
    if metric is not None:
        assert c.metric == metric


def _alarms(a: str, b: str) -> list:
    docs = [parse_document("a.txt", "a.txt", a), parse_document("b.txt", "b.txt", b)]
    return [f for f in reconcile(docs).findings if f.severity in ("warning", "error")]


HEAD = "Lake report\n\nPublished: 2026-08-20\n\n"


def test_a_record_stated_both_ways_raises_nothing() -> None:
    a = HEAD + (
        "The lake's smallest extent this summer was 1,840 sq km. That is still above the record "
        "low of 1,610 sq km set in 2011.\n"
    )
    b = HEAD + (
        "The lake covered 1,840 sq km at its smallest. The record low, 1,610 sq km, dates from "
        "2011.\n"
    )
    assert [f.kind for f in _alarms(a, b)] == []  # was a qualifier_conflict


def test_a_bound_on_spending_still_meets_the_plan() -> None:
    a = HEAD + (
        "Vantor Group will lift its outlay beyond the 90 billion krona pledge it gave in "
        "spring, the chief executive said.\n"
    )
    b = HEAD + "Vantor Group will press on with its plan to invest 90 billion krona.\n"
    assert "qualifier_conflict" in [f.kind for f in _alarms(a, b)]


@pytest.mark.parametrize(
    ("sentence", "first", "second", "noun"),
    [
        (
            "The ferry terminal has cost £412 million, well above the £260m estimate given "
            "when work began.",
            "£412 million",
            "£260m",
            "estimate",
        ),
        (
            "Spring deliveries of 61.2k were roughly 3% below the Hallam consensus of 64k.",
            "61.2k",
            "64k",
            "consensus",
        ),
    ],
)
def test_a_reference_after_the_compared_figure_is_the_references(
    sentence: str, first: str, second: str, noun: str
) -> None:
    """The comparison stands right after the compared side's own figure: the later figure is
    the reference noun's, whose name its metric carries, apart from the compared quantity."""
    a, b = _claim(sentence, first), _claim(sentence, second)
    assert noun in (b.metric or "")
    assert a.metric != b.metric


def test_a_reference_the_vocabulary_names_keeps_its_metric() -> None:
    c = _claim("The bypass cost £96 million, far above the £61 million budget.", "£61 million")
    assert c.metric == "capital spending"  # the budget is what the metric names
