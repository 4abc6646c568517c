"""A name that is, as a whole, a keyword of the metrics vocabulary ("EBIT", "Capex", "EPS"
written in an analyst's shorthand) names what a figure measures, never whose figure it is: the
figure stays the company's (class: a measure's abbreviation taken as a name, then as the
subject of the figures beside it). A market index's name keeps its own figure (control), and so
does a company named beside a measure. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


NOTE = (
    "Orvell Tools: first-half review\n\n"
    "- Half-year underlying EBIT of $84m against our $90m estimate.\n"
    "- Capex guidance cut to $40m.\n\n"
    "We keep EBIT for the full year at $170m. Orvell Tools remains a hold, and EPS should "
    "recover.\n"
)


def test_a_measure_written_in_capitals_is_no_subject() -> None:
    found = _subjects(NOTE)
    assert found["$84m"] == "Orvell Tools"
    assert found["$170m"] == "Orvell Tools"
    assert found["$40m"] == "Orvell Tools"


def test_an_index_keeps_its_own_figure() -> None:
    text = "Markets wrap\n\nThe DAX rose 1.4% on Friday, its best day since March."
    assert _subjects(text)["1.4%"] == "DAX"  # control: unchanged
