"""A count one source calls the final tally against another's lower count: the lower one may be
a tally taken while the count still ran, unless its own words give it as that same day's whole
("said on Friday that a total of 291 residents had fallen ill"): then the two are one count
and disagree. Controls: a lower count given without "a total of", or of another day, stays an
earlier stage."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.reported import findings_of

DAY = dt.date(2026, 6, 19)

FINAL = (
    "Outbreak update\n\nThe health board's final tally, released on Friday, shows 318 residents "
    "of the town fell ill after the festival.\n"
)


def findings(*texts: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in findings_of(*texts, day=DAY) if "318" in f.message]


def test_the_same_day_s_whole_count_stands_against_the_final_tally() -> None:
    whole = (
        "Outbreak update\n\nThe mayor said on Friday that a total of 291 residents of the town "
        "fell ill after the festival.\n"
    )
    assert [s for s, _ in findings(FINAL, whole) if s in ("warning", "error")]


@pytest.mark.parametrize(
    "lower",
    [
        "Outbreak update\n\nThe mayor said on Friday that 291 residents of the town fell ill "
        "after the festival.\n",
        "Outbreak update\n\nThe mayor said on Wednesday that a total of 291 residents of the "
        "town fell ill after the festival.\n",
    ],
)
def test_control_a_plain_or_earlier_lower_count_is_an_earlier_stage(lower: str) -> None:
    assert not [s for s, _ in findings(FINAL, lower) if s in ("warning", "error")]
