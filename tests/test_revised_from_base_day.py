"""A piece after a figure that opens with a revision from an earlier figure ("revised up from
Friday's first count of 1,210", "raised from Friday's 1,210") dates that earlier figure, not the
figure before it: the day belongs to the base. Control: a day said of the figure's own clause
still dates it."""

from __future__ import annotations

import pytest

from tests.reported import claims_of


def when_of(text: str, surface: str) -> str | None:
    return next(c.when for c in claims_of("t.txt", text) if c.text == surface)


@pytest.mark.parametrize(
    "piece",
    [
        "revised up from Friday's first count of 1,210",
        "raised from Friday's count of 1,210",
        "sharply down from Friday's estimate of 1,210",
    ],
)
def test_the_revision_s_day_dates_the_base_only(piece: str) -> None:
    text = f"Storm damage\n\nThe council now puts the number of damaged homes at 1,450, {piece}.\n"
    assert when_of(text, "1,450") != "weekday:Friday"
    assert when_of(text, "1,210") == "weekday:Friday"


def test_control_a_day_of_the_figure_s_own_clause_dates_it() -> None:
    text = (
        "Storm damage\n\nOn Friday the council put the number of damaged homes at 1,450, revised "
        "up from 1,210.\n"
    )
    assert when_of(text, "1,450") == "weekday:Friday"
