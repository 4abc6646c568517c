"""Class: a count updated over the story. A count its sentence gives as the final tally ("the
board's final tally", "the final toll") against another source's lower count that names no
final tally: the lower one may be a tally taken while the count still ran. A plain higher
count, or a final tally below the other, still conflicts. Fresh sentences with invented names
and figures."""

from __future__ import annotations

from tests.reported import paired_alarms

EARLY = "The Carrow health board said today that 190 residents have reported symptoms."


_findings = paired_alarms


def test_a_final_tally_above_an_unmarked_count_is_a_later_stage() -> None:
    found = _findings(EARLY, "On the Carrow health board's final tally, 305 residents fell ill.")
    assert all(f.kind != "value_mismatch" for f in found)


def test_control_a_higher_count_named_no_final_tally_conflicts() -> None:
    [f] = _findings(EARLY, "The Carrow health board says 305 residents fell ill.")
    assert f.kind == "value_mismatch"


def test_control_a_final_tally_below_the_other_conflicts() -> None:
    [f] = _findings(EARLY, "On the Carrow health board's final tally, 150 residents fell ill.")
    assert f.kind == "value_mismatch"
