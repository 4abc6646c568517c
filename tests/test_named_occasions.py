"""A figure its own words tie to an occasion named by what happened on it ("on opening night",
"on the final weekend") is that occasion's: another source's figure for another occasion,
named so or by its day ("on Thursday"), is not weighed against it. Control: two figures for the
same named occasion still disagree, and so do two figures for one dated day."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms

DAY = dt.date(2026, 3, 9)


def _story(sentence: str) -> str:
    return f"Festival crowds\n\nThe Brannagh folk festival drew big crowds. {sentence}\n"


OPENING = _story("Organisers counted 14,200 visitors on opening night at the Brannagh festival.")


def test_a_named_occasion_is_not_another_dated_day() -> None:
    dated = _story("Organisers counted 9,800 visitors on Thursday at the Brannagh festival.")
    assert not [m for m in alarms(OPENING, dated, day=DAY) if "9,800" in m]


def test_two_named_occasions_are_two_times() -> None:
    closing = _story(
        "Organisers counted 9,800 visitors on the final weekend at the Brannagh festival."
    )
    assert not [m for m in alarms(OPENING, closing, day=DAY) if "9,800" in m]


def test_control_one_named_occasion_still_disagrees() -> None:
    other = _story("Organisers counted 9,800 visitors on opening night at the Brannagh festival.")
    assert [m for m in alarms(OPENING, other, day=DAY) if "9,800" in m]


def test_control_one_dated_day_still_disagrees() -> None:
    one = _story("Organisers counted 14,200 visitors on Thursday at the Brannagh festival.")
    other = _story("Organisers counted 9,800 visitors on Thursday at the Brannagh festival.")
    assert [m for m in alarms(one, other, day=DAY) if "9,800" in m]
