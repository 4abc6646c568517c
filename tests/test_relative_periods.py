"""Relative periods read in one news cycle (false alarms on copy nobody on the team wrote): a
count "this year" and a count "last week", or "this year" against "last year", are two
periods' figures, not one figure two sources disagree on. Equal labels stay one period, and a
relative label against a calendar period stays unknown (it needs the article's day)."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Group
from reconcile.compare import compare_groups
from reconcile.time.values import relate, relation
from tests.claim_builder import built_claim


def test_relative_labels_of_two_lengths_are_two_periods() -> None:
    assert relate("year:this", "week:last").verdict == "different"
    assert relate("month:this", "year:this").verdict == "different"


def test_relative_labels_of_one_length_and_two_offsets_are_two_periods() -> None:
    assert relate("year:this", "year:last").verdict == "different"
    assert relate("week:last", "week:this").verdict == "different"


def test_equal_relative_labels_and_relative_against_calendar_are_unchanged() -> None:
    # controls: one label twice is one period; "last year" against 2024 needs the day
    assert relate("week:last", "week:last").verdict == "same"
    assert relate("year:last", "year:2024").verdict == "unknown"
    # the calendar's reading never places a relative label
    assert relation("year:this", "week:last", unplaced="unknown").verdict == "unknown"


def count(doc: str, text: str, surface: str, value: float, when: str, over: bool = False) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        "case",
        value if over else value - 0.5,
        None if over else value + 0.5,
        qualifier="over" if over else None,
        start=text.index(surface),
        kind="count",
        subject="Pellavan valley",
        metric="cases",
        when=when,
        sentence=text,
    )


def alarms(texts: dict[str, str], *claims: Claim) -> list:  # type: ignore[type-arg]
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    g = Group(id="g1", label="Pellavan valley", claims=[c.id for c in claims])
    found = compare_groups([g], list(claims), documents=docs)
    return [f for f in found if f.severity == "error"]


YEAR = "Measles cases in the Pellavan valley reached 1,905 this year."
WEEK = "The outbreak kept growing, with more than 2,060 new cases last week."
ALSO_WEEK = "The Pellavan valley recorded 1,480 new cases last week, officers said."


def test_a_year_to_date_count_is_not_weighed_against_last_weeks() -> None:
    a = count("a.txt", YEAR, "1,905", 1905, "year:this")
    b = count("b.txt", WEEK, "more than 2,060", 2060, "week:last", over=True)
    assert alarms({"a.txt": YEAR, "b.txt": WEEK}, a, b) == []


def test_two_counts_of_last_week_still_conflict() -> None:
    # control: one period in both sources
    a = count("a.txt", WEEK, "more than 2,060", 2060, "week:last", over=True)
    b = count("b.txt", ALSO_WEEK, "1,480", 1480, "week:last")
    [f] = alarms({"a.txt": WEEK, "b.txt": ALSO_WEEK}, a, b)
    assert f.kind == "value_mismatch"
