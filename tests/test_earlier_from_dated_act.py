"""A "from" before a count names where something came from, not a value a move started from,
even when years beside the verb date the act ("collected from 2,140 savers between 2019 and
2023"): the years are no figure of the verb's own (issue 11, the comparison stage's recall)."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Claim, Mention
from reconcile.compare.context import Ctx
from reconcile.config import Settings


def count(text: str, written: str, value: float, unit: str) -> Claim:
    start = text.index(written)
    span = (start, start + len(written))
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit=unit,
        kind="count",
        low=value - 0.5,
        high=value + 0.5,
    )
    return Claim(
        id="a.txt#1",
        document="a.txt",
        span=span,
        text=written,
        value=value,
        unit=unit,
        low=value - 0.5,
        high=value + 0.5,
        kind="count",
        subject="Tessmoor Savings",
        metric="savers",
        sentence=text,
        mention=mention,
    )


def earlier(text: str, written: str, value: float, unit: str = "saver") -> bool:
    c = count(text, written, value, unit)
    ctx = Ctx(Settings(), {c.id: c}, {"a.txt": text}, set())
    return ctx.is_earlier(c)


@pytest.mark.parametrize(
    "text",
    [
        "Investigators valued the fraud at £9.1m, the money obtained from 2,140 savers in 2021 "
        "and 2022.",
        "Tessmoor Savings took deposits from 2,140 savers in 2022.",
    ],
)
def test_a_count_taken_from_in_some_years_is_not_an_earlier_value(text: str) -> None:
    assert not earlier(text, "2,140 savers", 2140)


def test_a_count_a_rise_started_from_is_still_an_earlier_value() -> None:
    text = "Membership climbed to 3,400 from 2,140 savers between 2019 and 2023."
    assert earlier(text, "2,140 savers", 2140)


def test_a_figure_of_the_verb_s_own_still_makes_from_a_start() -> None:
    # "drew £9.1m from 2,140 savers": the amount is the verb's own figure beside the count
    text = "The scheme drew £9.1m from 2,140 savers between 2019 and 2023."
    assert earlier(text, "2,140 savers", 2140)
