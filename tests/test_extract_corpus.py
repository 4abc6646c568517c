"""Table-driven extraction corpus: tests/corpus/*.toml (one file per kind) is the specification.

Each [[case]] lists every surface form that must produce one expected mention; each [[multi]]
gives all mentions of one text; [negative] texts must produce nothing. New cases go in the kind's
TOML file (tests/corpus/README.md says which), not here.
"""

from __future__ import annotations

import math
import tomllib
from pathlib import Path
from typing import Any

import pytest

from reconcile import extract_quantities
from reconcile.claims.models import Mention

CORPUS_DIR = Path(__file__).parent / "corpus"


def _load_corpus() -> dict[str, Any]:
    """Every kind's file merged: cases and multis keep their file's name; negatives pool."""
    merged: dict[str, Any] = {"case": [], "multi": [], "negative": {"texts": []}}
    for path in sorted(CORPUS_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        for key in ("case", "multi"):
            merged[key] += [{**entry, "file": path.stem} for entry in data.get(key, [])]
        merged["negative"]["texts"] += data.get("negative", {}).get("texts", [])
    return merged


CORPUS = _load_corpus()

_FIELDS = (
    "value",
    "unit",
    "kind",
    "qualifier",
    "qualifier_text",
    "low",
    "high",
    "scale",
    "modifier",
    "alternatives",
    "surface",
)


def _same(expected: Any, got: Any) -> bool:
    if expected == "none":
        return got is None
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return got is not None and math.isclose(float(expected), got, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(expected, list):
        return tuple(expected) == tuple(got)
    return bool(expected == got)


def check(mention: Mention, spec: dict[str, Any], text: str) -> None:
    assert text[mention.span[0] : mention.span[1]] == mention.surface
    for name in _FIELDS:
        if name in spec:
            got = getattr(mention, name)
            assert _same(spec[name], got), f"{text!r}: {name} expected {spec[name]!r}, got {got!r}"


def _case_params() -> list[Any]:
    params = []
    for i, case in enumerate(CORPUS["case"]):
        for text in case["texts"]:
            label = f"{case['file']}-{i}-{text[:40]}"
            params.append(pytest.param(case, text, id=label))
    return params


@pytest.mark.parametrize(("case", "text"), _case_params())
def test_case(case: dict[str, Any], text: str) -> None:
    mentions = extract_quantities(text)
    expected_count = case.get("count", 1)
    assert len(mentions) == expected_count, f"{text!r}: {mentions}"
    target = next((m for m in mentions if m.unit == case.get("unit", m.unit)), mentions[0])
    check(target, case, text)


@pytest.mark.parametrize("multi", [pytest.param(m, id=m["text"][:50]) for m in CORPUS["multi"]])
def test_multi(multi: dict[str, Any]) -> None:
    text = multi["text"]
    mentions = extract_quantities(text)
    assert len(mentions) == len(multi["mentions"]), f"{text!r}: {mentions}"
    for mention, spec in zip(mentions, multi["mentions"], strict=True):
        check(mention, spec, text)
    assert [m.span for m in mentions] == sorted(m.span for m in mentions)


@pytest.mark.parametrize("text", CORPUS["negative"]["texts"])
def test_negative(text: str) -> None:
    assert extract_quantities(text) == []


def test_corpus_is_large_enough() -> None:
    phrases = sum(len(c["texts"]) for c in CORPUS["case"]) + len(CORPUS["multi"])
    assert phrases + len(CORPUS["negative"]["texts"]) >= 200
    sections = {c["section"] for c in CORPUS["case"]} | {m["section"] for m in CORPUS["multi"]}
    assert {
        "money",
        "scales",
        "qualifiers",
        "ranges",
        "precision",
        "percent",
        "counts",
        "physical",
        "multipliers",
        "model sizes",
        "robust text",
        "seed",
    } <= sections
    kinds = {c["file"] for c in CORPUS["case"]} | {m["file"] for m in CORPUS["multi"]}
    assert {"money", "percent", "counts", "physical", "multipliers", "numerals"} <= kinds


def test_caller_currency_symbols_add_and_override() -> None:
    text = "R$ 5 million, $3 and 4 loonies"
    extra = {"$": "CAD", "loonies": "CAD"}
    got = [(m.value, m.unit) for m in extract_quantities(text, currency_symbols=extra)]
    assert got == [(5e6, "BRL"), (3.0, "CAD"), (4.0, "CAD")]
    # the override lasts for that call only
    assert [m.unit for m in extract_quantities("$3")] == ["USD"]


def test_caller_currency_symbols_are_checked() -> None:
    with pytest.raises(ValueError):
        extract_quantities("5 zorks", currency_symbols={"zorks": "not a code"})
    with pytest.raises(ValueError):
        extract_quantities("5 zorks", currency_symbols={" ": "USD"})
