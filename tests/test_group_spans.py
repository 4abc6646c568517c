"""A total over a span its words name ("over the four days, 152,000 visitors came", "three
nights drew 281,500 fans", "handed out 380,000 bottles over the course of the notice") is a
sum of occasions: never set against one occasion's figure ("the final day drew 41,200
visitors"), while two totals over the span still meet (class: one occasion against the total
of several, dated to its day). A total over a span against a figure of no stated day is
still one quantity (the span is often left unsaid). Sentences written afresh, with invented
names."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.claims.parse import narrowing_of, parse_sentences
from reconcile.pipeline import reconcile


def _span(sentence: str, figure: str) -> bool:
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    found = narrowing_of(doc, at, at + len(figure), "visitors", True)
    assert found is not None
    return found.span


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Over the four days, 152,000 visitors came to the Harlow Meadows fair.",
            "152,000 visitors",
        ),
        ("Two weekends at the Orsk showground drew 64,000 visitors.", "64,000 visitors"),
        ("Volunteers gave out 90,000 meals during the appeal.", "90,000 meals"),
        ("Crews cleared 700 tonnes of debris over the course of the week.", "700 tonnes"),
    ],
)
def test_a_total_over_a_span(sentence: str, figure: str) -> None:
    assert _span(sentence, figure)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The final day drew 41,200 visitors to the Harlow Meadows fair.", "41,200 visitors"),
        ("Power was cut to 4,000 homes across the valley.", "4,000 homes"),
        ("Sales reached 12,000 units over the first nine months.", "12,000 units"),
    ],
)
def test_one_occasion_a_place_or_a_calendar_period_is_no_span(sentence: str, figure: str) -> None:
    # control: a place or a calendar period narrows otherwise, one day is one occasion
    assert not _span(sentence, figure)


def _warnings(a: str, b: str) -> list[str]:
    docs = [Document(id="a.txt", path="a.txt", text=a), Document(id="b.txt", path="b.txt", text=b)]
    return [f.kind for f in reconcile(docs).findings if f.severity != "info"]


def test_one_day_is_not_set_against_the_whole_fair() -> None:
    a = "The Harlow Meadows fair ended on Sunday. On Sunday alone, 41,200 visitors came."
    b = "The Harlow Meadows fair ended on Sunday. Over the four days, 152,000 visitors came."
    assert _warnings(a, b) == []


def test_control_two_totals_over_the_fair_disagree() -> None:
    a = "The Harlow Meadows fair ended on Sunday. Over the four days, 152,000 visitors came."
    b = "The Harlow Meadows fair ended on Sunday. Over the four days, 125,000 visitors came."
    assert _warnings(a, b) != []


def test_a_day_a_when_clause_names_is_one_occasion() -> None:
    a = "The record came on 3 July, when 9,800 visitors passed the gates of the Orsk fair."
    b = "Some 61,000 visitors passed the gates of the Orsk fair during the summer."
    assert _warnings(a, b) == []


def test_control_a_span_against_an_undated_total_still_disagrees() -> None:
    a = "Inspectors at the Orvane clinic logged four serious faults during the trial."
    b = "Inspectors at the Orvane clinic logged seven serious faults."
    assert _warnings(a, b) != []
