"""A group of counts of one noun whose sources give figures that cannot all hold is split by
what each count's clause does with the noun (issue 11, class "look-alikes merged"): the
customers a company has and the customers whose details a breach exposed are two quantities,
however the vocabulary names both ("users"). A count named by a keyword of its sentence (a
death toll) is never split this way."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if digits in c.text)


def _group_of(claims: list[Claim]) -> dict[str, str]:
    return {cid: g.id for g in group_claims(claims) for cid in g.claims}


def test_customers_a_company_has_stay_apart_from_customers_a_breach_reached() -> None:
    a = _claims(
        "a.txt",
        "Parvane, which has 6.1 million customers, said intruders copied the details of "
        "1.3 million customers.",
    )
    b = _claims("b.txt", "Intruders copied the details of 1.8 million customers from Parvane.")
    c = _claims("c.txt", "Parvane serves a base of 6.1 million customers in four regions.")
    group = _group_of([*a, *b, *c])
    exposed_a, exposed_b = _one(a, "1.3 million"), _one(b, "1.8 million")
    base = _one(a, "6.1 million")
    assert group[exposed_a.id] == group[exposed_b.id]
    assert group[base.id] != group[exposed_a.id]


def test_the_same_split_with_other_words() -> None:
    a = _claims(
        "a.txt",
        "Olster Water, which has 820,000 subscribers, said 95,000 subscribers had their bills "
        "doubled.",
    )
    b = _claims("b.txt", "Olster Water says 59,000 subscribers had their bills doubled in May.")
    group = _group_of([*a, *b])
    assert group[_one(a, "95,000").id] == group[_one(b, "59,000").id]
    assert group[_one(a, "820,000").id] != group[_one(a, "95,000").id]


def test_a_toll_named_by_its_keyword_is_not_split_by_verbs() -> None:
    a = _claims(
        "a.txt", "The storm killed 42 people in Aldby, after officials had counted 30 people."
    )
    b = _claims("b.txt", "Officials said 57 people died in the storm in Aldby.")
    group = _group_of([*a, *b])
    assert group[_one(a, "42").id] == group[_one(b, "57").id]


def test_a_count_is_not_named_by_the_counted_noun_of_another_count() -> None:
    """ "6.1 million customers in four regions": the regions are no users, the customers are."""
    cs = _claims("t.txt", "Parvane serves 6.1 million customers in four regions of the country.")
    assert _one(cs, "6.1 million").metric == "users"
    assert _one(cs, "four regions").metric != "users"
    cs = _claims("t.txt", "Olster Water supplies 820,000 subscribers through 14 plants.")
    assert _one(cs, "820,000").metric == "users"
    assert _one(cs, "14 plants").metric != "users"


def test_verbs_of_one_fall_are_one_relation() -> None:
    """'slid 9 places', 'plunged 7 places': one fall however it is worded, so the sources' 9
    and 7 meet (and disagree), while the places a college offers stay another quantity."""
    a = _claims(
        "a.txt",
        "Orbury College slid 9 places in the table. Orbury College offers 120 places in nursing.",
    )
    b = _claims("b.txt", "Orbury College has plunged 7 places in the national table.")
    group = _group_of([*a, *b])
    assert group[_one(a, "9 places").id] == group[_one(b, "7 places").id]
    assert group[_one(a, "120 places").id] != group[_one(a, "9 places").id]
