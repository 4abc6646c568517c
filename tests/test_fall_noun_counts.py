"""Class: one count split because one source tells a fall by its verb and another by its noun
(issue 11, "split"). A group whose counts cannot all hold is split by what each count's clause
does with its noun (``group._split_counts``); the verbs of a fall are one relation there
("cut", "lost"), and so is a noun of a fall whose "of" holds the count ("with the loss of 540
jobs", "a reduction of 540 jobs": parse.toml [relations] fall_nouns), so the two sources'
figures meet. A count of another act ("move 540 jobs", "employs 6,200 staff") stays apart."""

from __future__ import annotations

import pytest

from tests.reported import claim_with, claims_of, group_ids

LOST = "Corbin Foods said 450 jobs would be lost when the depots shut."
STAFF = "Corbin Foods employs 6,200 staff."


@pytest.mark.parametrize(
    "closing",
    [
        "It will close 30 depots, with the loss of 540 jobs.",
        "It will close 30 depots, with a reduction of 540 jobs.",
    ],
)
def test_a_fall_told_by_its_noun_meets_the_verb(closing: str) -> None:
    a = claims_of("a.txt", f"{STAFF} {closing}")
    b = claims_of("b.txt", LOST)
    group = group_ids([*a, *b])
    assert group[claim_with(a, "540").id] == group[claim_with(b, "450").id]
    assert group[claim_with(a, "6,200").id] != group[claim_with(b, "450").id]


def test_control_a_count_of_another_act_stays_apart() -> None:
    a = claims_of("a.txt", f"{STAFF} It will close 30 depots and move 540 jobs to its head office.")
    b = claims_of("b.txt", LOST)
    group = group_ids([*a, *b])
    assert group[claim_with(a, "540").id] != group[claim_with(b, "450").id]
