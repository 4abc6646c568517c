"""A group whose two close figures still conflict while a third source's figure lies far from
both (issue 13, "the far third is in the JSON only"): the alarm's message names the far source
and its figure, so the reader sees all three without opening the JSON."""

from __future__ import annotations

from tests.reported import alarms

_CLOSE = ("Turnout in Orrisham was 48.2% on Sunday.", "Turnout in Orrisham was 48.4% on Sunday.")


def test_the_far_third_is_named_in_the_close_pairs_alarm() -> None:
    found = alarms(*_CLOSE, "Turnout in Orrisham was 61% on Sunday.")
    assert len(found) == 1, found
    assert "48.2%" in found[0] and "48.4%" in found[0]
    assert 'c.txt ("61%")' in found[0] and "1 more source gives a figure" in found[0]


def test_control_two_sources_alone_name_no_third() -> None:
    found = alarms(*_CLOSE)
    assert len(found) == 1 and "more source" not in found[0], found
