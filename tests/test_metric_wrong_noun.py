"""A figure's metric taken from the wrong noun (issue 11, class 3): a share that is the subject
of its verb is named by what it did, not by itself ("some 44% of those surveyed opposed the
bypass" is no "%"); a share "of those voting" or "voted by" is a vote share, not a turnout; a
keyword in a relative clause that does not hold the figure names nothing of it ("the median
rent, which luxury sales barely move, rose to £1,250" is no revenue).
Controls: a keyword of the figure's own clause stays; the share of members who voted is the
turnout. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import in_relative_clause, parse_sentences


def _claims(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


def _metric(text: str, figure: str) -> str | None:
    return next(c.metric for c in _claims(text) if c.text == figure)


def test_a_share_that_is_its_verbs_subject_is_named_by_the_verb() -> None:
    metric = _metric("Some 44% of those surveyed opposed the bypass, the council said.", "44%")
    assert metric is not None and metric != "%"
    assert "oppose" in metric


def test_a_share_of_those_voting_is_a_vote_share_not_a_turnout() -> None:
    assert _metric("Dock staff have voted by 81% to accept the offer.", "81%") == "vote share"
    text = "Nearly 72% of those voting endorsed the pay deal, according to the organisers."
    assert _metric(text, "72%") == "vote share"


def test_control_the_share_of_members_who_voted_is_the_turnout() -> None:
    assert _metric("About 58% of eligible members voted in the ballot.", "58%") == "turnout"


def test_a_keyword_in_a_relative_clause_names_nothing_of_the_figure() -> None:
    text = "The median rent in Carvell, which luxury sales barely move, rose to £1,250 from £1,210."
    assert _metric(text, "£1,250") == "median rent"
    doc = parse_sentences([text])[0]
    fig = (text.index("£1,250"), text.index("£1,250") + len("£1,250"))
    kw = (text.index("sales"), text.index("sales") + len("sales"))
    assert in_relative_clause(doc, fig, kw)


def test_control_a_keyword_of_the_figures_own_clause_stays() -> None:
    text = "Sales at Carvell Homes, which builds flats in the north, rose to £410 million."
    assert _metric(text, "£410 million") == "revenue"
    doc = parse_sentences([text])[0]
    fig = (text.index("£410 million"), text.index("£410 million") + len("£410 million"))
    kw = (text.index("Sales"), text.index("Sales") + len("Sales"))
    assert not in_relative_clause(doc, fig, kw)
