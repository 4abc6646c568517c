"""A firm named only as the employer of a person quoted ('..., said Ines Varro, head of metals
research at Coldbrook Partners') is where the quotation comes from, not what a figure is about
(issue 11, the s25-subj2 class "a quoted firm as the subject of a market price"): it is a
source, so it never becomes the story's main subject that a figure naming nothing falls to.
Control: a firm that speaks of its own figures stays their subject. Sentences written
afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_a_quoted_persons_firm_holds_no_market_figure() -> None:
    text = (
        "Copper hits a high\n\n"
        "Copper rose 4% on Tuesday to a record.\n\n"
        '"Demand is strong," said Ines Varro, head of metals research at Coldbrook Partners.\n\n'
        "Tarvel Mining said its output fell 3% in May."
    )
    subjects = _subjects(text)
    assert subjects["4%"] != "Coldbrook Partners"
    assert subjects["3%"] == "Tarvel Mining"


def test_a_firm_speaking_of_its_own_figures_stays_their_subject() -> None:
    text = (
        "Coldbrook Partners said on Tuesday that its fee income rose 5% in the quarter.\n\n"
        '"It was a good quarter," said Ines Varro, head of research at Coldbrook Partners.'
    )
    assert _subjects(text)["5%"] == "Coldbrook Partners"
