"""A time counted back from the news day ("five years ago", "a decade ago", "18 months ago";
class: a past time no calendar word names). It is that period before the article's day when
the article is dated, else a relative label ("year:-5") that no undated figure of the news
cycle shares: "the club had 8,200 members three years ago" never contradicts "the club has
7,900 members". Sentences written afresh."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.compare.wording import when_words
from reconcile.time.read import resolve_when
from reconcile.time.values import relate
from tests.reported import alarms

DAY = dt.date(2026, 5, 4)


@pytest.mark.parametrize(
    ("text", "anchor", "when"),
    [
        ("Three years ago the club had 8,200 members.", DAY, "year:2023"),
        ("A decade ago the ferry carried 90,000 cars a year.", DAY, "year:2016"),
        ("Eighteen months ago the fund held 4 tonnes of gold.", None, "month:-18"),
        ("18 months ago the fund held 4 tonnes of gold.", DAY, "2024-11"),
        ("Two weeks ago the queue was 40 lorries long.", DAY, "2026-W17"),
        ("Three years ago the club had 8,200 members.", None, "year:-3"),
    ],
)
def test_a_time_counted_back_from_the_news_day(
    text: str, anchor: dt.date | None, when: str | None
) -> None:
    assert resolve_when(text, anchor, at=text.index("ago") + 8) == when


def test_counted_back_is_not_the_news_cycle() -> None:
    assert relate("year:-3", None).same is False
    assert relate("year:-3", "year:-3").same is True
    assert relate("year:last", None).same is None  # (unchanged: a calendar word)
    assert when_words("year:-3") == "3 years ago" and when_words("month:-1") == "1 month ago"


THEN = "When the pool reopened three years ago, the swimming club had 8,200 members.\n"
NOW = "The swimming club, which has 7,900 members, is the largest in the county.\n"


def test_a_figure_of_years_ago_never_contradicts_todays() -> None:
    assert alarms(THEN, NOW) == []


def test_control_two_undated_figures_still_contradict() -> None:
    assert len(alarms(THEN.replace("three years ago", "in the spring"), NOW)) == 1
