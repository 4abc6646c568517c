"""The whole a share is of, named with a word that owns it ("about 16% of the province's 52,000
hectares of forest", "a third of Kestria's 2.1 million voters"), is the share's total, as "16% of
the 52,000 hectares" is: not a figure of the quantity the story measures, so it never stands
against another source's figure of that quantity. Control: a plain total after "of the" is read
as before."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import alarms, claims_of

DAY = dt.date(2026, 5, 11)


def role_of(text: str, surface: str) -> str:
    return next(c.role for c in claims_of("t.txt", text) if c.text == surface)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        (
            "Fire update\n\nThe fire has burned 8,200 hectares, about 16% of the province's 52,000 "
            "hectares of forest.\n",
            "52,000 hectares",
        ),
        (
            "Poll\n\nThe party won 700,000 votes, a third of Kestria's 2.1 million voters.\n",
            "2.1 million voters",
        ),
        (
            "Fire update\n\nThe fire has burned 8,200 hectares, about 16% of the 52,000 hectares "
            "of forest.\n",
            "52,000 hectares",
        ),
    ],
)
def test_the_whole_of_a_share_is_its_total(text: str, whole: str) -> None:
    assert role_of(text, whole) == "total"


def test_an_owned_whole_does_not_stand_against_the_story_s_figure() -> None:
    mine = (
        "Fire update\n\nThe fire has burned 8,200 hectares, about 16% of the province's 52,000 "
        "hectares of forest, officials said on Monday.\n"
    )
    other = "Fire update\n\nThe fire had burned 8,200 hectares by Monday, officials said.\n"
    assert not [m for m in alarms(mine, other, day=DAY) if "52,000" in m]
