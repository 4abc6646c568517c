"""A count of people that is the "of" of a place people live in is its population (issue 11,
class "a noun read as the measured thing"): "the town of 9,500" was 'persons (town)' and "a
village of about 640 people" 'persons (village)', while "9,000 people live in Darrow" is
'population', so that one town's figures never met. Controls: a count of people held by any
other noun keeps that relation ("a crowd of 20,000 people"), and a place named after the
count is no population ("9,500 people in the town were evacuated"). Sentences written
afresh, names invented."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metric(text: str, figure: str) -> str | None:
    claims = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    return next(c.metric for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Floodwater reached nearly every street in the town of 9,500, officials said.", "9,500"),
        ("Rescuers reached the village of about 640 people on Monday.", "640 people"),
        ("About 9,000 people live in Darrow, the council said.", "9,000 people"),
    ],
)
def test_the_people_of_a_place_are_its_population(text: str, figure: str) -> None:
    assert _metric(text, figure) == "population"


def test_control_a_crowd_of_people_is_no_population() -> None:
    metric = _metric("A crowd of 20,000 people gathered in the square at Orlin.", "20,000 people")
    assert metric != "population"


def test_control_people_in_a_town_are_those_the_verb_names() -> None:
    metric = _metric("Some 9,500 people in the town were evacuated on Sunday.", "9,500 people")
    assert metric != "population"
