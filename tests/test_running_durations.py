"""A duration given as the length so far of a state still going on ("a strike that has lasted
for 23 days", "the crew have been detained for 40 days now") grows from one day's telling to
the next: against another source's different duration ("after 22 days on strike") it may be
told on another day, so the two a day apart are no conflict (the day of writing counted or
not). A span told at its end ("lasted for 23 days", "had been detained for 40 days") is no
running one, and a difference stands; so it does when the figures differ by more than a day,
or, both articles dated, by more than the days between them (two of one day: a conflict)."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Document
from reconcile.compare.scope import running_duration
from reconcile.pipeline import reconcile
from tests.reported import alarms, claims_of

ENDED = (
    "Nurses at the Corran Vale hospital backed a revised wage deal on a show of hands. After 22 "
    "days on strike, the 1,400 nurses will return to the wards.\n"
)
RUNNING = (
    "The Corran Vale nurses have accepted a pay offer, ending their strike, which has lasted for "
    "23 days, the union said.\n"
)
DAY = dt.date(2031, 5, 6)


def test_a_running_duration_is_no_conflict_with_another_days_length() -> None:
    assert alarms(ENDED, RUNNING) == []


def test_control_undated_lengths_more_than_a_day_apart_still_conflict() -> None:
    assert alarms(ENDED, RUNNING.replace("23", "24")) != []


def test_control_a_span_told_at_its_end_still_conflicts() -> None:
    assert alarms(ENDED, RUNNING.replace("has lasted", "lasted")) != []


def _dated_alarms(running: str, day: dt.date) -> list[str]:
    docs = [
        Document(id="a.txt", path="a.txt", text=ENDED, published=DAY),
        Document(id="b.txt", path="b.txt", text=running, published=day),
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_dated_articles_may_differ_by_the_days_between_them() -> None:
    assert _dated_alarms(RUNNING.replace("23", "24"), DAY + dt.timedelta(days=2)) == []


def test_control_dated_articles_differing_by_more_than_the_days_between_still_conflict() -> None:
    assert _dated_alarms(RUNNING, DAY) != []
    assert _dated_alarms(RUNNING.replace("23", "24"), DAY + dt.timedelta(days=1)) != []


@pytest.mark.parametrize(
    ("sentence", "running"),
    [
        ("The trawler's crew have been detained for 37 days now, the insurer said.", True),
        ("The Tarn bridge has been shut for 16 hours.", True),
        ("The trawler's crew had been detained for 37 days before their release.", False),
        ("The trawler's crew were detained for 37 days.", False),
        ("After 37 days in captivity, the crew of the trawler were freed.", False),
    ],
)
def test_the_length_so_far_is_a_present_perfect_span(sentence: str, running: bool) -> None:
    [c] = [c for c in claims_of("a.txt", sentence) if c.unit in ("day", "hour")]
    assert running_duration(c) is running
