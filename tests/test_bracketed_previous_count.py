"""A results line's bracketed figure of the comparison period is read as the earlier period's
whatever the line's label makes of the first figure: a bare number after a count the label
names ("- Members: 8.3 million (7.1 million)") and an amount after a measure with a modifier
("- Adjusted operating profit: $412m ($377m)"). So another source's current figure does not meet the
earlier one. Control: a source giving the earlier figure as the current one is still flagged."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import alarms, claims_of

DAY = dt.date(2026, 3, 5)

TABLE = (
    "Annual results\n\nResults for the year (2025 in brackets):\n"
    "- Active members: 8.3 million (7.1 million); partner gyms: 2,140 (1,980)\n"
    "- Adjusted operating profit: $412 million ($377 million)\n"
)


@pytest.mark.parametrize(
    ("figure", "previous"), [("8.3 million", "7.1 million"), ("$412 million", "$377 million")]
)
def test_the_bracketed_figure_is_the_earlier_period_s(figure: str, previous: str) -> None:
    claims = {c.text: c for c in claims_of("t.txt", TABLE)}
    assert claims[previous].metric is not None
    assert claims[previous].metric.endswith("(previous)")
    assert not (claims[figure].metric or "").endswith("(previous)")


def test_another_source_s_current_figure_meets_no_earlier_one() -> None:
    story = (
        "Fitness chain grows\n\nThe chain said on Thursday it had 8.3 million active members at "
        "the end of the year.\n"
    )
    assert not alarms(TABLE, story, day=DAY)


def test_control_the_earlier_figure_given_as_current_is_flagged() -> None:
    stale = (
        "Fitness chain grows\n\nThe chain said on Thursday it had 7.1 million active members at "
        "the end of the year.\n"
    )
    assert alarms(TABLE, stale, day=DAY)
