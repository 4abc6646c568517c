"""Three capitals written right before amounts ("ZLT 3.2 million", "ZLT800") are the code of a
currency the package does not list, never the subject of a document's figures (class: a
currency code taken as a name, and then as the story's main subject). An index written
before its one number ("ABX 100") stays a name. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _currency_codes
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_three_capitals_before_two_amounts_are_a_code() -> None:
    text = "A loan of ZLT 3.2 million now costs ZLT800 more a month. ABX 100 fell 2%."
    assert _currency_codes(text) == frozenset({"ZLT"})


def test_an_index_before_its_one_number_is_no_code() -> None:
    assert _currency_codes("The ABX 100 rose 1.2%, and the ABX 100 closed higher.") == frozenset()


def test_a_currency_code_is_never_the_subject() -> None:
    text = (
        "Carvel Savings reported results on Monday. A saver with ZLT 3.2 million on deposit "
        "earned about ZLT 640 in interest, Carvel Savings said. Deposits grew 4.1% in the year."
    )
    found = _subjects(text)
    assert found["ZLT 3.2 million"] == "Carvel Savings"  # money in the story's own currency
    assert found["4.1%"] == "Carvel Savings"  # control: unchanged
