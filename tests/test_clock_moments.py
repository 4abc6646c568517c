"""Two market quotes of one day given at different times of day are two readings of the session,
not one figure (issue 11: a different session is no disagreement): a clock in the figure's
clause ("by 1100 GMT", "at 2.40pm") or the stamp of the live-blog entry it stands in gives its
time of day (:mod:`reconcile.time.clock`), and two quotes whose times differ are an info note.
Quotes at one time, or with no time given, are weighed as before."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from reconcile.time.clock import clock_of
from tests.reported import claim_with, claims_of


def _clock(text: str, digits: str) -> str | None:
    return claim_with(claims_of("t.txt", text), digits).clock


@pytest.mark.parametrize(
    ("text", "digits", "clock"),
    [
        ("Brellan stock was 6% lower at 212p by 1100 GMT.", "212p", "11:00"),
        ("The index stood at 4,310 points at 2.40pm local time.", "4,310", "14:40"),
        ("Brellan shares stood at 219p as of 09:15 on Friday.", "219p", "09:15"),
        ("13:05 - Brellan shares are down 9% at 203p.", "203p", "13:05"),
        ("Morning markets\n\n10.20am\nBrellan shares are 4% lower at 216p.", "216p", "10:20"),
        ("Brellan aims to sell 5,000 flats by 2030.", "5,000", None),
        ("Brellan shares fell 4% to 216p on the news.", "216p", None),
    ],
)
def test_a_figure_takes_the_time_of_day_its_clause_or_its_entry_gives(
    text: str, digits: str, clock: str | None
) -> None:
    assert _clock(text, digits) == clock


def test_a_stamp_two_lines_up_is_another_entry_s() -> None:
    text = "11:02\nThe chief executive spoke.\n\nShares are 2% higher at 231p."
    assert clock_of(text, text.index("231p"), text.index("Shares"), len(text)) is None


WIRE = (
    "Brellan shares slide\n\nBrellan shares fell sharply after a weak trading update and were "
    "down {wire} at {wire_price} by 1100 GMT.\n"
)
BLOG = "Markets live\n\n{stamp}\nBrellan shares are down {blog} at {blog_price}, a grim start.\n"


def alarms(*texts: str) -> list[str]:
    """Warnings and errors over ``texts``, each an article published on one day."""
    day = dt.date(2026, 3, 4)
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t, published=day)
        for n, t in enumerate(texts)
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_quotes_at_two_times_of_day_are_not_a_disagreement() -> None:
    wire = WIRE.format(wire="6%", wire_price="212p")
    blog = BLOG.format(stamp="08:35", blog="9%", blog_price="205p")
    assert not [m for m in alarms(wire, blog) if "212p" in m or "205p" in m]


def test_quotes_at_one_time_of_day_still_disagree() -> None:
    wire = WIRE.format(wire="6%", wire_price="212p")
    blog = BLOG.format(stamp="11:00", blog="9%", blog_price="205p")
    assert [m for m in alarms(wire, blog) if "212p" in m or "205p" in m]
