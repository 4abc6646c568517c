"""Classes of conflicts the comparison lost on the gold's own groups (benchmarks.oracle_grouping),
each tested with fresh sentences and a control that must not change."""

from __future__ import annotations

import pytest

from tests.test_scope import alarms, fig, judge

# ------------------------------------------------------------------ a pace's projection
# Class: a figure given as where a pace leads ("is on pace to sell 5.3 million", "on track for",
# "on course to") is a forecast, as a "projected" one is. Read as an outcome, it was set apart
# from another source's forecast of the same figure as "an expectation against an outcome", and
# two forecasts that disagree went unflagged.

SEATS = {"unit": "ticket", "kind": "count", "metric": "tickets", "half": 0.05e6}
FORECAST = "Promoters forecast that the touring fair will sell 4.1 million tickets this season."


@pytest.mark.parametrize(
    "b_text",
    [
        "The touring fair is on pace to sell 5.3 million tickets this season, its owner said.",
        "Halfway through the season the fair is on track for 5.3 million tickets.",
        "Organisers say the fair is on course to pass 5.3 million tickets by the autumn.",
    ],
)
def test_a_pace_projection_against_a_forecast_conflicts(b_text: str) -> None:
    a = fig("a.txt", FORECAST, "4.1 million", 4.1e6, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, **SEATS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": FORECAST, "b.txt": b_text}, [a, b], "tickets"))
    assert f.kind == "value_mismatch"


def test_a_pace_projection_against_an_outcome_is_still_an_expectation() -> None:
    """Control: a pace's projection against a count already made is still set apart."""
    sold = "By the end of last season the touring fair had sold 4.1 million tickets."
    b_text = "The touring fair is on pace to sell 5.3 million tickets this season."
    a = fig("a.txt", sold, "4.1 million", 4.1e6, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, **SEATS)  # type: ignore[arg-type]
    findings = judge({"a.txt": sold, "b.txt": b_text}, [a, b], "tickets")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


def test_on_track_in_another_sense_makes_no_forecast() -> None:
    """Control: "on track" as a place ("sold on the track") is no projection; two outcomes
    still conflict."""
    a_text = "Vendors sold 4.1 million tickets on the track side of the fairground."
    b_text = "The touring fair sold 5.3 million tickets this season."
    a = fig("a.txt", a_text, "4.1 million", 4.1e6, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, **SEATS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "tickets"))
    assert f.kind == "value_mismatch"
