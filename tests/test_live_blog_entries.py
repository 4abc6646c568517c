"""A live blog's time-stamped entries (issue 11, class "a live blog's entry"):

- the stamp opens the entry's sentence, so the word after it is read as a sentence's first
  word, not a name ("07:40 Operators say ...", "2.05pm: Evacuation orders ...");
- a running count (a toll, the missing) in an entry stands as it stood at the entry's time: below
  another source's figure, it is a stage of the count, an info note; above it, no stage of a
  growing count explains the gap, and the conflict stays."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.reported import claims_of

DAY = dt.date(2026, 2, 9)


def _findings(*texts: str) -> list[tuple[str, str]]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t, published=DAY)
        for n, t in enumerate(texts)
    ]
    return [(f.severity, f.message) for f in reconcile(docs).findings]


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Live: ferry strike in Vannick\n07:15 Morning all. Crews at Vannick walked out at "
            "dawn.\n07:40 Operators say 86 sailings have been cancelled.",
            "86 sailings",
            "Vannick",
        ),
        (
            "Live updates: Carnby wildfire\n2.05pm: Evacuation orders now cover 3,400 homes "
            "around Carnby, the county says.\n2.30pm: Winds are gusting to 45mph.",
            "3,400 homes",
            "Carnby",
        ),
    ],
)
def test_the_word_after_a_stamp_is_no_name(text: str, surface: str, subject: str) -> None:
    subjects = {c.text: c.subject for c in claims_of("a.txt", text)}
    assert subjects[surface] == subject, subjects


_LIVE = (
    "Live: Tessford gas blast\n"
    "16:05 Officials in Tessford confirm four people have died. Crews are still searching.\n"
    "16:40 The main road through Tessford is closed."
)
_SIX = (
    "Tessford gas blast: six dead\n"
    "Six people were killed in the gas explosion in Tessford, officials said."
)
_THREE = (
    "Tessford gas blast: three dead\n"
    "Three people were killed in the gas explosion in Tessford, officials said."
)


def test_an_entrys_lower_toll_is_a_stage_of_the_count() -> None:
    found = _findings(_LIVE, _SIX)
    assert not [m for s, m in found if s != "info" and "four" in m], found
    assert any("16:05" in m and "stage" in m for s, m in found if s == "info"), found


def test_control_an_entrys_higher_toll_still_conflicts() -> None:
    found = _findings(_LIVE, _THREE)
    assert any(s in ("warning", "error") and "four" in m for s, m in found), found


def test_control_without_a_stamp_the_lower_toll_conflicts() -> None:
    plain = _LIVE.replace("16:05 ", "").replace("16:40 ", "")
    found = _findings(plain, _SIX)
    assert any(s in ("warning", "error") and "four" in m for s, m in found), found
