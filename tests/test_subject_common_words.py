"""Subjects that are no names at all (issue 11, the s25-subj2 classes): a capitalised common
word is no holder of a figure when the text also writes it in lower case and the tagger reads
it as a common noun outside any named entity, also where it opens a quotation ('"Otters are
...') or a list item's label whose plural the lexicon lists only in the singular ("- Properties
flooded: 120"). Control: a name opening a quotation stays a name. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import is_english_word
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


_OTTERS = (
    '"Otters are back because the water is clean," a warden said.\n\n'
    "The reserve counted 38 otters this spring.\n\n"
    "Fallowmere Reserve opened in 1990."
)


def test_a_common_noun_opening_a_quotation_is_no_subject() -> None:
    subjects = _subjects(_OTTERS)
    assert "Otters" not in subjects.values()
    assert subjects["38 otters"] == "Fallowmere Reserve"


def test_a_name_opening_a_quotation_stays_a_name() -> None:
    text = '"Dunhallow will build 240 homes," a spokesman said.\n\nDunhallow opened in 1990.'
    assert _subjects(text)["240 homes"] == "Dunhallow"


def test_a_plural_in_ies_is_a_word_of_the_language() -> None:
    assert is_english_word("bakeries")
    assert is_english_word("casualties")
    assert not is_english_word("orlenies")


_DIGEST = (
    "Storm batters the coast\n"
    "The storm reached the coast on Monday.\n"
    "At a glance\n"
    "- Properties flooded: 120\n"
    "- Roads closed: 14\n"
)


def test_a_plural_labels_word_is_no_subject() -> None:
    subjects = _subjects(_DIGEST)
    assert "Properties" not in subjects.values()
    assert subjects["120"] == subjects["14"]
