"""Class: one act told in two voices parted by ``separate`` (issue 11, "split"). A count of
people a passive clause did something to ("36 injured workers were moved to hospital") is read
as the part that act reached; another source telling the same act in the active voice
("medics moved 41 injured workers") had no act, so the two counts of one act were kept apart
and the active one was set against the whole. The same verb in either voice is one act
(``separate._one_verb_one_act``); a count of another verb stays with the whole."""

from __future__ import annotations

from tests.reported import claim_with, claims_of, group_ids

MOVED = "At least 36 injured workers were moved to the district hospital, the plant's owner said."
WHOLE = "The blast at the Kessin plant injured 90 workers on Tuesday, officials said."


def test_one_act_in_two_voices_is_one_part() -> None:
    a = claims_of(
        "a.txt", "Medics moved 41 injured workers from the Kessin plant to the district hospital."
    )
    b = claims_of("b.txt", MOVED)
    c = claims_of("c.txt", WHOLE)
    group = group_ids([*a, *b, *c])
    assert group[claim_with(a, "41").id] == group[claim_with(b, "36").id]
    assert group[claim_with(c, "90").id] != group[claim_with(b, "36").id]


def test_an_active_count_of_another_verb_stays_with_the_whole() -> None:
    """Control: "treated" is no act another count was read with; its count stays where it
    was, with the whole, and the moved workers stay apart from both."""
    a = claims_of("a.txt", "Medics treated 41 injured workers at the Kessin plant overnight.")
    b = claims_of("b.txt", MOVED)
    c = claims_of("c.txt", WHOLE)
    group = group_ids([*a, *b, *c])
    assert group[claim_with(a, "41").id] == group[claim_with(c, "90").id]
    assert group[claim_with(b, "36").id] != group[claim_with(c, "90").id]
