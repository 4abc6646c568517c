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
