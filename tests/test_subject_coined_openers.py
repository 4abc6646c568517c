"""A capitalised word that no English dictionary lists, opening a sentence, is a name even when
the story writes it once (class: a one-off name at a sentence's start read as an ordinary
capital, so its figure went to the story's main name). Ordinary words opening a sentence stay
no names. Sentences written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _coined_word
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_a_one_off_coined_name_opening_a_sentence_bears_its_figure() -> None:
    text = (
        "Ostravia led the rowing regatta on Sunday with 14 wins. Ostravia's crews were "
        "strongest in the eights. Brunvik were third with 9 wins and a new course record."
    )
    assert _subjects(text)["9 wins"] == "Brunvik"


def test_control_the_story_name_keeps_its_own_figure() -> None:
    text = (
        "Ostravia led the rowing regatta on Sunday with 14 wins. Ostravia's crews were "
        "strongest in the eights."
    )
    assert _subjects(text)["14 wins"] == "Ostravia"


@pytest.mark.parametrize("word", ["Brunvik", "Quellmoor", "Tarsenko"])
def test_coined_words_are_names(word: str) -> None:
    assert _coined_word(word)


@pytest.mark.parametrize(
    "word", ["Meanwhile", "Shares", "Officials", "Overall", "GDP", "Two", "Unemployment", "Kiev ok"]
)
def test_dictionary_words_keywords_and_abbreviations_are_not(word: str) -> None:
    assert not _coined_word(word)
