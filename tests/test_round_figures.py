"""A strict bound against a round move of one significant digit is no qualifier conflict:
"fell more than 60%" and "fell 60%" both hold for a fall of 60.4%, and so does a share ("more
than 60%" of the seats and "60%"); a stated amount ("a plan of 100 trillion won") stays the
figure itself (reconcile/compare/intervals)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Claim, Mention
from reconcile.compare.intervals import qualifier_collision, round_figure


def pct(
    doc: str,
    written: str,
    value: float,
    qualifier: str | None = None,
    role: str = "change",
    unit: str = "percent",
    kind: str = "percent",
) -> Claim:
    half = 0.5 if "." not in written else 0.05
    low, high = (value, None) if qualifier == "over" else (value - half, value + half)
    mention = Mention(
        surface=written,
        span=(0, len(written)),
        value=value,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        low=low,
        high=high,
        qualifier=qualifier,
    )
    return Claim(
        id=f"{doc}#0-{len(written)}",
        document=doc,
        span=(0, len(written)),
        text=written,
        value=value,
        unit=unit,
        low=low,
        high=high,
        qualifier=qualifier,
        kind=kind,  # type: ignore[arg-type]
        role=role,  # type: ignore[arg-type]
        mention=mention,
    )


@pytest.mark.parametrize("written", ["60%", "300 jobs", "20 million", "4,000 homes"])
def test_one_significant_digit_with_trailing_zeros_is_round(written: str) -> None:
    assert round_figure(pct("a.txt", written, 60))


@pytest.mark.parametrize("written", ["61%", "380 billion", "60.0%", "7%", "2,350 homes"])
def test_other_figures_are_not_round(written: str) -> None:
    assert not round_figure(pct("a.txt", written, 60))


@pytest.mark.parametrize(("bound", "exact"), [("60%", "60%"), ("40 percent", "40 percent")])
def test_a_bound_against_a_round_figure_is_no_collision(bound: str, exact: str) -> None:
    value = float(exact.split("%")[0].split()[0])
    over = pct("a.txt", f"more than {bound}", value, "over")
    plain = pct("b.txt", exact, value)
    assert not qualifier_collision(over, plain, 0.0, set())


def test_a_bound_against_a_precise_figure_still_collides() -> None:
    over = pct("a.txt", "more than 61%", 61, "over")
    plain = pct("b.txt", "61%", 61)
    assert qualifier_collision(over, plain, 0.0, set())


def test_a_bound_against_a_round_stated_amount_still_collides() -> None:
    over = pct("a.txt", "more than 600 million", 600e6, "over", "level", "USD", "money")
    plain = pct("b.txt", "600 million", 600e6, None, "level", "USD", "money")
    assert qualifier_collision(over, plain, 0.0, set())


def test_a_bound_against_a_round_measured_share_is_no_collision() -> None:
    # a share is measured and rounded when written, as a move is (see test_round_share_bound)
    over = pct("a.txt", "more than 60%", 60, "over", role="level")
    plain = pct("b.txt", "60%", 60, role="level")
    assert not qualifier_collision(over, plain, 0.0, set())


@given(st.integers(min_value=1, max_value=9), st.integers(min_value=1, max_value=6))
def test_round_is_one_digit_then_zeros(d: int, zeros: int) -> None:
    written = f"{d}{'0' * zeros} units"
    assert round_figure(pct("a.txt", written, float(written.split()[0])))
    assert not round_figure(pct("a.txt", f"{d}{'0' * (zeros - 1)}{d} units", 1.0))
