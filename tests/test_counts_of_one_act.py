"""Two sources name one count with two nouns (issue 11, class "metric": same subject, metric
names that never meet): the parse says they count one thing when both nouns take the same part
in the same act ("1,940 marchers crossed the bridge" / "2,300 people crossed the bridge"), so
grouping weighs the two names as one metric (``evidence.one_act``), and pairs such groups
whatever their subjects. A source that gives figures of both names tells them apart, and
counts of two acts stay apart."""

from __future__ import annotations

from reconcile.claims.evidence import act_frame, one_act
from tests.reported import claim_with, claims_of, group_ids


def test_the_act_and_slot_of_a_counted_noun() -> None:
    a = claims_of("a.txt", "About 1,940 marchers crossed the Vell bridge on Saturday.")
    b = claims_of("b.txt", "The housing office rejected 3,400 requests for the repair grant.")
    c = claims_of("c.txt", "There were 75 volunteers at the depot on Monday.")
    assert act_frame(claim_with(a, "1,940")) == "cross:doer"
    assert act_frame(claim_with(b, "3,400")) == "reject:done"
    assert act_frame(claim_with(c, "75")) is None  # the copula says nothing of what is counted


def test_marchers_and_people_who_crossed_are_one_count() -> None:
    a = claims_of(
        "a.txt",
        "About 1,940 marchers crossed the Vell bridge into the old town on Saturday, "
        "organisers said.",
    )
    b = claims_of(
        "b.txt",
        "Police said more than 2,300 people crossed the Vell bridge into the old town on Saturday.",
    )
    x, y = claim_with(a, "1,940"), claim_with(b, "2,300")
    assert x.metric != y.metric and one_act(x, y)
    group = group_ids([*a, *b])
    assert group[x.id] == group[y.id]


def test_the_same_with_other_words_and_an_object() -> None:
    a = claims_of(
        "a.txt", "The Kessow housing office rejected 3,100 applications for the repair grant."
    )
    b = claims_of(
        "b.txt", "Last year the Kessow housing office rejected 3,400 requests for the repair grant."
    )
    group = group_ids([*a, *b])
    assert group[claim_with(a, "3,100").id] == group[claim_with(b, "3,400").id]


def test_counts_of_two_acts_stay_apart() -> None:
    a = claims_of(
        "a.txt", "The Kessow housing office approved 3,100 applications for the repair grant."
    )
    b = claims_of(
        "b.txt", "Last year the Kessow housing office rejected 3,400 requests for the repair grant."
    )
    x, y = claim_with(a, "3,100"), claim_with(b, "3,400")
    assert not one_act(x, y)
    group = group_ids([*a, *b])
    assert group[x.id] != group[y.id]


def test_a_source_that_counts_both_nouns_tells_them_apart() -> None:
    """Passengers and deckhands were rescued alike, but one article gives a figure for each:
    another article's deckhands, however near its figure, are no passengers."""
    a = claims_of(
        "a.txt",
        "Lifeboats rescued 212 passengers from the listing ferry near Orlow on Sunday. "
        "Lifeboats also rescued 19 deckhands from the listing ferry.",
    )
    b = claims_of(
        "b.txt", "Lifeboats rescued 220 deckhands from the listing ferry near Orlow on Sunday."
    )
    group = group_ids([*a, *b])
    assert group[claim_with(b, "220").id] != group[claim_with(a, "212").id]


def test_far_counts_of_two_nouns_in_one_act_stay_apart() -> None:
    a = claims_of("a.txt", "Rescuers pulled 212 passengers from the capsized ferry near Orlow.")
    b = claims_of("b.txt", "Rescuers pulled 19 deckhands from the capsized ferry near Orlow.")
    group = group_ids([*a, *b])
    assert group[claim_with(a, "212").id] != group[claim_with(b, "19").id]


def test_the_same_noun_counted_by_two_acts_is_no_alias() -> None:
    """one_act joins two names; two figures of one name need no act to meet."""
    a = claims_of("a.txt", "About 1,940 marchers crossed the Vell bridge on Saturday.")
    b = claims_of("b.txt", "About 1,990 marchers crossed the Vell bridge on Saturday.")
    assert not one_act(claim_with(a, "1,940"), claim_with(b, "1,990"))
