"""A counted noun alone makes no vocabulary metric; the words around it do. A count of patients
or adults is what it counts, not a trial's enrolment, unless the words of a study say so
("enrolled", "a study of", "recruited"): a hospital's patients whose records were stolen, or
adults polled, are no trial's participants. A count of homes is no count of damaged homes
unless words of damage say so: homes built, homes a power line supplies. Sentences written
afresh."""

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
        "Builders finished 27,300 new homes in the region last year.",
        "The wind farm will supply about 410,000 homes once complete.",
    ],
)
def test_homes_are_not_damaged_by_the_noun_alone(text: str) -> None:
    assert _metric(text) != "homes damaged"


@pytest.mark.parametrize(
    "text",
    [
        "The landslide destroyed 61 homes above the village.",
        "About 2,900 houses were flooded when the river burst its banks.",
    ],
)
def test_control_words_of_damage_keep_homes_damaged(text: str) -> None:
    assert _metric(text) == "homes damaged"
