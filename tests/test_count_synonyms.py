"""Counts of one quantity written with two words for one thing ("38,000 homes" / "48,000
households", "1.9 million trips" / "2.7 million rides") are weighed against each other: the
grouping put both under one measured thing and the words name one thing. Controls: the same
figure under either word agrees, and a source of the group that gives figures with both words
and none the same tells the words apart, so counts under them are not weighed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import findings_of

DAY = dt.date(2026, 3, 3)

HOMES = (
    "Storm update\n\nThe storm left 38,000 homes without power on Sunday, the grid operator said.\n"
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
            HOMES,
            "Storm update\n\nOn Sunday 48,000 households were without power, the grid operator "
            "said.\n",
            ("38,000", "48,000"),
        ),
        (
            "Bike scheme\n\nRiders made 1.9 million trips on the city's hire bikes in the first "
            "year, the council said on Monday.\n",
            "Bike scheme\n\nRiders took 2.7 million rides on the city's hire bikes in the first "
            "year, the council said on Monday.\n",
            ("1.9 million", "2.7 million"),
        ),
    ],
)
def test_two_words_for_one_thing_are_weighed(
    first: str, second: str, figures: tuple[str, ...]
) -> None:
    assert alarms_naming(figures, first, second)


def test_control_the_same_figure_under_either_word_agrees() -> None:
    same = (
        "Storm update\n\nOn Sunday 38,000 households were without power, the grid operator said.\n"
    )
    assert not alarms_naming(("38,000",), HOMES, same)


def test_control_a_source_that_tells_the_words_apart_keeps_them_apart() -> None:
    other = (
        "Storm update\n\nOn Sunday 48,000 households were without power, the grid operator said.\n"
    )
    both = (
        "Storm update\n\nThe storm left 38,000 homes without power on Sunday; by the grid "
        "operator's count 52,000 households were without power.\n"
    )
    assert not alarms_naming(("38,000", "48,000"), HOMES, other, both)
