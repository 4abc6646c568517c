"""Counts of one quantity written with two words for one thing ("420 jobs" / "240 workers",
"38,000 homes" / "48,000 households") are weighed against each other: the grouping put both under
one measured thing and the words name one thing. Controls: the same figure under either word
agrees, and a source that gives figures with both words and none the same ("employs 1,300
workers", "will cut 420 jobs") tells the words apart, so counts under them are not weighed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import findings_of

DAY = dt.date(2026, 3, 3)

JOBS = (
    "Plant closure\n\nBrockway Foods will shut its bakery in Dunmere with the loss of 420 jobs, "
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
            JOBS,
            "Bakery to close\n\nBrockway Foods said on Tuesday it will shut its Dunmere bakery, "
            "and 240 workers will lose their jobs.\n",
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
        "Bakery to close\n\nBrockway Foods said on Tuesday it will shut its Dunmere bakery, and "
        "420 workers will lose their jobs.\n"
    )
    assert not alarms_naming(("420",), JOBS, same)


def test_control_a_source_that_tells_the_words_apart_keeps_them_apart() -> None:
    other = (
        "Bakery to close\n\nBrockway Foods said on Tuesday it will shut its Dunmere bakery, and "
        "240 workers will lose their jobs.\n"
    )
    both = (
        "Dunmere bakery\n\nBrockway Foods, which employs 1,300 workers in the region, said on "
        "Tuesday that closing the Dunmere bakery will cut 420 jobs.\n"
    )
    assert not alarms_naming(("420", "240"), JOBS, other, both)
