"""Numbers as written: numerals ("23,000", "12,34,567.89", decimal commas "3,50" and
"1.234,56") and words ("one trillion",
"twenty-two", "half a billion", "three quarters billion", "a dozen"), with their written
precision.

Precision rule (shared by numerals and words): half a unit of the last written digit. For
decimals that is the last decimal place ("138.0" -> 0.05); integers of four or more digits with
trailing zeros are taken as rounded to their last non-zero digit ("23,000" -> 500); other
integers keep 0.5 ("10" -> 0.5, "380" -> 0.5). A number in words is exact in its words and its
integer value follows the integer rule ("one trillion" -> 0.5e12, "twenty" -> 0.5).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reconcile.units import load_data

__all__ = ["WordNumber", "half_step", "parse_numeral", "parse_words", "word_number_pattern"]


def trie_regex(phrases: object, space: str = r"[ \t]+") -> str:
    """An alternation of phrases as a prefix tree: same matches as ``a|b|...`` (longest first),
    but the regex engine fails fast on the first characters. Inner spaces match ``space``."""
    trie: dict[str, dict] = {}
    for phrase in {" ".join(str(p).split()) for p in phrases}:  # type: ignore[attr-defined]
        if not phrase:
            continue
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        ends = "" in node
        branches = []
        for ch in sorted((c for c in node if c), key=lambda c: (-_depth(node[c]), c)):
            piece = space if ch == " " else re.escape(ch)
            branches.append(piece + emit(node[ch]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + emit(trie) + ")" if trie else "(?!)"


def _depth(node: dict[str, dict]) -> int:
    return 1 + max((_depth(child) for key, child in node.items() if key), default=0)


def _alt(words: list[str]) -> str:
    return trie_regex(words)


@functools.cache
def _tables() -> tuple[dict[str, float], dict[str, float], dict[str, float], dict[str, float]]:
    data = load_data("numbers")
    units = {k: float(v) for k, v in data["units"].items()}
    tens = {k: float(v) for k, v in data["tens"].items()}
    mults = {k: float(v) for k, v in data["multipliers"].items()}
    fracs = {k: float(v) for k, v in data["fractions"].items()}
    return units, tens, mults, fracs


@functools.cache
def word_number_pattern() -> str:
    """Regex source (for IGNORECASE) matching a run of number words; validate with parse_words."""
    units, tens, mults, _ = _tables()
    small = _alt([*units, *tens])
    big = _alt(list(mults))
    word = f"(?:{small}|{big})"
    sep = r"(?:[ \t]+|-)"
    of_a = rf"{sep}of{sep}an?"  # "a quarter of a million"
    lead = (
        rf"(?:(?:(?:(?:an?{sep})?(?:half|quarter)(?:{of_a}|{sep}an?)?|an?{sep}half|an?"
        rf"|(?:{small}){sep}quarters?(?:{of_a})?){sep})(?=(?:{big})\b))?"
    )
    return rf"\b{lead}{word}(?:{sep}(?:and{sep})?{word})*\b"


@dataclass(frozen=True)
class WordNumber:
    value: float
    length: int  # characters consumed from the start of the parsed string
    scale: str | None  # largest scale word used ("trillion"), None for plain numbers
    single: bool  # one plain word ("one", "eight"): no scale, no compound


_TOKEN = re.compile(r"[A-Za-z]+")


def parse_words(s: str) -> WordNumber | None:
    """Parse the longest valid number at the start of ``s`` (as matched by word_number_pattern).

    >>> parse_words("one trillion parameters").value
    1000000000000.0
    >>> parse_words("five and ten").length  # "and" only follows hundred/thousand...
    4
    """
    units, tens, mults, fracs = _tables()
    toks = [(m.group(0).lower(), m.start(), m.end()) for m in _TOKEN.finditer(s)]
    if not toks:
        return None
    i = 0
    lead = 1.0
    has_lead = False
    # Leads: "a", "an", "half (a)", "a half", "a quarter", "quarter", "<n> quarters".
    if (
        toks[0][0] in ("a", "an")
        and len(toks) > 2
        and toks[1][0] in mults
        and toks[2][0] in (*units, *tens, *mults, "and")
    ):  # "a hundred and two", "a thousand two hundred": "a" stands for "one"
        start = toks[1][1]
        rest = parse_words("one " + s[start:])
        if rest is not None:
            return WordNumber(rest.value, start + rest.length - 4, rest.scale, False)
    if toks[0][0] in ("a", "an"):
        has_lead = True
        i = 1
        if i < len(toks) and toks[i][0] in fracs:
            lead = fracs[toks[i][0]]
            i += 1
            i = _skip_of_a(toks, i)
    elif toks[0][0] in fracs:
        has_lead = True
        lead = fracs[toks[0][0]]
        i = 1
        if i < len(toks) and toks[i][0] in ("a", "an"):
            i += 1
        else:
            i = _skip_of_a(toks, i)
    elif len(toks) > 1 and toks[1][0] in ("quarter", "quarters") and toks[0][0] in units:
        has_lead = True
        lead = units[toks[0][0]] * 0.25
        i = _skip_of_a(toks, 2)
    if has_lead:
        if i >= len(toks) or toks[i][0] not in mults:
            return None
        word = toks[i][0]
        value = lead * mults[word]
        scale = word if mults[word] >= 1000 else None
        return WordNumber(value, toks[i][2], scale, False)

    if toks[0][0] in mults:
        return None  # "thousand of times": a scale word alone is not a number
    total = 0.0
    current = 0.0
    last_kind = ""  # "unit", "tens", "hundred", "big", "and"
    last_big = float("inf")
    scale: str | None = None
    end = 0
    count = 0
    pending_and = False
    for tok, _start, tok_end in toks:
        if tok == "and":
            if last_kind not in ("hundred", "big") or pending_and:
                break
            pending_and = True
            continue
        if tok in units or tok in tens:
            v = units.get(tok, tens.get(tok, 0.0))
            if last_kind == "unit" or (last_kind == "tens" and (tok in tens or v >= 10)):
                break
            if last_kind == "hundred" and current % 100 != 0:
                break
            current += v
            last_kind = "tens" if tok in tens else "unit"
        elif tok in mults:
            m = mults[tok]
            if pending_and:
                break
            if m < 1000:  # hundred, dozen
                if last_kind in ("hundred",) or (current == 0 and count > 0):
                    break
                current = (current or 1.0) * m
                last_kind = "hundred"
            else:
                if m >= last_big:
                    break
                total += (current or 1.0) * m
                current = 0.0
                last_big = m
                if scale is None:
                    scale = tok
                last_kind = "big"
        else:
            break
        pending_and = False
        count += 1
        end = tok_end
    if count == 0:
        return None
    return WordNumber(total + current, end, scale, count == 1 and last_kind in ("unit", "tens"))


def _skip_of_a(toks: list[tuple[str, int, int]], i: int) -> int:
    """Past "of a"/"of an" after a fraction ("a quarter of a million")."""
    if i + 1 < len(toks) and toks[i][0] == "of" and toks[i + 1][0] in ("a", "an"):
        return i + 2
    return i


_SEPARATORS = re.compile(r"[,\u2009 ]")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_EUROPEAN = re.compile(r"^\d{1,3}(?:\.\d{3})+,\d{1,2}$")


def canonical_numeral(s: str) -> str:
    """Digits with an optional decimal point: ``'23,000' -> '23000'``, ``'3,50' -> '3.50'``
    (a comma followed by one or two digits is a decimal comma), ``'1.234,56' -> '1234.56'``."""
    if "," not in s and "\u2009" not in s and " " not in s:
        return s  # nothing to drop (most numerals; the patterns below are the slow part)
    if _EUROPEAN.match(s):
        return s.replace(".", "").replace(",", ".")
    if _DECIMAL_COMMA.match(s):
        return s.replace(",", ".")
    return _SEPARATORS.sub("", s)


def parse_numeral(s: str) -> float:
    """``'23,000' -> 23000.0``; thousands separators (comma, thin space) are dropped."""
    return float(canonical_numeral(s))


def half_step(s: str) -> float:
    """Half a unit of the last written digit of a numeral (see the module docstring)."""
    digits = canonical_numeral(s).lstrip("+-")
    if "." in digits:
        return 0.5 * 10.0 ** -len(digits.split(".", 1)[1])
    if len(digits) >= 4:
        stripped = digits.rstrip("0")
        if stripped:
            return 0.5 * 10.0 ** (len(digits) - len(stripped))
    return 0.5


def integer_half_step(value: float) -> float:
    """The integer precision rule applied to a value (used for numbers in words)."""
    if value != int(value) or abs(value) >= 1e18:
        return 0.5
    return half_step(str(int(abs(value))))
