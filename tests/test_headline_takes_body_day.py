"""An undated figure whose own article gives the same figure a day elsewhere is that day's
figure, not the article's: a headline's "leaves 620,000 without power" over the lead's "cut
electricity to 620,000 customers on Monday", in Tuesday's article, is Monday's count, and it
stands against another source's Monday count. An article that gives the number two days, and a
figure of another number, keep the article's day."""

from __future__ import annotations

from reconcile.claims.models import Claim, Kind, Mention
from reconcile.compare.news_day import _dated_twin
from tests.reported import alarms

WIRE = (
    "Ice storm leaves 620,000 without power in Dunmarra\n\n"
    "KELLBROOK, Jan 13 (Harbour Wire) - An ice storm brought down lines across Dunmarra on "
    "Monday and cut electricity to 620,000 customers, the grid operator said on Tuesday."
)
COURIER = (
    "The Dunmarra Courier | Tuesday 13 January 2026\n\n"
    "The ice storm that swept Dunmarra on Monday left 480,000 customers without power, the grid "
    "operator said."
)


def claim(cid: str, value: float, unit: str, kind: Kind, when: str | None) -> Claim:
    mention = Mention(
        surface=str(value), span=(0, 1), value=value, unit=unit, kind=kind, low=value, high=value
    )
    return Claim(
        id=cid,
        document="a.txt",
        span=(0, 1),
        text=str(value),
        value=value,
        unit=unit,
        low=value,
        high=value,
        kind=kind,
        sentence=str(value),
        when=when,
        mention=mention,
    )


def test_a_headline_figure_takes_the_day_its_body_gives_it() -> None:
    found = alarms(WIRE, COURIER)
    assert len(found) == 1
    assert "620,000" in found[0] and "480,000 customers" in found[0]


def test_the_day_of_the_same_figure_in_the_same_article() -> None:
    bare = claim("a#1", 620_000, "person", "count", None)
    dated = claim("a#2", 620_000, "customer", "count", "weekday:Monday")
    assert _dated_twin(bare, [bare, dated]) == "weekday:Monday"


def test_two_days_for_the_number_or_another_number_give_no_day() -> None:
    bare = claim("a#1", 620_000, "person", "count", None)
    monday = claim("a#2", 620_000, "customer", "count", "weekday:Monday")
    sunday = claim("a#3", 620_000, "customer", "count", "weekday:Sunday")
    other = claim("a#4", 610_000, "customer", "count", "weekday:Monday")
    assert _dated_twin(bare, [bare, monday, sunday]) is None
    assert _dated_twin(bare, [bare, other]) is None


def test_a_percent_is_no_twin_of_a_bare_number() -> None:
    share = claim("a#1", 12, "percent", "percent", None)
    dated = claim("a#2", 12, "", "number", "weekday:Monday")
    assert _dated_twin(share, [share, dated]) is None


def test_a_year_in_the_body_gives_no_day() -> None:
    bare = claim("a#1", 90_000_000, "USD", "money", None)
    bid = claim("a#2", 90_000_000, "USD", "money", "year:2034")
    assert _dated_twin(bare, [bare, bid]) is None
