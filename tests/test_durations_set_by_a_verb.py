"""A duration set as the new value of a verb's object ("cut the crossing time from two hours to
40 minutes") measures that object, not an unnamed "duration" that is never compared (issue 11,
class "a time set by a verb from one value to another"; ``parse.duration_holder``). Control: a
span the sentence ties to nothing stays unnamed and is not set against another."""

from __future__ import annotations

from tests.reported import alarms


def _story(minutes: str, said: str) -> str:
    return (
        "Estuary tunnel opens\n\n"
        f"The new tunnel has cut the crossing time between Orlby and Fenmouth from two hours "
        f"to {minutes} minutes, {said} said.\n"
    )


def test_two_new_values_of_one_time_conflict() -> None:
    found = alarms(_story("40", "the operator"), _story("25", "the council"))
    assert any("40 minutes" in m and "25 minutes" in m for m in found), found


def test_control_spans_tied_to_nothing_do_not_meet() -> None:
    found = alarms(
        "Estuary tunnel opens\n\nIt was a long 40 minutes for the first drivers, one said.",
        "Estuary tunnel opens\n\nIt was a long 25 minutes for the first drivers, one said.",
    )
    assert not any("40 minutes" in m and "25 minutes" in m for m in found), found
