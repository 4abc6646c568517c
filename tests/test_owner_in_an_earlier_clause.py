"""A name that only owns a word ("X's alert") in a clause joined before the figure's own clause,
which has a subject of its own, is not what the figure is about: "X's alert covers 7 of the 9
districts, and doctors said 2,310 residents were seen" counts the story's residents, not X's.
A name that is the earlier clause's subject stays the figure's (the topic runs on)."""

from __future__ import annotations

from tests.reported import claims_of

_STORY = (
    "Smoke from moorland fires hung over Tollemere for a fourth day on Thursday. "
    "Tollemere's schools stayed shut. "
)


def _subject(text: str, surface: str) -> str | None:
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].subject


def test_owner_in_an_earlier_joined_clause_is_not_the_subject() -> None:
    text = _STORY + (
        "Corlund Forestry's alert covers 7 of the 9 districts, and doctors said 2,310 "
        "residents had been seen for smoke inhalation."
    )
    assert _subject(text, "2,310 residents") == "Tollemere"


def test_owner_by_its_letters_in_an_earlier_clause() -> None:
    text = _STORY + (
        "The FWS's amber alert now spans 7 of the 9 districts, and the county health board "
        "said 2,310 residents had been seen for smoke inhalation."
    )
    assert _subject(text, "2,310 residents") == "Tollemere"
    assert _subject(text, "9 districts") == "FWS"  # its own clause: the alert is the FWS's


def test_subject_of_the_earlier_clause_stays_the_subject() -> None:
    text = _STORY + (
        "Corlund Forestry widened its alert on Monday, and doctors said 2,310 residents had "
        "been seen for smoke inhalation."
    )
    assert _subject(text, "2,310 residents") == "Corlund Forestry"
