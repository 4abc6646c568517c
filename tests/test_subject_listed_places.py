"""A place in a list of places and their figures is that figure's subject: "followed by Germany
(4,210 deaths)" (class: a country named by the place vocabulary, which keeps
places out of the subjects so that "Hong Kong shares" stay the company's, was never a subject,
so its figure fell to the last name before it). Control: a place not directly before a figure
stays a listing or a location. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_a_place_before_its_figure_in_brackets_is_its_subject() -> None:
    text = (
        "The Halvorsen institute counted 5,120 heat deaths in the region, with the worst in the "
        "north, followed by Germany (4,210 deaths)."
    )
    assert _subjects(text)["4,210 deaths"] == "Germany"


def test_control_a_listing_place_stays_out_of_the_subjects() -> None:
    text = "Brenwick Systems shares listed in Hong Kong rose 4% on Tuesday."
    assert _subjects(text)["4%"] == "Brenwick Systems"


def test_control_a_place_away_from_the_figure_stays_a_location() -> None:
    text = "Tellbury Re said claims in Germany had reached 4,210 by Friday."
    assert _subjects(text)["4,210"] == "Tellbury Re"
