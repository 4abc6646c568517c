"""A header line giving a weekday and a day written day first, with no year ("Valley Radio -
News, Friday 4 June"), dates "this morning" and "today" in its body: they are that day, so a
morning reading meets another day's reading as figures of two days, not as a conflict (class:
the dateline's day was read only month first, "June 4", and the body's "this morning" stayed
undated and was set against every other day's figure). Controls: a month-first dateline reads
as before; a day-first text that is no date leaves "today" undated."""

from __future__ import annotations

from reconcile.documents import parse_document
from reconcile.pipeline import reconcile
from reconcile.time.read import parse_dateline, resolve_when

DATED = (
    "Lake level falls again\n\nPublished: 2 June 2027\n\n"
    "The gauge at Kelby pier read 61 centimetres this morning, the harbour office said.\n"
)
DAY_FIRST = (
    "Kelby waits for rain\n\nValley Radio - News, Friday 4 June\n\n"
    "The gauge at Kelby pier read 54 centimetres this morning, the harbour office said.\n"
)


def test_a_day_first_dateline_dates_this_morning() -> None:
    doc = parse_document("b.txt", "b.txt", DAY_FIRST)
    assert doc.dateline == "4 June"
    assert parse_dateline(doc.dateline) == (6, 4)
    assert resolve_when("It read 54 centimetres this morning.", None, doc.dateline) == "--06-04"


def test_readings_of_two_mornings_are_no_conflict() -> None:
    docs = [parse_document(n, n, t) for n, t in (("a.txt", DATED), ("b.txt", DAY_FIRST))]
    findings = reconcile(docs).findings
    assert not [f for f in findings if f.severity in ("error", "warning")]
    assert any("Fri 4 Jun 2027" in f.message for f in findings)


def test_control_readings_of_one_morning_still_conflict() -> None:
    same_day = DAY_FIRST.replace("Friday 4 June", "Wednesday 2 June")
    docs = [parse_document(n, n, t) for n, t in (("a.txt", DATED), ("b.txt", same_day))]
    assert [f for f in reconcile(docs).findings if f.severity == "error"]


def test_control_month_first_and_no_date() -> None:
    assert parse_dateline("Sept. 24") == (9, 24)
    assert parse_dateline("24 Septembers") is None
    assert parse_dateline("4 Junes") is None
    assert resolve_when("It read 54 centimetres today.", None, "Report 4") is None
