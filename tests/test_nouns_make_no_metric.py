"""A counted noun alone makes no vocabulary metric; the words around it do. A count of patients
or adults is what it counts, not a trial's enrolment, unless the words of a study say so
("enrolled", "a study of", "recruited"): a hospital's patients whose records were stolen, or
adults polled, are no trial's participants. A count of cars or vehicles is no sales figure
unless selling or delivering words say so: carriages that left the rails, cars in a queue.
Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _metric(text: str) -> str | None:
    c = reconcile([Document(id="a.txt", path="x", text=text)]).claims[0]
    return c.metric


@pytest.mark.parametrize(
    "text",
    [
        "Records of 61,000 patients were copied from the clinic's servers.",
        "The survey found that 4,300 adults had skipped a meal to save money.",
    ],
)
def test_patients_and_adults_are_no_trial_participants(text: str) -> None:
    assert _metric(text) != "trial participants"


@pytest.mark.parametrize(
    "text",
    [
        "The late-stage study enrolled 3,120 volunteers across nine countries.",
        "Researchers recruited 860 participants for the second phase.",
    ],
)
def test_control_words_of_a_study_keep_the_trial(text: str) -> None:
    assert _metric(text) == "trial participants"


@pytest.mark.parametrize(
    "text",
    [
        "Five vehicles of the freight train left the rails outside the station.",
        "Some 2,400 cars queued at the border crossing on Sunday.",
    ],
)
def test_vehicles_are_no_unit_sales(text: str) -> None:
    assert _metric(text) != "unit sales"


@pytest.mark.parametrize(
    "text",
    [
        "The carmaker delivered 88,400 vehicles in the third quarter.",
        "The company sold 1.3 million phones in the quarter.",
    ],
)
def test_control_selling_words_keep_unit_sales(text: str) -> None:
    assert _metric(text) == "unit sales"
