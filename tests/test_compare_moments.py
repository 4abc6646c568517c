"""False alarms of the comparison where two figures are two moments of one moving quantity, or
a projection against the outcome (benchmarks.missed_conflicts, false alarms per event), each
class tested with fresh sentences and a control that must still conflict:

- a running total given as risen to its figure ("the toll has climbed to 17") below another
  source's figure of the same day: the higher one may be a later tally;
- a measurement given as eased to its figure ("winds had dropped to 70 km/h") below another
  source's reading: the other may be of before the fall;
- a gust is a peak: a lower sustained wind is another reading, not a contradiction;
- a poll's figure ("a poll on Sunday put Leave at 56%") against the result: a projection.
"""

from __future__ import annotations

import pytest

from reconcile.compare.scope import moved_to
from tests.test_scope import alarms, fig, judge

DAY = "2026-03-02"
TOLL = {"unit": "person", "kind": "count", "metric": "death toll", "when": DAY}
WIND = {"unit": "kilometer per hour", "metric": "wind speed", "when": DAY}
SHARE = {"unit": "percent", "kind": "percent", "metric": "vote share", "half": 0.05}

# ------------------------------------------------------------------ a risen running count


@pytest.mark.parametrize(
    "a_text",
    [
        "The toll from the Brellin quarry collapse has climbed to 17, the mayor said.",
        "Brellin quarry collapse: death toll rises to 17",
    ],
)
def test_a_toll_risen_to_its_figure_is_a_tally_below_a_later_one(a_text: str) -> None:
    b_text = "Rescuers said 19 people died when the Brellin quarry wall gave way."
    a = fig("a.txt", a_text, "17", 17, half=0.5, **TOLL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "19 people", 19, half=0.5, **TOLL)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "death toll")
    assert not alarms(findings)
    assert "risen to its figure" in findings[0].message


def test_control_a_figure_below_the_risen_toll_still_conflicts() -> None:
    """A toll does not fall: a lower figure the same day stands against the risen one."""
    a_text = "The toll from the Brellin quarry collapse has climbed to 17, the mayor said."
    b_text = "Rescuers said 15 people died when the Brellin quarry wall gave way."
    a = fig("a.txt", a_text, "17", 17, half=0.5, **TOLL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "15 people", 15, half=0.5, **TOLL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "death toll"))
    assert f.kind == "value_mismatch"


def test_control_two_plain_tolls_of_one_day_still_conflict() -> None:
    a_text = "The mayor said 17 people died in the Brellin quarry collapse."
    b_text = "Rescuers said 19 people died when the Brellin quarry wall gave way."
    a = fig("a.txt", a_text, "17 people", 17, half=0.5, **TOLL)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "19 people", 19, half=0.5, **TOLL)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "death toll"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ an eased reading


def test_a_wind_eased_to_its_figure_is_a_reading_after_the_fall() -> None:
    a_text = "By Thursday evening the winds over Pellara had dropped to 70 km/h."
    b_text = "Winds of 130 km/h lashed the Pellara coast on Thursday."
    a = fig("a.txt", a_text, "70 km/h", 70, **WIND)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "130 km/h", 130, **WIND)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "wind speed")
    assert not alarms(findings)
    assert "a reading after a fall" in findings[0].message


def test_control_a_reading_below_the_eased_one_still_conflicts() -> None:
    a_text = "By Thursday evening the winds over Pellara had dropped to 70 km/h."
    b_text = "Winds of 40 km/h brushed the Pellara coast on Thursday."
    a = fig("a.txt", a_text, "70 km/h", 70, **WIND)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "40 km/h", 40, **WIND)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "wind speed"))


def test_control_a_periods_total_with_its_move_stated_is_no_reading() -> None:
    """ "fell 8% to 90,000 tonnes" is one period's output against the period before, not a
    reading after a fall: another source's 98,000 tonnes for it still conflicts."""
    unit = {"unit": "metric ton", "metric": "output", "when": DAY}
    a_text = "The Orvel smelter said its output fell 8% on the quarter to 90,000 tonnes."
    b_text = "The Orvel smelter produced 98,000 tonnes in the quarter."
    a = fig("a.txt", a_text, "90,000 tonnes", 90000, **unit)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "98,000 tonnes", 98000, **unit)  # type: ignore[arg-type]
    assert moved_to(a) == "down"
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "output"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a gust is a peak


def test_a_gust_is_a_peak_above_a_sustained_wind() -> None:
    a_text = "Gusts reached 160 km/h at the Torvik lighthouse on Thursday."
    b_text = "Sustained winds of 110 km/h battered Torvik on Thursday."
    a = fig("a.txt", a_text, "160 km/h", 160, **WIND)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "110 km/h", 110, **WIND)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "wind speed")
    assert not alarms(findings)
    assert "gives the peak" in findings[0].message


def test_control_two_gusts_still_conflict() -> None:
    a_text = "Gusts reached 160 km/h at the Torvik lighthouse on Thursday."
    b_text = "At Torvik the gusts topped 120 km/h on Thursday."
    a = fig("a.txt", a_text, "160 km/h", 160, **WIND)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "120 km/h", 120, **WIND)  # type: ignore[arg-type]
    assert alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "wind speed"))


# ------------------------------------------------------------------ a poll against the result

RESULT = "In the end the Leave side won 51.8% of the vote in Dunmar."


@pytest.mark.parametrize(
    ("a_text", "written"),
    [
        ("A poll published on Sunday put the Leave side at 56% in Dunmar.", "56%"),
        ("The last of the opinion polls gave the Leave side 56% in Dunmar.", "56%"),
    ],
)
def test_a_polls_figure_is_a_projection_not_the_result(a_text: str, written: str) -> None:
    a = fig("a.txt", a_text, written, 56, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", RESULT, "51.8%", 51.8, **SHARE)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": RESULT}, [a, b], "vote share")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


def test_control_turnout_at_the_polls_is_an_outcome() -> None:
    """ "at the polls" names where a vote was cast, not a poll's projection."""
    turnout = {**SHARE, "metric": "turnout"}
    a_text = "Turnout at the polls in Dunmar was 64%."
    b_text = "Officials in Dunmar said turnout was 58%."
    a = fig("a.txt", a_text, "64%", 64, **turnout)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "58%", 58, **turnout)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "turnout"))
    assert f.kind == "value_mismatch"


def test_control_a_body_named_poll_is_no_poll() -> None:
    """ "Poll" in a body's name is a word of the name, not a poll: two outcomes still
    conflict."""
    turnout = {**SHARE, "metric": "turnout"}
    a_text = "The Dunmar Poll Office said turnout reached 64%."
    b_text = "Officials in Dunmar said turnout was 58%."
    a = fig("a.txt", a_text, "64%", 64, **turnout)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "58%", 58, **turnout)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "turnout"))
    assert f.kind == "value_mismatch"
