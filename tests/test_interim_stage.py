"""A figure its sentence gives for an interim stage ("the interim review of March contained four
findings", "an interim dividend") against one called nothing of the sort is an early stage,
not a conflict (class: an interim figure set against the final one). Sentences written
afresh, with invented names."""

from __future__ import annotations

from tests.reported import alarms

LEAD = "The safety board published its final report on the derailment on Tuesday. "
ONE = LEAD + "The report makes 23 recommendations to the rail operator.\n"
OTHER = LEAD + "The interim report of March 2025 contained eight recommendations.\n"


def test_an_interim_figure_is_an_early_stage() -> None:
    assert alarms(ONE, OTHER) == []


def test_control_without_interim_the_two_counts_conflict() -> None:
    assert alarms(ONE, OTHER.replace("The interim report of March 2025", "The report")) != []
