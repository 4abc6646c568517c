"""A day told in the future in another piece of the sentence ("Union leaders are to meet the
minister on Thursday, as the dock strike enters its ninth day") is the day of an event still
to come: it does not date the figure, which stays of its article's day (class: a figure dated
by another clause's future day). Control: two articles of one day that disagree still
conflict. Sentences written afresh."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _alarms(*dated: tuple[str, dt.date]) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path="x", text=t, published=d)
        for i, (t, d) in enumerate(dated)
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


WEDNESDAY, THURSDAY = dt.date(2026, 4, 15), dt.date(2026, 4, 16)
NEXT_DAY = "The dock strike at Halvik, now in its tenth day, has idled 40 ships."


def test_a_future_day_in_another_piece_dates_nothing() -> None:
    ahead = (
        "Union leaders are to meet the minister on Thursday, as the dock strike at Halvik "
        "enters its ninth day."
    )
    assert _alarms((ahead, WEDNESDAY), (NEXT_DAY, THURSDAY)) == []


def test_control_one_day_two_counts_conflict() -> None:
    same_day = "The dock strike at Halvik entered its ninth day on Thursday."
    assert _alarms((same_day, THURSDAY), (NEXT_DAY, THURSDAY))
