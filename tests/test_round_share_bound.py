"""A share written to one significant digit ("80 percent") is a measured figure rounded when
written, as a move is (issue 11, a bound against a round figure): "over 80 percent of
the seats were filled" and "80 percent of seats filled" can both hold (compare.intervals,
round_figure). A share written to two digits ("82 percent") is precise enough that "more than
82 percent" contradicts it."""

from __future__ import annotations

from tests.reported import alarms

BOUND = (
    "The Harlow Crest arena sold more than {n} percent of its seats for the opening night, "
    "the operator said."
)
EXACT = "Harlow Crest arena: {n} percent of seats sold for the opening night, its operator said."


def test_a_round_share_meets_a_bound_on_it() -> None:
    assert alarms(BOUND.format(n=80), EXACT.format(n=80)) == []


def test_a_share_of_two_digits_still_meets_a_bound_as_a_conflict() -> None:
    found = alarms(BOUND.format(n=82), EXACT.format(n=82))
    assert len(found) == 1
    assert "82" in found[0]
