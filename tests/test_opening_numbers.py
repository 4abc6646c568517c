"""A sentence that opens with an adverb and a number ("Only 12 of the 34 starters ...", "Barely
300 homes ...") names no one: the tagger reads the two words as one number (CARDINAL), which
says nothing of a name, and a number left alone is never a name. Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> set[str | None]:
    return {c.subject for c in extract_claims(Document(id="a.txt", path="x", text=text))}


@pytest.mark.parametrize(
    "sentence",
    [
        "Only 12 of the 40 entrants reached the final round.",
        "Barely 300 homes in the valley still had power by Tuesday.",
    ],
)
def test_an_adverb_and_a_number_are_no_name(sentence: str) -> None:
    text = f"Ostrava Mills opened its new plant on Monday.\n\n{sentence}\n"
    assert not any(s and any(ch.isdigit() for ch in s) for s in _subjects(text))
    assert not any(s and s.split()[0] in {"Only", "Barely"} for s in _subjects(text))


def test_control_a_name_with_a_number_stays_a_name() -> None:
    text = "The Kestrel 3 probe weighs 410 kilograms, its builders said.\n"
    assert any(s and "Kestrel" in s for s in _subjects(text))
