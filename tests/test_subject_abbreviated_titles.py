"""An abbreviated title before a name ("Gov.", "Sen.", "Rep.") marks an official, as the
title written out does, and does not end the sentence; the surname alone later is the same
official, never the subject of a figure they speak of ("Marchetti said 140 homes had been
flooded") nor the story's main subject (class: officials read as subjects because their title
was abbreviated). Sentences written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims, sentence_spans
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize("title", ["Gov.", "Sen.", "Rep.", "Gen.", "Prof.", "Supt."])
def test_an_abbreviated_title_does_not_end_the_sentence(title: str) -> None:
    text = f"The levee failed on Friday, {title} Anneke Vos told reporters. Crews arrived."
    assert len(sentence_spans(text)) == 2


@pytest.mark.parametrize("word", ["Bergen", "Colgate", "Gurev", "Tarnsen"])
def test_a_sentence_still_ends_at_a_word_ending_like_a_title(word: str) -> None:
    # control: a full stop after a name that merely ends in a title's letters ends a sentence
    text = f"The ferry docked in {word}. It left at noon."
    assert len(sentence_spans(text)) == 2


def test_an_official_with_an_abbreviated_title_is_not_the_subject() -> None:
    text = (
        "The Velmar Water Board said the Kessock reservoir would refill by spring.\n"
        "More than 1,900 households lost supply, Gov. Odile Marchetti said on Sunday.\n"
        "Marchetti said 140 homes had been flooded in Kessock.\n"
    )
    subjects = _subjects(text)
    assert subjects["1,900 households"] not in ("Marchetti", "Odile Marchetti")
    assert subjects["140 homes"] not in ("Marchetti", "Odile Marchetti")


def test_a_company_that_speaks_of_its_own_figure_still_owns_it() -> None:
    # control: a speaker that is the story's subject keeps its figure through the main subject
    text = (
        "Harrowgate Mills said on Monday it would close two plants.\n"
        "Harrowgate Mills said 640 jobs would go by June.\n"
    )
    assert _subjects(text)["640 jobs"] == "Harrowgate Mills"
