"""Articles that give no year at all (a wire's "VARRICK, March 9 (Wire) -", a live blog's
"Tuesday 10 March"): their days are days of the year their weekdays and days point to, so a
dateline dates its article and the comparison tells days apart (class: a run whose copy never
states a year had no article's day, and every running total was undated). Controls: with no
weekday beside a day the run stays without days; a year an article gives wins."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Document
from reconcile.compare import references
from reconcile.documents import parse_document
from reconcile.pipeline import reconcile
from reconcile.time.values import WEEKDAY_NAMES, weekday_year

WIRE = (
    "Floods kill 14 in Varrick valley\n\n"
    "VARRICK, March 9 (Pellston Wire) - Floods in the Varrick valley have killed 14 people, "
    "the regional governor said on Monday.\n"
)
BLOG = (
    "Varrick valley floods as they happen\n\nTuesday 10 March\n\n"
    "09:15 The death toll from the floods in the Varrick valley has risen to 17, the "
    "regional governor says.\n"
)


def _docs(*texts: str) -> list[Document]:
    return [parse_document(f"{n}.txt", f"{n}.txt", t) for n, t in zip("ab", texts, strict=False)]


def test_a_weekday_beside_a_day_gives_the_run_its_year() -> None:
    refs = references(_docs(WIRE, BLOG))
    assert refs["a.txt"] == dt.date(2026, 3, 9)
    assert refs["b.txt"] == dt.date(2026, 3, 10)


def test_tolls_of_two_days_are_no_conflict() -> None:
    findings = reconcile(_docs(WIRE, BLOG)).findings
    assert not [f for f in findings if f.severity == "error"]
    assert any("days differ" in f.message or "timeline" in f.message for f in findings)


def test_control_no_weekday_beside_a_day_leaves_the_run_undated() -> None:
    blog = BLOG.replace("Tuesday 10 March", "Latest")
    assert references(_docs(WIRE, blog)) == {"a.txt": None, "b.txt": None}


def test_control_a_stated_year_wins() -> None:
    doc = Document(id="a.txt", path="a.txt", text=WIRE, published=dt.date(2020, 3, 9))
    refs = references([doc, *_docs(WIRE, BLOG)[1:]])
    assert refs["a.txt"] == dt.date(2020, 3, 9)
    assert refs["b.txt"] != dt.date(2026, 3, 10)  # the stated year, not the weekdays', dates it


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_the_year_found_puts_the_day_on_its_weekday(day: dt.date) -> None:
    text = f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {day.strftime('%B')}"
    year = weekday_year([text], 2027)
    assert year is not None and year <= 2027
    assert dt.date(year, day.month, day.day).weekday() == day.weekday()
