"""A count "of them" that its own verb counts is a count of the noun "them" refers back to,
not a share of the earlier count (issue 11): "had 640 trains timetabled and cancelled 87 of
them" gives 87 trains cancelled, which meets another source's "93 trains were cancelled".
A part with no verb of its own, or one the copula describes, stays a share."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if c.text.startswith(digits))


def test_a_part_its_own_verb_counts_is_a_count() -> None:
    cs = _claims("a.txt", "Wardle Police detained 60 protesters and later charged 14 of them.")
    assert _one(cs, "14").role == "level"
    assert _one(cs, "60").role == "level"


def test_the_count_meets_the_same_count_worded_plainly() -> None:
    a = _claims("a.txt", "Brisa Rail had 640 trains timetabled on Friday and cancelled 87 of them.")
    b = _claims("b.txt", "Brisa Rail said 93 trains were cancelled on Friday.")
    group = {cid: g.id for g in group_claims([*a, *b]) for cid in g.claims}
    assert group[_one(a, "87").id] == group[_one(b, "93").id]


def test_a_part_without_a_verb_of_its_own_stays_a_share() -> None:
    cs = _claims("a.txt", "The fire at the Callow depot injured 31 workers, 12 of them badly.")
    assert _one(cs, "12").role == "share"
    cs = _claims("a.txt", "Inspectors counted 250 pupils, and 70 of them were boarders.")
    assert _one(cs, "70").role == "share"
