"""Currencies a story writes as words the vocabulary does not know ("3.4 million taviks", "820
million zeldors"): the currency of an invented or small country, which only the story shows to
be money.

* **The evidence.** A word written after numbers is a currency of the story when the story
  also writes it as one:

  - a bracket converts its amount to a known currency, or a known currency's amount to it:
    "3.4 million taviks (roughly 410,000 euros)", "$8 million (some 95 million taviks)";
  - it is priced against a known currency: "96 taviks per dollar", "104 taviks to the euro",
    "the tavik eased to 3.9 per US dollar", "the tavik slipped 1.5% against the euro";
  - the story introduces it as a currency or devalues it: "the national currency, the tavik",
    "currency unit, the tavik", "devalued the tavik by 12%", "the tavik (TVK)" (letters that
    begin or end with the word's first letter);
  - it takes a currency's place in a price per share: "a dividend of 2.35 taviks a share".

  A word the vocabulary counts ("visitors", "points", "shares"), measures ("tonnes"), scales
  ("million") or reads as a currency already is never one, nor is the word after an amount of
  a known currency ("a €6m grant (about $6.5m)"), nor a word whose bracket gives more than
  :data:`MAX_WORTH` of a known currency a unit ("2,000 hampers (about $80,000)": the value of
  the things counted): "1.2 million guests (around 30,000 a day)" stays a count (that bracket
  holds no money), and so do "4 stamps per dollar spent" and "devalued the brand".
* **The currency.** Once known, the word and its plural or singular read as money wherever they
  stand after a number in the text. Its code is letters the story pairs with it ("the tavik
  (TVK)"), or letters the story writes as a currency of its own (``story_codes``) that spell the
  word's start or its consonants ("ZL" of zeldors, "TVK" of tavik), else the word's first three
  letters in capitals ("TAV"), unless those are a code of the registry (then the word is left
  alone).
* **Light.** The run reads every source's evidence, those whose claims come from the cache too,
  so the evidence asks the data files and the currency table only, never the extractor's
  vocabulary, its scan or pint (a check whose claims are all cached loads no extraction code);
  only a word found reads the story's letters (``story_codes``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

from reconcile.units import currency_for
from reconcile.vocabulary import load

_NUM = r"[0-9,]*(?:\.[0-9]+)?(?:[ \t]?(?:m|mn|bn|million|billion|trillion)\b)?"
# the first digit of a number (the look behind after it: the engine then skips to digits at once)
_LEAD = r"[0-9](?<![\w.,][0-9])"
_THE = r"[Tt](?<![\w][Tt])he"
_WORD = r"(?P<w>[a-z]{3,}(?:-[a-z]+)?)"
# what a bracket may say before the converted amount
_ROUGHLY = (
    r"(?:(?:about|around|roughly|some|approximately|approx\.|nearly|almost|close[ \t]+to|"
    r"just[ \t]+(?:over|under)|over|under|more[ \t]+than|less[ \t]+than|or|equivalent[ \t]+to|"
    r"worth|c\.|circa|i\.e\.)[ \t]+)*"
)
_BRACKET_AFTER = re.compile(rf"{_LEAD}{_NUM}[ \t]+{_WORD}[ \t]*\((?P<in>[^()\n]{{1,40}})\)")
_BRACKET = re.compile(r"\((?P<in>[^()\n]{1,40})\)")
_BRACKET_WORD = re.compile(rf"^[ \t]*(?i:{_ROUGHLY})[0-9]{_NUM}[ \t]+{_WORD}[ \t]*$")
_PRICED = re.compile(
    rf"{_LEAD}{_NUM}[ \t]+{_WORD}[ \t]+(?:per|a|to[ \t]+(?:the|one|a)|against[ \t]+the)"
    r"[ \t]+(?:(?:US|U\.S\.|American)[ \t]+)?(?P<c>[a-z]+)\b(?![ \t]+(?:spent|invested|"
    r"raised|paid|donated|given|of)\b)"
)
_MOVED = re.compile(
    rf"{_THE}[ \t]+{_WORD}[ \t]+(?:has[ \t]+|had[ \t]+)?(?:rose|fell|firmed|weakened|"
    r"strengthened|gained|lost|slipped|slid|dropped|climbed|eased|edged|jumped|plunged|tumbled|"
    r"recovered|traded|stood|was[ \t]+trading)\b(?:[^.;\n]|\.(?=[0-9])){0,40}?"
    r"\b(?:against|per|to)[ \t]+"
    r"(?:the[ \t]+)?(?:(?:US|U\.S\.|American)[ \t]+)?(?P<c>[a-z]+)\b"
)
_NAMED = re.compile(
    rf"[Cc](?<![\w][Cc])urrency(?:[ \t]+unit)?,?[ \t]+(?:the|called|known[ \t]+as)[ \t]+{_WORD}\b"
)
# "devalued the tavik by 12%", "devalues tavik against the euro" (not "devalued the brand")
_DEVALUED = re.compile(
    rf"[Dd](?<![\w][Dd])evalu(?:ed|es|ing|e)[ \t]+(?:(?:the|its)[ \t]+)?{_WORD}"
    r"(?=[ \t]+(?:by|against)\b)"
)
_CODED = re.compile(rf"{_THE}[ \t]+{_WORD}[ \t]+\((?P<code>[A-Z]{{3}})\)")
_PER_SHARE = re.compile(rf"{_LEAD}[0-9]*\.[0-9]{{2}}[ \t]+{_WORD}[ \t]+(?:a|per|each)[ \t]+share\b")
# a figure after a number: the place the word must also stand for it to matter
_AFTER_NUMBER = _LEAD + _NUM + r"(?:[ \t]+|-){}\b"


def story_words(text: str, codes: Mapping[str, str] | None = None) -> dict[str, str]:
    """The words ``text`` writes as a currency of its own, each form (singular and plural) ->
    the currency's code (see the module docstring); empty for almost every text. ``codes`` are
    the letters the story writes as currencies of its own (``story_codes``)."""
    return _resolved(_evidence(text), [text], codes or {})


def event_words(texts: Sequence[str]) -> dict[str, str]:
    """The words the texts of one event write as a currency of its own, as
    :func:`story_words` reads one text, the evidence of any text counting for all: "48 million
    taviks (about 5.8 million euros)" in one source makes "61 million taviks" money in every
    source, and letters one source pairs with the word are its code in all."""
    found: dict[str, str | None] = {}
    for text in texts:
        for word, paired in _evidence(text).items():
            if paired is not None or word not in found:
                found[word] = paired
    found = {w: paired for w, paired in found.items() if _candidate(w)}
    if not found:
        return {}  # (the common case: no pattern of the story codes, no pint)
    from reconcile.quantities.story_codes import story_codes

    codes: dict[str, str] = {}
    for text in texts:
        codes |= story_codes(text)
    return _resolved(found, texts, codes)


def _evidence(text: str) -> dict[str, str | None]:
    """:func:`_read_evidence`, kept by text: a report reads every text's evidence for the
    event's words (:func:`event_words`) before the pool's workers are forked, which read it
    again for each document's own words (:func:`story_words`). A copy: the caller's own."""
    return dict(_kept_evidence(text))


@functools.lru_cache(maxsize=4096)  # (texts of one run: a report, or a pool worker's share)
def _kept_evidence(text: str) -> dict[str, str | None]:
    return _read_evidence(text)


def _read_evidence(text: str) -> dict[str, str | None]:
    """The words ``text`` shows to be a currency -> the letters it pairs with each, if any."""
    found: dict[str, str | None] = {}  # the word as evidenced -> letters paired with it
    for m in _BRACKET_AFTER.finditer(text):
        if _candidate(m["w"]) and _no_currency_before(text, m.start()):
            known = _money_alone(m["in"])
            if known is not None and _worth(known, text[m.start() : m.start("w")]):
                found.setdefault(m["w"], None)
    for m in _BRACKET.finditer(text):
        inner = _BRACKET_WORD.match(m["in"])
        if inner is not None and _candidate(inner["w"]):
            known = _money_before(text, m.start())
            if known is not None and _worth(known, inner.group()[: inner.start("w")]):
                found.setdefault(inner["w"], None)
    for m in _PRICED.finditer(text):
        if _currency_name(m["c"]) and _no_currency_before(text, m.start()):
            found.setdefault(m["w"], None)
    for m in _MOVED.finditer(text):
        if _currency_name(m["c"]):
            found.setdefault(m["w"], None)
    for rx in (_NAMED, _DEVALUED):
        for m in rx.finditer(text):
            found.setdefault(m["w"], None)
    for m in _PER_SHARE.finditer(text):
        if _no_currency_before(text, m.start()):
            found.setdefault(m["w"], None)
    for m in _CODED.finditer(text):
        if m["w"][0].upper() in (m["code"][0], m["code"][-1]):
            found[m["w"]] = m["code"]  # "the tavik (TVK)", not "the regulator (FCA)"
    return {w.split("-", 1)[0]: paired for w, paired in found.items()}


def _resolved(
    found: Mapping[str, str | None], texts: Sequence[str], codes: Mapping[str, str]
) -> dict[str, str]:
    """Each usable word of ``found`` that stands after a number in one of ``texts``, in both
    forms -> its code."""
    out: dict[str, str] = {}
    for word, paired in found.items():
        forms = _forms(word)
        if not all(_usable_word(f) for f in forms):
            continue
        after = [re.compile(_AFTER_NUMBER.format(re.escape(f))) for f in forms]
        if not any(rx.search(t) for rx in after for t in texts):
            continue  # never an amount's unit in these texts
        code = paired or _paired_code(word, codes) or _own_code(word)
        if code is None:
            continue
        for f in forms:
            out.setdefault(f, code)
    return out


def _candidate(word: str) -> bool:
    """``word`` (or the word a hyphen ends, "tavik-denominated") may be a story's currency."""
    return all(_usable_word(f) for f in _forms(word.split("-", 1)[0]))


def _forms(word: str) -> tuple[str, str]:
    """The singular and the plural of ``word`` ("tavik", "taviks"; "zeldors" -> "zeldor")."""
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1], word
    return word, word + "s"


def _no_currency_before(text: str, start: int) -> bool:
    """No currency stands before the number at ``start`` ("a €6m grant (about $6.5m)": the
    word after a known currency's amount is what the money is)."""
    m = _TOKEN_BEFORE.search(text, max(0, start - 8), start)
    return m is None or currency_for(m["t"]) is None


# the characters touching the number, or one blank before it ("€", "US$", "USD ")
_TOKEN_BEFORE = re.compile(r"(?:(?<=[\s(\[\"'])|^)(?P<t>[^\s(\[\"'0-9]{1,4})[ \t]?$")
# an amount as a bracket or the words before it write it: a sign or code, the number, a scale,
# a name or code after ("$6,000", "US$2.9 million", "410,000 euros", "USD 960")
_AMOUNT = re.compile(
    r"(?P<pre>[^\s0-9]{1,4}?)?[ \t]?(?P<num>[0-9][0-9,]*(?:\.[0-9]+)?)"
    r"(?:[ \t]?(?P<sc>[a-z]+)(?![A-Za-z]))?(?:[ \t]+(?P<post>[A-Za-z]+))?"
)


def _amount(words: str, end: bool = False) -> tuple[float, bool] | None:
    """The number ``words`` write (all of them; with ``end``, the last ones), scaled, and
    whether a known currency goes with it."""
    m = re.search(_AMOUNT.pattern + r"$", words) if end else _AMOUNT.fullmatch(words.strip())
    if m is None:
        return None
    scale, post = m["sc"], m["post"]
    factor = 1.0
    if scale is not None:
        if scale not in _scales():
            if post is not None:
                return None  # "40 a day": more than an amount
            scale, post, factor = None, scale, 1.0
        else:
            factor = _scales()[scale]
    try:
        value = float(m["num"].replace(",", "")) * factor
    except ValueError:
        return None
    pre = m["pre"]
    money_pre = pre is not None and currency_for(pre) is not None
    if pre is not None and not money_pre and not end:
        return None
    if post is not None and currency_for(post) is None:
        return None if not end else (value, False)
    return value, money_pre or post is not None


def _worth(known: float, amount: str) -> bool:
    """An amount of a known currency is at most :data:`MAX_WORTH` times the number of
    ``amount`` ("3.4 million" of taviks), as a currency's unit is worth at most a few dollars or
    euros: "2,000 hampers (about $80,000)" gives the value of the things counted."""
    words = amount.strip()
    m = re.match(_ROUGHLY, words, re.IGNORECASE)
    found = _amount(words[m.end() if m else 0 :])
    return found is not None and known <= MAX_WORTH * found[0]


# how many units of the known currency one unit of a story's may be worth at most
MAX_WORTH = 4.0


def _money_alone(inner: str) -> float | None:
    """The amount of a known currency the bracket's words are, with nothing else but a word of
    roughness before it ("roughly 410,000 euros", "$6,000"; not "about $40 each"), else None."""
    m = re.match(_ROUGHLY, inner.strip(), re.IGNORECASE)
    rest = inner.strip()[m.end() if m else 0 :]
    found = _amount(rest) if rest else None
    return found[0] if found is not None and found[1] else None


def _money_before(text: str, k: int) -> float | None:
    """The amount of a known currency that ends right before the bracket at ``k`` ("$8
    million (some ...)"), else None."""
    head = text[max(0, k - 40) : k].rstrip()
    found = _amount(head, end=True) if head else None
    return found[0] if found is not None and found[1] else None


@functools.cache
def _scales() -> dict[str, float]:
    """The scale words and abbreviations after a number ("million", "bn", "m")."""
    data = load("scales")
    out = {k.lower(): float(x) for k, x in data["words"].items()}
    return out | {k: float(x) for k, x in data["abbreviations"].items()}


@functools.lru_cache(maxsize=256)
def _currency_name(word: str) -> bool:
    """``word`` is the name of a known currency ("dollar", "euros")."""
    return currency_for(word) is not None and word.isalpha() and len(word) > 3


@functools.lru_cache(maxsize=1024)
def _usable_word(word: str) -> bool:
    """``word`` may name a story's currency: a word the vocabulary neither counts, measures,
    scales nor reads as a currency already."""
    if currency_for(word) is not None or word in _lexicon() or word in _scales():
        return False
    return word not in _NOT_WORDS


def _plurals(noun: str) -> tuple[str, str]:
    """A counted noun and its plural, as the extractor's vocabulary derives them."""
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun, noun[:-1] + "ies"
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun, noun + "es"
    return noun, noun + "s"


@functools.cache
def _lexicon() -> frozenset[str]:
    """The words the vocabulary counts after a number ("visitors", "people"), lets stand
    between a number and its noun, or reads as a physical unit ("tonnes", "km"): read from the
    data files, without building the extractor's vocabulary."""
    nouns, units = load("count_nouns"), load("physical_units")
    out: set[str] = set()
    for noun in nouns["nouns"]["words"]:
        out.update(_plurals(noun.lower()))
    for plural, singular in nouns["irregular"].items():
        out.update((plural.lower(), singular.lower()))
    out.update(w.lower() for w in nouns["filler"]["stop"])
    out.update(units["symbols"])
    out.update(" ".join(k.lower().split()) for k in units["words"])
    out.update(units.get("attached", {}))
    return frozenset(out)


# words after numbers that are neither counted nouns of the vocabulary nor currencies
_NOT_WORDS = frozenset(
    [
        "per",
        "each",
        "a",
        "the",
        "of",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "from",
        "with",
        "than",
        "more",
        "less",
        "times",
        "time",
        "years",
        "year",
        "days",
        "day",
        "months",
        "month",
        "hours",
        "percent",
        "cent",
        "points",
    ]
)


def _paired_code(word: str, codes: Mapping[str, str]) -> str | None:
    """Letters the story writes as a currency of its own that spell the start of ``word`` ("ZL"
    of zeldors) or its letters in order from the first ("TVK" of tavik)."""
    up = word.upper()
    for code in codes.values():
        if up.startswith(code) or (code[0] == up[0] and _in_order(code, up)):
            return code
    return None


def _in_order(code: str, word: str) -> bool:
    it = iter(word)
    return all(ch in it for ch in code)


def _own_code(word: str) -> str | None:
    """The word's first three letters in capitals, unless letters a story may not use as its
    currency's (a code of the registry, a unit of pint, "FOR", "THE")."""
    from reconcile.quantities.story_codes import usable_code

    code = word[:3].upper()
    return code if usable_code(code) else None
