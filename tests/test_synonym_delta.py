"""Two words news writes for one thing (class "synonyms the vocabulary does not join";
metrics.toml ``[synonyms]``): a trial's "placebo-adjusted delta" and "placebo-adjusted
difference" are one measured thing, so two sources' figures meet.

Control: a delta named as a place ("the Orrin Delta") is a name, left alone."""

from __future__ import annotations

from reconcile.claims.context import canonical_metric


def test_delta_is_a_difference() -> None:
    assert canonical_metric("placebo-adjusted delta") == "placebo-adjusted difference"


def test_control_a_named_delta_is_left_alone() -> None:
    assert canonical_metric("Orrin Delta") == "Orrin Delta"
