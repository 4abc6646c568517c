"""A day on a verb of saying ("..., its chief executive said on Tuesday") dates when a figure was
told; once a period in the sentence dates the figure itself ("In 2025 it sold 1.2 million
cars"), the period is the figure's time, so two sources' figures for that period are weighed
(class: the day of the telling taken for the time of the figure). Sentences written afresh,
with invented names."""

from __future__ import annotations

import datetime as dt

from reconcile.time.read import resolve_when
from tests.reported import alarms

DAY = dt.date(2026, 3, 11)


def _when(sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return resolve_when(sentence, DAY, None, at, end=at + len(figure))


def test_a_period_that_frames_the_sentence_beats_the_day_of_telling() -> None:
    s = "In 2025 the carmaker Brevant sold 1.2 million cars, its chief executive said on Tuesday."
    assert _when(s, "1.2 million") == "year:2025"


def test_a_period_later_in_the_clause_beats_a_day_of_announcing() -> None:
    s = "The ferry line carried 3.4 million passengers last year, its owner announced on Monday."
    assert _when(s, "3.4 million") == "year:2025"


def test_control_without_a_period_the_day_of_telling_still_dates() -> None:
    s = "Confirmed cases rose to 41, health officials said on Tuesday."
    assert _when(s, "41") == "2026-03-10"


def test_control_a_day_on_another_verb_still_dates() -> None:
    s = "In 2025 the plant was idle, but it produced 410 tonnes on Tuesday alone."
    assert _when(s, "410") == "2026-03-10"


def test_two_sources_on_one_year_are_weighed() -> None:
    one = (
        "Orvik Daily, 11 March 2026\n\n"
        "In 2025 the carmaker Brevant Motors sold 1.2 million cars, its chief executive said on "
        "Tuesday.\n"
    )
    other = (
        "Motor Weekly, 12 March 2026\n\n"
        "Brevant Motors sold 1.5 million cars in 2025, the firm said.\n"
    )
    assert len(alarms(one, other)) == 1
