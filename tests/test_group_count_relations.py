"""A group of counts of one noun whose sources give figures that cannot all hold is split by
what each count's clause does with the noun (issue 11, class "look-alikes merged"): the
customers a company has and the customers whose details a breach exposed are two quantities,
however the vocabulary names both ("users"). A count named by a keyword of its sentence (a
death toll) is never split this way."""

from __future__ import annotations

from tests.reported import claim_with, claims_of, group_ids


def test_customers_a_company_has_stay_apart_from_customers_a_breach_reached() -> None:
    a = claims_of(
        "a.txt",
        "Parvane, which has 6.1 million customers, said intruders copied the details of "
        "1.3 million customers.",
    )
    b = claims_of("b.txt", "Intruders copied the details of 1.8 million customers from Parvane.")
    c = claims_of("c.txt", "Parvane serves a base of 6.1 million customers in four regions.")
    group = group_ids([*a, *b, *c])
    exposed_a, exposed_b = claim_with(a, "1.3 million"), claim_with(b, "1.8 million")
    base = claim_with(a, "6.1 million")
    assert group[exposed_a.id] == group[exposed_b.id]
    assert group[base.id] != group[exposed_a.id]


def test_the_same_split_with_other_words() -> None:
    a = claims_of(
        "a.txt",
        "Olster Water, which has 820,000 subscribers, said 95,000 subscribers had their bills "
        "doubled.",
    )
    b = claims_of("b.txt", "Olster Water says 59,000 subscribers had their bills doubled in May.")
    group = group_ids([*a, *b])
    assert group[claim_with(a, "95,000").id] == group[claim_with(b, "59,000").id]
    assert group[claim_with(a, "820,000").id] != group[claim_with(a, "95,000").id]


def test_a_toll_named_by_its_keyword_is_not_split_by_verbs() -> None:
    a = claims_of(
        "a.txt", "The storm killed 42 people in Aldby, after officials had counted 30 people."
    )
    b = claims_of("b.txt", "Officials said 57 people died in the storm in Aldby.")
    group = group_ids([*a, *b])
    assert group[claim_with(a, "42").id] == group[claim_with(b, "57").id]


def test_a_count_is_not_named_by_the_counted_noun_of_another_count() -> None:
    """ "6.1 million customers in four regions": the regions are no users, the customers are."""
    cs = claims_of("t.txt", "Parvane serves 6.1 million customers in four regions of the country.")
    assert claim_with(cs, "6.1 million").metric == "users"
    assert claim_with(cs, "four regions").metric != "users"
    cs = claims_of("t.txt", "Olster Water supplies 820,000 subscribers through 14 plants.")
    assert claim_with(cs, "820,000").metric == "users"
    assert claim_with(cs, "14 plants").metric != "users"


def test_verbs_of_one_fall_are_one_relation() -> None:
    """'slid 9 places', 'plunged 7 places': one fall however it is worded, so the sources' 9
    and 7 meet (and disagree), while the places a college offers stay another quantity."""
    a = claims_of(
        "a.txt",
        "Orbury College slid 9 places in the table. Orbury College offers 120 places in nursing.",
    )
    b = claims_of("b.txt", "Orbury College has plunged 7 places in the national table.")
    group = group_ids([*a, *b])
    assert group[claim_with(a, "9 places").id] == group[claim_with(b, "7 places").id]
    assert group[claim_with(a, "120 places").id] != group[claim_with(a, "9 places").id]
