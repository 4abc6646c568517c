"""A passenger count a source expects is a forecast, not the count carried so far (issue 11,
class 3: look-alikes merged): "expects to carry 51 million passengers" and "has carried 44
million passengers" are two quantities; two forecasts meet."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if digits in c.text)


def test_a_forecast_of_passengers_stays_apart_from_passengers_carried() -> None:
    a = _claims("a.txt", "So far this year Tamsin Air has carried 44.2 million passengers.")
    b = _claims("b.txt", "Analysts expect Tamsin Air to carry 51.3 million passengers this year.")
    c = _claims("c.txt", "Tamsin Air is forecast to fly 50.9 million passengers this year.")
    group = {cid: g for g in group_claims([*a, *b, *c]) for cid in g.claims}
    carried, expected, forecast = _one(a, "44.2"), _one(b, "51.3"), _one(c, "50.9")
    assert group[carried.id] is not group[expected.id]
    assert group[expected.id] is group[forecast.id]
