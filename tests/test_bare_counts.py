"""A bare number grouped with counts of people is a count of people (issue 11, verdicts).

Class: the grouping put "58,300" and "61,900 people" under one measured thing, yet the verdict
weighed only figures of one unit, so a bare number never met the counts beside it and a
disagreement passed without a word. Controls: a bare number beside counts of anything else
(pre-orders, offers) or of two things is left apart; agreeing figures stay silent.
"""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Finding, Group, Mention
from reconcile.compare import compare_groups
from reconcile.compare.selection import common_count_unit


def figure(doc: str, text: str, written: str, value: float, unit: str, kind: str) -> Claim:
    start = text.index(written)
    span = (start, start + len(written))
    low, high = value - 50, value + 50
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        low=low,
        high=high,
    )
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit=unit,
        low=low,
        high=high,
        kind=kind,  # type: ignore[arg-type]
        subject="Orlen Vale",
        metric="applicants",
        sentence=text,
        mention=mention,
    )


A_TEXT = "Applications to Orlen Vale colleges fell this year to 58,300, the admissions office said."
B_TEXT = "New figures show 61,900 people applied to Orlen Vale colleges this year."
C_TEXT = "Orlen Vale colleges sent out 61,900 offers this year."


def verdict(*claims: Claim) -> list[Finding]:
    texts = {"a.txt": A_TEXT, "b.txt": B_TEXT, "c.txt": C_TEXT}
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    g = Group(id="g1", label="Orlen Vale: applicants", claims=[c.id for c in claims])
    return compare_groups([g], list(claims), documents=docs)


def test_a_bare_number_among_counts_of_one_thing_is_weighed_against_them() -> None:
    bare = figure("a.txt", A_TEXT, "58,300", 58300, "", "number")
    people = figure("b.txt", B_TEXT, "61,900 people", 61900, "person", "count")
    [f] = verdict(bare, people)
    assert (f.kind, f.severity) == ("value_mismatch", "error")


def test_control_counts_of_two_things_leave_a_bare_number_alone() -> None:
    bare = figure("a.txt", A_TEXT, "58,300", 58300, "", "number")
    people = figure("b.txt", B_TEXT, "61,900 people", 61900, "person", "count")
    offers = figure("c.txt", C_TEXT, "61,900 offers", 61900, "offer", "count")
    assert common_count_unit([bare, people, offers]) == [bare, people, offers]
    assert not [f for f in verdict(bare, people, offers) if f.severity != "info"]


def test_control_a_bare_number_beside_counts_of_things_is_left_apart() -> None:
    # "2.1 million" beside "1.2 million pre-orders" may count another period of the orders
    bare = figure("a.txt", A_TEXT, "58,300", 58300, "", "number")
    offers = figure("c.txt", C_TEXT, "61,900 offers", 61900, "offer", "count")
    assert common_count_unit([bare, offers]) == [bare, offers]
    assert verdict(bare, offers) == []


def test_control_a_bare_number_that_agrees_stays_silent() -> None:
    bare = figure("a.txt", A_TEXT, "58,300", 61900, "", "number")
    people = figure("b.txt", B_TEXT, "61,900 people", 61900, "person", "count")
    assert verdict(bare, people) == []
