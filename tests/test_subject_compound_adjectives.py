"""A name joined by a hyphen to an ordinary word is an adjective ("Kavaran-flagged tanker",
"Dornfeld-backed start-up"): the figure is about the noun it qualifies, never about the
adjective (class: a name's adjective taken as the subject). A hyphenated name stays a name.
Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _compound_adjective
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("text", "figure", "subject", "adjective"),
    [
        (
            "Skellan Shipping confirmed the grounding. The Kavaran-flagged tanker, 250 metres "
            "long, belongs to Skellan Shipping.",
            "250 metres",
            "Skellan Shipping",
            "Kavaran-flagged",
        ),
        (
            "Lumora Labs closed its funding round. The Dornfeld-backed start-up raised $40 "
            "million from Lumora Labs investors.",
            "$40 million",
            "Lumora Labs",
            "Dornfeld-backed",
        ),
    ],
)
def test_a_names_adjective_is_not_the_subject(
    text: str, figure: str, subject: str, adjective: str
) -> None:
    subjects = _subjects(text)
    assert subjects[figure] == subject
    assert adjective not in subjects.values()


def test_a_hyphenated_name_stays_the_subject() -> None:
    assert (
        _subjects("Hale-Borrow Logistics raised $40 million.")["$40 million"]
        == "Hale-Borrow Logistics"
    )


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        ("Halden-based", True),
        ("Kavaran-flagged", True),
        ("Soviet-era", True),
        ("Hale-Borrow", False),
        ("Vega-2-mini", False),
        ("Okonjo-Hale", False),
    ],
)
def test_what_makes_a_names_adjective(name: str, adjective: bool) -> None:
    assert _compound_adjective(name) is adjective
