"""A base "from" a figure right after another figure of its unit ("a deficit of $92m, up from
$61m") is that figure's base, not the base of a level the sentence gives after it with a
change of its own ("on sales that were unchanged at $4.4bn"): no arithmetic is checked across
them. A base of the level itself ("rose 8% to $4.4bn from $3.1bn") is still checked."""

from __future__ import annotations

from tests.reported import alarms

OTHER = (
    "The Orvel Rail group posted a deficit of $92m for the year, up from $61m, on sales that "
    "were unchanged at $4.4bn, it said on Thursday.\n"
)


def test_a_base_of_another_figure_is_not_the_levels_base() -> None:
    assert alarms(OTHER) == []


def test_control_a_base_of_the_level_is_still_checked() -> None:
    own = "Sales at the Orvel Rail group rose 8% to $4.4bn from $3.1bn, it said on Thursday.\n"
    assert alarms(own) != []
