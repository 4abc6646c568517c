"""Figures no vocabulary metric names are grouped by what the parse says they measure, and
split by the parse's narrowing phrases. Sentences written afresh."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document
from reconcile.pipeline import reconcile
from tests.test_group import claim


def _doc(name: str, text: str) -> Document:
    return Document(id=name, path=name, text=text)


def test_a_quantity_no_vocabulary_names_is_still_compared() -> None:
    docs = [
        _doc("a.txt", "The Penwick trust said the restoration bill came to $4.2 million."),
        _doc("b.txt", "The Penwick trust said the restoration bill reached $4.8 million."),
    ]
    report = reconcile(docs)
    assert all(c.metric == "restoration bill" for c in report.claims)
    assert len(report.groups) == 1
    assert [f.kind for f in report.findings] == ["value_mismatch"]


def test_what_a_verb_takes_is_the_verb_s_quantity_not_its_subject() -> None:
    claims = extract_claims(_doc("a.txt", "The Halden club said thieves took $2.5 million."))
    assert claims[0].metric is not None
    assert claims[0].metric.startswith("take")


def test_different_narrowing_phrases_are_different_quantities() -> None:
    docs = [
        _doc("a.txt", "Membership among pensioners reached 77% this spring, the Orrin club said."),
        _doc("b.txt", "Membership among students reached 41% this spring, the Orrin club said."),
        _doc("c.txt", "Membership among pensioners reached 70% this spring, the Orrin club said."),
    ]
    report = reconcile(docs)
    sizes = sorted(len(g.claims) for g in report.groups)
    assert sizes == [1, 2]
    (finding,) = report.findings
    assert {c.split("#")[0] for c in finding.claims} == {"a.txt", "c.txt"}


def _with(c: Claim, narrowing: list[str]) -> Claim:
    return c.model_copy(update={"narrowing": narrowing})


def test_a_claim_without_phrases_joins_the_only_variant_and_not_one_of_two() -> None:
    base = [claim(f"d{i}.txt#0-1", "Orrin", "membership", role="level") for i in range(3)]
    one = [_with(base[0], ["among pensioner"]), base[1]]
    assert len(group_claims(one)) == 1
    two = [_with(base[0], ["among pensioner"]), _with(base[1], ["among student"]), base[2]]
    assert len(group_claims(two)) == 3


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["", "among a", "among b", "for c"]), min_size=1, max_size=8))
def test_claims_with_different_phrases_never_share_a_group(phrases: list[str]) -> None:
    claims = [
        _with(claim(f"d{i}.txt#0-1", "Orrin", "membership", role="level"), [p] if p else [])
        for i, p in enumerate(phrases)
    ]
    by_id = {c.id: c for c in claims}
    groups = group_claims(claims)
    assert sorted(i for g in groups for i in g.claims) == sorted(by_id)
    for g in groups:
        variants = {tuple(by_id[i].narrowing) for i in g.claims if by_id[i].narrowing}
        assert len(variants) <= 1
