"""A count whose own noun carries a word of items beside others ("19 more rifles", "14
additional rifles") is not the whole of its noun: another source's larger figure may be that
whole, so the two are no conflict (issue 11 precision). A larger count of more items still
conflicts, and so does a plain count."""

from __future__ import annotations

from reconcile.compare.scope import counts_beside
from tests.reported import alarms, claims_of

WHOLE = "Deputies recovered 23 rifles from the storage unit on Friday, the county sheriff said.\n"
MORE = (
    "Deputies recovered 19 more rifles from the storage unit on Friday, the county sheriff said.\n"
)


def test_a_count_of_more_items_is_no_conflict_with_a_larger_whole() -> None:
    assert alarms(WHOLE, MORE) == []
    assert alarms(WHOLE, MORE.replace("19 more", "14 additional")) == []
    assert alarms(WHOLE, MORE.replace("19 more rifles", "Forty more rifles")) != []


def test_control_a_plain_count_still_conflicts() -> None:
    assert alarms(WHOLE, MORE.replace("19 more rifles", "19 rifles")) != []


def test_control_more_items_than_the_other_figure_still_conflict() -> None:
    assert alarms(WHOLE, MORE.replace("19 more rifles", "31 more rifles")) != []


def test_a_bound_with_or_more_counts_no_items_beside_others() -> None:
    def beside(text: str) -> bool:
        [c] = [c for c in claims_of("b.txt", text) if c.kind == "count"]
        return counts_beside(c)

    assert beside(MORE)
    assert beside("Forty more rifles were handed in at the depot on Monday.")
    assert not beside(MORE.replace("19 more rifles", "19 or more rifles"))
    assert not beside(MORE.replace("19 more rifles", "19 rifles"))


# both sources count the items beside others: neither figure is the whole, so the two give one
# part, and a part given two ways is a conflict (issue 11 recall: a verdict excused it)
OTHER_A = (
    "The blaze razed 612 farmhouses, 88 workshops and 3,170 other structures, the county's "
    "assessors reported on Tuesday.\n"
)
OTHER_B = (
    "Assessors counted 612 farmhouses, 88 workshops and 3,140 other structures destroyed by "
    "the blaze, the county reported on Tuesday.\n"
)


def test_two_counts_both_of_items_beside_others_conflict() -> None:
    assert alarms(OTHER_A, OTHER_B) != []


def test_control_one_count_beside_others_below_a_plain_one_is_still_no_conflict() -> None:
    assert alarms(OTHER_A.replace("3,170 other", "3,170"), OTHER_B) == []
