"""timeref writes what when reads: every value ``resolve_when`` produces is a canonical string
of :mod:`reconcile.time.values`, and ``same_time`` is the calendar's reading of the one relation.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.time import read as timeref
from reconcile.time import values as when
from reconcile.time.read import resolve_when

SENTENCES = [
    "Shares rose 4% on Monday.",
    "The toll reached 40 today.",
    "Sales fell 3% in the quarter ended in June.",
    "Revenue grew 8% in the second quarter.",
    "Fiscal Q3 revenue was $2bn.",
    "Output rose 2% last week and 1% this week.",
    "Prices rose 2.6% this year and will rise 2.1% next year.",
    "Exports fell 5% in March.",
    "The index closed at 3,200 on Sept. 24.",
    "It rose 9% on March 14, 2025.",
    "On Tuesday, a day after the stock slid 8.4%, it rebounded.",
    "In 2024, sales rose 5%.",
    "The report of 2025-06-02 counts 12.",
    "It happened on Feb. 29, a day later than planned.",
]
anchors = st.one_of(
    st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2060, 12, 31))
)
datelines = st.sampled_from([None, "Sept. 24", "Feb. 29", "Dec. 31"])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SENTENCES), anchors, datelines, st.data())
def test_resolved_times_are_canonical(
    text: str, anchor: dt.date | None, dateline: str | None, data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(text) - 1))
    for value in (resolve_when(text, anchor, dateline), resolve_when(text, anchor, dateline, at)):
        if value is None:
            continue
        w = when.parse(value)
        assert w.canonical() == value
        if anchor is not None:  # with a publication date nothing stays a weekday name
            assert w.kind != "weekday"


def test_each_form_resolves_to_its_kind() -> None:
    tuesday = dt.date(2025, 9, 9)
    cases = {
        "Shares rose 4% on Monday.": ("weekday", "day"),
        "Revenue grew 8% in the second quarter.": ("label", "period"),
        "Exports fell 5% in March.": ("label", "period"),
        "Output rose 2% last week.": ("label", "period"),
        "It rose 9% on March 14, 2025.": ("day", "day"),
    }
    for text, (undated, dated) in cases.items():
        assert when.parse(resolve_when(text) or "").kind == undated, text
        assert when.parse(resolve_when(text, tuesday) or "").kind == dated, text


def test_a_day_shift_moves_the_parsed_day() -> None:
    text = "On Tuesday, a day after the stock slid 8.4%, it rebounded."
    at = text.index("8.4%")
    assert resolve_when(text, None, None, at) == "weekday:Monday"
    assert resolve_when(text, dt.date(2025, 9, 10), None, at) == "2025-09-08"


def test_same_time_is_the_calendar_reading_of_the_one_relation() -> None:
    assert timeref.same_time is when.same_time
    pairs = [("2025-05-02", "2025-Q2"), ("weekday:Tuesday", "2025-09-09"), ("2025-Q2", "2025-Q3")]
    for a, b in pairs:
        assert (
            timeref.same_time(a, b)
            is when.relation(a, b, nested="unknown", unplaced="unknown").same
        )
    assert [timeref.same_time(a, b) for a, b in pairs] == [None, None, False]


def test_last_night_is_the_day_before_the_article() -> None:
    # "said last night" in an article of Thursday 12 March: Wednesday's count
    text = "The harbour authority said last night that 1,730 boats had been moved inland."
    at = text.index("1,730")
    assert resolve_when(text, dt.date(2026, 3, 12), None, at) == "2026-03-11"
    assert resolve_when(text, None, "March 12", at) == "--03-11"  # a dateline's day
    assert resolve_when(text, None, None, at) is None  # no day to count from: left open
    # control: "tonight" is still the article's own day
    tonight = "The harbour authority expects 1,730 boats to be moved inland tonight."
    assert resolve_when(tonight, dt.date(2026, 3, 12), None, tonight.index("1,730")) == (
        "2026-03-12"
    )


def test_last_month_is_the_calendar_month_before_the_articles() -> None:
    text = "Bread prices rose 4.1% last month, the statistics bureau said."
    at = text.index("4.1%")
    assert resolve_when(text, dt.date(2027, 1, 14), None, at) == "2026-12"
    assert resolve_when(text, None, None, at) == "month:last"  # placed later, if at all
    this = "Bread prices have risen 4.1% this month."
    assert resolve_when(this, dt.date(2027, 1, 14), None, this.index("4.1%")) == "2027-01"
    # controls: "the past month" is a running span, and a month as the base of a change
    # ("from last month") does not date the figure
    past = "Bread prices rose 4.1% over the past month."
    assert resolve_when(past, dt.date(2027, 1, 14), None, past.index("4.1%")) is None
    base = "Bread prices are 4.1% higher than last month."
    assert resolve_when(base, dt.date(2027, 1, 14), None, base.index("4.1%")) is None


def test_a_figure_over_a_span_is_dated_by_the_spans_end() -> None:
    # "between Monday night and Tuesday morning": what happened over the span stands as of its
    # end, where another source's "overnight, ... by Tuesday morning" puts it too
    text = "The flood crest rose by 1.4 metres between Monday night and Tuesday morning."
    at = text.index("1.4 metres")
    assert resolve_when(text, None, None, at) == "weekday:Tuesday"
    assert resolve_when(text, dt.date(2026, 4, 15), None, at) == "2026-04-14"
    years = "The town's population grew by 3,120 between 2011 and 2021."
    assert resolve_when(years, None, None, years.index("3,120")) == "year:2021"
    # controls: a day named once is still the figure's day, and a start alone dates nothing
    assert resolve_when("The crest rose by 1.4 metres on Monday.", None, None, 18) == (
        "weekday:Monday"
    )
    since = "The crest has risen by 1.4 metres since Monday night."
    assert resolve_when(since, None, None, since.index("1.4")) is None


def test_a_day_shift_with_no_day_in_its_sentence_counts_from_the_news_day() -> None:
    text = "The record came a day after the harbour town hit 36.9C."
    at = text.index("36.9C")
    assert resolve_when(text, dt.date(2027, 6, 16), None, at) == "2027-06-15"
    later = "Ticket sales opened a day before the tour sold 9,000 seats."
    assert resolve_when(later, dt.date(2027, 6, 16), None, later.index("9,000")) == "2027-06-17"


def test_control_no_news_day_no_shifted_day() -> None:
    text = "The record came a day after the harbour town hit 36.9C."
    assert resolve_when(text, None, None, text.index("36.9C")) is None


def test_a_past_fiscal_year_is_the_year_before() -> None:
    text = "Turnover reached $88 million in its last financial year, up 31%."
    at = text.index("31%")
    assert resolve_when(text, dt.date(2027, 5, 4), None, at) == when.period_text("year", 2026)
    assert resolve_when(text, None, None, at) == "year:last"  # placed later by the article's day
    # a coming fiscal year may start on a stated day: not read as a calendar year
    coming = "The council set a $2 billion budget for next fiscal year."
    assert resolve_when(coming, dt.date(2027, 5, 4), None, coming.index("$2")) is None


def test_a_relative_year_label_is_placed_by_the_articles_day() -> None:
    assert when.anchor_month("year:last", dt.date(2027, 5, 4)) == when.period_text("year", 2026)
    assert when.anchor_month("year:next", dt.date(2027, 5, 4)) == when.period_text("year", 2028)
    assert when.anchor_month("year:last", None) == "year:last"  # no day: left as written


def test_a_year_inside_a_name_dates_nothing() -> None:
    """ "the Clean Harbours Act of 2019" names a law; the year is part of the name, not the
    time of the figure beside it ("in the summer of 2019" is a time)."""
    anchor = dt.date(2021, 6, 2)
    text = "The council cited the Clean Harbours Act of 2019, a $12 million programme."
    assert resolve_when(text, anchor, None, at=text.index("$")) is None
    other = "Members of the Class of 2018 gave $40,000 to the fund."
    assert resolve_when(other, anchor, None, at=other.index("$")) is None


def test_control_a_year_after_a_common_noun_still_dates_the_figure() -> None:
    anchor = dt.date(2021, 6, 2)
    text = "Exports fell 7% in the summer of 2019, the office said."
    assert resolve_when(text, anchor, None, at=text.index("7%")) == "year:2019"
    plain = "Exports fell 7% in 2019, the office said."
    assert resolve_when(plain, anchor, None, at=plain.index("7%")) == "year:2019"
