"""Rates whose unit has a name of two words ("metric ton per year") are read by pint as rates
(``units.spellings``): their dimension is mass over time, so "tonnes a day" and "tonnes a
year" meet in one block of the grouping and convert into each other; pint had read the whole
name as one unknown unit (a plain number) and the grouping had given each its own block."""

from __future__ import annotations

import pytest

from reconcile import units
from reconcile.claims.group import physical_dimension


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [
        ("metric ton per year", "[mass] / [time]"),
        ("metric ton per day", "[mass] / [time]"),
        ("barrel per day", "[length] ** 3 / [time]"),
        ("nautical mile", "[length]"),
    ],
)
def test_a_rate_of_a_two_word_unit_has_its_dimension(unit: str, dimension: str) -> None:
    assert physical_dimension(unit) == dimension


def test_a_rate_of_a_two_word_unit_converts() -> None:
    assert units.convert(365.0, "metric ton per year", "metric ton per day") == pytest.approx(
        1.0, rel=1e-3
    )
