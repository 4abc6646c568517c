"""A name that stands after a figure in a clause that does not govern it is not the figure's
subject when the story has a main company (class: "Revenue climbed to €14.8bn, helped by a rise
in sales of <product>" read as the product's revenue, a component read as the whole). Control:
the product's own sales keep the product."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document

LEAD = (
    "Marlow Pharma reported full-year results on Tuesday. Marlow Pharma also named a new "
    "finance chief, and Marlow Pharma shares rose in early trading. "
)


def subject_of(text: str, digits: str) -> str | None:
    claims: list[Claim] = extract_claims(Document(id="a.txt", path="a.txt", text=LEAD + text))
    return next(c.subject for c in claims if digits in c.text)


def test_a_name_in_a_clause_of_cause_is_not_the_subject() -> None:
    assert subject_of(
        "Revenue climbed to €9.1bn, driven by strong demand for Pellorin.", "9.1"
    ) == ("Marlow Pharma")
    assert subject_of(
        "Operating profit rose to €2.2bn, lifted by cost cuts at its Vessane plant.", "2.2"
    ) == ("Marlow Pharma")


def test_the_products_own_sales_keep_the_product() -> None:
    assert subject_of("Sales of Pellorin rose 12% to €2.1bn.", "2.1") == "Pellorin"
