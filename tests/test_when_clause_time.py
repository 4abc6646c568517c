"""A figure in a "when" clause takes the time the clause describes, even after "since" (issue
11, time): "risen since Monday, when the ministry reported 212 cases" is Monday's count, while
"evacuated since Sunday" is a period that starts on Sunday (no day of its own)."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.timeref import resolve_when

PUBLISHED = dt.date(2026, 11, 12)  # a Thursday


def _when(text: str, figure: str) -> str | None:
    at = text.index(figure)
    return resolve_when(text, PUBLISHED, at=at, end=at + len(figure))


def test_a_when_clause_after_since_dates_its_figure() -> None:
    text = "The tally has grown fast since Monday, when the agency logged 212 cases."
    assert _when(text, "212 cases") == "2026-11-09"


def test_a_figure_after_the_when_clause_is_not_dated_by_it() -> None:
    text = "Since Monday, when the agency logged its first case, 300 people have fallen ill."
    assert _when(text, "300 people") is None


def test_since_alone_is_a_start() -> None:
    text = "About 4,000 residents have stayed in shelters since Sunday."
    assert _when(text, "4,000 residents") is None
