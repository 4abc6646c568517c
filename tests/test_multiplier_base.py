"""A multiplier is checked against the two other figures of its sentence only when its own
phrase, up to the end of its clause or bracket, holds one of them ("three times the 5% pace").
One that compares with something its sentence states no figure for ("paid about twice what a
contract nurse earns", "(2.7x multiple)") relates nothing the sentence gives: no arithmetic
finding (issue 11 precision)."""

from __future__ import annotations

from tests.reported import alarms

UNSTATED = (
    "With 87 of its 410 nursing posts vacant, the hospital leans on agency staff, who are "
    "paid about twice what a contract nurse earns.\n"
)
BRACKETED = "- Home market: analysts now see a $412m total (2.7x multiple), up from $300m.\n"
STATED = (
    "The ward admitted 870 patients, roughly twice the 210 patients it took in the same week "
    "last year.\n"
)


def test_a_multiplier_of_an_unstated_base_is_not_checked() -> None:
    assert alarms(UNSTATED) == []
    assert alarms(BRACKETED) == []


def test_control_a_multiplier_whose_phrase_holds_a_figure_is_still_checked() -> None:
    [message] = alarms(STATED)
    assert "do not add up" in message
    assert alarms(STATED.replace("870", "430")) == []  # 430 is about twice 210
