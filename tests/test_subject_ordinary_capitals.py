"""Capitalised ordinary words are not what a figure is about (classes: a multi-word opener, a
mistyped capital after a clause break, an office named by its title alone). The tagger decides
what is an ordinary word; a real name in the same place stays the subject. Sentences written
afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("text", "figure", "subject", "not_subjects"),
    [
        # a multi-word opener: the opening word is no part of the name after it
        (
            "Despite Carnell Bank's warning, 45 branches will shut by March.",
            "45 branches",
            "Carnell Bank",
            {"Despite Carnell Bank", "Despite"},
        ),
        (
            "Penrose Logistics opened a depot in May. Out of 640 applicants, 212 were hired, "
            "Penrose Logistics said.",
            "640 applicants",
            "Penrose Logistics",
            {"Out of", "Out"},
        ),
        # a mistyped capital after a comma or a semicolon
        (
            "Storms hit Marlby again. Some 64 homes were flooded overnight, According to the "
            "fire service.",
            "64 homes",
            "Marlby",
            {"According"},
        ),
        (
            "Tolvey Rail restored power at noon; Meanwhile, 18 trains were kept in depots.",
            "18 trains",
            "Tolvey Rail",
            {"Meanwhile"},
        ),
        # an office named by its title alone, or with the place it serves
        (
            "Kellmoor Council declared an emergency. The Chief Secretary said 412 people had been "
            "moved to shelters.",
            "412 people",
            "Kellmoor Council",
            {"Secretary", "Chief Secretary"},
        ),
        (
            "Dravin Mills cut its forecast. Finance Director said 230 jobs would go at Dravin "
            "Mills.",
            "230 jobs",
            "Dravin Mills",
            {"Director", "Finance Director"},
        ),
    ],
)
def test_an_ordinary_capitalised_word_is_not_the_subject(
    text: str, figure: str, subject: str, not_subjects: set[str]
) -> None:
    subjects = _subjects(text)
    assert subjects[figure] == subject
    assert not not_subjects & set(subjects.values())


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        # a name opening a sentence whose first word is a noun stays whole
        ("Harbour Lights Ltd sold 90 tonnes of fish in June.", "90 tonnes", "Harbour Lights"),
        # a name after a comma stays a name, an English word or not
        ("After a weak June, Anchor cut output by 3%.", "3%", "Anchor"),
        ("After a weak June, Brackwell Steel cut output by 3%.", "3%", "Brackwell Steel"),
        # a body that holds an office stays the subject
        (
            "The Kellmoor Council said 412 people had been moved to shelters.",
            "412 people",
            "Kellmoor Council",
        ),
    ],
)
def test_a_name_in_the_same_place_stays_the_subject(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject
