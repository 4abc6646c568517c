"""A time after "than in", "than during" or "compared with in" is the base of a comparison, not
the figure's own time ("were 2.9% lower than in 2023": the change is to the year after 2023's,
not 2023's). Control: a time the figure's own clause gives dates it. Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _when(text: str) -> str | None:
    return reconcile([Document(id="a.txt", path="x", text=text)]).claims[0].when


@pytest.mark.parametrize(
    "text",
    [
        "Freight volumes at Ostrava Quay were 6.4% higher than in 2024.",
        "Attendance was 12% lower than during the 2023 season, the club said.",
    ],
)
def test_a_time_after_than_in_is_the_base(text: str) -> None:
    assert _when(text) is None


def test_control_the_figure_s_own_time_dates_it() -> None:
    assert _when("Freight volumes at Ostrava Quay rose 6.4% in 2025.") == "year:2025"
