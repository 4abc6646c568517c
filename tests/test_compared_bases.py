"""A figure with no words of its own that a comparison sets against an earlier figure of its
sentence, of the same kind ("48% of adults in the district have had the booster, compared with
63% across the country"; "82% of trains ran on time, against 74% on the main line") measures
what that figure measures, for its own place or group; it is no longer left out of the grouping
for want of a metric (nor named after its own "%"). Control: a figure that no comparison sets
against the one before it is left as read."""

from __future__ import annotations

import pytest

from tests.reported import claims_of


def metric_of(text: str, surface: str) -> str | None:
    return next(c.metric for c in claims_of("t.txt", text) if c.text == surface)


@pytest.mark.parametrize(
    ("text", "figure", "base"),
    [
        (
            "Booster drive\n\nIn the northern district 48% of adults have had the booster, "
            "compared with 63% across the country.\n",
            "48%",
            "63%",
        ),
        (
            "Car ownership\n\nIn the capital 38% of households own a car, versus 55% nationwide.\n",
            "38%",
            "55%",
        ),
        (
            "Rail survey\n\nOn the coastal line 82% of trains ran on time, against 74% on the main "
            "line.\n",
            "82%",
            "74%",
        ),
    ],
)
def test_the_base_measures_what_its_figure_measures(text: str, figure: str, base: str) -> None:
    assert metric_of(text, figure) is not None
    assert metric_of(text, base) == metric_of(text, figure)


def test_control_a_figure_no_comparison_sets_against_it_is_left_as_read() -> None:
    text = (
        "Booster drive\n\nIn the northern district 48% of adults have had the booster; 63% say "
        "they will get the next one.\n"
    )
    assert metric_of(text, "63%") != metric_of(text, "48%")
