"""A figure in a participle clause with no subject of its own ("..., finishing in 2:08:12",
"..., shedding 1,200 jobs") belongs to the named subject of the verb the clause hangs on, not
to a name nearer the figure that is that verb's object (class: the object of the main verb
taken for the owner of the participle's figure). Sentences written afresh, invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("text", "figure", "subject"),
    [
        (
            "Vessa Okoro beat the Lanmere Classic field by a minute, finishing in 2 hours 8 "
            "minutes 12 seconds under grey skies. Vessa Okoro is 27.",
            "2 hours 8 minutes 12 seconds",
            "Vessa Okoro",
        ),
        (
            "Dravik Mining cut its Orlen Valley workforce last year, shedding 1,200 jobs. "
            "Dravik Mining said so.",
            "1,200 jobs",
            "Dravik Mining",
        ),
        (
            "Halden Bank beat the Korvin Index in March, returning 14% to savers.",
            "14%",
            "Halden Bank",
        ),
    ],
)
def test_a_participles_figure_is_its_clause_subjects(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


def test_a_clause_with_a_subject_of_its_own_is_left_alone() -> None:
    # control: "when X closed" has its own subject; the figure is the nearer name's
    text = "Orlen Valley lost 1,200 jobs when Dravik Mining closed, the council said."
    assert _subjects(text)["1,200 jobs"] == "Orlen Valley"
