"""Multipliers: "13 times smaller", "10x faster", "tenfold", "doubled".

* **Multipliers.** "13 times smaller" (modifier 'smaller'), "10x faster", "10-fold"/"tenfold"
  (modifier 'fold'), and the verbs doubled/tripled/halved... (exact value, modifier = the verb);
  "double", "triple", "twice" only after a qualifier ("shares more than double this year") or
  before a determiner or "as" ("double the rate of inflation", "twice the average", "twice as
  many"; ``[multiplier_before]``).
"""

from __future__ import annotations

import re

from reconcile.claims.numbers import (
    parse_words,
)
from reconcile.quantities.state import Scan, Unit
from reconcile.quantities.text import next_char
from reconcile.quantities.vocab import vocab


def verb(s: Scan, m: re.Match[str]) -> None:
    word = m["verb"].lower()
    if word in s.v.verbs_qualified and (
        s.n[m.end() : m.end() + 1] == "-"
        or (
            s.qualifier(m.start(), m.end(), "times")[0] is None
            and s.v.verbs_before_rx.match(s.n, m.end()) is None
        )
    ):
        return  # "a double room", "double-digit", "twice a week": not "double the", "twice as"
    s.emit_simple(m.start(), m.end(), s.v.verbs[word], 0.0, "times", "multiplier", modifier=word)


def fold(s: Scan, m: re.Match[str]) -> None:
    """ "tenfold": a multiplier written as one word."""
    wn = parse_words(m["fold"][:-4].lower())
    if wn:
        s.emit_simple(m.start(), m.end(), wn.value, 0.0, "times", "multiplier", modifier="fold")


_MULT_FIRST = frozenset("tTxXfF")  # "times", "x", "fold"


def multiplier_suffix(n: str, pos: int, start: int | None = None) -> Unit | None:
    """ "times smaller", "x faster", "-fold", "times its revenue", "25x earnings". "N times"
    before a determiner after a verb that counts events ("scored 33 times this season",
    ``[times_verbs]``) is a count, read with the words around (bare_counts)."""
    if next_char(n, pos) not in _MULT_FIRST:
        return None
    v = vocab()
    m = v.mult_rx.match(n, pos)
    if m is None:
        return None
    if m["d"] and start is not None and v.times_verb_rx.search(n, max(0, start - 60), start):
        return None
    modifier = m["c"] or m["f"]
    return Unit(
        m.end(),
        "times",
        "multiplier",
        modifier=" ".join(modifier.lower().split()) if modifier else None,
    )
