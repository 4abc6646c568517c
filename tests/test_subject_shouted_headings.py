"""A run of capitals made of English words ("MARKET WRAP: ...", "OUTBREAK REPORT: ...") is a
heading or a label, not a name, unless the document also writes it as a name in title case
(class: headings in capitals taken as names, and so as a story's main subject). Sentences
written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _shouted_words
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_a_heading_in_capitals_is_not_the_main_subject() -> None:
    text = (
        "CASE REPORT: mumps in the north, week 9\n\n"
        "Cases rose to 412 in the week to Friday in Zantor, health officials said. "
        "Another 38 people were treated in hospital.\n"
    )
    subjects = _subjects(text)
    assert subjects["38 people"] == "Zantor"  # the story's setting, not its heading
    assert "CASE REPORT" not in subjects.values()


def test_a_heading_in_capitals_is_no_name() -> None:
    text = "MARKET WRAP: shares slip\nMarkets fell 2% on Monday."
    assert _shouted_words(text, "MARKET WRAP")
    assert not _shouted_words("GENERAL HARBOUR said. General Harbour fell.", "GENERAL HARBOUR")
    assert not _shouted_words(text, "ZANTOR")  # no English word: a name in capitals
