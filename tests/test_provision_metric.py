"""Money put aside for a cost to come is a provision, not money spent (issue 11, class 3:
look-alikes merged): "has set aside a further £20m to compensate" and "put aside £31m" are one
quantity; "spent £44m on repairs" is another; a budget that sets aside money for a department
allocates spending."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if digits in c.text)


def test_two_wordings_of_a_provision_meet_and_spending_stays_apart() -> None:
    a = _claims(
        "a.txt",
        "Marlow Rail has spent £44m on new brakes and has set aside a further £20m to "
        "compensate travellers.",
    )
    b = _claims("b.txt", "Marlow Rail says it has put aside £31m for refunds to travellers.")
    c = _claims("c.txt", "Marlow Rail booked a provision of £20m for the refunds.")
    group = {cid: g for g in group_claims([*a, *b, *c]) for cid in g.claims}
    aside, put, booked = _one(a, "£20m"), _one(b, "£31m"), _one(c, "£20m")
    assert aside.metric == put.metric == booked.metric == "provision"
    assert group[aside.id] is group[put.id] is group[booked.id]
    assert _one(a, "£44m").metric != "provision"


def test_a_budget_setting_money_aside_for_a_department_allocates_spending() -> None:
    c = _one(
        _claims("t.txt", "The budget sets aside $58 million for the fire service next year."),
        "$58 million",
    )
    assert c.metric != "provision"
