"""A counted noun alone makes no vocabulary metric; the words around it do. A count of patients
or adults is what it counts, not a trial's enrolment, unless the words of a study say so
("enrolled", "a study of", "recruited"): a hospital's patients whose records were stolen, or
adults polled, are no trial's participants. Sentences written afresh."""

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
