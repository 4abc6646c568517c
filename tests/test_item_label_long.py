"""A list item's label that opens with an ordinary word is no name however long the label
runs: "- Median price per square metre of floor: £3,950" and "- Median time to sell (all
homes): 41 days" open with the item's capital just as "- Median asking price: £312,000"
does, so "Median" is not written with a capital mid-sentence and names no subject (the
s32-subject class "a label's opening word taken for a name"; the label rest read up to
three words before, and a longer label's capital made the word a name everywhere).
Control: a list of names as labels ("- Kelbury: £312,000") keeps them. Sentences written
afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


_TOP = (
    "HOUSING DIGEST\n\nHarlowe prices edge up in March\n\n"
    "Prices in Harlowe rose again last month.\n\nKEY NUMBERS\n"
)


def test_a_long_label_opening_with_a_word_names_nothing() -> None:
    text = (
        _TOP + "- Median asking price: £312,000\n"
        "- Median price per square metre of floor: £3,950\n- Homes listed: 1,240\n"
    )
    subjects = _subjects(text)
    assert subjects["£312,000"] == "Harlowe"
    assert subjects["£3,950"] == "Harlowe"


def test_a_label_with_a_bracketed_note_names_nothing() -> None:
    text = (
        _TOP + "- Median asking price: £312,000\n"
        "- Median time to sell (all homes): 41 days\n- Homes listed: 1,240\n"
    )
    assert _subjects(text)["41 days"] == "Harlowe"


def test_names_as_labels_keep_their_figures() -> None:
    text = _TOP + "- Kelbury: £312,000\n- Kelbury: £298,000 a year ago\n- Homes listed: 1,240\n"
    assert _subjects(text)["£312,000"] == "Kelbury"
