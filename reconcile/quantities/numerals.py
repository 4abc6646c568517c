"""Numbers in digits and words, with their scale and written precision.

* **Scales.** Words (thousand ... trillion, lakh, crore) and abbreviations (bn, mn, tn); the
  single letters k/m/b/M/B/T only on money ("$53B", "£5m") or before a counted noun ("5m users").
* **Intervals.** ``low``/``high`` combine the written precision (see ``numbers.py``) with the
  qualifier's bounds rule; values are rounded to 12 significant digits.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from reconcile.claims.numbers import (
    half_step,
    integer_half_step,
    parse_numeral,
    parse_words,
)
from reconcile.quantities.text import VULGAR, next_char
from reconcile.quantities.vocab import vocab

YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")


SLASH_FRACTION = re.compile(r"/(?P<b>2|3|4|8|16)(?![0-9/.,])")
# a fraction after a whole number, spaced or hyphenated: "2 1/2", "14-1/2"
FRACTION_AFTER = re.compile(r"(?:[ \t]+|-)(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?![0-9/])")
# "two and a half years", "a two-and-a-half-year deal", "3 and a half hours": a half more;
# so "four and three-quarter hours" (4.75), "two and a quarter miles" (2.25), each to an
# eighth ("and a third" is left alone: "one and a third" is rare, "and a third party" is not)
AND_A_HALF = re.compile(
    r"(?:[ \t]+|-)and(?:[ \t]+|-)(?:a(?:[ \t]+|-)(?P<half>half)|a(?:[ \t]+|-)(?P<quarter>quarter)"
    r"|(?P<three>three)(?:[ \t]+|-)quarters?)\b(?![ \t]+of\b)",
    re.IGNORECASE,
)


def and_fraction(m: re.Match[str]) -> float:
    """The part an AND_A_HALF match adds: 0.5, 0.25 or 0.75."""
    return 0.5 if m["half"] else 0.25 if m["quarter"] else 0.75


@dataclass
class Num:
    start: int  # start of the number itself
    end: int  # end of number + scale
    value: float  # scaled
    half: float  # scaled precision
    scale: str | None
    single_scale: bool  # scale is a single-letter abbreviation
    word: bool
    single_word: str | None  # "one", "eight": lone number word
    text: str
    fraction: bool = False  # "1/4" in "a 1/4 mile oval": a fraction that needs a unit


def scaled(num: Num, word: str, factor: float) -> Num:
    """``num`` with a scale word written after its currency code ("USD 5 bn") applied."""
    return replace(
        num, value=num.value * factor, half=num.half * factor, scale=word, single_scale=False
    )


def read_scale(n: str, pos: int) -> tuple[int, float, str | None, bool]:
    v = vocab()
    if next_char(n, pos) not in v.scale_first:
        return pos, 1.0, None, False  # (the common case: no pattern)
    m = v.scale_rx.match(n, pos)
    if not m:
        return pos, 1.0, None, False
    if m["w"]:
        m2 = v.scale_after_code_rx.match(n, m.end())  # "1.1 lakh crore", "1 thousand million"
        if m2 and v.scales[m2["w"].lower()] > v.scales[m["w"].lower()]:
            return (
                m2.end(),
                v.scales[m["w"].lower()] * v.scales[m2["w"].lower()],
                n[m.start("w") : m2.end()],
                False,
            )
        return m.end(), v.scales[m["w"].lower()], m["w"], False
    if m["a"]:
        return m.end(), v.scales[m["a"]], m["a"], False
    return m.end(), v.single_scales[m["s"]], m["s"], True


CONTINUED = re.compile(r"[.,]+[0-9]")  # the numeral goes on: "1,2,3", "1.234.567", "0..0"
BAD_EXPONENT = re.compile(r"[.,]*[eE][+-]?[0-9]")
EXPONENT = re.compile(r"[eE](?P<e>[+-]?\d{1,6})(?![0-9A-Za-z])")


def read_number(n: str, m: re.Match[str]) -> Num | None:
    if m["num"]:
        raw = m["num"]
        if raw in VULGAR:  # "½ teaspoon": a fraction alone, a figure only with its unit
            return Num(m.start(), m.end(), VULGAR[raw], 0.0, None, False, False, None, raw, True)
        if len(raw) > 1 and raw[0] == "0" and raw[1].isdigit():
            return None  # "007", "000": codes or broken tokens
        try:
            base = parse_numeral(raw)
        except ValueError:
            return None
        if not math.isfinite(base) or len(raw) > 40:
            return None
        half = half_step(raw)
        end = m.end()
        nxt = n[end : end + 1]
        if nxt in ".," and nxt and CONTINUED.match(n, end):
            return None  # "1,2,3.4.5", "1.234.567": a malformed token is never read in part
        em = None
        if nxt in "eE.," and nxt:
            em = EXPONENT.match(n, end)
            if em is None and nxt == ".":
                em = EXPONENT.match(n, end + 1)  # "5.e3"
            if em is None and BAD_EXPONENT.match(n, end):
                return None  # "1e5x", "0E0E0": an exponent gone wrong, never the "1" before it
        if em is not None:  # "1.5e3": scientific notation, never read as the smaller "1.5"
            if abs(int(em["e"])) > 300:
                return None  # beyond any float (or below any figure): no figure at all
            shift = 10.0 ** int(em["e"])
            base, half, end, raw = base * shift, half * shift, em.end(), n[m.start() : em.end()]
            if (
                not math.isfinite(base)
                or base == 0
                or CONTINUED.match(n, end)
                or BAD_EXPONENT.match(n, end)
            ):
                return None
        sm = (
            SLASH_FRACTION.match(n, end)
            if n[end : end + 1] == "/" and raw.isdigit() and len(raw) <= 2
            else None
        )
        if sm is not None and 0 < base < int(sm["b"]):  # "a 1/4 mile oval"
            value = base / int(sm["b"])
            text = n[m.start() : sm.end()]
            return Num(m.start(), sm.end(), value, 0.0, None, False, False, None, text, True)
        if base == int(base):  # "5½%", "3 1/2 %"
            if end < len(n) and n[end] in VULGAR:
                base, half, end = base + VULGAR[n[end]], 0.125, end + 1
            else:
                fm = FRACTION_AFTER.match(n, end)
                if fm and int(fm["a"]) < int(fm["b"]) and fm["b"] in ("2", "3", "4", "8", "16"):
                    base += int(fm["a"]) / int(fm["b"])
                    half, end = 0.5 / int(fm["b"]), fm.end()
                elif (ah := AND_A_HALF.match(n, end)) is not None:
                    base, half, end = base + and_fraction(ah), 0.125, ah.end()
        end, mult, scale, single = read_scale(n, end)
        if not math.isfinite(base * mult):
            return None  # "$1e308 billion": beyond any float, so no figure at all
        return Num(m.start(), end, base * mult, half * mult, scale, single, False, None, raw)
    wm = parse_words(m["wnum"])
    if wm is None:
        return None
    end = m.start() + wm.length
    scale = wm.scale
    single_word = m["wnum"][: wm.length].lower() if wm.single else None
    value, half = wm.value, integer_half_step(wm.value)
    ah = AND_A_HALF.match(n, end) if scale is None and value == int(value) else None
    if ah is not None:  # "two and a half years", "one-and-a-half million"
        value, half, end, single_word = value + and_fraction(ah), 0.125, ah.end(), None
    single = False
    if scale is None:
        end2, mult, sc, single = read_scale(n, end)
        if sc and not single:
            end, scale = end2, sc
            value, half = value * mult, half * mult
        else:
            single = False
    return Num(m.start(), end, value, half, scale, single, True, single_word, n[m.start() : end])


def parse_words_or_numeral(num: Num) -> float:
    """The number as written, before its scale."""
    if num.word:
        wn = parse_words(num.text)
        return wn.value if wn and wn.value else 1.0
    try:
        return parse_numeral(num.text) or 1.0
    except ValueError:
        return 1.0
