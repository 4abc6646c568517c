"""What usually holds is no figure of the day (issue 11, class "a usual value read as the
day's"): a figure whose clause verb, or the figure itself, an adverb of habit modifies ("the
port normally handles 5,200 containers a day", "a crossing that usually takes 90 minutes") is
the metric's usual value, which the day's figure does not contradict. Read from the parse
(``parse.usual_value``). Controls: an adverb of another clause ("Usually busy, the port
handled ...") leaves the figure the day's, and two usual values that differ still conflict."""

from __future__ import annotations

import pytest

from tests.reported import alarms, metric_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Quenmoor depot normally dispatches 640 lorries a week.", "640 lorries"),
        ("A crossing that usually takes 90 minutes lasted six hours.", "90 minutes"),
        ("The clinic typically sees 85 patients on a weekday.", "85 patients"),
    ],
)
def test_a_figure_of_habit_is_a_usual_value(text: str, surface: str) -> None:
    metric = metric_of(text, surface)
    assert metric is not None and metric.endswith("(usual)"), metric


def test_control_an_adverb_of_another_clause_leaves_the_figure() -> None:
    metric = metric_of("Usually quiet, the depot dispatched 210 lorries on Monday.", "210 lorries")
    assert metric is None or "usual" not in metric, metric


_USUAL = (
    "Quenmoor depot\nThe Quenmoor depot normally dispatches 640 lorries a day, its manager said."
)
_DAY = "Quenmoor depot hit by strike\nThe Quenmoor depot dispatched 210 lorries a day this week."


def test_a_usual_value_does_not_conflict_with_the_days() -> None:
    found = [m for m in alarms(_USUAL, _DAY) if "640" in m]
    assert not found, found


def test_control_two_usual_values_conflict() -> None:
    other = _USUAL.replace("640", "460")
    assert [m for m in alarms(_USUAL, other) if "640" in m and "460" in m]
