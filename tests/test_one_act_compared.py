"""Two counts that grouping put under one quantity but that are written with two nouns are
weighed when the parse puts both nouns in the same slot of the same act ("arrested four
suspects" / "arrested six men": what was arrested) and no source gives figures of both nouns
that cannot both hold (issue 11, a group whose pair the comparison let pass). Two acts, a
source that tells the two nouns apart, and a number standing for another phrase's noun stay
unweighed."""

from __future__ import annotations

from tests.reported import alarms

SUSPECTS = "Police in Tarnwick arrested four suspects on Friday in connection with the depot fire."
MEN = "Detectives in Tarnwick arrested six men on Friday over the depot fire, the force said."


def test_two_nouns_in_one_slot_of_one_act_are_weighed() -> None:
    found = alarms(SUSPECTS, MEN)
    assert len(found) == 1
    assert "four suspects" in found[0] and "six men" in found[0]


def test_two_acts_are_not_weighed() -> None:
    questioned = "Detectives in Tarnwick questioned six men on Friday over the depot fire."
    assert alarms(SUSPECTS, questioned) == []


def test_a_source_that_gives_both_nouns_apart_keeps_them_apart() -> None:
    both = (
        "Police in Tarnwick arrested four suspects on Friday over the depot fire. Police in "
        "Tarnwick also arrested six men on Friday over a brawl outside the depot."
    )
    assert alarms(SUSPECTS, MEN, both) == []


def test_a_number_standing_for_another_noun_names_no_thing_of_its_own() -> None:
    infections = "Harbour officials in Tarnwick confirmed 40 new infections aboard the ferry."
    results = (
        "Tests on 90 people aboard the ferry in Tarnwick came back, and officials confirmed 35 "
        "of them."
    )
    assert alarms(infections, results) == []
