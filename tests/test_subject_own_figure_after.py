"""A name after a comma that opens a clause giving its own figure or place ("A ended on 122
points, B second on 87") does not bear the figure before it (class: a later name in an
elliptical clause taking the earlier clause's figure). Sentences written afresh, with invented
names."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_the_name_before_keeps_the_figure_when_the_next_name_has_its_own() -> None:
    text = "Harrowgate Town ended the season on 81 points, Selby Rovers second on 77."
    assert _subjects(text)["81 points"] == "Harrowgate Town"


def test_a_later_name_with_a_rank_of_its_own() -> None:
    text = "Quarro Foods reported sales of 410 tonnes in all, Millan Farms fourth in the region."
    assert _subjects(text)["410 tonnes"] == "Quarro Foods"


def test_control_a_possessive_after_the_comma_is_no_clause_of_its_own() -> None:
    text = "Shares in Dovecote rose 6%, Dovecote's biggest gain in 11 years."
    assert _subjects(text)["6%"] == "Dovecote"
