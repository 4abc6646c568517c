"""What something costs is a cost, not damage: the price of a product, a ticket or a building
project is never weighed against the damage a storm or a fire did (the vocabulary's "damage"
once listed "cost")."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _one(text: str, digits: str) -> Claim:
    cs = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    return next(c for c in cs if digits in c.text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The new tablet will cost $649 when it reaches shops in March.", "$649"),
        ("The bridge's cost has risen to €212 million, the council said.", "€212 million"),
    ],
)
def test_what_something_costs_is_a_cost(text: str, digits: str) -> None:
    assert _one(text, digits).metric == "cost"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The flood caused damage of about $40 million across the valley.", "$40 million"),
        ("Insured losses from the hailstorm reached €1.3 billion.", "€1.3 billion"),
    ],
)
def test_damage_stays_damage(text: str, digits: str) -> None:
    assert _one(text, digits).metric == "damage"
