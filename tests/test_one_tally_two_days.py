"""An undated running count takes its article's day, but that day does not set it apart from
another source's dated count when the two sentences share a distinctive figure: they give one
tally, so their figures are weighed (issue 11, the comparison stage's recall)."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Claim, Document, Finding, Group, Mention
from reconcile.compare import compare_groups


def people(doc: str, text: str, written: str, value: float, when: str | None) -> Claim:
    start = text.index(written)
    span = (start, start + len(written))
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit="person",
        kind="count",
        low=value - 0.5,
        high=value + 0.5,
    )
    return Claim(
        id=f"{doc}#{written}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit="person",
        low=value - 0.5,
        high=value + 0.5,
        kind="count",
        subject="Brenmouth",
        metric="people in shelters",
        when=when,
        sentence=text,
        mention=mention,
    )


FIRST = "On the night of 3 March, counters found 3,518 in hostels and 1,642 sleeping outdoors."


def finding(second: str, shared: str, shared_value: float, figure: str, value: float) -> Finding:
    docs = [
        Document(id="a.txt", path="a.txt", text=FIRST, published=dt.date(2026, 3, 5)),
        Document(id="b.txt", path="b.txt", text=second, published=dt.date(2026, 6, 18)),
    ]
    claims = [
        people("a.txt", FIRST, "3,518", 3518, "2026-03-03"),
        people("a.txt", FIRST, "1,642", 1642, "2026-03-03"),
        people("b.txt", second, shared, shared_value, None),
        people("b.txt", second, figure, value, None),
    ]
    outdoors = [claims[1], claims[3]]
    g = Group(id="g1", label="Brenmouth: people in shelters", claims=[c.id for c in outdoors])
    [f] = compare_groups([g], claims, documents=docs)
    return f


def test_a_later_article_s_figure_of_one_tally_is_weighed() -> None:
    second = "Of those counted, 3,518 were in hostels and 1,462 were sleeping outdoors."
    f = finding(second, "3,518", 3518, "1,462", 1462)
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_a_later_article_s_figure_sharing_no_distinctive_figure_keeps_its_day() -> None:
    # (not "1,462": two neighbouring digits of 1,642 swapped are one figure copied wrong
    # whatever days they are given for, tests/test_swapped_digits_over_time.py)
    second = "Of those counted, 12 were in hostels and 1,390 were sleeping outdoors."
    f = finding(second, "12", 12, "1,390", 1390)
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message
    assert "the days differ" in f.message
