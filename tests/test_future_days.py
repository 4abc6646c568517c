"""Class: a day or month told in the future. In an article of Wednesday 15 April 2026, "will reopen
on Thursday" is 16 April and "a levy due to start in May" is May 2026, while "reopened on
Thursday" is 9 April and "rose in May" May 2025: the tense of the verb before the name says
which way the calendar runs. Fresh sentences with invented names."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

DAY = dt.date(2026, 4, 15)  # a Wednesday


def _when(text: str) -> str | None:
    doc = Document(id="a.txt", path="a.txt", text=text, published=DAY)
    [claim] = [c for c in reconcile([doc]).claims if c.kind != "number" or c.value > 2]
    return claim.when


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("The Dorrow mill will reopen on Thursday with 300 staff.", "2026-04-16"),
        ("The Dorrow mill is due to reopen on Thursday with 300 staff.", "2026-04-16"),
        ("The Dorrow mill reopened on Thursday with 300 staff.", "2026-04-09"),
        ("Imported timber will carry a 14% levy from May.", "2026-05"),
        ("The timber levy is set to rise to 14% in May.", "2026-05"),
        ("The timber levy rose to 14% in May.", "2025-05"),
        ("The timber levy rose to 14% in March and will rise again.", "2026-03"),
    ],
)
def test_the_tense_before_a_day_says_which_way_the_calendar_runs(text: str, when: str) -> None:
    assert _when(text) == when
