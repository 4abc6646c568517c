"""False alarms of copy nobody on the team wrote (session of 2026-12-06, s30-fa), by class, each
tested with fresh sentences and a control the change must leave alone."""

from __future__ import annotations

import pytest

from tests.test_scope import alarms, fig, judge

# ------------------------------------------------------------------ an index's futures
# Class: a move of a stock index's futures ("the index's futures climbed 760 points") is a move
# of another instrument than the index's own ("the index opened up 820 points"): the futures
# trade before the session opens. Compared as one move, the two were a conflict.

POINTS = {"unit": "point", "kind": "number", "metric": "points", "half": 5.0}
INDEX_MOVE = "The Harbour Composite index opened up 820 points on the vaccine news."


@pytest.mark.parametrize(
    "b_text",
    [
        "The Harbour Composite's futures index climbed 760 points before dawn.",
        "Overnight, Harbour Composite stock futures jumped 760 points.",
    ],
)
def test_a_move_of_index_futures_is_not_the_index_move(b_text: str) -> None:
    a = fig("a.txt", INDEX_MOVE, "820 points", 820, **POINTS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "760 points", 760, **POINTS)  # type: ignore[arg-type]
    findings = judge({"a.txt": INDEX_MOVE, "b.txt": b_text}, [a, b], "points")
    assert not alarms(findings)
    assert "futures" in findings[0].message


def test_two_moves_of_the_index_still_conflict() -> None:
    """Control: two sources giving the index's own move differently conflict."""
    b_text = "The Harbour Composite index jumped 760 points at the open."
    a = fig("a.txt", INDEX_MOVE, "820 points", 820, **POINTS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "760 points", 760, **POINTS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": INDEX_MOVE, "b.txt": b_text}, [a, b], "points"))
    assert f.kind == "value_mismatch"


def test_a_commodity_futures_price_is_still_its_price() -> None:
    """Control: a commodity's futures are its benchmark price, no other instrument."""
    a_text = "Barley futures settled at 312 dollars a tonne on Friday."
    b_text = "Barley settled at 298 dollars a tonne on Friday."
    money = {"unit": "USD", "kind": "money", "metric": "price", "half": 0.5}
    a = fig("a.txt", a_text, "312 dollars", 312, **money)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "298 dollars", 298, **money)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "price"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a day's stage and now
# Class: a count given as reached by a stated day ("had collected 14 tonnes by Thursday
# evening") below another source's count given as reached now ("more than 20 tonnes have now
# been collected"): an earlier stage of a count still growing, not the same reading.

TONNES = {"unit": "metric ton", "kind": "physical", "metric": "litter weight"}
STAGED = "Volunteers had collected 14 tonnes of litter from the dunes by Thursday evening."


@pytest.mark.parametrize(
    "b_text",
    [
        "More than 20 tonnes of litter have now been collected from the dunes.",
        "The haul of litter from the dunes now stands at 20 tonnes.",
    ],
)
def test_a_count_by_a_stated_day_below_one_reached_now_is_an_earlier_stage(b_text: str) -> None:
    a = fig("a.txt", STAGED, "14 tonnes", 14, **TONNES)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "20 tonnes", 20, **TONNES)  # type: ignore[arg-type]
    findings = judge({"a.txt": STAGED, "b.txt": b_text}, [a, b], "litter weight")
    assert not alarms(findings)
    assert "earlier stage" in findings[0].message


@pytest.mark.parametrize(
    ("a_text", "a_value", "b_text"),
    [
        # the count by the stated day is the higher one: a count does not fall
        (
            "Volunteers had collected 24 tonnes of litter from the dunes by Thursday evening.",
            24,
            "More than 20 tonnes of litter have now been collected from the dunes.",
        ),
        # no "now" on the other side: two readings of one count
        (STAGED, 14, "Volunteers collected 20 tonnes of litter from the dunes."),
    ],
)
def test_a_stated_day_without_a_later_count_still_conflicts(
    a_text: str, a_value: float, b_text: str
) -> None:
    """Controls: a higher count by the day, or another count not given as reached now."""
    a = fig("a.txt", a_text, f"{a_value:g} tonnes", a_value, **TONNES)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "20 tonnes", 20, **TONNES)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "litter weight"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ on track, on course
# Class: a figure a count is "on course for" or "on track to" reach is a projection, as one "on
# pace for" is; against a result it was compared as a result, and the two conflicted.

SHARE = {"unit": "percent", "kind": "percent", "metric": "vote share", "half": 0.5}
RESULT = "The Coastal League took 31 per cent of ballots cast in the harbour wards."


@pytest.mark.parametrize(
    "b_text",
    [
        "As counting went on, the Coastal League was on course for 38 per cent of ballots.",
        "The Coastal League was on track to take 38 per cent of the vote, early returns showed.",
    ],
)
def test_a_projection_on_course_or_on_track_is_no_result(b_text: str) -> None:
    a = fig("a.txt", RESULT, "31 per cent", 31, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "38 per cent", 38, **SHARE)  # type: ignore[arg-type]
    findings = judge({"a.txt": RESULT, "b.txt": b_text}, [a, b], "vote share")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


def test_a_result_said_on_course_elsewhere_in_its_sentence_still_conflicts() -> None:
    """Control: "on course" after the figure, about something else, makes no projection."""
    b_text = "The Coastal League won 38 per cent of the vote and stayed on course for power."
    a = fig("a.txt", RESULT, "31 per cent", 31, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "38 per cent", 38, **SHARE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": RESULT, "b.txt": b_text}, [a, b], "vote share"))
    assert f.kind == "value_mismatch"
