"""A figure told of a numbered period of a series ("in its first year", "in year one", "the
second year") is that period's figure, whatever day its article appeared (issue 11, class "a
period's figure in articles of different days"): a paper's "in its first year" and a blog's "in
year one" five days later disagree when the totals differ, while the first and the second
year's totals are of different times. Read from the parse (``parse.numbered_item`` with "year"
among parse.toml's period nouns; ``scope.one_period`` in the comparison)."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import claims_of

_FIRST = (
    "Ferrowick insulation scheme misses target\n\n"
    "By Tom Reid, Housing Correspondent\nThe Ferrowick Courier, Thursday April 23\n\n"
    "The council's insulation scheme fitted out 5,120 homes during its first year, figures "
    "released yesterday show.\n"
)
_YEAR_ONE = (
    "Is the Ferrowick insulation grant worth it?\n\n"
    "Posted Tuesday May 5 by Ilse Marr\n\n"
    "Last week the council published its first-year figures for the scheme. In year one, "
    "5,210 homes were insulated.\n"
)
_SECOND = (
    "Ferrowick insulation scheme speeds up\n\n"
    "Posted Monday May 4 by Ilse Marr\n\n"
    "The council published its latest figures for the scheme. In year two, 5,210 homes were "
    "insulated.\n"
)


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t)
        for n, t in enumerate(texts)
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


@pytest.mark.parametrize(
    ("text", "surface", "item"),
    [
        (_FIRST, "5,120 homes", "period no. 1"),
        (_YEAR_ONE, "5,210 homes", "period no. 1"),
        (_SECOND, "5,210 homes", "period no. 2"),
    ],
)
def test_a_figure_of_a_numbered_year_carries_it(text: str, surface: str, item: str) -> None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found and found[0].item == item, [(c.text, c.item) for c in claims_of("t.txt", text)]


def test_one_period_in_articles_days_apart_conflicts() -> None:
    found = _alarms(_FIRST, _YEAR_ONE)
    assert any("5,120" in m and "5,210" in m for m in found), found


def test_control_two_periods_do_not_conflict() -> None:
    found = _alarms(_FIRST, _SECOND)
    assert not any("5,120" in m and "5,210" in m for m in found), found
