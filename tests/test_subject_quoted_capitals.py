"""A capital behind an opening quote mark or bracket ("“There is ...", "(Despite ...") is where a
sentence starts, not a name's capital: it never makes the same word a name where it opens a
sentence of the text ("There were 310 farms ...": not about "There"). A name behind a quote
mark stays a name (class: openers written with a capital inside a quotation). Sentences
written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("text", "figure", "subject", "opener"),
    [
        (
            'Marlow Dairies had a hard year. "There is no easy fix," its chief said. There '
            "were 310 farms supplying Marlow Dairies in March.",
            "310 farms",
            "Marlow Dairies",
            "There",
        ),
        (
            "Kestal Mining had a difficult spring. “Despite everything, we kept going,” a "
            "driller said. Despite a 12% fall in ore prices, Kestal Mining kept digging.",
            "12%",
            "Kestal Mining",
            "Despite",
        ),
    ],
)
def test_a_capital_behind_a_quote_mark_makes_no_name(
    text: str, figure: str, subject: str, opener: str
) -> None:
    subjects = _subjects(text)
    assert subjects[figure] == subject
    assert opener not in subjects.values()


def test_a_name_behind_a_quote_mark_stays_a_name() -> None:
    text = "“Brevant has sold 4,000 units,” its founder said. Brevant plans a second model."
    assert _subjects(text)["4,000 units"] == "Brevant"
