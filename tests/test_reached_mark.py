"""Class: a growing total given as the mark it reached. "Pledges had reached 84 million euros" and
"pledges had already passed €84 million" both hold: a total that reached a round mark may have
gone past it, so the plain figure is no exact amount against the bound. A stated amount (a
pledge, a price) against a bound past it still conflicts. Fresh sentences, invented names."""

from __future__ import annotations

import pytest

from tests.reported import paired_alarms

BOUND = "By Friday, gifts to the Harwick lifeboat appeal had already passed €84 million."


@pytest.mark.parametrize(
    "reached",
    [
        "By Friday, gifts to the Harwick lifeboat appeal had reached 84 million euros.",
        "Gifts to the Harwick lifeboat appeal hit 84 million euros by Friday.",
    ],
)
def test_a_total_that_reached_a_mark_may_have_passed_it(reached: str) -> None:
    assert paired_alarms(reached, BOUND) == []


def test_control_a_stated_amount_against_a_bound_past_it_conflicts() -> None:
    stated = "The Harwick council's grant to the lifeboat appeal is 84 million euros."
    bound = "The Harwick council's grant to the lifeboat appeal is more than €84 million."
    [f] = paired_alarms(stated, bound)
    assert f.kind == "qualifier_conflict"
