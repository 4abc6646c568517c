"""Two counts of one thing that different nouns hold with "of" measure different quantities:
"the offer size of 12 million shares" is what was sold, "on volume of 30 million shares" what
changed hands in the market; the two are not weighed against each other. Control: two sources'
offer sizes still disagree, and so do two counts a noun that only counts holds ("a total of")."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms

DAY = dt.date(2026, 6, 2)


def _story(sentence: str) -> str:
    return (
        "Brevik Mining share sale\n\nThe government sold part of its stake in Brevik Mining"
        f" overnight. {sentence}\n"
    )


SIZE = _story("Brokers said the offer size of 12 million shares at about NOK 40 was modest.")


def test_a_trading_volume_is_not_the_offer_size() -> None:
    volume = _story("Brevik Mining shares ended 3% higher on volume of 30 million shares.")
    assert not [m for m in alarms(SIZE, volume, day=DAY) if "30 million" in m]


def test_control_two_offer_sizes_still_disagree() -> None:
    other = _story("Brokers said the offer size of 15 million shares at about NOK 40 was modest.")
    assert [m for m in alarms(SIZE, other, day=DAY) if "15 million" in m]


def test_control_two_totals_still_disagree() -> None:
    one = _story("The government sold a total of 12 million shares to funds.")
    other = _story("The government sold a total of 15 million shares to funds.")
    assert [m for m in alarms(one, other, day=DAY) if "15 million" in m]
