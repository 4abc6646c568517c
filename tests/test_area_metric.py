"""An area figure is an area; it is the area a fire burned only near burning words or in a
story about a fire (issue 11: vocabulary that fits any news story)."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _metric(text: str, surface: str) -> str | None:
    claims: list[Claim] = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    found = [c for c in claims if surface in c.text]
    assert found, [c.text for c in claims]
    return found[0].metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # no fire anywhere: an iceberg's, a reserve's, a city's area is a plain area
        (
            "The iceberg that broke away covers 1,250 square kilometres, satellites show.",
            "1,250 square kilometres",
            "area",
        ),
        (
            "The new wetland reserve spans 8,000 hectares along the estuary.",
            "8,000 hectares",
            "area",
        ),
        (
            "After the merger of the two boroughs the city has grown to 310 square miles.",
            "310 square miles",
            "area",
        ),
        # controls: burning words near the figure, or a story about a fire
        ("Flames have blackened 3,400 hectares since Sunday.", "3,400 hectares", "area burned"),
        (
            "The blaze near the pass now covers 9,500 acres, crews said.",
            "9,500 acres",
            "area burned",
        ),
        (
            "Firefighters worked through the night. The perimeter reached 2,700 acres by dawn.",
            "2,700 acres",
            "area burned",
        ),
    ],
)
def test_area_is_burned_only_in_a_fire(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the verb the figure is the subject of names the area damaged, however far it stands
        (
            "Surveyors said 6,300 hectares of pasture along the northern ridge were destroyed.",
            "6,300 hectares",
            "area damaged",
        ),
        ("Inspectors put the damage at 2,150 acres of orchards.", "2,150 acres", "area damaged"),
        # control: another verb leaves a plain area (the area treated is no area damaged)
        (
            "Surveyors said 6,300 hectares of pasture along the northern ridge were sprayed.",
            "6,300 hectares",
            "area",
        ),
    ],
)
def test_the_verb_of_an_area_names_what_befell_it(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric
