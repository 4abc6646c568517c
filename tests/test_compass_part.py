"""A figure narrowed to a part of a territory named by its compass point ("rainfall in the
south was 65% below average") is that part's; another source's figure that names no part is
the whole's, not the part's retold without it, so the two are not weighed against each other.
Control: two figures of the same part still disagree."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms

DAY = dt.date(2026, 11, 3)


WHOLE = "Dry season\n\nRainfall over the season was 40% below the long-term average.\n"


def test_a_part_named_by_its_compass_point_is_not_the_whole() -> None:
    part = "Dry season\n\nRainfall in the south was 65% below the long-term average.\n"
    assert not [m for m in alarms(WHOLE, part, day=DAY) if "65%" in m]


def test_control_two_figures_of_one_part_still_disagree() -> None:
    one = "Dry season\n\nRainfall in the south was 40% below the long-term average.\n"
    other = "Dry season\n\nRainfall in the south was 65% below the long-term average.\n"
    assert [m for m in alarms(one, other, day=DAY) if "65%" in m]
