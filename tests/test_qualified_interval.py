"""'About' widens a figure by at most 5% and at most five steps of its last written digit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.quantities.state import ABOUT_STEPS, qualified_interval, written_step


@settings(deadline=None)  # the first call loads the vocabularies
@given(
    st.integers(min_value=1, max_value=10**12),
    st.sampled_from([0.5, 5.0, 50.0, 0.05]),
)
def test_about_holds_the_plain_figure_and_widens_it_by_at_most_five_percent(
    value: int, half: float
) -> None:
    lo, hi = qualified_interval(float(value), half, "about")
    assert lo is not None and hi is not None
    assert lo <= value - half and hi >= value + half
    extra = (hi - lo) / 2 - half
    slack = 1e-9 * value + 1e-6  # float rounding of large values
    assert extra <= 0.05 * value + slack
    assert extra <= ABOUT_STEPS * written_step(float(value), half) + slack


def test_the_step_is_the_last_written_digit() -> None:
    assert written_step(228_400, 0.5) == 100
    assert written_step(230_000, 0.5) == 10_000
    assert written_step(14.2, 0.05) == 0.1
    assert written_step(41, 0.5) == 1
