"""A place written alone before a plural facility noun ("at X stations", "X airports") names
the place whose facilities they all are: a name the sentence gives, which a figure of that
sentence takes as its subject. Before one facility ("at Y station"), or coordinated with
another place ("at Y and Z stations"), the name stays a facility's place, never a subject."""

from __future__ import annotations

from tests.reported import report_of

COMMUTER = """Wendmoor's rail delays: a winter to forget

The Slow Train Log
12 February 2026

I have commuted out of Wendmoor for nine years, and Wendmoor's trains have never been this late.

The rail regulator says 5,120 trains were held up at Corvania stations over the winter.

On the branch line, trains at Orsby station were held up 1,310 times. Another 640 trains
were held up at Orsby and Tilbeck stations.
"""


def _subject(text: str, surface: str) -> str | None:
    found = [c for c in report_of(text).claims if surface in c.text]
    assert found, [c.text for c in report_of(text).claims]
    return found[0].subject


def test_a_place_before_plural_facilities_is_a_name() -> None:
    assert _subject(COMMUTER, "5,120") == "Corvania"


def test_a_place_before_one_facility_is_no_subject() -> None:
    assert _subject(COMMUTER, "1,310") == "Wendmoor"


def test_places_coordinated_before_facilities_are_no_subjects() -> None:
    assert _subject(COMMUTER, "640") not in ("Orsby", "Tilbeck")
