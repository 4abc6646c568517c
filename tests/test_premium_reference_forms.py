"""What a premium is measured against, compared by word stems (issue 11, class "one reference
written two ways"): "a premium to the closing price" and "a premium to the close" measure
against one price, so their figures are one quantity; "to the close" and "to the 30-day
average" stay two."""

from __future__ import annotations

from reconcile.claims.parse import narrowing_of, parse_sentences
from reconcile.claims.separate import contradiction
from tests.reported import alarms


def _reference_apart(first: str, second: str) -> str | None:
    readings = []
    for sentence in (first, second):
        doc = parse_sentences([sentence])[0]
        at = sentence.index("%") - 2
        readings.append(narrowing_of(doc, at, at + 3, "offer premium"))
    assert readings[0] is not None and readings[1] is not None
    return contradiction(readings[0], readings[1])


def test_closing_price_and_close_are_one_reference() -> None:
    assert (
        _reference_apart(
            "Pennock Mills offered 640p a share, a 41% premium to Tesselby's closing price "
            "on Monday.",
            "The offer of 640p a share is a 14% premium to Tesselby's Monday close.",
        )
        is None
    )


def test_control_close_and_average_stay_two_references() -> None:
    assert (
        _reference_apart(
            "Pennock Mills offered 640p a share, a 41% premium to Tesselby's closing price "
            "on Monday.",
            "The offer of 640p is a 52% premium to the average of the last 30 days.",
        )
        == "reference"
    )


def test_a_premium_stated_two_ways_is_flagged() -> None:
    found = alarms(
        "Pennock Mills offered 640p a share, a 41% premium to Tesselby's closing price on Monday.",
        "The offer of 640p a share is a 14% premium to Tesselby's Monday close.",
    )
    assert any("41%" in m and "14%" in m for m in found), found
