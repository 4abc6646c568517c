"""A price tag is what a thing costs; it is a company's value only when put on the company
(issue 11: vocabulary that fits any news story)."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metric(text: str, surface: str) -> str | None:
    claims = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    found = [c for c in claims if surface in c.text]
    assert found, [c.text for c in claims]
    return found[0].metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("The bridge's £780 million price tag has angered taxpayers.", "£780 million", "cost"),
        ("Critics balk at the new stadium's $1.9 billion price tag.", "$1.9 billion", "cost"),
        # control: a price tag put on a company is its value
        (
            "Investors put a $3.4 billion price tag on the chip designer.",
            "$3.4 billion",
            "market value",
        ),
    ],
)
def test_a_price_tag_is_a_cost_unless_put_on_a_company(
    text: str, surface: str, metric: str
) -> None:
    assert _metric(text, surface) == metric
