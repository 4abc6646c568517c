"""A "between" opens a span of time only when the time follows it: "between Friday noon and
Saturday night" is dated by its end, and a time right after "between" is the span's start, no
date of the figure. A "between" of two places whose pair closes before the time ("parked
between the two ferry ramps by Friday noon") opens no span: the time dates the figure."""

from __future__ import annotations

from reconcile.time.read import resolve_when


def _when(sentence: str) -> str | None:
    at = next(i for i, ch in enumerate(sentence) if ch.isdigit())
    return resolve_when(sentence, None, None, at)


def test_a_time_after_a_pair_of_places_dates_the_figure() -> None:
    s = "About 85 lorries were parked between the two ferry ramps by Friday noon, the firm said."
    assert _when(s) == "weekday:Friday"


def test_a_time_after_a_pair_of_towns_dates_the_figure() -> None:
    s = "Some 64 coaches stood idle on the road between Amblecote and Farrowby on Sunday morning."
    assert _when(s) == "weekday:Sunday"


def test_the_end_of_a_span_of_time_still_dates_it() -> None:
    s = "The queue grew by 60 lorries between Friday noon and Saturday night."
    assert _when(s) == "weekday:Saturday"


def test_the_start_of_a_span_of_time_still_does_not() -> None:
    s = "The queue has grown by 60 lorries between Friday noon and now."
    assert _when(s) is None


def test_a_time_closing_a_span_of_times_is_still_no_date() -> None:
    s = "Some 41,000 people came between Friday noon and late on Sunday, the organisers said."
    assert _when(s) is None
