"""A figure set against another side's ("17 shots to Calverton's 6", "14 aces against Ferris's
9") belongs to the side that is not named after it: the name after "to" / "against" /
"versus" owns the figure that follows it (class: the other side of a head-to-head taken as
the subject). Sentences written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import Entity
from reconcile.claims.models import Document
from reconcile.claims.subject import _opponents_figure


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("text", "figure", "subject", "other", "other_subject"),
    [
        (
            "Dunmore beat Calverton on Saturday. Dunmore dominated the second half. They had "
            "61% of the ball, 17 shots to Calverton's 6 and three goals.",
            "17 shots",
            "Dunmore",
            "6",
            "Calverton",
        ),
        (
            "Quellan Party held the seat on Friday. Quellan Party topped the count again. "
            "They took 5,210 votes to Vost Alliance's 4,980 in the final round.",
            "5,210 votes",
            "Quellan Party",
            "4,980",
            "Vost Alliance",
        ),
    ],
)
def test_the_figure_before_the_other_sides_is_not_theirs(
    text: str, figure: str, subject: str, other: str, other_subject: str
) -> None:
    found = _subjects(text)
    assert found[figure] == subject
    assert found[other] == other_subject


def test_control_a_name_after_to_without_a_figure_of_its_own_still_counts() -> None:
    """ "sold 40,000 tickets to Calverton fans": no figure follows the name, so it is not a
    side's own figure and distance decides as before."""
    text = "Calverton Stadium opened in May. It sold 40,000 tickets to Calverton fans."
    e = text.index("40,000 tickets") + len("40,000 tickets")
    name = text.index("Calverton fans")
    assert not _opponents_figure(text, e, Entity(name, name + len("Calverton"), "Calverton"))


def test_the_pattern_reads_possessives_inside_or_after_the_name() -> None:
    text = "19 shots to Ashmoor's 11"
    at = text.index("Ashmoor")
    assert _opponents_figure(text, 8, Entity(at, at + len("Ashmoor's"), "Ashmoor"))
    assert _opponents_figure(text, 8, Entity(at, at + len("Ashmoor"), "Ashmoor"))
    assert not _opponents_figure("19 shots to Ashmoor", 8, Entity(12, 19, "Ashmoor"))
