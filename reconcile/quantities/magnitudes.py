"""Orders of magnitude: a figure stated only by its size ("thousands of households", "tens of
thousands of pilgrims", "hundreds of millions of pounds", "several hundred thousand euros").

* **What it is.** A plural scale word ("dozens", "hundreds", "thousands", "millions",
  "billions"), optionally after "tens of" or "hundreds of", followed by "of" and what it
  counts or measures: a counted noun (after at most two adjectives: "thousands of
  migrating geese" counts goose), a currency ("of dollars": money) or a physical unit ("of
  kilometres"); with no "of", a word of ``[head_counts.of_words]`` right after it counts
  people ("thousands displaced", "dozens injured"). "several", "a few" or "a couple of"
  before a singular scale word ("several hundred thousand euros", "a few hundred tonnes")
  take the unit written right after it; alone before a plural, they measure only a unit or
  a time ("a few kilograms", "several months"; "several villages" is no figure).
* **Its interval** is what the words admit, not a written precision: "hundreds" 200 to
  1,000, "thousands" 2,000 to a million (copy says "thousands" of what another source counts
  as 52,000: "tens of thousands" is the careful phrase, not the only one), "millions" and
  "billions" likewise up to the next scale word, "dozens" 24 to 200; "tens of X" 10 to 100
  X, "hundreds of X" 100 to 1,000 X; "several" 3 to 10 of its scale, "a few" 2 to 10, "a
  couple of" 2 to 3. The value is the interval's low end and the qualifier 'about'
  (qualifier_text the magnitude's words: "tens of thousands", "several hundred"): no source
  states it exactly, so it never meets another figure as an exact one, nor as a range against
  a maximum. It is grouped with orders of magnitude only (``claims.group``) and the
  comparison holds it against nothing (``compare.run``): it restates a size.
* **Not a figure:** a magnitude with no unit after it ("claims ran into the thousands",
  "thousands more may follow", "in their thousands"), before a determiner ("millions of the
  handsets": a part), before "ago" ("thousands of years ago": a date), or in a blocked stretch (an
  address).

Found before the scan (like an hour and a half) and joined to its output at the end.
"""

from __future__ import annotations

import re

from reconcile.claims.models import Mention
from reconcile.quantities.counts import noun_suffix
from reconcile.quantities.money import pick_currency
from reconcile.quantities.numerals import Num
from reconcile.quantities.state import Scan, Unit, round12
from reconcile.quantities.suffix import unit_suffix
from reconcile.quantities.vocab import vocab

# the plural scale words and their size
PLURAL_SCALES = {
    "dozens": 12.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
}
# how far each plain plural reaches: up to the next scale word a writer would use instead
PLURAL_TOPS = {
    "dozens": 200.0,
    "hundreds": 1e3,
    "thousands": 1e6,
    "millions": 1e9,
    "billions": 1e12,
}
SINGULAR_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9}
# "several hundred": how many of the scale, low and high (the high end excluded)
FEW_WORDS = {"several": (3.0, 10.0), "a few": (2.0, 10.0), "a couple of": (2.0, 3.0)}

# matched on the lower-cased text ("Thousands" opening a sentence)
VAGUE = re.compile(
    r"(?<![\w-])(?:(?P<outer>tens|hundreds)[ \t]+of[ \t]+)?"
    r"(?P<mag>dozens|hundreds|thousands|millions|billions)(?![\w'\u2019-])"
    r"|(?<![\w-])(?P<few>several|a[ \t]+few|a[ \t]+couple[ \t]+of)"
    r"(?:[ \t]+(?P<s1>hundred|thousand|million|billion)"
    r"(?:[ \t]+(?P<s2>thousand|million|billion))?)?"
    r"(?![\w'\u2019-])"
)
OF = re.compile(r"[ \t]+of(?=[ \t])")
OUTER_BEFORE = re.compile(r"(?<![\w-])(?:tens|hundreds)[ \t]+of[ \t]+$")
DETERMINER_AFTER = re.compile(
    r"[ \t]+(?:the|its|their|his|her|our|your|these|those|them|us|which|whom|this|that)\b",
    re.IGNORECASE,
)
AGO = re.compile(r"[ \t]+ago\b", re.IGNORECASE)
WORD = re.compile(r"[ \t]+(?P<w>[A-Za-z]+)\b")
# a quick look before the pattern runs: one of these must stand in the text
CUES = ("dozens", "hundreds", "thousands", "millions", "billions", "several", "a few", "a couple")


# what "a few" and "several" alone measure: a unit (money, a physical unit) or a time
MEASURE_NOUNS = frozenset(
    {"second", "minute", "hour", "day", "night", "week", "month", "year", "decade", "degree"}
)
# "a few", "several" alone: only before a plural noun or a unit (never "a few of them")
PLURAL_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,2}?[a-z]+s\b")


def scan_vague_magnitudes(s: Scan) -> None:
    """Each magnitude stated by its size alone (see the module docstring)."""
    low = s.low
    for cue in CUES:  # (a loop of "in": cheaper than any() or one pattern's search)
        if cue in low:
            break
    else:
        return  # the common case
    starts: list[int] = []
    for cue in CUES:  # where a cue stands (str.find: the pattern runs only there)
        i = low.find(cue)
        while i >= 0:
            starts.append(i)
            i = low.find(cue, i + 1)
    if not starts:
        return
    n = s.n
    done = 0
    for i in sorted(starts):
        if i < done:
            continue  # "thousands" of "hundreds of thousands", read with it
        outer = OUTER_BEFORE.search(low, max(0, i - 16), i)
        m = VAGUE.match(low, outer.start() if outer is not None else i)
        if m is None:
            continue
        a, b = m.span()
        done = b
        if s.blocked_span(a) is not None:
            continue
        if m["mag"]:
            size = PLURAL_SCALES[m["mag"]]
            if m["outer"]:  # "tens of thousands": 10 to 100 thousand
                lo = size * (10.0 if m["outer"] == "tens" else 100.0)
                hi = lo * 10.0
            else:
                lo, hi = 2.0 * size, PLURAL_TOPS[m["mag"]]
            word = m["mag"]
        else:  # "several hundred", or "several" alone before its unit ("a few kilograms")
            size = SINGULAR_SCALES[m["s1"]] if m["s1"] else 1.0
            size *= SINGULAR_SCALES[m["s2"]] if m["s2"] else 1.0
            few = FEW_WORDS[" ".join(m["few"].split())]
            lo, hi = few[0] * size, few[1] * size
            word = m["s1"] or m["few"]
        if m["few"] and not m["s1"] and PLURAL_AFTER.match(low, b) is None:
            continue  # "a few of the", "several said": no unit
        unit = _unit(n, a, b, lo, word, bool(m["mag"]))
        if unit is None or AGO.match(n, unit.end):
            continue
        if m["few"] and not m["s1"] and unit.kind == "count" and unit.unit not in MEASURE_NOUNS:
            continue  # "several villages", "a few complaints": no measure a source gives
        value, top = lo * unit.factor, hi * unit.factor
        code = unit.unit
        if len(unit.alternatives) > 1:
            code = pick_currency(s, code, unit.alternatives, a)
        s.found_first(
            Mention(
                surface=s.text[a : unit.end],
                span=(a, unit.end),
                value=round12(value) or 0.0,
                unit=code,
                kind=unit.kind,
                low=round12(value),
                high=round12(top),
                qualifier="about",
                qualifier_text=s.text[a:b],  # "tens of thousands", "several hundred"
                alternatives=unit.alternatives,
            )
        )


def _unit(n: str, a: int, b: int, value: float, word: str, plural: bool) -> Unit | None:
    """What the magnitude ending at ``b`` counts or measures: after "of" for a plural scale
    word, right after it for "several hundred"; a word of ``[head_counts.of_words]`` right
    after a plural counts people."""
    num = Num(a, b, value, 0.0, word, False, True, None, n[a:b])
    at = b
    if plural:
        of = OF.match(n, b)
        if of is None:
            v = vocab()
            w = WORD.match(n, b)
            people = v.head_of_words.get(w["w"].lower()) if w is not None else None
            if w is not None and people:  # "thousands displaced", "dozens injured"
                return Unit(w.end(), people, "count")
            if v.people_after_rx.match(n, b):  # "thousands were evacuated": the figure alone
                return Unit(b, "person", "count")
            return None
        at = of.end()
    if DETERMINER_AFTER.match(n, at):
        return None
    unit = unit_suffix(n, at)
    if unit is not None:
        return unit if unit.kind in ("money", "physical") else None
    return noun_suffix(n, at, num)
