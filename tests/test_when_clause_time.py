"""A figure in a "when" clause takes the time the clause describes, even after "since" (issue
11, time): "risen since Monday, when the ministry reported 212 cases" is Monday's count, while
"evacuated since Sunday" is a period that starts on Sunday (no day of its own)."""

from __future__ import annotations

import datetime as dt

from reconcile.time.read import resolve_when

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


def test_a_time_across_a_semicolon_dates_the_other_clause() -> None:
    # class: a time of another clause of the sentence ("built in 1962; ... 41,000 homes")
    text = "The ruptured pipe was laid in 1962; some 41,000 homes are without water."
    assert _when(text, "41,000 homes") is None
    text = "Some 41,000 homes are without water; the pipe was laid in 1962."
    assert _when(text, "41,000 homes") is None


def test_a_time_in_the_figures_own_clause_still_dates_it() -> None:
    # control: a period framing the figure's own clause, and a day in it
    assert _when("In 2025, some 41,000 homes lost water.", "41,000 homes") == "year:2025"
    text = "The pipe failed; on Tuesday 41,000 homes lost water."
    assert _when(text, "41,000 homes") is not None
