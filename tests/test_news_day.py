"""A price with no stated day in a dated article is that article's news day, unless its wording
says otherwise (reconcile.claims.when.news_day). Sentences written afresh."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Document
from reconcile.claims.when import news_day
from reconcile.pipeline import reconcile

DAY = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of Quillon Brands rose 2% to $41.20.",
        "Quillon Brands stock slipped to $39.80 in afternoon trading.",
    ],
)
def test_a_plain_move_is_the_news_day(sentence: str) -> None:
    assert news_day(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts expect Quillon Brands shares to reach $50.",
        "The stock would trade near $45 if the deal closes.",
        "Quillon Brands shares hit a record $61 in 2021.",
        "The stock had earlier fallen to $30.",
    ],
)
def test_future_expected_or_earlier_values_are_not(sentence: str) -> None:
    assert not news_day(sentence)


def _docs(published: dt.date | None, second: str) -> list[Document]:
    texts = {
        "a.txt": "Shares of Quillon Brands rose 2% to $41.20, traders said.",
        "b.txt": second,
    }
    return [Document(id=k, path=k, text=t, published=published) for k, t in texts.items()]


def test_two_same_day_reports_of_one_price_conflict() -> None:
    report = reconcile(_docs(DAY, "Shares of Quillon Brands rose 2% to $44.90, traders said."))
    kinds = {(f.kind, f.severity) for f in report.findings}
    assert ("value_mismatch", "error") in kinds


def test_undated_reports_still_say_the_day_is_unknown() -> None:
    report = reconcile(_docs(None, "Shares of Quillon Brands rose 2% to $44.90, traders said."))
    assert report.findings
    assert all(f.severity == "info" for f in report.findings)
