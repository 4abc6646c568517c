"""Counts of one quantity written with two words for one thing ("420 staff" / "240 workers",
"38,000 homes" / "48,000 households") are weighed against each other: the grouping put both
under one measured thing and the words name one thing. Controls: the same figure under either
word agrees, and a source that gives figures with both words and none the same ("1,300 workers
in the region", "420 staff at the bakery") tells the words apart, so counts under them are not
weighed. (Jobs and workers are no such pair: "1,450 staff" and "620 jobs" may be a workforce
and the jobs cut from it, measured: two false alarms.)"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import findings_of

DAY = dt.date(2026, 3, 3)

STAFF = (
    "Bakery to close\n\nBrockway Foods will shut its bakery in Dunmere, where 420 staff work, "
    "the company said on Tuesday.\n"
)


def alarms_naming(figures: tuple[str, ...], *texts: str) -> list[str]:
    return [
        f.message
        for f in findings_of(*texts, day=DAY)
        if f.severity in ("warning", "error") and all(x in f.message for x in figures)
    ]


@pytest.mark.parametrize(
    ("first", "second", "figures"),
    [
        (
            STAFF,
            "Bakery to close\n\nBrockway Foods said on Tuesday it will shut its Dunmere bakery, "
            "which employs 240 workers.\n",
            ("420", "240"),
        ),
        (
            "Storm update\n\nThe storm left 38,000 homes without power on Sunday, the grid "
            "operator said.\n",
            "Storm update\n\nOn Sunday 48,000 households were without power, the grid operator "
            "said.\n",
            ("38,000", "48,000"),
        ),
    ],
)
def test_two_words_for_one_thing_are_weighed(
    first: str, second: str, figures: tuple[str, ...]
) -> None:
    assert alarms_naming(figures, first, second)


def test_control_the_same_figure_under_either_word_agrees() -> None:
    same = (
        "Bakery to close\n\nBrockway Foods said on Tuesday it will shut its Dunmere bakery, "
        "which employs 420 workers.\n"
    )
    assert not alarms_naming(("420",), STAFF, same)


def test_control_a_source_that_tells_the_words_apart_keeps_them_apart() -> None:
    other = (
        "Bakery to close\n\nBrockway Foods said on Tuesday it will shut its Dunmere bakery, "
        "which employs 240 workers.\n"
    )
    both = (
        "Dunmere bakery\n\nBrockway Foods, which has 1,300 workers in the region, said on "
        "Tuesday that the Dunmere bakery, where 420 staff work, will close.\n"
    )
    assert not alarms_naming(("420", "240"), STAFF, other, both)
