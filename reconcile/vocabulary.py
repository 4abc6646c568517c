"""One loader for the vocabularies and tables in ``reconcile/data/``.

Every stage reads its words, units and rates through :func:`load`: each file is read once per
process, from the installed package (``importlib.resources``), and shared. Callers read what it
returns and never change it.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

# files read together with a generated file of the same fields (the hand file's entries win)
TOGETHER = {"currencies": "world_currencies"}


@functools.cache
def load(name: str) -> dict[str, Any]:
    """``reconcile/data/<name>.toml`` as read by :mod:`tomllib` (cached; do not modify it);
    ``currencies`` comes with the generated ``world_currencies`` (:func:`merged`)."""
    data = _read(name)
    if name in TOGETHER:
        data = merged(data, _read(TOGETHER[name]))
    if "prefixed" in data:
        data = with_prefixed(data)
    return data


def _read(name: str) -> dict[str, Any]:
    path = resources.files("reconcile") / "data" / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)


def merged(hand: dict[str, Any], generated: dict[str, Any]) -> dict[str, Any]:
    """A hand-written table with a generated one: a key of the hand table keeps its value,
    except an entry of both that lists ``names`` (a currency), which gains the generated names
    it lacks (every other field of it stays the hand's); ``[hints]`` takes the generated keys
    the hand's lacks, and ``[ambiguous]`` too, a name of both listing the hand's currencies
    first and then the generated ones."""
    out = dict(hand)
    for key, value in generated.items():
        mine = out.get(key)
        if mine is None:
            out[key] = value
        elif key == "hints":
            out[key] = {**value, **mine}
        elif key == "ambiguous":  # the hand's currencies of a name first, then the others
            out[key] = {**value, **mine}
            for word, codes in mine.items():
                out[key][word] = [*codes, *(c for c in value.get(word, []) if c not in codes)]
        elif isinstance(mine, dict) and "names" in value:
            names = mine.get("names", [])
            out[key] = {**mine, "names": [*names, *(n for n in value["names"] if n not in names)]}
    return out


def with_prefixed(data: dict[str, Any]) -> dict[str, Any]:
    """A units table with its ``[prefixed]`` units spelled out into ``[words]`` and
    ``[symbols]``: each unit under each of its metric prefixes, as a word in the singular and
    the plural ("megajoule", "megajoules", pint's "megajoule") and as a symbol ("MJ"); the
    hand-written entries win."""
    spec = data["prefixed"]
    signs: dict[str, list[str]] = spec["prefixes"]
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for unit in spec["units"].values():
        pint_name = unit["pint"]
        for prefix in ["", *unit.get("word_prefixes", [])]:
            for word in unit["words"]:
                plural = word if unit.get("same_plural") else word + "s"
                for form in (word, plural):
                    words[prefix + form] = prefix + pint_name
        for prefix in unit.get("symbol_prefixes", []):
            for sign in signs[prefix]:
                for symbol in unit["symbols"]:
                    symbols[sign + symbol] = prefix + pint_name
        for symbol in unit["symbols"]:
            if len(symbol) > 1:  # one letter alone is a letter as often as a unit
                symbols[symbol] = pint_name
    return {
        **data,
        "words": {**words, **data["words"]},
        "symbols": {**symbols, **data["symbols"]},
    }


PEOPLE = "person"  # the unit of a count of people ("people", "residents", "fans")
GENERIC_PEOPLE = frozenset({PEOPLE, "individual"})  # nouns that say no more than "people"


@functools.cache
def noun_families() -> dict[str, str]:
    """Each count noun of a family of ``[synonyms]`` (``data/comparison.toml``: two words for
    one counted thing, "home" and "household") -> the family's first noun."""
    return {w: ws[0] for ws in load("comparison")["synonyms"]["families"] for w in ws}


@functools.cache
def people_nouns() -> frozenset[str]:
    """The count nouns that count people ("passenger", "patient"; ``[people]`` of
    ``data/comparison.toml``) and the generic ones (:data:`GENERIC_PEOPLE`)."""
    return frozenset(load("comparison")["people"]["nouns"]) | GENERIC_PEOPLE
