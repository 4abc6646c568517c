"""A word after a dateline ("KELLBY, May 3 (Wire) - Burglars took ...") opens its sentence:
its capital says nothing of a name, so an ordinary word there is never a subject, and a name
there is still one (class: sentence openings behind a dateline read as names written
mid-sentence). A list item's marker is not read so (measured: more false alarms). Sentences
written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _opens_sentence
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("line", "word", "opens"),
    [
        ("DORWICK, March 4 (Coastal Wire) - Thieves took $2 million", "Thieves", True),
        ("DORWICK - Builders finished 40 homes", "Builders", True),
        ("NEW PELLHAM, Calif., Oct. 9 (Wire) — Storms hit", "Storms", True),
        # controls: a word further into the line, a dash inside a sentence
        ("The Dorwick - Home line", "Home", False),
        ("Dorwick - Home line", "Home", False),
        ("DORWICK, March 4 (Coastal Wire) - Thieves took $2 million", "Coastal", False),
    ],
)
def test_a_line_prefix_is_no_part_of_the_sentence(line: str, word: str, opens: bool) -> None:
    assert _opens_sentence(line, 0, line.index(word)) is opens


def test_an_ordinary_word_behind_a_dateline_is_no_subject() -> None:
    text = (
        "Burglars raid Quelmont jewellers\n\n"
        "ESTRAMERE, June 3 (Harbour Wire) - Burglars took gems worth $3.1 million from "
        "Quelmont, one of the city's oldest jewellers, the company said on Tuesday.\n\n"
        "Quelmont said its insurers would cover the loss.\n"
    )
    subjects = _subjects(text)
    assert subjects["$3.1 million"] == "Quelmont"
    assert "Burglars" not in subjects.values()


def test_a_name_behind_a_dateline_stays_the_subject() -> None:
    text = (
        "KELLINGFORD, May 2 (Wire) - Varnet Logistics said on Friday its revenue rose 8% to "
        "$410 million. Varnet Logistics runs 300 depots.\n"
    )
    subjects = _subjects(text)
    assert subjects["$410 million"] == "Varnet Logistics"
