"""A measured noun narrowed by "per" is a rate of that noun, not the noun (issue 11: modifiers
that make a different quantity): "turnover per employee fell 3%" and "turnover fell 8%" are two
quantities, so a keyword that names the noun ("turnover") does not make them one. A figure that
is itself a rate ("$4 per share") and a price per unit of measure keep their metric."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import alarms, claim_with, claims_of

DAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("Turnover per employee at Halsgrove fell 3.2% last year.", "3.2%", "per employee"),
        ("Halsgrove said income per passenger climbed 5.5% in the year.", "5.5%", "per passenger"),
    ],
)
def test_a_keyword_noun_narrowed_by_per_names_a_rate(text: str, digits: str, metric: str) -> None:
    got = claim_with(claims_of("t.txt", text), digits).metric
    assert got is not None and got.endswith(metric)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Halsgrove raised its dividend to 42 cents per share.", "42 cents"),
        ("Turnover at Halsgrove fell 8.1% last year.", "8.1%"),
    ],
)
def test_control_a_rate_figure_or_a_plain_noun_keeps_its_metric(text: str, digits: str) -> None:
    got = claim_with(claims_of("t.txt", text), digits).metric
    assert got is not None and "per " not in got.replace(" per share", "")


def test_a_rate_of_a_noun_and_the_noun_itself_are_not_set_against_each_other() -> None:
    plain = "Halsgrove results\n\nTurnover at Halsgrove fell 8.1% in 2025, the company said.\n"
    rate = "Halsgrove results\n\nTurnover per employee at Halsgrove fell 3.2% in 2025.\n"
    assert not alarms(plain, rate, day=DAY)


def test_control_the_same_noun_in_two_sources_still_conflicts() -> None:
    one = "Halsgrove results\n\nTurnover at Halsgrove fell 8.1% in 2025, the company said.\n"
    other = "Halsgrove results\n\nTurnover at Halsgrove fell 3.2% in 2025.\n"
    assert [m for m in alarms(one, other, day=DAY) if "8.1%" in m or "3.2%" in m]
