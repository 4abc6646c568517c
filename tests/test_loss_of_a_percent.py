"""A percentage that is the amount of a loss told as news ("a loss of 9.4%") is a change down
of the thing it follows, not a level to hold against that thing's level (issue 11, class "a
change read as a level"). A loss a noun narrows ("weight loss of 12%", "the June reduction of
80%") names the measured thing and stays a level."""

from __future__ import annotations

from tests.reported import alarms, claims_of


def _role(text: str, surface: str) -> tuple[str, float]:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].role, found[0].value


def test_a_loss_of_a_percentage_is_a_change_down() -> None:
    assert _role("The ruling bloc suffered a loss of 9.4% in the ballot.", "9.4%") == (
        "change",
        -9.4,
    )


def test_a_named_loss_stays_a_level() -> None:
    assert _role("The new drug produced weight loss of about 12 per cent.", "12 per cent")[0] == (
        "level"
    )
    assert _role("Members kept to the June reduction of 80% for July.", "80%")[0] == "level"


def test_control_two_losses_that_differ_still_conflict() -> None:
    a = "Harbour Party took 31% of ballots, a loss of 9.4%.\n"
    assert alarms(a, a.replace("9.4%", "6.1%")) != []


def test_plummeting_by_a_percentage_is_a_change() -> None:
    assert _role("Sales plummeted by 14% in the spring.", "14%") == ("change", -14.0)
