"""What a thing is made for is its capacity (issue 11, class "a capacity read as a count"): a
figure whose clause is the infinitive complement of a verb of design ("was built to hold
32,000 spectators", "designed to seat", "certified to carry") is a capacity, which the count
the thing holds or drew does not contradict. Read from the parse (``parse.made_for``).
Controls: a done act after "managed to" stays a count, and two capacities that differ still
conflict."""

from __future__ import annotations

import pytest

from tests.reported import alarms, metric_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Kessany ground was built to hold 32,000 spectators.", "32,000 spectators"),
        ("Each of the new trams is certified to carry 240 passengers.", "240 passengers"),
        ("The shelter, designed to house 300 people, opened on Monday.", "300 people"),
    ],
)
def test_a_figure_a_thing_is_made_for_is_a_capacity(text: str, surface: str) -> None:
    metric = metric_of(text, surface)
    assert metric is not None and metric.endswith("(capacity)"), metric


def test_control_a_done_act_is_no_capacity() -> None:
    metric = metric_of("The operator managed to carry 240 passengers a trip.", "240 passengers")
    assert metric is None or "capacity" not in metric, metric


_BUILT = "Kessany ground\nThe Kessany ground was built to hold 32,000 spectators, the club said."
_CROWD = "Kessany final\nA crowd of 27,500 spectators watched the final at the Kessany ground."


def test_a_capacity_does_not_conflict_with_a_crowd() -> None:
    found = [m for m in alarms(_BUILT, _CROWD) if "32,000" in m]
    assert not found, found


def test_control_two_capacities_conflict() -> None:
    other = _BUILT.replace("32,000", "23,000")
    found = [m for m in alarms(_BUILT, other) if "32,000" in m and "23,000" in m]
    assert found
