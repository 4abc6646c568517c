"""A physical figure in a noun's own phrase measures that noun's dimension (issue 11, class "a
head noun picked as the measured thing"): "a 3-mile exclusion zone" was 'exclusion zone', "the
Osk Vale, a 240-metre freighter" 'freighter', while "the freighter is 240 metres long" was
'freighter length', so that one quantity had a name per wording and its figures never met.
They are now "<noun> <dimension>" whichever way the figure stands in the phrase. Controls: a
noun that names a measure itself keeps its name ("a limit of 40km/h", "a 5km radius"), a noun
outside the figure's phrase is no owner of it ("the river crested at 6.1 metres" is no river
length), and two nouns stay two quantities. Sentences written afresh, names invented."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _metric(text: str, figure: str) -> str | None:
    return next(c.metric for c in _claims("t.txt", text) if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("Police set up a 3-mile exclusion zone around the Drevick depot.", "3-mile",
         "exclusion zone length"),
        ("Police set up an exclusion zone of 5 kilometres around the Drevick depot.",
         "5 kilometres", "exclusion zone length"),
        ("The Osk Vale, a 240-metre freighter, lost power off the headland.", "240-metre",
         "freighter length"),
        ("Engineers said the 1,300kg weather satellite was lost with the rocket.", "1,300kg",
         "weather satellite mass"),
    ],
)  # fmt: skip
def test_a_figure_in_a_nouns_phrase_measures_its_dimension(
    text: str, figure: str, metric: str
) -> None:
    assert _metric(text, figure) == metric


def test_the_phrase_and_the_dimension_word_name_one_length() -> None:
    apposed = _metric("The Osk Vale, a 240-metre freighter, lost power.", "240-metre")
    stated = _metric("The Osk Vale freighter is 250 metres long, its owner said.", "250 metres")
    assert apposed == stated == "freighter length"


def test_two_sources_zones_meet_in_one_group() -> None:
    a = _claims("a.txt", "Police in Carnwick set up a 3-mile exclusion zone on Tuesday.")
    b = _claims("b.txt", "Police in Carnwick set up an exclusion zone of 2 kilometres on Tuesday.")
    zones = [c for c in [*a, *b] if c.kind == "physical"]
    assert len(zones) == 2
    assert any(set(g.claims) == {c.id for c in zones} for g in group_claims(zones))


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("The bend near the depot carries a limit of 40km/h for all trams.", "40km/h", "limit"),
        ("Firefighters kept a 5km radius clear of traffic.", "5km", "radius"),
    ],
)
def test_control_a_noun_that_names_a_measure_keeps_its_name(
    text: str, figure: str, metric: str
) -> None:
    assert _metric(text, figure) == metric


def test_control_a_noun_outside_the_figures_phrase_owns_no_dimension() -> None:
    metric = _metric("The river crested at 6.1 metres on Sunday night.", "6.1 metres")
    assert metric is None or "length" not in metric


def test_control_two_nouns_stay_two_quantities() -> None:
    a = _claims("a.txt", "The Osk Vale, a 240-metre freighter, struck the Hallam pier.")
    b = _claims("b.txt", "The Hallam pier, a 410-metre jetty, was struck by the Osk Vale.")
    lengths = [c for c in [*a, *b] if c.kind == "physical"]
    assert {c.metric for c in lengths} == {"freighter length", "jetty length"}
    assert not any(len(g.claims) > 1 for g in group_claims(lengths))
