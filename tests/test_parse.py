"""The parse-based description of a figure (reconcile.claims.parse)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.parse import MODELS, describe, nlp, parse_sentences


def _describe(sentence: str, figure: str):  # type: ignore[no-untyped-def]
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    d = describe(doc, at, at + len(figure))
    assert d is not None
    return d


def test_the_pipeline_is_an_english_one_with_parser_and_ner() -> None:
    pipe = nlp()
    assert pipe.lang == "en"
    assert {"parser", "ner", "tagger"} <= set(pipe.pipe_names)
    assert pipe.meta["name"] in {m.removeprefix("en_") for m in MODELS}


@pytest.mark.parametrize(
    ("sentence", "figure", "thing"),
    [
        ("The league fined the owner a penalty of $4 million on Friday.", "$4 million", "penalty"),
        ("Nearly 61% of the ballots went to the incumbent.", "61%", "ballot"),
        ("The carrier booked $7 billion in bookings last year.", "$7 billion", "booking"),
        ("Its annual payroll reached 9,000 workers.", "9,000", "worker"),
        ("Thieves took $12 million from the museum vault.", "$12 million", "take"),
        ("The port's throughput was 4.5 million containers.", "4.5 million", "container"),
        ("Attendance was 52,000, organisers said.", "52,000", "attendance"),
    ],
)
def test_the_thing_a_figure_quantifies(sentence: str, figure: str, thing: str) -> None:
    assert _describe(sentence, figure).thing == thing


def test_narrowing_modifiers_are_kept() -> None:
    d = _describe("Harlow Foods said its frozen sales climbed 8% to $1.1 billion.", "$1.1 billion")
    assert d.thing == "sale"
    assert "frozen" in d.narrowing
    d = _describe("Participation among pensioners reached 77% this year.", "77%")
    assert d.thing == "participation"
    assert any(n.startswith("among ") for n in d.narrowing)


def test_the_entity_is_the_possessor() -> None:
    d = _describe("Yesterday Kestrel Airways' profit fell to $90 million.", "$90 million")
    assert d.entity is not None and "Kestrel" in d.entity


def test_a_coordinated_verb_shares_its_subject_not_the_next_object() -> None:
    """The pledge belongs to the company that makes it, not to the product launched in the
    next coordinated clause."""
    sentence = (
        "Norrland Telecom will lift its network spending above the 12 billion krona budget "
        "and unveiled the Fjell X2 router."
    )
    d = _describe(sentence, "12 billion krona")
    assert d.entity is not None and "Norrland" in d.entity
    assert "Fjell" not in d.entity


def test_the_entity_span_points_into_the_text() -> None:
    sentence = "Shares of Pemberton Mills slid 3.5% in early trading."
    d = _describe(sentence, "3.5%")
    assert d.entity_span is not None
    a, b = d.entity_span
    assert sentence[a:b] == d.entity
    assert "Pemberton" in sentence[a:b]


_SENTENCE = "Brightwater Energy raised its dividend by 4% to 62 cents, and output rose 2.5%."


@settings(max_examples=60, deadline=None)
@given(st.integers(0, len(_SENTENCE)), st.integers(0, len(_SENTENCE)))
def test_describe_takes_any_span_without_raising(a: int, b: int) -> None:
    doc = _DOC[0] if _DOC else _DOC.append(parse_sentences([_SENTENCE])[0]) or _DOC[0]
    lo, hi = min(a, b), max(a, b)
    d = describe(doc, lo, hi)
    if d is not None and d.entity_span is not None:
        s, e = d.entity_span
        assert 0 <= s < e <= len(_SENTENCE)


_DOC: list = []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The submarine dived to a depth of 410 metres off the coast.", "410 metres"),
        ("The convoy completed a trek of 1,200 miles in nine days.", "1,200 miles"),
    ],
)
def test_the_figures_own_unit_narrows_nothing(sentence: str, figure: str) -> None:
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    d = describe(doc, at, at + len(figure))
    assert d is not None and d.thing in ("depth", "trek")
    assert not any(n.startswith("of ") for n in d.narrowing), d.narrowing
