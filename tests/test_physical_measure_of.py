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
         "weather satellite weight"),
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
    b = _claims("b.txt", "Police in Carnwick enforced an exclusion zone of 2km around the depot.")
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


# --- the figure's noun read through other structures (same class) ---------------------------


def test_a_figure_the_parse_hangs_on_its_noun_as_nmod_measures_that_noun() -> None:
    # "a 2,150kg Earth-imaging satellite": the parser makes "kg" an nmod of "satellite"
    text = "The launcher was carrying Brisa-2, a 2,150kg Earth-imaging satellite built by Corlane."
    assert _metric(text, "2,150kg") == "earth-imaging satellite weight"


def test_the_copula_makes_the_figure_its_subjects_measure() -> None:
    metric = _metric("The new jetty is 410 metres, the council said.", "410 metres")
    assert metric is not None and metric.endswith("jetty length")


def test_an_amount_of_a_noun_measures_that_noun() -> None:
    assert _metric("Customs officers seized 40 kg of resin at Dunmore.", "40 kg") == "resin weight"


def test_an_unnamed_mass_is_a_weight_as_weighs_says() -> None:
    # one name for one dimension: "weighs 2,510kg" was 'weight', an unnamed "2,150 kg" 'mass'
    weighed = _metric("Brisa-2 weighs 2,510kg, Corlane said.", "2,510kg")
    unnamed = _metric("Corlane said Brisa-2 came in at 2,150 kg on Tuesday.", "2,150 kg")
    assert weighed == "weight"
    assert unnamed is not None and unnamed.split()[-1] == "weight"


def test_a_dimension_word_over_an_nmod_figure_names_a_distance() -> None:
    # the parse a real page gave for a figure in kilometres before a compass word: the
    # figure an nmod of the dimension word; built by hand so that the test does not depend
    # on the tagger's guess for one sentence
    from spacy.tokens import Doc

    from reconcile.claims.parse import describe, nlp

    words = ["The", "trawler", "sank", "72", "kilometres", "southwest", "of", "Arnholt", "."]
    heads = [1, 2, 2, 4, 5, 2, 5, 6, 2]
    deps = ["det", "nsubj", "ROOT", "nummod", "nmod", "npadvmod", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "NUM", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(nlp().vocab, words=words, heads=heads, deps=deps, pos=pos)
    start = doc[3].idx
    end = doc[4].idx + len(doc[4].text)
    d = describe(doc, start, end, physical=True)
    assert d is not None and d.thing == "distance"
