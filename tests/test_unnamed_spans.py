"""A span named by its unit alone ("nearly a decade", "two decades", "41 days" with nothing
said of what lasted) measures nothing named, as "duration" does (issue 11, class "spans of
unnamed things"; comparison.toml's unnamed metrics and the plurals of units.DURATIONS): two
such spans of one story are never set against each other. Control: a span whose sentence
names what lasted (a strike's days) still conflicts."""

from __future__ import annotations

from tests.reported import alarms

_A = (
    "Harrow Bank settles\n\nHarrow Bank admitted that its checks had been weak for nearly a decade."
)
_B = "Harrow Bank settles\n\nThe lending cap, set after two decades of weak checks, stays in place."


def test_two_unnamed_spans_do_not_conflict() -> None:
    found = alarms(_A, _B)
    assert not any("decade" in m for m in found), found


def test_control_a_named_span_still_conflicts() -> None:
    found = alarms(
        "Dock strike ends\n\nThe strike at Harrow docks lasted 41 days, the union said.",
        "Dock strike ends\n\nThe strike at Harrow docks lasted 44 days, the port said.",
    )
    assert any("41" in m and "44" in m for m in found), found
