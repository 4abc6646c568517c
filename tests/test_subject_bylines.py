"""A byline names the article's writer: "By Ilse Marrow" or "By Tomas Eddery, Energy Editor" on a
line of its own is never the subject of a figure nor the story's main subject, so a figure whose
sentence names no one falls to the story's subject, not to its reporter (class: the writer read
as the story's subject). Sentences written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _RX_BYLINE
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    "line",
    ["By Ilse Marrow", "By Tomas Eddery, Energy Editor", "BY RUTH OKAFOR", "By Ana de Vries"],
)
def test_a_byline_is_read_as_one(line: str) -> None:
    assert _RX_BYLINE.fullmatch(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Thursday the tally had climbed to 61, officials said.",
        "By the close, the index was up 2%.",
        "By 2030 the plant will employ 900 people",
    ],
)
def test_a_sentence_opening_with_by_is_no_byline(line: str) -> None:
    # control: "By" opening a sentence that states something
    assert not _RX_BYLINE.fullmatch(line)


def test_the_writer_is_not_the_subject_of_an_unattributed_figure() -> None:
    # the story's subject is named once, after the figures; the writer's name comes first
    text = (
        "The Daily Ledger\n\nReservoir falls to a record low\n\n"
        "By Ilse Marrow\nMonday, March 9\n\n"
        "The reservoir that serves 240,000 homes held 31% of its capacity on Monday.\n\n"
        "The Ashmere Water Trust said the level fell 4 points in a week.\n"
    )
    subjects = _subjects(text)
    assert "Ilse Marrow" not in subjects.values()
    assert subjects["31%"] == "Ashmere Water Trust"


def test_a_name_in_the_story_stays_a_subject() -> None:
    # control: the same person named in the body as the one who acts keeps her figure
    text = (
        "By Tomas Eddery\n\nIlse Marrow won the 10,000 metres in 29 minutes 40 seconds on Sunday.\n"
    )
    subjects = _subjects(text)
    assert subjects["10,000 metres"] == "Ilse Marrow"
