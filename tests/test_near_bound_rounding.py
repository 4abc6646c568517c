"""Class: two approximations on either side of one written figure. A bound from below
("nearly 40 inches", "almost £3.4bn") reaches up to its written figure's own rounding: the writer
rounds the measure, then says "nearly", so "nearly 40 inches" and "more than 40 inches" can
both be said of 40.2 inches, and £3.42bn is "nearly £3.4bn" to one who keeps two digits.
Fresh sentences with invented names and figures."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.compare.intervals import interval
from tests.reported import paired_alarms

_findings = paired_alarms


STORM = "The blizzard left more than 40 inches on the Kelso ridge, forecasters said."
BYPASS = "The Kelso bypass cost £3.42 billion, the audit office said."


def test_nearly_and_more_than_one_figure_can_both_hold() -> None:
    assert _findings(STORM, "Kelso ridge was buried under almost 40 inches by the blizzard.") == []


def test_nearly_a_rounded_figure_holds_a_precise_one_just_above_it() -> None:
    assert _findings(BYPASS, "Officials said the Kelso bypass cost nearly £3.4bn.") == []


def test_the_reach_is_the_written_figures_rounding_up_to_its_hundredth() -> None:
    [c] = extract_claims(Document(id="a.txt", path="a.txt", text="It cost nearly £3.4bn."))
    assert interval(c) == (c.low, 3.434e9)
    [c] = extract_claims(Document(id="a.txt", path="a.txt", text="It cost nearly £3.45bn."))
    assert interval(c) == (c.low, 3.455e9)


def test_control_a_coarse_figure_reaches_no_further_than_its_hundredth() -> None:
    [f] = _findings(
        "The Kelso bypass cost £3.46 billion, the audit office said.",
        "Officials said the Kelso bypass cost almost £3bn.",
    )
    assert f.kind == "value_mismatch"


def test_control_a_figure_beyond_the_rounding_still_disagrees() -> None:
    [f] = _findings(
        "The Kelso bypass cost £3.46 billion, the audit office said.",
        "Officials said the Kelso bypass cost nearly £3.4bn.",
    )
    assert f.kind == "value_mismatch"


def test_control_nearly_a_lower_figure_against_more_than() -> None:
    [f] = _findings(STORM, "Kelso ridge was buried under nearly 36 inches by the blizzard.")
    assert f.kind == "value_mismatch"
