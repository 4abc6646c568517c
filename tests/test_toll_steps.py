"""Two readings of a running total (a toll) that are not two tallies of one moment:

- steps of two updates: each source gives the step its update added ("after five more
  bodies were found" / "searchers pulled out three more bodies"), not the count;
- a figure its own source restates as the tally the count has come to (a headline's "29
  dead" beside the body's "the toll has climbed to 29"), read as that tally: another
  source's higher figure of the day may be a later tally.

Controls: steps told in one update (their sentences share another figure) and plain figures
of one day still conflict."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Finding, Group
from reconcile.compare import compare_groups


def dead(doc: str, surface: str, value: float, sentence: str, at: int = 0) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        "people",
        value - 0.5,
        value + 0.5,
        start=at + sentence.index(surface),
        kind="count",
        subject="Harnby Quarry",
        metric="death toll",
        when="2026-05-11",
        sentence=sentence,
    )


RANK = {"info": 0, "warning": 1, "error": 2}


def verdicts(*cs: Claim) -> dict[frozenset[str], str]:
    """The worst severity of each pair of sources' evidence, by their two documents."""
    group = Group(
        id="g1", label="Harnby Quarry: death toll", claims=[c.id for c in cs], metric="death toll"
    )
    found: list[Finding] = compare_groups([group], list(cs))
    by_id = {c.id: c.document for c in cs}
    worst: dict[frozenset[str], str] = {}
    for e in (e for f in found for e in f.evidence):
        docs = frozenset(by_id[i] for i in e.claims)
        if RANK[e.severity] > RANK.get(worst.get(docs, ""), -1):
            worst[docs] = e.severity
    return worst


def test_two_steps_of_a_toll_are_no_conflict() -> None:
    a = dead(
        "a.txt",
        "five more bodies",
        5,
        "The toll stands higher after five more bodies were found under the rubble overnight.",
    )
    b = dead(
        "b.txt",
        "three more bodies",
        3,
        "By the evening searchers had pulled out three more bodies from the collapsed gallery.",
    )
    seen = verdicts(a, b)
    assert seen.get(frozenset({"a.txt", "b.txt"})) == "info", seen


def test_control_steps_told_in_one_update_still_conflict() -> None:
    a = dead(
        "a.txt",
        "five more bodies",
        5,
        "Rescuers found five more bodies on Monday, bringing the toll to 31, officials said.",
    )
    b = dead(
        "b.txt",
        "three more bodies",
        3,
        "Officials said three more bodies were found on Monday, bringing the toll to 31.",
    )
    # the shared figure, "the toll to 31", is a claim of each source too
    toll_a = dead("a.txt", "31", 31, a.sentence, at=0)
    toll_b = dead("b.txt", "31", 31, b.sentence, at=0)
    seen = verdicts(a, b, toll_a, toll_b)
    assert seen.get(frozenset({"a.txt", "b.txt"})) == "error", seen


HEAD = "Harnby quarry collapse: 29 dead as search goes on"
BODY = "The toll from the collapse at Harnby has climbed to 29, the fire service said."
LATER = "By nightfall the coroner's office had counted thirty-four victims, a spokesman said."


def test_a_headline_figure_its_body_gives_as_risen_may_be_an_earlier_tally() -> None:
    head = dead("a.txt", "29 dead", 29, HEAD)
    body = dead("a.txt", "29", 29, BODY, at=100)
    later = dead("b.txt", "thirty-four victims", 34, LATER)
    seen = verdicts(head, body, later)
    assert seen.get(frozenset({"a.txt", "b.txt"})) == "info", seen


def test_control_a_plain_figure_of_the_day_against_a_higher_one_still_conflicts() -> None:
    plain = "Harnby quarry collapse: 29 dead as search goes on"
    head = dead("a.txt", "29 dead", 29, plain)
    body = dead("a.txt", "29", 29, "The fire service said 29 people had died at Harnby.", at=100)
    later = dead("b.txt", "thirty-four victims", 34, LATER)
    seen = verdicts(head, body, later)
    assert seen.get(frozenset({"a.txt", "b.txt"})) == "error", seen


def test_control_counts_of_others_beside_are_no_steps() -> None:
    # "other" counts items beside the ones named before, not a step added to the count
    a = dead("a.txt", "2,310 other people", 2310, "Crews freed 2,310 other people from the mine.")
    b = dead("b.txt", "2,285 other people", 2285, "Rescuers said 2,285 other people got out alive.")
    seen = verdicts(a, b)
    assert seen.get(frozenset({"a.txt", "b.txt"})) == "error", seen
