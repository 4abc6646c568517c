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


def test_a_keyword_in_a_later_clause_with_its_own_subject_does_not_name_the_change() -> None:
    text = "Our ticket income has risen by 15% this season, and owners are investing it in stands."
    assert metric_of(text, "15") == "ticket income"
    text = (
        "Sponsorship income jumped 18% in the year, and the trust is investing it in youth teams."
    )
    assert metric_of(text, "18") == "sponsorship income"


def test_the_changes_own_keyword_stands_before_a_later_clause() -> None:
    text = "Capital spending rose 9% last year, and the board expects to invest more in 2027."
    assert metric_of(text, "9") == "capital spending change"
