"""Figures named by their unit alone ("length", "flow": nothing in their sentences names what
they measure) are one quantity only where the weighed evidence links them (issue 11, class
"no metric"): "attacked with 3.5 km remaining" and "attacked with 3.9 km remaining" meet and
disagree; "it climbed 3,800 metres over the day" is another length."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def test_lengths_named_by_their_unit_meet_only_where_their_words_agree() -> None:
    a = _claims("a.txt", "Ostrova attacked with 3.5 km remaining.")
    b = _claims("b.txt", "Ostrova attacked with 3.9 km remaining.")
    c = _claims("c.txt", "It climbed 3,800 metres over the day.")
    assert {x.metric for x in [*a, *b, *c]} == {"length"}  # named by the unit alone
    group = {cid: g.id for g in group_claims([*a, *b, *c]) for cid in g.claims}
    assert group[a[0].id] == group[b[0].id]
    assert group[c[0].id] != group[a[0].id]
