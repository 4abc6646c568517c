"""A percentage change named by a change word ("a rise of 7%", "a 9% jump", "up 12%") measures
the thing whose level it follows, not a "rise" of its own (issue 11, class "a change noun as
the measured thing"; ``parse.changed_level``, ``parse.changed_thing``,
``parse.restated_change``):

- set after the object or the "to" figure of the verb it shares with a level ("shipped 48,000
  crates last season, a rise of 7%"; "admissions climbed to 530 from 470, a rise of 12.8%";
  "sold 3,400 tickets, up 12%"): the level's metric;
- with its own "in" phrase ("the 9% jump in crates"): that noun;
- restating what came before in a clause of its own, whatever reporting verb leads it in ("the
  co-operative reckons this marks a 7% rise"): the nearest named level before it.

A change of a thing of its own in a clause of its own ("and pickers won a 4% rise in wages")
keeps that thing; control: a level set after a change is not what the change measures."""

from __future__ import annotations

from tests.reported import claims_of


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].metric


def _of_level(text: str, change: str, level: str) -> bool:
    """The change's metric is the level's (a vocabulary level's change has a name of its own:
    "<level> change")."""
    named = _metric(text, level)
    return named is not None and _metric(text, change) in (named, f"{named} change")


def test_a_change_set_after_the_verbs_object_is_that_objects() -> None:
    text = "Orchard report\n\nThe co-operative shipped 48,000 crates last season, a rise of 7%.\n"
    assert _of_level(text, "7%", "48,000 crates")


def test_a_change_after_the_to_figure_is_that_figures() -> None:
    text = (
        "Clinic figures\n\n"
        "Winter admissions at the clinic climbed to 530 from 470, a rise of 12.8%.\n"
    )
    level = _metric(text, "530")
    assert level is not None and "admission" in level
    assert _metric(text, "12.8%") == level


def test_up_after_the_verbs_object() -> None:
    text = (
        "Theatre season\n\n"
        "The theatre sold 3,400 season tickets this autumn, up 12% on last year.\n"
    )
    assert _of_level(text, "12%", "3,400 season tickets")


def test_a_change_noun_with_its_own_in_phrase() -> None:
    text = "Orchard report\n\nThe 9% jump in crates surprised the growers.\n"
    assert _metric(text, "9%") == "crates"


def test_a_restated_change_after_a_reporting_verb() -> None:
    text = (
        "Orchard report\n\n"
        "Growers in the valley shipped 48,000 crates of pears last season.\n\n"
        "The co-operative reckons that was a rise of 7% on the season before.\n"
    )
    assert _of_level(text, "7%", "48,000 crates")


def test_a_change_in_a_clause_of_its_own_keeps_its_own_thing() -> None:
    text = (
        "Orchard report\n\n"
        "The co-operative shipped 48,000 crates, and pickers won a 4% rise in wages.\n"
    )
    assert _metric(text, "4%") == "wages"


def test_control_a_level_after_the_change_is_not_its_thing() -> None:
    text = (
        "Orchard report\n\n"
        "Prices rose 6% in the spring, and the co-operative shipped 48,000 crates.\n"
    )
    assert _metric(text, "6%") != "crates"
