"""An amount that is the object of the verb "cost" is what the thing costs (the metric
"cost"), whatever spending word in its clause ("programme", "infrastructure", "would cost")
named it capital spending: other sources give the same figure as "the cost of" the thing
(reconcile.claims.context._cost_objects). What a plan, scheme or project costs is the
spending it plans, and money spent or invested stays capital spending."""

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
        (
            "The ferry's last refit, costing €640 million, was finished in 2019.",
            "€640 million",
        ),
        (
            "The transport ministry said the ring road would cost £1.9 billion over six years.",
            "£1.9 billion",
        ),
        (
            "The tunnel, built by a consortium led by the Varrow Infrastructure Trust, has cost "
            "$3.1 billion so far.",
            "$3.1 billion",
        ),
    ],
)
def test_what_a_thing_cost_is_its_cost(text: str, digits: str) -> None:
    assert _one(text, digits).metric == "cost"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Quellin Hotels will spend $85 million renovating the tower's rooms.", "$85 million"),
        ("The utility plans to invest £700m in its water programme by 2030.", "£700m"),
    ],
)
def test_money_spent_stays_capital_spending(text: str, digits: str) -> None:
    """Control: what an owner spends or invests is no object of "cost"."""
    assert _one(text, digits).metric == "capital spending"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The council backed a tram scheme that would cost £760 million.", "£760 million"),
        ("The housing programme, approved in May, will cost $48 million.", "$48 million"),
        ("Orlan Water outlined a new pipeline plan. It would cost $48 million.", "$48 million"),
    ],
)
def test_what_a_plan_costs_stays_capital_spending(text: str, digits: str) -> None:
    """Control: a plan's, scheme's or project's cost is the spending it plans."""
    assert _one(text, digits).metric == "capital spending"
