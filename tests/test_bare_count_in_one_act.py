"""A count written without its noun ("the storm left 48,000 without electricity") and one
written with it ("left 62,000 households without electricity"), grouped as one quantity, are
weighed when the parse puts both figures in the same slot of the same act: the bare number
counts the noun the other source writes out. A bare number the parse ties to no act, and a
number that stands for another phrase's noun ("48,000 of them"), stay unweighed."""

from __future__ import annotations

from tests.reported import alarms

HOUSEHOLDS = (
    "The gale left 62,000 households in Pellmore without electricity on Sunday, the utility "
    "Pellmore Power said."
)
BARE = "Sunday's gale left 48,000 in Pellmore without electricity, Pellmore Power said."


def test_a_bare_count_in_the_slot_of_a_written_noun_is_weighed() -> None:
    found = alarms(HOUSEHOLDS, BARE)
    assert len(found) == 1
    assert "62,000" in found[0] and "48,000" in found[0]


def test_a_bare_count_of_homes_cut_off_is_weighed() -> None:
    homes = (
        "The ice storm left 85,000 homes in Carrowmere without power on Friday night, the grid "
        "operator said."
    )
    bare = "Friday's ice storm left 64,000 in Carrowmere without power, the grid operator said."
    found = alarms(homes, bare)
    assert len(found) == 1
    assert "85,000 homes" in found[0] and "64,000" in found[0]


def test_a_bare_count_in_no_act_is_not_weighed() -> None:
    listed = "Sunday's gale in Pellmore: 48,000 without electricity, Pellmore Power said."
    assert alarms(HOUSEHOLDS, listed) == []


def test_a_number_of_another_phrase_is_not_weighed() -> None:
    partitive = (
        "Some 90,000 buildings in Pellmore were hit by Sunday's gale, and it left 48,000 of them "
        "without electricity, Pellmore Power said."
    )
    assert alarms(HOUSEHOLDS, partitive) == []
