"""A figure alone in brackets right after another of the same unit, with a value the first one's
words cannot reach, is the comparison period's figure, as results tables give it ("pre-tax
profit of SEK 412 million (SEK 351 million)"): an earlier value, not a conversion of the first
figure, so it never stands against another source's figure of the current period. A conversion
(another unit) and a repeat of the same value stay the same quantity. So too after a label that
names the counted noun ("- Active members: 8.3 million (7.1 million)") and after a measure with a
modifier ("- Adjusted operating profit: $412 million ($377 million)")."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import alarms, claim_with, claims_of

DAY = dt.date(2026, 8, 14)

RELEASE = (
    "Tovenhall interim report\n\n"
    "- Pre-tax profit for the half year of SEK 412 million (SEK 351 million)\n"
    "- Gross margin 38.6% (36.1%)\n"
)


TABLE = (
    "Annual results\n\nResults for the year (2025 in brackets):\n"
    "- Active members: 8.3 million (7.1 million); partner gyms: 2,140 (1,980)\n"
    "- Adjusted operating profit: $412 million ($377 million)\n"
)


@pytest.mark.parametrize(
    ("text", "digits", "current"),
    [
        (RELEASE, "SEK 351 million", "SEK 412 million"),
        (RELEASE, "36.1%", "38.6%"),
        (TABLE, "7.1 million", "8.3 million"),
        (TABLE, "$377 million", "$412 million"),
    ],
)
def test_a_bracketed_figure_of_the_same_unit_is_the_earlier_period_s(
    text: str, digits: str, current: str
) -> None:
    claims = claims_of("r.txt", text)
    earlier, now = claim_with(claims, digits), claim_with(claims, current)
    assert earlier.metric is not None and earlier.metric.endswith("(previous)")
    assert now.metric is not None and not now.metric.endswith("(previous)")


@pytest.mark.parametrize(
    "text",
    [
        "Tovenhall's pre-tax profit came to €36 million ($39 million) in the half.",
        "Tovenhall's pre-tax profit came to €36 million (€36m) in the half.",
    ],
)
def test_control_a_conversion_or_a_repeat_in_brackets_is_the_same_quantity(text: str) -> None:
    claims = claims_of("t.txt", text)
    assert len(claims) == 2
    assert claims[0].metric == claims[1].metric and "(previous)" not in str(claims[1].metric)


def test_the_earlier_period_s_figure_does_not_stand_against_another_source() -> None:
    report = "Tovenhall results\n\nTovenhall's half-year pre-tax profit rose to SEK 412 million.\n"
    assert not [m for m in alarms(RELEASE, report, day=DAY) if "351" in m]
    wrong = "Tovenhall results\n\nTovenhall's half-year pre-tax profit rose to SEK 395 million.\n"
    assert [m for m in alarms(RELEASE, wrong, day=DAY) if "395" in m]


def test_a_counted_label_s_earlier_figure_does_not_stand_against_another_source() -> None:
    story = (
        "Fitness chain grows\n\nThe chain said on Thursday it had 8.3 million active members at "
        "the end of the year.\n"
    )
    assert not alarms(TABLE, story, day=DAY)
    stale = story.replace("8.3 million", "7.1 million")
    assert alarms(TABLE, stale, day=DAY)
