"""A share that one source names by a word far from its figure and another names by the whole it
is taken of is one quantity (issue 11's "metric" class of missed conflicts: one subject, two
names for what is measured). The parse says what a share is taken of, the object of the "of"
that hangs on the figure ("21% of reserves": reserves); when the other source's share is named
by that whole, the two groups are weighed as one metric and merge at a lower cut
(``group.NAMED_CUT``), unless some source tells the two names apart. Each case has a control, a
share of another whole, that must stay apart."""

from __future__ import annotations

from tests.reported import alarms, claim_with, claims_of

HEAD = "Credit union fraud\n\n"
CREDIT = HEAD + "Harlow Credit Union said the fraud took 12% of its reserves."
POLLUTER = (
    "Farm pollution\n\nFarming, Pellna's top polluter at 31% of the total, grew 2% last year."
)


def test_a_share_named_by_its_clause_meets_a_share_named_by_its_whole() -> None:
    found = alarms(
        CREDIT,
        HEAD + "The loss equals about 21% of reserves, the Harlow Credit Union said.",
    )
    assert any("12%" in m and "21%" in m for m in found), found


def test_control_a_share_of_another_whole_stays_apart() -> None:
    found = alarms(
        CREDIT,
        HEAD + "The loss equals about 21% of deposits, the Harlow Credit Union said.",
    )
    assert not any("12%" in m and "21%" in m for m in found), found


def test_a_share_of_the_total_meets_a_share_named_total() -> None:
    found = alarms(POLLUTER, "Farm pollution\n\nFarming in Pellna makes up 26% of the total.")
    assert any("31%" in m and "26%" in m for m in found), found


def test_control_a_share_of_all_land_stays_apart() -> None:
    found = alarms(POLLUTER, "Farm pollution\n\nFarming in Pellna makes up 26% of all land.")
    assert not any("31%" in m and "26%" in m for m in found), found


def test_only_shares_are_named_by_their_whole() -> None:
    from reconcile.claims.evidence import named_alike

    share = claim_with(claims_of("a", "The loss equals about 21% of reserves, Harlow said."), "21")
    other = claim_with(claims_of("b", "Harlow said the fraud took 12% of its reserves."), "12")
    assert named_alike(share, other)
    level = claim_with(claims_of("c", "Harlow said its reserves rose by 12% this year."), "12")
    assert not named_alike(share, level)
