"""A sentence that restates the change of the sentences before it ("This represents a drop
of 2.2 points", "That is an increase of 4%") gives that quantity's change, not a "fall" of its
own (issue 11, class "a change restated in a sentence of its own";
``context._restated_change``): it takes the metric of the nearest named level figure of the
two sentences before it. Controls: a change noun with its own thing ("a fall of 3% in
exports") and a sentence not opening with a demonstrative keep their readings."""

from __future__ import annotations

from tests.reported import claims_of

_TEXT = (
    "Dunmore housing report\n\n"
    "Dunmore's vacancy rate stood at 9.2% this spring, against 11.4% twelve months before.\n\n"
    "This represents a drop of 2.2 percentage points, the council said.\n"
)


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].metric


def test_a_restated_change_takes_the_levels_metric() -> None:
    assert _metric(_TEXT, "9.2%") == _metric(_TEXT, "2.2 percentage points") != "fall"


def test_control_a_change_of_its_own_thing() -> None:
    restated = "This represents a drop of 2.2 percentage points"
    text = _TEXT.replace(restated, "Rents saw a drop of 2.2%")
    assert _metric(text, "2.2%") != _metric(text, "9.2%")


def test_a_restated_change_of_a_vocabulary_level_takes_its_change_name() -> None:
    text = (
        "Tarnby jobs figures\n\n"
        "Tarnby's jobless rate stood at 4.1% in March, against 4.6% a year earlier.\n\n"
        "That is a drop of 0.5 percentage points, the statistics office said.\n"
    )
    level = _metric(text, "4.1%")
    assert level is not None
    assert _metric(text, "0.5 percentage points") == f"{level} change"
