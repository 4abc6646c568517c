"""An undated figure of an earlier article against another source's figure whose sentence names
a later day only in a clause that describes a noun ("surveyors who climbed up on Wednesday found
...", "the report, released on Wednesday, says ..."): that day is when the surveyors went up or
the report came out, not the day of what the figure measures, so the earlier article's day does
not set the two figures apart (class: a fixed fact of a past event excused as "the days differ").
Control: a day of the main clause ("On Wednesday, surveyors said ...") still dates the figure,
and the earlier article still reports no later day's figure. Sentences written afresh."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

EARLY = (
    "Fire crews said the blaze at the Wexley grain store burned through roughly half of its roof."
)


def _findings(early: str, later: str) -> list[tuple[str, str]]:
    docs = [
        Document(id="a.txt", path="a.txt", text=early, published=dt.date(2026, 5, 4)),
        Document(id="b.txt", path="b.txt", text=later, published=dt.date(2026, 5, 7)),
    ]
    return [(f.severity, f.message) for f in reconcile(docs).findings]


def test_a_day_in_a_relative_clause_does_not_date_the_figure() -> None:
    found = _findings(
        EARLY,
        "Surveyors who climbed onto the Wexley grain store on Wednesday found that about a fifth "
        "of its roof had burned.",
    )
    assert any(severity == "error" for severity, _ in found), found


def test_a_day_in_a_participle_clause_does_not_date_the_figure() -> None:
    found = _findings(
        EARLY,
        "The insurer's assessment of the Wexley grain store, released on Wednesday, says about a "
        "fifth of its roof burned.",
    )
    assert any(severity == "error" for severity, _ in found), found


def test_control_a_day_of_the_main_clause_keeps_the_days_apart() -> None:
    found = _findings(
        EARLY,
        "On Wednesday, surveyors said about a fifth of the roof of the Wexley grain store had "
        "burned.",
    )
    assert found and all(severity == "info" for severity, _ in found), found
    assert any("days differ" in message for _, message in found)
