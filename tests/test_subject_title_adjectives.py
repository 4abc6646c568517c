"""A title word that is an adjective of the noun a name modifies ("the official X website",
"its official X gauge") makes no official of the name: the name stays the story's subject, and
its figures stay its own (issue 11: a reporting body's "official X gauge" had made the story's
place an official, never a subject). A title before a person's name ("the minister X said",
"the health official X said") still marks a post. Sentences written afresh, with invented
names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    "second",
    [
        "The notice went up on the official Fennick Dairy Farms website.",
        "Shoppers were told to check its official Fennick Dairy Farms page.",
    ],
)
def test_a_name_modifying_a_noun_after_official_stays_the_subject(second: str) -> None:
    text = f"Fennick Dairy Farms recalled 12,000 cartons of milk on Monday.\n\n{second}"
    assert _subjects(text)["12,000 cartons"] == "Fennick Dairy Farms"


@pytest.mark.parametrize(
    "second",
    [
        "The health official Orla Venn said 40 people were ill.",
        "The minister Orla Venn said 40 people were ill.",
        "The minister Orla Venn unveiled a plan to test 40 wells.",
    ],
)
def test_a_title_before_a_person_still_marks_a_post(second: str) -> None:
    text = f"Brascombe Water said 3,400 homes had no supply on Tuesday.\n\n{second}"
    subjects = _subjects(text)
    assert subjects["3,400 homes"] == "Brascombe Water"
    assert "Orla Venn" not in subjects.values()
