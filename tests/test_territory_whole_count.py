"""A count a territory named by a common noun holds ("the island's 42,000 households") is the
territory's whole; another source's count that an adjective of its own narrows ("17,000 rural
households") is a part of it, not the whole retold, so the two are not weighed against each
other. Control: two counts of the whole still disagree, and so do two counts of one part."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms

DAY = dt.date(2026, 5, 19)


def _story(sentence: str) -> str:
    return f"Storm outage\n\n{sentence}\n"


WHOLE = _story("The storm left the island's 42,000 households without power overnight.")
PART = _story("The storm left 17,000 rural households without power overnight.")


def test_a_part_an_adjective_picks_out_is_not_the_whole() -> None:
    assert not [m for m in alarms(WHOLE, PART, day=DAY) if "17,000" in m]


def test_control_two_counts_of_the_whole_still_disagree() -> None:
    other = _story("The storm left the island's 38,000 households without power overnight.")
    assert [m for m in alarms(WHOLE, other, day=DAY) if "38,000" in m]


def test_control_two_counts_of_one_part_still_disagree() -> None:
    other = _story("The storm left 12,000 rural households without power overnight.")
    assert [m for m in alarms(PART, other, day=DAY) if "12,000" in m]
