"""Figures told of different numbered items of a series (issue 11, class "a numbered item of a
series": game one and the fourth game, round 2 and round 3) measure different quantities: each
item's figures are grouped apart, and a figure naming no item is left where it was. Figures of
different periods (the second and the third day, week 6 and week 7) are of different times,
which the comparison tells apart (an info note, not a conflict). Read from the parse
(``parse.numbered_item``): a series noun with a small number after it, an ordinal that is its
noun's only adjective, an ordinal standing for an item of a whole. Controls: the same item in
two sources still conflicts; a product's number, a run of months, a first few items and an
ordinal of some other noun number no item."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import claims_of

DAY = dt.date(2026, 4, 15)


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t, published=DAY)
        for n, t in enumerate(texts)
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def _item(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].item


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (
            "Day two of the walkout at Drellby General saw 4,100 operations postponed.",
            "4,100 operations",
            "period no. 2",
        ),
        (
            "On the third day of the walkout, 3,900 operations were postponed.",
            "3,900 operations",
            "period no. 3",
        ),
        (
            "On the third day, the trust said 3,900 operations were postponed.",
            "3,900 operations",
            "period no. 3",
        ),
        ("Round 2 of the vote drew 41,000 ballots in Kessany.", "41,000 ballots", "no. 2"),
        ("Week 9 (to 5 March): 211 admissions", "211 admissions", "period no. 9"),
        ("10:20 Game three drawn in 57 moves.", "57 moves", "no. 3"),
        ("The deciding game, the fifth of the playoff, lasted 64 moves.", "64 moves", "no. 5"),
        ("The second leg drew a crowd of 48,200 at the Kessany ground.", "48,200", "no. 2"),
        # items told figure by figure: each figure's own, an ordinal standing alone naming the
        # noun of the ordinal before it
        (
            "The levy will drop to 12% in the second season and to 9% in the third.",
            "12%",
            "period no. 2",
        ),
        (
            "The levy will drop to 12% in the second season and to 9% in the third.",
            "9%",
            "period no. 3",
        ),
    ],
)
def test_a_figure_told_of_a_numbered_item_carries_it(text: str, surface: str, item: str) -> None:
    assert _item(text, surface) == item


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("For the third consecutive month, imports rose to 4,200 containers.", "4,200 containers"),
        ("Kessany took the first three matches by 30 points.", "30 points"),
        ("The Model 3 sold 41,000 units in Sundale.", "41,000 units"),
        ("It was the second bid of 90 million euros the club had rejected.", "90 million euros"),
        (
            "Shares fell on their second day of trading, after a debut on which they rose 48%.",
            "48%",
        ),
        ("The first of 33 miners reached the surface after 69 days.", "69 days"),
    ],
)
def test_no_item_where_none_is_numbered(text: str, surface: str) -> None:
    assert _item(text, surface) is None


_DAY2 = (
    "Drellby nurses' strike, day two\n"
    "Day two of the walkout at Drellby General saw 4,100 operations postponed, the trust said."
)
_DAY3 = (
    "Drellby strike: third day\nOn the third day of the walkout at Drellby General, "
    "3,900 operations were postponed, the trust said."
)
_DAY3_OTHER = (
    "Drellby strike latest\nOn the third day of the walkout at Drellby General, "
    "3,100 operations were postponed, the trust said."
)


def test_figures_of_two_items_do_not_conflict() -> None:
    found = _alarms(_DAY2, _DAY3)
    assert not any("4,100" in m and "3,900" in m for m in found), found


def test_control_figures_of_one_item_still_conflict() -> None:
    found = _alarms(_DAY3, _DAY3_OTHER)
    assert any("3,900" in m and "3,100" in m for m in found), found


def test_figures_of_two_periods_are_an_info_note() -> None:
    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t, published=DAY)
        for n, t in (("a", _DAY2), ("b", _DAY3))
    ]
    notes = [f for f in reconcile(docs).findings if "4,100" in f.message and "3,900" in f.message]
    assert notes and all(f.severity == "info" for f in notes), notes
