"""A capitalised word that opens a sentence is a name only when it recurs and never appears in
lower case (``entities._proper``; issue 11, class "a headline's first word read as a name"). A
recurrence is the word itself or a people's word made from it, never the start of a longer
word: over "Winemakers in Pelby ...", a headline's "Wine harvest hit by frost" does not make
"Wine" recur; "Zarovia" over "Zarovian producers" does, and so does "Doverick's"."""

from __future__ import annotations

import pytest

from reconcile.claims.entities import _proper


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Wine harvest hit by frost\nWinemakers in Pelby expect 40% fewer grapes.", "Wine"),
        ("Salt shortage hits roads\nSaltworks near Doverick made 9,000 tonnes less.", "Salt"),
    ],
)
def test_the_start_of_a_longer_word_is_no_recurrence(text: str, word: str) -> None:
    assert not _proper(text, word)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Zarovia cuts output\nZarovian producers will pump 310,000 barrels less.", "Zarovia"),
        ("Doverick floods\nDoverick's council said 140 homes were flooded.", "Doverick"),
        ("Kessany votes\nKessany-based parties won 41% of the vote.", "Kessany"),
    ],
)
def test_control_a_name_and_its_peoples_word_recur(text: str, word: str) -> None:
    assert _proper(text, word)
