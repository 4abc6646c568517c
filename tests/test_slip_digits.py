"""A slip of scale moves a figure's point or scale word, not its digits (issue 11: a false alarm
on approximate figures): two figures a thousand times apart are one figure slipped only when
they write the same significant digits, the longer rounded to the shorter's length. An
approximation's margin that reaches the other figure a thousand times over ("about 9.9 metres"
against "9.45 km") is two measurements, not one slipped."""

from __future__ import annotations

import pytest

from tests.reported import alarms


def test_approximate_figures_with_other_digits_are_no_slip() -> None:
    found = alarms(
        "Track day\n\nArvo Lind covered about 9.9 metres with each turn of the pedals, his "
        "team said.\n",
        "Hour record live\n\nAfter ten minutes, Arvo Lind has covered 9.45km and is ahead of "
        "schedule.\n",
    )
    assert not [m for m in found if "factor of 1,000" in m]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The club paid about 2.4 million euros for the striker.", "The club paid 2,350 euros."),
        ("The club paid 3.1 million euros for the striker.", "The club paid 3,100 euros."),
    ],
)
def test_the_same_digits_a_thousand_apart_are_still_a_slip(first: str, second: str) -> None:
    found = alarms(f"Deal\n\n{first}\n", f"Deal\n\n{second}\n")
    assert [m for m in found if "factor of 1,000" in m]
