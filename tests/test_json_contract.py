"""The JSON report's contract: what ``render_json`` writes reads back as the same Report,
``reconcile schema`` (``Report.model_json_schema()``) describes it, and each claim's mention is
written without the fields the claim already holds.

Claims here are built from models, their texts drawn at random, so each test knows which of a
mention's fields agree with its claim's.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.models import MENTION_SHARED, Claim, Document, Mention, Report
from reconcile.render.json import claim_json, render_json

SCHEMA = Report.model_json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
_word = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8)
_number = st.floats(allow_nan=False, allow_infinity=False, width=64)
_bound = st.none() | _number
_kind = st.sampled_from(["money", "percent", "count", "physical", "multiplier", "number", "tally"])
_qualifier = st.none() | st.sampled_from(["about", "over", "under", "up_to", "range"])
_span = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(lambda p: (min(p), max(p)))


@st.composite
def claims(draw: st.DrawFn, index: int = 0) -> Claim:
    """A claim whose mention agrees with it in a random subset of the shared fields and takes
    a value drawn afresh in the others (most often a different one; drawing until it differs
    filtered out too many inputs for Hypothesis's health check on small domains)."""
    own = {
        "text": draw(_text),
        "span": draw(_span),
        "value": draw(_number),
        "unit": draw(_word),
        "kind": draw(_kind),
        "low": draw(_bound),
        "high": draw(_bound),
        "qualifier": draw(_qualifier),
    }
    strategies = {
        "text": _text,
        "span": _span,
        "value": _number,
        "unit": _word,
        "kind": _kind,
        "low": _bound,
        "high": _bound,
        "qualifier": _qualifier,
    }
    mention: dict[str, Any] = {}
    for m, c in MENTION_SHARED.items():
        if draw(st.booleans()):
            mention[m] = own[c]
        else:
            mention[m] = draw(strategies[c])
    mention["scale"] = draw(st.none() | _word)
    mention["qualifier_text"] = draw(st.none() | _text)
    mention["alternatives"] = tuple(draw(st.lists(_word, max_size=2)))
    mention["modifier"] = draw(st.none() | _word)
    return Claim(
        id=f"d.txt#{index}",
        document="d.txt",
        subject=draw(st.none() | _word),
        when=draw(st.none() | _word),
        sentence=draw(_text),
        linked=draw(st.lists(_word, max_size=2)),
        narrowing=draw(st.lists(_word, max_size=2)),
        mention=Mention(**mention),
        **own,
    )


def _report(claim_list: list[Claim]) -> Report:
    claim_list = [c.model_copy(update={"id": f"d.txt#{i}"}) for i, c in enumerate(claim_list)]
    doc = Document(id="d.txt", path="d.txt", text="some text")
    return Report(documents=[doc], claims=claim_list)


def _claim(**mention_changes: object) -> Claim:
    """One claim, its mention equal to it in every shared field but those given."""
    base = {
        "surface": "about $3.2bn",
        "span": (10, 22),
        "value": 3.2e9,
        "unit": "USD",
        "kind": "money",
        "low": 3.15e9,
        "high": 3.25e9,
        "qualifier": "about",
        "scale": "bn",
        "qualifier_text": "about",
    }
    mention = Mention(**{**base, **mention_changes})  # type: ignore[arg-type]
    return Claim(
        id="d.txt#10-22",
        document="d.txt",
        span=(10, 22),
        text="about $3.2bn",
        value=3.2e9,
        unit="USD",
        kind="money",
        low=3.15e9,
        high=3.25e9,
        qualifier="about",
        mention=mention,
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(claims(), max_size=6))
def test_a_report_round_trips_through_json_unchanged(claim_list: list[Claim]) -> None:
    report = _report(claim_list)
    out = render_json(report)
    assert Report.model_validate_json(out) == report
    # what is written is what the schema describes
    VALIDATOR.validate(json.loads(out))


@settings(max_examples=100, deadline=None)
@given(claims())
def test_the_mention_holds_only_what_differs_from_the_claim(claim: Claim) -> None:
    written = json.loads(render_json(_report([claim])))["claims"][0]
    mention = written["mention"]
    for m, c in MENTION_SHARED.items():
        same = getattr(claim.mention, m) == getattr(claim, c)
        assert (m not in mention) == same, m
        if not same:
            assert mention[m] == json.loads(json.dumps(getattr(claim.mention, m))), m


def test_a_mention_equal_to_its_claim_is_empty() -> None:
    report = _report([_claim(scale=None, qualifier_text=None)])
    written = json.loads(render_json(report))["claims"][0]
    assert written["mention"] == {}
    assert Report.model_validate_json(render_json(report)) == report


def test_a_mention_keeps_its_own_fields_and_the_differing_ones() -> None:
    claim = _claim(surface="about US$3.2 billion", scale="billion")
    written = json.loads(render_json(_report([claim])))["claims"][0]
    assert written["mention"] == {
        "surface": "about US$3.2 billion",
        "scale": "billion",
        "qualifier_text": "about",
    }


def test_a_default_that_differs_from_the_claim_is_written() -> None:
    """The claim is qualified and its mention is not: the mention's null must be written, or
    reading would give it the claim's qualifier."""
    report = _report([_claim(qualifier=None, low=None)])
    written = json.loads(render_json(report))["claims"][0]
    assert written["mention"]["qualifier"] is None and written["mention"]["low"] is None
    assert "qualifier" in written["mention"] and "high" not in written["mention"]
    assert Report.model_validate_json(render_json(report)) == report


def test_other_writers_keep_the_mention_whole_and_a_lean_claim_validates() -> None:
    """The cache's rows and ``model_dump_json`` still write every field of the mention; a lean
    claim read as a Python dict is completed as from JSON."""
    claim = _claim()
    for data in (claim.model_dump(), json.loads(claim.model_dump_json())):
        assert set(data["mention"]) == set(Mention.model_fields)
    lean = json.loads(claim_json(claim))
    assert lean["mention"] == {"scale": "bn", "qualifier_text": "about"}
    assert Claim.model_validate(lean) == claim
    assert Claim.model_validate_json(claim_json(claim)) == claim


def test_the_schema_still_requires_the_claim_fields() -> None:
    """The schema is no looser than it must be: a claim without its value, or a mention with a
    field of the wrong type, is refused."""
    data = json.loads(render_json(_report([_claim(surface="US$3.2bn")])))
    VALIDATOR.validate(data)
    no_value = json.loads(json.dumps(data))
    del no_value["claims"][0]["value"]
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(no_value)
    bad_surface = json.loads(json.dumps(data))
    bad_surface["claims"][0]["mention"]["surface"] = 3
    with pytest.raises(jsonschema.ValidationError):
        VALIDATOR.validate(bad_surface)
    claim_schema = SCHEMA["$defs"]["Claim"]
    assert "mention" in claim_schema["required"]
    assert "required" not in claim_schema["properties"]["mention"]
    assert set(claim_schema["properties"]["mention"]["properties"]) == set(Mention.model_fields)


def test_a_claim_without_its_own_fields_is_still_refused() -> None:
    """Rebuilding the mention never invents a claim's field: a lean claim missing its value is
    a validation error, not a claim."""
    data = json.loads(render_json(_report([_claim()])))
    del data["claims"][0]["value"]
    with pytest.raises(ValueError, match="value"):
        Report.model_validate(data)
