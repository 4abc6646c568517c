"""A figure a person or side brought into the event the story reports ("came into the bout with
31 wins", "went into Sunday's race with a 12-point lead") is the state before it: an earlier
value (comparison.toml ``before_event_pattern``), not set against another source's figure of
after the event. Control: the same figure without those words still conflicts."""

from __future__ import annotations

import pytest

from tests.reported import alarms

AFTER = "Record after the bout: Dario Kessler, 32 wins and no losses.\n"


@pytest.mark.parametrize(
    "before",
    [
        "Dario Kessler, who came into the bout with 31 wins, stopped his rival in the sixth.\n",
        "Dario Kessler went into Saturday's bout with 31 wins and won in the sixth.\n",
    ],
)
def test_a_figure_brought_into_the_event_is_an_earlier_value(before: str) -> None:
    assert alarms(before, AFTER) == []


def test_control_a_figure_without_those_words_still_conflicts() -> None:
    now = "Dario Kessler, who has 31 wins, stopped his rival in the sixth.\n"
    assert alarms(now, AFTER) != []
