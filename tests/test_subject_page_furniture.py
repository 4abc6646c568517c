"""Words of a page that are no names: a pronoun run into its verb ("We're", "It's", "There's")
opening a sentence or a quote, and the words of a dated header line at the top of a page
("Market letter | Issue 88 | 3 March 2026"). Neither is the subject of a figure nor the story's
main subject (class: page furniture and contractions read as the story's subject). Sentences
written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _contraction, _dated_header_lines
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize("word", ["We're", "It's", "There’s", "They've", "I'm", "Don't"])
def test_a_contraction_is_no_name(word: str) -> None:
    assert _contraction(word)


@pytest.mark.parametrize("word", ["Harlow's", "O'Dell", "Brenn's", "D'Arcy"])
def test_a_name_with_an_apostrophe_stays_a_name(word: str) -> None:
    # control: a possessive or a name written with an apostrophe is no contraction
    assert not _contraction(word)


def test_a_quote_opening_with_a_contraction_leaves_the_subject_alone() -> None:
    text = (
        "Tollbridge Mutual said storm claims had reached 9,300 by Friday.\n"
        '"We\'re handling claims at 400 an hour," a manager said. "We\'re hiring too." '
        "Staff numbers rose to 2,150.\n"
    )
    subjects = _subjects(text)
    assert subjects["9,300"] == "Tollbridge Mutual"
    assert "Were" not in subjects.values()


@pytest.mark.parametrize(
    "line",
    [
        "Freight letter | Issue 88 | 3 March 2026",
        "Issue 1,204 - Tuesday 4 August 2026",
        "Vol. 12, 9 June 2026",
    ],
)
def test_a_dated_header_line_is_furniture(line: str) -> None:
    text = f"PORTLINE WEEKLY\n{line}\n\nCargo volumes at Vennick rose 4% to 1.9 million boxes.\n"
    lines = [text[a:b] for a, b in _dated_header_lines(text)]
    assert lines == [line]


def test_a_dateline_with_the_story_is_no_header() -> None:
    # control: a dateline that runs into the story's first sentence keeps its names
    text = "ORLEK, March 6 (Coastal Wire) - Vennick Port said volumes rose 4% to 1.9 million.\n"
    assert _dated_header_lines(text) == ()
