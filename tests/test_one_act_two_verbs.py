"""Class: one count split because two sources use two verbs for one act (issue 11, "split").
A group whose figures cannot all hold is split by what each count's clause does with its noun
(``group._split_counts``); the verbs by which the group's own subject gets or holds the counted
things ("won" / "secured" / "has" seats) are one relation there, so two sources' figures meet.
Verbs that one document gives different values stay two acts (built / delivered), and so do
the verbs of a change ("gained")."""

from __future__ import annotations

from tests.reported import claim_with, claims_of, group_ids


def test_two_verbs_of_one_holding_meet() -> None:
    a = claims_of(
        "a.txt",
        "The Tamsford Alliance won 233 seats in the new chamber. The Tamsford Alliance gained "
        "41 seats on the last vote.",
    )
    b = claims_of("b.txt", "The Tamsford Alliance secured 229 seats in the new chamber.")
    c = claims_of("c.txt", "The Tamsford Alliance has 233 seats, its best result in decades.")
    group = group_ids([*a, *b, *c])
    assert group[claim_with(a, "233").id] == group[claim_with(b, "229").id]
    assert group[claim_with(c, "233").id] == group[claim_with(b, "229").id]
    assert group[claim_with(a, "41").id] != group[claim_with(b, "229").id]  # a change


def test_verbs_one_document_gives_two_values_stay_apart() -> None:
    """Control: the same shape, but one source gives the holder's built and delivered
    vehicles two values; so the two verbs are two acts."""
    a = claims_of(
        "a.txt",
        "Halbrook Motors built 91,000 vehicles in the half-year. Halbrook Motors delivered "
        "83,500 vehicles in the half-year.",
    )
    b = claims_of("b.txt", "Halbrook Motors delivered 84,200 vehicles in the half-year.")
    c = claims_of("c.txt", "Halbrook Motors built about 90,000 vehicles in the half-year.")
    group = group_ids([*a, *b, *c])
    assert group[claim_with(c, "90,000").id] != group[claim_with(b, "84,200").id]
    assert group[claim_with(a, "83,500").id] == group[claim_with(b, "84,200").id]
    assert group[claim_with(a, "91,000").id] == group[claim_with(c, "90,000").id]
