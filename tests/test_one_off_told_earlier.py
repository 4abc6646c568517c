"""A one-off quantity (a repair's length, a deal's value: [time_sensitive] one_off) told undated
in an article written before another source's dated figure is still one quantity: the earlier
article's day does not set the two apart as figures of two days (class: a fixed fact of one
event, excused as "the days differ" because one article came out first). Control: a count of
a story that moves (aircraft on a fire) keeps its two days. Sentences written afresh."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _findings(early: str, later: str) -> list[tuple[str, str]]:
    docs = [
        Document(id="a.txt", path="a.txt", text=early, published=dt.date(2026, 5, 4)),
        Document(id="b.txt", path="b.txt", text=later, published=dt.date(2026, 5, 7)),
    ]
    return [(f.severity, f.message) for f in reconcile(docs).findings]


def test_a_one_off_told_in_an_earlier_article_is_weighed() -> None:
    found = _findings(
        "The operator said the repair of the pipeline would take up to 10 days.",
        "On Wednesday, May 6, the operator said the repair of the pipeline would take 20 to 25 "
        "days.",
    )
    assert any(severity == "error" for severity, _ in found)


def test_control_a_moving_count_told_earlier_keeps_its_day() -> None:
    found = _findings(
        "Crews on the Ashby Ridge blaze had the help of 6 water bombers, officials said.",
        "On Wednesday, May 6, crews on the Ashby Ridge blaze had the help of 11 water bombers, "
        "officials said.",
    )
    assert found and all(severity == "info" for severity, _ in found)
    assert any("days differ" in message for _, message in found)
