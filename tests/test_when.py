"""The one parser and the one relation of ``Claim.when`` strings (reconcile.time.values).

Two readings share them: the comparer's (``relate``) and the calendar's (``same_time``, used by
the context stage). They differ only where the parameters ``nested`` and ``unplaced`` say.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.time.values import (
    MONTH_NAMES,
    TimeRelation,
    anchor_month,
    anchor_weekday,
    day_text,
    describe,
    is_exact_date,
    is_weekday_only,
    monthday_text,
    parse,
    period_text,
    relate,
    relation,
    same_time,
    weekday_text,
    within,
)

# ------------------------------------------------------------------ strategies

dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
days = dates.map(day_text)
monthdays = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2000, 12, 31)).map(
    lambda d: monthday_text(d.month, d.day)
)
weekdays = st.integers(0, 6).map(weekday_text)
years = st.integers(1900, 2100)
periods = st.one_of(
    years.map(lambda y: period_text("year", y)),
    st.tuples(years, st.integers(1, 4)).map(lambda t: period_text("quarter", *t)),
    st.tuples(years, st.integers(1, 12)).map(lambda t: period_text("month", *t)),
    dates.map(lambda d: period_text("week", d.isocalendar().year, d.isocalendar().week)),
)
labels = st.sampled_from(
    [f"quarter:{m}" for m in MONTH_NAMES]
    + [f"month:{m}" for m in MONTH_NAMES]
    + [f"{k}:Q{q}" for k in ("quarter", "fiscal") for q in range(1, 5)]
    + ["week:this", "week:last", "year:this", "year:last", "year:next"]
)
placed = st.one_of(days, monthdays, periods)
canonical = st.one_of(days, monthdays, weekdays, periods, labels)
anything = st.one_of(canonical, st.text(max_size=20), st.none())
policies = st.tuples(
    st.sampled_from(["different", "unknown"]), st.sampled_from(["nearest", "unknown"])
)


def both_ways(a: str | None, b: str | None, **kw: str) -> tuple[TimeRelation, TimeRelation]:
    return relation(a, b, **kw), relation(b, a, **kw)  # type: ignore[arg-type]


# ------------------------------------------------------------------ parsing


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("2025-09-09", "day", dt.date(2025, 9, 9), dt.date(2025, 9, 9)),
        ("--02-29", "monthday", None, None),  # a leap day is a month-day, year unknown
        ("weekday:Monday", "weekday", None, None),
        ("2025-Q2", "period", dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        ("2024-02", "period", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2025-W01", "period", dt.date(2024, 12, 30), dt.date(2025, 1, 5)),  # ISO week 1
        ("year:2025", "period", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("quarter:June", "label", None, None),
        ("2025-02-30", "label", None, None),  # impossible dates are labels, not errors
        ("2025-W54", "label", None, None),
        ("--13-45", "label", None, None),
        ("9999-W52", "label", None, None),  # ends in the year 10000: beyond datetime
    ],
)
def test_parse_kinds_and_spans(
    text: str, kind: str, first: dt.date | None, last: dt.date | None
) -> None:
    w = parse(text)
    assert (w.kind, w.first, w.last) == (kind, first, last)


def test_parse_reads_the_forms_whatever_their_case_and_surrounding_space() -> None:
    assert parse(" weekday:monday ").canonical() == "weekday:Monday"
    assert parse("2025-q2").canonical() == "2025-Q2"
    assert parse("year:this").relative and not parse("quarter:June").relative


@settings(max_examples=200, deadline=None)
@given(canonical)
def test_format_parse_round_trip(text: str) -> None:
    w = parse(text)
    assert w.canonical() == text
    assert parse(w.canonical()) == w


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_arbitrary_text_never_raises(text: str) -> None:
    w = parse(text)
    assert w.kind in ("day", "monthday", "weekday", "period", "label")
    assert isinstance(describe(text), str)
    assert isinstance(is_weekday_only(text), bool) and isinstance(is_exact_date(text), bool)
    assert anchor_weekday(text, dt.date(2025, 9, 10)) is not None
    for other in ("2025-09-09", "--09-09", "weekday:Friday", "2025-Q3", "year:this", text):
        assert isinstance(relate(text, other), TimeRelation)
        assert same_time(text, other) in (True, False, None)


# ------------------------------------------------------------------ relation properties


@settings(max_examples=200, deadline=None)
@given(anything, anything, policies)
def test_relation_is_symmetric(a: str | None, b: str | None, policy: tuple[str, str]) -> None:
    nested, unplaced = policy
    ab, ba = both_ways(a, b, nested=nested, unplaced=unplaced)
    assert ab == ba


@settings(max_examples=200, deadline=None)
@given(canonical, policies)
def test_every_time_is_itself_on_the_comparers_reading(a: str, policy: tuple[str, str]) -> None:
    assert relate(a, a) == TimeRelation(True, 0)
    # the calendar's reading: a placed time is itself; a weekday name or a label may name two
    # different times ("Monday" in two weeks), so it says only "unknown"
    nested, unplaced = policy
    rel = relation(a, a, nested=nested, unplaced=unplaced)  # type: ignore[arg-type]
    unplaced_kind = parse(a).kind in ("weekday", "label")
    assert rel.verdict == ("unknown" if unplaced_kind and unplaced == "unknown" else "same")


@settings(max_examples=200, deadline=None)
@given(placed)
def test_placed_times_are_themselves_on_the_calendar(a: str) -> None:
    assert same_time(a, a) is True


@settings(max_examples=300, deadline=None)
@given(anything, anything)
def test_the_calendars_answers_are_the_comparers_too(a: str | None, b: str | None) -> None:
    """Where the calendar is certain, the comparer agrees: it only adds answers of its own."""
    calendar = same_time(a, b)
    if calendar is not None:
        assert relate(a, b).same is calendar


@settings(max_examples=200, deadline=None)
@given(anything, anything, policies)
def test_distances_agree_with_the_verdict(
    a: str | None, b: str | None, policy: tuple[str, str]
) -> None:
    rel = relation(a, b, nested=policy[0], unplaced=policy[1])  # type: ignore[arg-type]
    if rel.days is not None:
        assert rel.days >= 0 and rel.same is (rel.days == 0)


@settings(max_examples=200, deadline=None)
@given(dates, dates)
def test_days_are_calendar_distances(a: dt.date, b: dt.date) -> None:
    rel = relate(day_text(a), day_text(b))
    assert rel.days == abs((a - b).days) and rel.same is (a == b)


# ------------------------------------------------------------------ the two readings


@pytest.mark.parametrize(
    ("a", "b", "comparer", "calendar"),
    [
        # nested: a time inside (or across) another, unequal one
        ("2025-05-02", "2025-Q2", "different", "unknown"),
        ("2025-Q2", "year:2025", "different", "unknown"),
        ("2025-09", "2025-W40", "different", "unknown"),  # a week across two months
        ("2025-08-02", "2025-Q2", "different", "different"),  # outside: different for both
        ("2025-Q2", "2025-Q3", "different", "different"),
        # unplaced: weekday names and labels
        ("weekday:Tuesday", "2025-09-09", "same", "unknown"),
        ("weekday:Tuesday", "weekday:Tuesday", "same", "unknown"),
        ("weekday:Monday", "2025-09-09", "different", "different"),
        ("quarter:June", "quarter:June", "same", "unknown"),
        ("quarter:June", "2025-Q2", "different", "unknown"),
        ("quarter:Q3", "2026-Q3", "same", "unknown"),  # a year-less quarter: the nearest one
        ("quarter:Q3", "2026-Q2", "different", "unknown"),
        # a company's own quarter: its fiscal year may start in any month (issue 11)
        ("fiscal:Q3", "2026-Q3", "unknown", "unknown"),
        ("fiscal:Q2", "quarter:Q3", "unknown", "unknown"),
        ("fiscal:Q2", "fiscal:Q3", "different", "unknown"),
        ("month:October", "2026-10", "same", "unknown"),  # a year-less month: the nearest one
        ("month:October", "2026-09", "different", "unknown"),
        ("month:October", "month:October", "same", "unknown"),
        ("month:last", "2026-10", "unknown", "unknown"),  # relative: not placed
        ("year:this", "year:2025", "unknown", "unknown"),
        ("year:this", "year:this", "same", "unknown"),
        # both: a day against a label, a month-day against a period
        ("2025-09-09", "year:this", "different", "unknown"),
        ("--08-02", "2025-Q2", "different", "unknown"),
        # shared
        ("--09-24", "2025-09-24", "same", "same"),
        ("--09-23", "2025-09-24", "different", "different"),
        ("--09-24", "weekday:Monday", "unknown", "unknown"),
        (None, "2025-09-09", "unknown", "unknown"),
    ],
)
def test_the_two_readings(a: str | None, b: str | None, comparer: str, calendar: str) -> None:
    for x, y in ((a, b), (b, a)):
        assert relate(x, y).verdict == comparer
        assert relation(x, y, nested="unknown", unplaced="unknown").verdict == calendar


def test_each_parameter_governs_its_own_cases() -> None:
    # nested alone: the day in its quarter becomes unknown, the weekday stays the nearest one
    assert relation("2025-05-02", "2025-Q2", nested="unknown").verdict == "unknown"
    assert relation("weekday:Tuesday", "2025-09-09", nested="unknown").verdict == "same"
    # unplaced alone: the weekday becomes unknown, the day in its quarter stays different
    assert relation("weekday:Tuesday", "2025-09-09", unplaced="unknown").verdict == "unknown"
    assert relation("2025-05-02", "2025-Q2", unplaced="unknown").verdict == "different"


def test_weekday_names_are_read_as_the_nearest_such_day() -> None:
    assert relate("weekday:Friday", "2025-09-08") == TimeRelation(False, 3)  # a Monday
    assert relate("weekday:Sunday", "weekday:Monday") == TimeRelation(False, 1)


def test_leap_day_month_days_relate_without_raising() -> None:
    assert relate("--02-29", "--03-01") == TimeRelation(False, 1)
    assert relate("--02-29", "2024-02-29") == TimeRelation(True, 0)
    assert relate("--02-29", "2025-03-01").verdict == "different"  # never that day in 2025
    assert same_time("--02-29", "2025-03-01") is False
    assert describe("--02-29") == "Feb 29"


# ------------------------------------------------------------------ helpers


def test_describe_and_anchor() -> None:
    assert describe("2025-09-09") == "2025-09-09 (Tuesday)"
    assert describe("--09-24") == "Sep 24"
    assert describe("weekday:Monday") == "Monday"
    assert describe("year:2025") == "2025 year"
    assert describe(None) == "no stated day"
    assert anchor_weekday("weekday:Monday", dt.date(2025, 9, 10)) == "2025-09-08"
    assert anchor_weekday("weekday:Wednesday", dt.date(2025, 9, 10)) == "2025-09-10"
    assert anchor_weekday("2025-Q2", dt.date(2025, 9, 10)) == "2025-Q2"
    assert anchor_weekday("weekday:Monday", None) == "weekday:Monday"


def test_month_names_are_placed_on_the_calendar_by_the_articles_day() -> None:
    nov = dt.date(2026, 11, 12)
    assert anchor_month("month:October", nov) == "2026-10"
    assert anchor_month("month:November", nov) == "2026-11"
    assert anchor_month("month:December", nov) == "2025-12"  # not begun yet: last year's
    assert anchor_month("month:last", nov) == "2026-10"
    assert anchor_month("month:last", dt.date(2027, 1, 4)) == "2026-12"
    assert anchor_month("month:this", nov) == "2026-11"
    # controls: other times and an unknown day are left as they are
    assert anchor_month("weekday:Monday", nov) == "weekday:Monday"
    assert anchor_month("quarter:Q3", nov) == "quarter:Q3"
    assert anchor_month("month:October", None) == "month:October"


@pytest.mark.parametrize(
    ("a", "b", "inside"),
    [
        ("month:August", "2026-Q3", True),  # a month's label in its calendar quarter
        ("month:August", "quarter:Q3", True),
        ("2026-08", "2026-Q3", True),
        ("2026-08-14", "2026-08", True),
        ("2026-Q3", "year:2026", True),
        ("month:October", "2026-Q3", False),  # another quarter's month
        ("2026-Q3", "2026-Q3", False),  # equal: not one within another
        ("2026-Q2", "2026-Q3", False),  # disjoint
        ("month:August", None, False),
        ("weekday:Monday", "2026-Q3", False),  # not placed: unknown, not within
    ],
)
def test_within_says_when_one_time_lies_inside_another(a: str, b: str | None, inside: bool) -> None:
    assert within(a, b) is inside
    assert within(b, a) is inside
