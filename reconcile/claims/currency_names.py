"""A currency name several countries share ("kroner", "dinars", "pesos") read as the story's own
currency.

The extractor gives such a name the first of its countries' codes (``[ambiguous]`` in
currencies.toml: "kroner" is DKK unless the text hints at Norway). A story set in a country the
registry does not know writes the same money with letters of its own in some sources ("SKK 489
billion") and by the shared name in others ("498 billion kroner"), and the two never met. A
source of the run that writes amounts in exactly one code of its own and also names the
currency by a shared name ("The krone gained 6%", "SKK 4.86trn") says that the name means that
code in this story; so do two or more distinct amounts written under the name in some sources
and under one such code in others ("48 billion kroner" / "KSK 48bn", "29 kroner" / "KSK 29").
Every figure of the run written with a name of that family then takes the code ("a 29-kroner
fee" too). Nothing changes when two sources read the name as two different codes, or when
some figure of the run writes one of the name's real currencies by its code or symbol ("DKK
40m"). Pure.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from reconcile.claims.models import Claim
from reconcile.units import story_code
from reconcile.vocabulary import load


@cache
def _families() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """(shared currency name -> the codes it may mean, a pattern of those names as words)."""
    shared = {
        name.lower(): tuple(codes)
        for name, codes in load("currencies")["ambiguous"].items()
        if name.isalpha() and len(name) > 2
    }
    names = "|".join(sorted(shared, key=len, reverse=True))
    # a word of its own, or joined to its number as an adjective ("a 29-kroner fee")
    return shared, re.compile(rf"(?:(?<![\w-])|(?<=\d-))(?:{names})(?![\w-])", re.IGNORECASE)


def _base(unit: str) -> str:
    return unit.split(" per ", 1)[0]


def story_names(claims: Iterable[Claim], texts: Mapping[str, str]) -> dict[tuple[str, ...], str]:
    """The families of shared names (by the codes they may mean) that this run's sources say
    mean one code of the story's own."""
    shared, pattern = _families()
    money = [c for c in claims if c.kind == "money"]
    codes_of: dict[str, set[str]] = defaultdict(set)
    for c in money:
        code = story_code(c.unit)
        if code is not None:
            codes_of[c.document].add(code)
    votes: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for doc, codes in codes_of.items():
        if len(codes) != 1:
            continue
        for m in pattern.finditer(texts.get(doc, "")):
            votes[shared[m.group().lower()]] |= codes
    for family, code in _shared_amounts(money, shared, pattern).items():
        votes.setdefault(family, {code})
    out = {family: next(iter(codes)) for family, codes in votes.items() if len(codes) == 1}
    for c in money:  # a real currency of the family written by its code or symbol: keep it
        family = next((f for f in out if _base(c.unit) in f), None)
        if family is not None and not pattern.search(c.text):
            del out[family]
    return out


SHARED_AMOUNTS = 2  # distinct amounts a name and a code must both carry to be one currency


def _shared_amounts(
    money: list[Claim], shared: dict[str, tuple[str, ...]], pattern: re.Pattern[str]
) -> dict[tuple[str, ...], str]:
    """The families of shared names whose amounts are a story code's amounts: some sources
    write "48 billion kroner" and "400 million kroner", others "KSK 48bn" and "KSK 400m", and
    at least :data:`SHARED_AMOUNTS` distinct amounts are written both ways, for one code only.
    The same figures under a name and under letters are one currency written two ways."""
    by_name: dict[tuple[str, ...], set[float]] = defaultdict(set)
    by_code: dict[str, set[float]] = defaultdict(set)
    for c in money:
        code = story_code(c.unit)
        if code is not None:
            by_code[code].add(float(f"{c.value:.6g}"))
        elif (family := _named_family(c, shared, pattern)) is not None:
            by_name[family].add(float(f"{c.value:.6g}"))
    out = {}
    for family, amounts in by_name.items():
        fits = [code for code, theirs in by_code.items() if len(amounts & theirs) >= SHARED_AMOUNTS]
        if len(fits) == 1:
            out[family] = fits[0]
    return out


def _named_family(
    c: Claim, shared: dict[str, tuple[str, ...]], pattern: re.Pattern[str]
) -> tuple[str, ...] | None:
    """The family of the shared name the claim is written with, when the claim's currency is
    one of that family's codes (the name read as the extractor read it); None otherwise."""
    m = pattern.search(c.text)
    if m is None:
        return None
    family = shared[m.group().lower()]
    return family if _base(c.unit) in family else None


def renamed(claims: list[Claim], texts: Mapping[str, str]) -> list[Claim]:
    """The claims, those written with a shared name that the run reads as a story's own code
    carrying that code (see the module docstring)."""
    families = story_names(claims, texts)
    if not families:
        return claims
    shared, pattern = _families()
    out = []
    for c in claims:
        family = _named_family(c, shared, pattern) if c.kind == "money" else None
        code = families.get(family) if family is not None else None
        if code is not None:
            unit = code + c.unit[len(_base(c.unit)) :]
            mention = c.mention.model_copy(update={"unit": unit, "alternatives": ()})
            c = c.model_copy(update={"unit": unit, "mention": mention})
        out.append(c)
    return out
