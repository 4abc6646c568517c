"""A change whose subject a relative clause describes as a part of a quantity measures that
part, not the quantity (class: a component read as the whole, "Food, which makes up half of
revenue, rose 2.6%" grouped with revenue growth). Controls: the quantity's own change, and a
relative clause on the company."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def metric_of(text: str, digits: str) -> str | None:
    claims: list[Claim] = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    return next(c.metric for c in claims if digits in c.text)


def test_a_part_described_by_a_relative_clause_is_not_the_whole() -> None:
    text = "Furniture, which makes up roughly a third of revenue, rose 4.1%."
    assert metric_of(text, "4.1") != "revenue growth"
    text = "Garden products, which make up about a fifth of sales, fell 3.2% in the half."
    assert metric_of(text, "3.2") != "revenue growth"


def test_the_quantity_itself_keeps_its_change() -> None:
    text = "Revenue, which had slipped in the spring, rose 4.1% in the quarter."
    assert metric_of(text, "4.1") == "revenue growth"
    text = "Revenue at Pellmark, which sells garden tools, rose 7.5% in the half."
    assert metric_of(text, "7.5") == "revenue growth"
