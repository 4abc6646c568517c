"""Two figures told of things of one kind that their nouns name apart ("ticket sales brought in
£9.4m", "gift shop takings came to £3.2m") are two streams; the same stream named on both sides
conflicts (class: parts of one kind filed as one quantity). Sentences written afresh, with
invented names."""

from __future__ import annotations

from reconcile.compare.scope import stream_words
from tests.reported import alarms, claims_of

ONE = "The gallery had a record year. Ticket sales brought in 9.4 million pounds, it said.\n"
OTHER = "The gallery had a record year. Gift shop takings came to 3.2 million pounds.\n"


def test_two_named_streams_are_no_conflict() -> None:
    assert alarms(ONE, OTHER) == []


def test_control_one_stream_named_on_both_sides_conflicts() -> None:
    assert alarms(ONE, OTHER.replace("Gift shop takings", "Ticket sales")) != []


def test_the_naming_nouns_are_read_from_the_parse() -> None:
    [one] = claims_of("a.txt", ONE)
    [other] = claims_of("b.txt", OTHER)
    assert stream_words(one) == {"ticket"}
    assert "shop" in stream_words(other)
