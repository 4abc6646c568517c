"""A place named by its people's word ("Carvanian output") is the place a figure "in Carvania"
is given for: the other source names it, so the pair is weighed, not excused as a place's
figure against the whole. Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.claims.placed import people_word_rx
from reconcile.pipeline import reconcile


def _warnings(*texts: str) -> list[str]:
    docs = [Document(id=f"{chr(97 + i)}.txt", path="x", text=t) for i, t in enumerate(texts)]
    return [f.message for f in reconcile(docs).findings if f.severity != "info"]


@pytest.mark.parametrize(
    ("place", "word"),
    [
        ("Carvania", "Carvanian"),
        ("Kenya", "Kenyan"),
        ("Japan", "Japanese"),
        ("Brazil", "Brazilians"),
        ("Chile", "Chilean"),
    ],
)
def test_people_words(place: str, word: str) -> None:
    rx = people_word_rx(place)
    assert rx is not None and rx.fullmatch(word)


@pytest.mark.parametrize(("place", "word"), [("Marlow", "Marlowe"), ("Carvania", "carvanian")])
def test_control_not_people_words(place: str, word: str) -> None:
    rx = people_word_rx(place)
    assert rx is None or not rx.fullmatch(word)


def test_a_place_and_its_people_word_are_one_place() -> None:
    [message] = _warnings(
        "Barley output in Tessova fell 22% last year, the farm office said on Monday.",
        "Tessovan barley output fell 31% last year, the farm office said on Monday.",
    )
    assert "22%" in message and "31%" in message


def test_control_a_place_the_other_source_never_names() -> None:
    assert not _warnings(
        "Barley output in Tessova fell 22% last year, the farm office said on Monday.",
        "Barley output fell 31% last year, the farm office said on Monday.",
    )


def test_a_place_and_its_people_word_as_owners_are_one_subject() -> None:
    [message] = _warnings(
        "Tessova's harvest fell 22% last year, the farm office said on Monday.",
        "The Tessovan harvest fell 31% last year, the farm office said on Monday.",
    )
    assert "22%" in message and "31%" in message
