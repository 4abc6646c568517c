"""Stage 1: text -> mentions of quantities (money, percentages, counts, physical, multipliers).

A compiled-regex scanner anchored on numbers (numerals, numbers in words, multiplier verbs and
model-size names); around each number small anchored patterns read, from the vocabulary in
``reconcile/data/*.toml``: the currency written before it, the qualifier before it, the scale
word, and the unit after it. pint is only used (cached) to name physical units.

Rules (each one is exercised by ``tests/corpus/extraction.toml``):

* **What is a claim.** A number is reported when it carries a unit: a currency, a percent sign or
  word, percentage points / basis points, a physical unit, a counted noun ("300 models", "20,000
  Hugging Face downloads": up to two non-function words between them; see below for nouns outside
  the vocabulary), "N times <comparative>" (multiplier), or "magnitude". A bare number is reported
  (kind 'number', unit '') only when it carries a scale word ("380 billion", "1.2bn", "one
  trillion"). Anything else is not a claim: years, dates, clock times, tickers ("HKG: 9988",
  "9988.HK"), footnote marks, phone numbers, ordinals ("3rd"), quarters ("Q2"), versions and
  product names ("Qwen3", "H200", "GPT-5", "COVID-19": a number glued to letters or to a
  hyphenated name is never read). A four-digit number 1800-2100 without separators is a year,
  never a count ("2020 peak"). The lone word "one" does not make a count ("one model") but does
  make money ("one penny"). A number after a label word is a label ("phase 3 trial", "type 2
  diabetes"), a count followed by "ago" is a date ("2 hours ago"), and a hyphenated time adjective
  is a name ("52-week high", "10-year bond"): none is a claim.
* **Plural nouns outside the vocabulary** (``[plural]`` in ``count_nouns.toml``): a number
  followed, after at most two adjectives, by a plural-looking word counts that word's singular
  ("14 self-propelled howitzers" -> howitzer, "seven bulldozers", "3,000 new jobs"); for numbers
  below 1,000 without a scale the number must be whole and the noun lower case, and a
  capitalised word right before makes a name or date ("Apollo 11 astronauts", "March 3
  protesters", also for vocabulary nouns: "Grok 3 engineers") unless a giving verb stands
  before it ("gave the Civic Alliance 54 seats"). The words in ``not_counted`` ("times",
  "others", "ways"...) are never counted. "3 dead, 5 injured" count people; so does a bare
  number before "were killed", "remain missing", "died", "have been left homeless", "have
  been treated" (``[people_after]``). Scores and
  tallies ("a 4-1 vote", "2-2 draw") are nothing; "N-year-old" is an age (modifier 'age').
* **Counts stated before the number** (``[head_counts]``): "The death toll from the quake
  climbed overnight to 94", "the number of confirmed cases rose to 1,204", "put the toll at
  94": a head noun phrase, then (same clause, at most ``max_gap_words`` words, none a number,
  a listed verb or a breaker such as "and"/"while") a level/change verb, up to two words and
  a link ("to", "at", "by"...) before a whole bare number. The unit is the head's noun
  ("death toll" -> person, "number of X" -> X). Some heads ("turnout", "attendance") count
  only figures of 1,000 or more. A longer descriptive phrase (up to ``long_gap_words``) may
  stand between head and verb when it opens with "from"/"in"/"after"..., has no comma, has a
  listed verb only after "that"/"which" and a number only where another mention already
  stands or as a year: "The death toll from the 6.8 magnitude earthquake that devastated the
  province reached 591".
* **Shares** (``[ratio]`` in ``numbers.toml``): "one in five adults", "nine out of 10" are
  percentages (100*N/M; the interval takes M to half a unit); "2 in 10 days" is not. So are
  fractions of a whole before "of" that open their clause (``[share_fractions]``): "nearly
  half of all buildings" (50%, qualifier 'under'), "two-thirds of the budget", "a third of
  residents"; not "the first half of the year", "half an hour", "a quarter of a million" (a
  scale) nor a fraction after a verb ("make up about a quarter of revenue").
* **Context for bare numbers** (``count_nouns.toml``): a bare number still becomes a count when
  the words around it say what it counts: "54 of the 101 seats" (54 seats), "19 of them" and
  "up from 42", "grow to 700" (the counted noun of the mention just before, same sentence),
  "kills 42", "killing at least 112", "displacing nearly 3,000" (people: a verb of
  ``[cue_units]``, the qualifier between kept), "Varela, 24," / "turned 24" (an age: unit
  'year', modifier 'age'),
  "downloaded 410,000 times" (downloads). "N times" is a multiplier after "subscribed" or
  before a determiner ("100 times its revenue"), or with a fractional N ("41.6 times"); large
  event counts ("600 million times") are counts of 'time'; "called 3 times" is nothing.
* **Percentages without digits** (``numbers.toml``): "a triple-digit pace" ([100, 999.5]%,
  qualifier 'range'), "revenue was flat" (0% within ±0.5), "a quarter point" (0.25
  percentage point, exact). "4.1pc" is 4.1%.
* **Currencies.** Symbols, codes (before or after, attached or spaced: "HKD174.00", "174 HKD",
  "c $ 16.4 million", "us $ 1 billion") and names after the number. A bare "$" is USD. A bare
  "¥" is CNY unless the text's hint words say Japan ("yen", "Japan", "Tokyo"...; the currency
  with most hints wins, ``[hints]`` in currencies.toml); either way
  ``alternatives=('CNY', 'JPY')`` (the ``[ambiguous]`` list; "francs" likewise FRF/CHF).
  "JP¥"/"yen" are JPY. Sub-units are reported in the main unit ("50 cents" -> 0.5 USD).
  "3 dollars 50 cents" and "15 dollars 50" are one amount (only when the currency is written
  after the first number). "M" + code is millions ("30 MUSD").
* **Scales.** Words (thousand ... trillion, lakh, crore) and abbreviations (bn, mn, tn); the
  single letters k/m/b/M/B/T only on money ("$53B", "£5m") or before a counted noun ("5m users").
* **Qualifiers** (``qualifiers.toml``): the phrase before (or after) the amount, excluded from the
  span; ``qualifier`` is the canonical name, ``qualifier_text`` the words as written. Vetoes in
  the data drop a phrase where it means something else ("revised up to 3.3% from 3.1%", "over
  five years"); a qualifier right after another quantity is a comparison ("18% above the ₹412
  offer price"), not a qualifier of the second.
* **Ranges.** "between X and Y", "from X to Y", "X-Y", "X to Y" make ONE mention with
  ``qualifier='range'``, ``value`` = X, ``low`` = low end of X, ``high`` = high end of Y. A unit or
  scale written only on Y is shared back ("5-7%", "$10-$20 million"). "X to Y" where X carries
  its own unit ("rose 2.4% to HK$140.60", "from $10 to $20") is two mentions (a change), unless
  opened by "between".
* **Intervals.** ``low``/``high`` combine the written precision (see ``numbers.py``) with the
  qualifier's bounds rule; values are rounded to 12 significant digits.
* **Multipliers.** "13 times smaller" (modifier 'smaller'), "10x faster", "10-fold"/"tenfold"
  (modifier 'fold'), and the verbs doubled/tripled/halved... (exact value, modifier = the verb).
* **Model sizes.** In a hyphenated name starting with letters ("Qwen3-235B", "Llama-3-70B",
  "Qwen3-Next-80B-A3B"), each "<n>B/M/T" part is a parameter count (unit 'parameter'); an
  "A<n>B" part is the active count (modifier 'active') and then the size is 'total'. "8x7B" is
  one mention of 7e9 parameters with modifier 'per_expert' (the name says 8 experts of 7B; the
  shared layers make any total a guess). The span covers only the size part. In prose, "a 480B
  model", "671B parameters", "37B activated" (modifier 'active') and "Llama 3.1 405B" are
  parameter counts too; a bare "7B" is not.
* **Attached symbols** (``[attached]`` in ``physical_units.toml``): "1.5C", "41.2C", "106F" are
  temperatures only when the letter touches the number ("grade 3 C" is nothing).
* **Magnitude.** "magnitude-7.2 earthquake", "a 7.2-magnitude quake": unit 'magnitude', kind
  'number' (a logarithmic scale, dimensionless in units.py). A bare number below 10 after a
  cue ("the strongest of them measuring 5.1") or before "on the Richter scale" is one too when
  its sentence names a quake (``[magnitude]`` in physical_units.toml).
* **Text.** Non-breaking spaces and hyphens, typographic dashes/quotes, the unicode minus and
  fullwidth digits are read through a length-preserving map, so spans index the original text.
  A comma followed by one or two digits is a decimal comma ("€3,50"); "5½%" and "3 1/2 %" read
  as 5.5% and 3.5%; a number right after "digit/" is part of a fraction or a date.
  Numbers inside URLs are skipped.
"""

from __future__ import annotations

import contextvars
import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from reconcile.claims.models import Kind, Mention
from reconcile.claims.numbers import (
    half_step,
    integer_half_step,
    parse_numeral,
    parse_words,
    trie_regex,
    word_number_pattern,
)
from reconcile.units import (
    ConversionError,
    currency_codes,
    ensure_currency,
    load_data,
    pint_unit_name,
)

__all__ = ["extract_quantities", "normalize_text"]

# --------------------------------------------------------------------------------------------
# Length-preserving text normalization
# --------------------------------------------------------------------------------------------

_CHAR_MAP: dict[int, str] = {}
for _cp in (
    0x00A0,
    0x2000,
    0x2001,
    0x2002,
    0x2003,
    0x2004,
    0x2005,
    0x2006,
    0x2007,
    0x2008,
    0x200A,
    0x205F,
    0x3000,
):
    _CHAR_MAP[_cp] = " "
for _cp in (0x2009, 0x202F):  # thin spaces: also thousands separators
    _CHAR_MAP[_cp] = "\u2009"
for _cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D):
    _CHAR_MAP[_cp] = "-"
for _cp in (0x2018, 0x2019, 0x201A, 0x201B, 0x2032):
    _CHAR_MAP[_cp] = "'"
for _cp in (0x201C, 0x201D, 0x201E, 0x2033):
    _CHAR_MAP[_cp] = '"'
for _i in range(10):
    for _base in (0xFF10, 0x0660, 0x06F0, 0x0966):
        _CHAR_MAP[_base + _i] = str(_i)
_CHAR_MAP.update(
    {
        0xFF05: "%",
        0xFF04: "$",
        0xFF0C: ",",
        0xFF0E: ".",
        0xFFE5: "¥",
        0xFFE1: "£",
        0x00D7: "x",
        0xFE69: "$",
        0x2052: "%",
        0x066A: "%",
    }
)
_CHAR_MAP[0x0000] = " "


_THIN_NOT_GROUPING = re.compile(r"(?<![0-9])\u2009|\u2009(?![0-9]{3}(?![0-9]))")


def normalize_text(text: str) -> str:
    """Map look-alike characters to ASCII one for one (``len`` is preserved, so spans hold).

    Thin spaces stay (as U+2009) only between digit groups ("23 000"); elsewhere they are spaces.
    """
    n = text.translate(_CHAR_MAP)
    if "\u2009" in n:
        n = _THIN_NOT_GROUPING.sub(" ", n)
    return n


# --------------------------------------------------------------------------------------------
# Vocabulary -> compiled patterns (built once)
# --------------------------------------------------------------------------------------------


def _alt(words: object) -> str:
    """Alternation of literal tokens (as a prefix tree; spaces are literal)."""
    return trie_regex([str(w) for w in words], space=r"\ ")  # type: ignore[attr-defined]


def _flex(token: str) -> str:
    """Regex for a currency symbol; letters any case, optional space before the sign."""
    out = []
    for i, ch in enumerate(token):
        if ch == " ":
            out.append(r"[ \t]?")
            continue
        if (
            i > 1
            and not ch.isalpha()
            and token[i - 1].isalpha()
            and token[i - 2].isalpha()
            and ch != "."
        ):
            out.append(r"[ \t]?")  # "hk $", "us $"; never "a $" (A$) or "s $" (S$)
        if ch == "." and i > 0 and token[i - 1].isalpha():
            out.append(r"\.?")
            continue
        out.append(re.escape(ch))
    return "".join(out)


def _words_rx(words: object) -> str:
    """Alternation of (possibly multi-word) phrases; inner spaces match any run of blanks."""
    return trie_regex([str(w).lower() for w in words])  # type: ignore[attr-defined]


@dataclass(frozen=True)
class _Currency:
    code: str
    factor: float = 1.0
    alternatives: tuple[str, ...] = ()


@dataclass
class _Vocab:
    cur_by_token: dict[str, _Currency] = field(default_factory=dict)
    prefix_rx: re.Pattern[str] = re.compile("")
    prefix_words: frozenset[str] = frozenset()
    suffix_cur_rx: re.Pattern[str] = re.compile("")
    scale_after_code_rx: re.Pattern[str] = re.compile("")
    scale_rx: re.Pattern[str] = re.compile("")
    scales: dict[str, float] = field(default_factory=dict)
    single_scales: dict[str, float] = field(default_factory=dict)
    qual_prefix_rx: re.Pattern[str] = re.compile("")
    qual_tail_words: frozenset[str] = frozenset()
    qual_suffix_rx: re.Pattern[str] = re.compile("")
    qual_canon: dict[str, str] = field(default_factory=dict)
    qual_bounds: dict[str, tuple[str, float]] = field(default_factory=dict)
    qual_not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    qual_not_before: dict[str, re.Pattern[str]] = field(default_factory=dict)
    qual_not_units: dict[str, frozenset[str]] = field(default_factory=dict)
    opener_rx: re.Pattern[str] = re.compile("")
    pp_rx: re.Pattern[str] = re.compile("")
    bp_rx: re.Pattern[str] = re.compile("")
    pct_rx: re.Pattern[str] = re.compile("")
    phys_sym_rx: re.Pattern[str] = re.compile("")
    phys_word_rx: re.Pattern[str] = re.compile("")
    phys_att_rx: re.Pattern[str] = re.compile("")
    phys: dict[str, str] = field(default_factory=dict)
    per_rx: re.Pattern[str] = re.compile("")
    per: dict[str, str] = field(default_factory=dict)
    mult_rx: re.Pattern[str] = re.compile("")
    noun_rx: re.Pattern[str] = re.compile("")
    noun_singular: dict[str, str] = field(default_factory=dict)
    stop: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()
    hyphen_adjectives: frozenset[str] = frozenset()
    hyphen_names_rx: re.Pattern[str] = re.compile("")
    label_rx: re.Pattern[str] = re.compile("")
    name_words: frozenset[str] = frozenset()
    model_nouns: frozenset[str] = frozenset()
    master: re.Pattern[str] = re.compile("")
    verbs: dict[str, float] = field(default_factory=dict)
    compound_rx: re.Pattern[str] = re.compile("")
    times_rx: re.Pattern[str] = re.compile("")
    times_verb_rx: re.Pattern[str] = re.compile("")
    times_verbs: dict[str, str] = field(default_factory=dict)
    times_mult_rx: re.Pattern[str] = re.compile("")
    cue_rx: re.Pattern[str] = re.compile("")
    cues: dict[str, str] = field(default_factory=dict)
    inherit_rx: re.Pattern[str] = re.compile("")
    digit_words: dict[str, tuple[float, float]] = field(default_factory=dict)
    hints: dict[str, re.Pattern[str]] = field(default_factory=dict)
    point_words: dict[str, float] = field(default_factory=dict)
    plural_not: frozenset[str] = frozenset()
    people_after_rx: re.Pattern[str] = re.compile("")
    ratio_rx: re.Pattern[str] = re.compile("")
    ratio_not_before: frozenset[str] = frozenset()
    not_adjectives: frozenset[str] = frozenset()
    capitalised_ok: frozenset[str] = frozenset()
    give_verbs: frozenset[str] = frozenset()
    head_units: dict[str, str] = field(default_factory=dict)
    head_thousands: frozenset[str] = frozenset()
    head_of: frozenset[str] = frozenset()
    head_of_words: dict[str, str] = field(default_factory=dict)
    head_rx: re.Pattern[str] = re.compile("")
    head_direct_rx: re.Pattern[str] = re.compile("")
    head_tail_rx: re.Pattern[str] = re.compile("")
    head_verbs: frozenset[str] = frozenset()
    head_copulas: frozenset[str] = frozenset()
    head_breakers: frozenset[str] = frozenset()
    head_max_gap: int = 8
    head_long_gap: int = 14
    head_long_openers: frozenset[str] = frozenset()
    head_relatives: frozenset[str] = frozenset()
    head_not_before: frozenset[str] = frozenset()
    flat_interval: tuple[float, float] = (-0.5, 0.5)
    mag_cue_rx: re.Pattern[str] = re.compile("")
    mag_after_rx: re.Pattern[str] = re.compile("")
    mag_needs_rx: re.Pattern[str] = re.compile("")
    mag_below: float = 10.0
    mag_needs: tuple[str, ...] = ()
    master_rest: re.Pattern[str] = re.compile("")
    frac_numerators: dict[str, float] = field(default_factory=dict)
    frac_denominators: dict[str, float] = field(default_factory=dict)
    frac_not_after: frozenset[str] = frozenset()
    frac_not_before: frozenset[str] = frozenset()
    frac_determiners: frozenset[str] = frozenset()
    frac_openers: frozenset[str] = frozenset()
    frac_stems: tuple[str, ...] = ()


def _plurals(noun: str) -> list[str]:
    forms = [noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        forms.append(noun[:-1] + "ies")
    elif noun.endswith(("s", "x", "ch", "sh")):
        forms.append(noun + "es")
    else:
        forms.append(noun + "s")
    return forms


_CURRENT: contextvars.ContextVar[_Vocab | None] = contextvars.ContextVar(
    "reconcile_extract_vocab", default=None
)


def _vocab() -> _Vocab:
    """The vocabulary of the extraction in progress (the data files, plus caller symbols)."""
    return _CURRENT.get() or _build_vocab(())


@functools.lru_cache(maxsize=32)
def _build_vocab(extra: tuple[tuple[str, str], ...]) -> _Vocab:
    v = _Vocab()
    cur = load_data("currencies")
    codes = currency_codes()
    ambiguous = {k.lower(): tuple(vals) for k, vals in cur.get("ambiguous", {}).items()}
    symbols: list[str] = []
    names: list[str] = []
    prefix_names: list[str] = []
    code_tokens: list[str] = []
    cs_codes: list[str] = []

    def put(token: str, c: _Currency) -> None:
        key = " ".join(token.lower().split())
        alts = ambiguous.get(key)
        if alts:
            c = _Currency(alts[0], c.factor, alts)
        v.cur_by_token.setdefault(key, c)

    for token, code in extra:  # caller symbols win over the data files
        if token.replace(" ", "").isalpha():
            names.append(token)
        else:
            symbols.append(token)
        v.cur_by_token[" ".join(token.lower().split())] = _Currency(code)
    for code in codes:
        entry = cur[code]
        if entry.get("case_sensitive_code"):
            cs_codes.append(code)
        else:
            code_tokens.append(code)
        put(code, _Currency(code))
        for t in entry.get("codes", []):
            code_tokens.append(t)
            put(t, _Currency(code))
        for t in entry.get("symbols", []):
            symbols.append(t)
            put(t, _Currency(code))
        for t in entry.get("names", []):
            names.append(t)
            put(t, _Currency(code))
        for t in entry.get("prefix_names", []):
            prefix_names.append(t)
        for t, f in entry.get("subunits", {}).items():
            if t.isalpha() or " " in t:
                names.append(t)
            else:
                symbols.append(t)
            put(t, _Currency(code, float(f)))
    for code, words in cur.get("hints", {}).items():
        v.hints[code] = re.compile(rf"(?<![\w])(?:{_words_rx(words)})(?![\w])", re.IGNORECASE)
    ordered = sorted(set(symbols), key=len, reverse=True)
    sym_rx = "|".join(("(?<![A-Za-z])" if s[0].isalpha() else "") + _flex(s) for s in ordered)
    code_rx = _alt(code_tokens)
    cs_rx = _alt(cs_codes) or "(?!)"
    mcode_rx = _alt(codes)
    prefix = (
        rf"(?:(?<![A-Za-z])(?P<pm>m(?:{mcode_rx}))"
        rf"|(?<![A-Za-z])(?P<pc>(?:{code_rx})|(?-i:{cs_rx}))(?:[ \t]?\$)?"
        rf"|(?<![A-Za-z])(?P<pn>{_words_rx(prefix_names)})[ \t]"
        rf"|(?P<ps>{sym_rx}))[ \t]{{0,2}}$"
    )
    v.prefix_rx = re.compile(prefix, re.IGNORECASE)
    # Quick reject: a prefix ending in a letter must be one of these words (lower case).
    alpha_syms = [t.replace(".", "") for t in symbols if t.replace(".", "").isalpha()]
    v.prefix_words = frozenset(
        w.lower()
        for w in [
            *code_tokens,
            *cs_codes,
            *(f"m{c}" for c in codes),
            *alpha_syms,
            *(p.split()[-1] for p in prefix_names),
        ]
    )
    suffix = (
        rf"(?:[ \t]?(?P<sm>m(?:{mcode_rx}))(?![A-Za-z0-9])"
        rf"|[ \t]?(?P<sc>(?:{code_rx})|(?-i:{cs_rx}))(?![A-Za-z0-9])"
        rf"|(?:[ \t]?-?|[ \t]+)(?P<sn>{_words_rx(names)})\b"
        rf"|[ \t]?(?P<ss>{sym_rx}))"
    )
    v.suffix_cur_rx = re.compile(suffix, re.IGNORECASE)

    sc = load_data("scales")
    v.scales = {k.lower(): float(x) for k, x in sc["words"].items()}
    abbr = {k: float(x) for k, x in sc["abbreviations"].items()}
    v.single_scales = {k: float(x) for k, x in sc["single_letter"].items()}
    v.scales.update(abbr)
    v.scale_rx = re.compile(
        rf"(?:[ \t]*-?[ \t]*(?P<w>{_alt(sc['words'])})\b"
        rf"|[ \t]?(?-i:(?P<a>{_alt(abbr)}))(?![A-Za-z])"
        rf"|(?-i:(?P<s>{_alt(v.single_scales)}))(?![A-Za-z]))",
        re.IGNORECASE,
    )
    v.scale_after_code_rx = re.compile(rf"[ \t]+(?P<w>{_alt(sc['words'])})\b", re.IGNORECASE)

    q = load_data("qualifiers")
    word_q: list[str] = []
    sym_q: list[str] = []
    suf_q: list[str] = []
    for canon, table in q.items():
        if canon == "range":
            continue
        v.qual_bounds[canon] = (str(table.get("bounds", "widen")), float(table.get("margin", 0)))
        for phrase, veto in table.get("vetoes", {}).items():
            key = " ".join(phrase.lower().split())
            v.qual_not_after[key] = frozenset(w.lower() for w in veto.get("not_after", []))
            v.qual_not_units[key] = frozenset(w.lower() for w in veto.get("not_units", []))
            if veto.get("not_before"):
                v.qual_not_before[key] = re.compile(
                    rf"[ \t]+(?:{_words_rx(veto['not_before'])})\b", re.IGNORECASE
                )
        for p in table.get("prefix", []):
            v.qual_canon.setdefault(" ".join(p.lower().split()), canon)
            (word_q if p[0].isalpha() else sym_q).append(p)
        for p in table.get("suffix", []):
            v.qual_canon.setdefault("suffix:" + " ".join(p.lower().split()), canon)
            suf_q.append(p)
    v.qual_tail_words = frozenset([p.split()[-1].lower() for p in word_q] + ["the", "a", "an"])
    v.qual_prefix_rx = re.compile(
        rf"(?:(?<![\w])(?P<q>{_words_rx(word_q)})[ \t]+|(?P<s>{_alt(sym_q)})[ \t]*)"
        rf"(?:(?:the|a|an)[ \t]+)?$",
        re.IGNORECASE,
    )
    suf_words = [p for p in suf_q if p[0].isalpha()]
    suf_syms = [p for p in suf_q if not p[0].isalpha()]
    v.qual_suffix_rx = re.compile(
        rf"(?:[ \t]+(?P<q>{_words_rx(suf_words)})\b|(?P<s>{_alt(suf_syms)}))", re.IGNORECASE
    )
    v.opener_rx = re.compile(
        rf"(?<![\w])(?P<o>{_words_rx(q['range']['openers'])})[ \t]+(?:(?:the|a|an)[ \t]+)?$",
        re.IGNORECASE,
    )

    v.pp_rx = re.compile(
        r"[ \t]?-?(?:percentage[ \t-]+points?|percent(?:age)?[ \t]+pts?\b|pp\b|ppts?\b|pts?\b)",
        re.IGNORECASE,
    )
    v.bp_rx = re.compile(r"[ \t]?-?(?:basis[ \t-]+points?\b|bps\b|bp\b)", re.IGNORECASE)
    v.pct_rx = re.compile(
        r"(?:[ \t]?%(?![0-9A-Fa-f]{2})|(?:[ \t]?-?|[ \t]+)"
        r"(?:per[ \t]?cent(?:age)?s?|pct|percentages?)\b|(?-i:pc)\b)",  # "4.1pc" (UK)
        re.IGNORECASE,
    )

    ph = load_data("physical_units")
    v.phys = {k: val for k, val in ph["symbols"].items()}
    v.phys.update({" ".join(k.lower().split()): val for k, val in ph["words"].items()})
    v.phys_sym_rx = re.compile(rf"[ \t]?(?P<u>{_alt(ph['symbols'])})(?![A-Za-z0-9])")
    v.phys_word_rx = re.compile(
        rf"(?:[ \t]?-?|[ \t]+)(?P<u>{_words_rx(ph['words'])})\b", re.IGNORECASE
    )
    v.phys_att_rx = re.compile(rf"(?P<u>{_alt(ph.get('attached', {}))})(?![A-Za-z0-9])")
    for k, val in ph.get("attached", {}).items():
        v.phys.setdefault(k, val)
    v.per = {k.lower(): val for k, val in ph["per"].items()}
    mg = ph["magnitude"]
    v.mag_cue_rx = re.compile(rf"(?<![\w])(?:{_words_rx(mg['cues'])})[ \t]+$", re.IGNORECASE)
    v.mag_after_rx = re.compile(rf"[ \t]+(?:{_words_rx(mg['after'])})\b", re.IGNORECASE)
    v.mag_needs_rx = re.compile(rf"(?<![\w])(?:{_words_rx(mg['needs'])})\b", re.IGNORECASE)
    v.mag_below = float(mg["below"])
    v.mag_needs = tuple(" ".join(w.lower().split()) for w in mg["needs"])
    v.per_rx = re.compile(
        rf"(?:[ \t]*/[ \t]*|[ \t]+(?:per|a|an|each)[ \t]+)(?P<t>{_alt(ph['per'])})\b",
        re.IGNORECASE,
    )

    nums = load_data("numbers")
    v.verbs = {k.lower(): float(x) for k, x in nums["multiplier_verbs"].items()}
    v.number_words = frozenset(
        k.lower() for table in ("units", "tens", "multipliers") for k in nums[table]
    )
    comp = nums["comparatives"]
    v.mult_rx = re.compile(
        rf"(?:[ \t]?(?:times|x)[ \t]+(?P<c>{_words_rx(comp['words'])})\b"
        rf"|[ \t]?(?P<d>times)(?=[ \t]+(?:{_words_rx(comp['determiners'])})\b)"
        rf"|[ \t]?-?(?P<f>fold)\b"
        r"|(?P<x>x)(?=[ \t]+[A-Za-z]))",  # "25x earnings"
        re.IGNORECASE,
    )
    v.times_rx = re.compile(r"[ \t]+times\b", re.IGNORECASE)
    v.times_mult_rx = re.compile(
        rf"(?<![\w])(?:{_words_rx(comp['verbs'])})\b(?=[^.;!?\n]*$)", re.IGNORECASE
    )

    cn = load_data("count_nouns")
    for noun in cn["nouns"]["words"]:
        for form in _plurals(noun.lower()):
            v.noun_singular.setdefault(form, noun.lower())
    for plural, singular in cn["irregular"].items():
        v.noun_singular[plural.lower()] = singular.lower()
        v.noun_singular.setdefault(singular.lower(), singular.lower())
    v.stop = frozenset(w.lower() for w in cn["filler"]["stop"])
    v.hyphen_adjectives = frozenset(w.lower() for w in cn["hyphen_adjectives"]["words"])
    v.hyphen_names_rx = re.compile(
        rf"[ \t]+(?:{_words_rx(cn['hyphen_adjectives']['not_before'])})\b", re.IGNORECASE
    )
    v.label_rx = re.compile(
        rf"(?<![\w.])(?:{_words_rx(cn['labels']['words'])})[ \t]*$", re.IGNORECASE
    )
    v.name_words = frozenset(w.lower() for w in cn["name_before"]["words"])
    v.model_nouns = frozenset(" ".join(w.lower().split()) for w in cn["model_size"]["nouns"])
    v.noun_rx = re.compile(
        r"(?:[ \t]+|-)(?:(?P<f1>[A-Za-z][\w'.&]*)(?:[ \t]+|-))??"
        r"(?:(?P<f2>[A-Za-z][\w'.&]*)(?:[ \t]+|-))??"
        rf"(?P<n>{_words_rx(v.noun_singular)})\b",
        re.IGNORECASE,
    )
    v.times_verbs = {k.lower(): str(x) for k, x in cn["times_verbs"].items()}
    v.times_verb_rx = re.compile(
        rf"(?<![\w])(?P<v>{_words_rx(v.times_verbs)})\b(?=[^.;!?\n]*$)", re.IGNORECASE
    )
    v.cues = {" ".join(k.lower().split()): str(x) for k, x in cn["cue_units"].items()}
    v.cue_rx = re.compile(rf"(?<![\w])(?P<c>{_words_rx(v.cues)})[ \t]+$", re.IGNORECASE)
    v.inherit_rx = re.compile(
        rf"(?<![\w])(?:{_words_rx(cn['inherit_after']['words'])})[ \t]+$", re.IGNORECASE
    )
    pa = cn["people_after"]
    v.people_after_rx = re.compile(
        rf"[ \t]+(?:(?:{_words_rx(pa['linking'])})[ \t]+(?:{_words_rx(pa['states'])})"
        rf"|(?:{_words_rx(pa['verbs'])}))\b",
        re.IGNORECASE,
    )
    pl = cn["plural"]
    v.plural_not = frozenset(w.lower() for w in pl["not_counted"])
    v.not_adjectives = frozenset(w.lower() for w in pl["not_adjectives"])
    v.capitalised_ok = frozenset(w.lower() for w in pl["capitalised_ok"])
    v.give_verbs = frozenset(w.lower() for w in pl["give_verbs"])
    hc = cn["head_counts"]
    v.head_units = {" ".join(k.lower().split()): str(x) for k, x in hc["nouns"].items()}
    thousands = {" ".join(k.lower().split()): str(x) for k, x in hc["thousands_only"].items()}
    v.head_units.update(thousands)
    v.head_thousands = frozenset(thousands)
    v.head_of = frozenset(" ".join(w.lower().split()) for w in hc["of"]["heads"])
    v.head_of_words = {k.lower(): str(x) for k, x in hc["of_words"].items()}
    v.head_verbs = frozenset(w.lower() for w in hc["verbs"])
    v.head_copulas = frozenset(w.lower() for w in hc["copulas"])
    v.head_breakers = frozenset(w.lower() for w in hc["breakers"])
    v.head_max_gap = int(hc["max_gap_words"])
    v.head_long_gap = int(hc["long_gap_words"])
    v.head_long_openers = frozenset(w.lower() for w in hc["long_openers"])
    v.head_relatives = frozenset(w.lower() for w in hc["relatives"])
    v.head_not_before = frozenset(w.lower() for w in hc["not_before"])
    of_heads = [f"{h} of" for h in v.head_of]
    v.head_rx = re.compile(
        rf"(?<![\w-])(?P<h>{_words_rx([*v.head_units, *of_heads])})(?![\w-])", re.IGNORECASE
    )
    v.head_direct_rx = re.compile(
        rf"(?<![\w-])(?P<h>{_words_rx(v.head_units)})[ \t]+(?:{_words_rx(hc['direct_links'])})"
        r"[ \t]+$",
        re.IGNORECASE,
    )
    links = _words_rx(hc["links"])
    v.head_tail_rx = re.compile(
        rf"(?s:.*)(?<![\w-])(?P<verb>{_words_rx(v.head_verbs)})"
        rf"(?:[ \t]+(?!(?:{links})\b)[A-Za-z]+){{0,2}}?(?:[ \t]+(?:{links}))?[ \t]+$",
        re.IGNORECASE,
    )
    v.ratio_rx = re.compile(
        rf"[ \t]+(?:{_words_rx(nums['ratio']['connectors'])})[ \t]+"
        rf"(?P<m>\d{{1,4}}(?![0-9.,]|[ \t]*%)|{word_number_pattern()})",
        re.IGNORECASE,
    )
    v.ratio_not_before = frozenset(w.lower() for w in nums["ratio"]["not_before"])
    fold_words = _alt([*nums["units"], *nums["tens"], "hundred", "thousand"])
    qual_data = nums["qualitative"]
    digits = dict(qual_data["digits"])
    follow = digits.pop("follow")
    v.digit_words = {
        " ".join(k.lower().split()): (float(a), float(b)) for k, (a, b) in digits.items()
    }
    flat = qual_data["flat"]
    v.flat_interval = (float(flat["interval"][0]), float(flat["interval"][1]))
    # The gate lets the engine skip positions inside words before trying any branch.
    # Vocabulary here is lower case; the scanner runs this on Scanner.low.
    v.point_words = {" ".join(k.lower().split()): float(x) for k, x in qual_data["points"].items()}
    sf = nums["share_fractions"]
    v.frac_numerators = {"a": 1.0, "one": 1.0}
    v.frac_numerators.update(
        {w.lower(): float(nums["units"][w]) for w in sf["numerators"] if w in nums["units"]}
    )
    v.frac_denominators = {k.lower(): float(x) for k, x in sf["denominators"].items()}
    v.frac_not_after = frozenset(w.lower() for w in sf["not_after"])
    v.frac_not_before = frozenset(w.lower() for w in sf["not_before"])
    v.frac_determiners = frozenset(w.lower() for w in sf["determiners"])
    v.frac_openers = frozenset(w.lower() for w in sf["clause_openers"])
    dens = list(v.frac_denominators)  # "third" finds "thirds" too
    v.frac_stems = tuple(d for d in dens if not any(o != d and o in d for o in dens))
    frac_branch = (
        rf"|(?P<frac>\b(?:(?:{_alt(v.frac_numerators)})[ \t-]+)?"
        rf"(?:{_alt(v.frac_denominators)})\b(?=[ \t]+of[ \t]))"
    )
    master_head = (
        r"(?:(?<![A-Za-z])(?=[A-Za-z])|(?=\.?[0-9]))(?:"
        rf"(?P<points>\b(?:{_words_rx(v.point_words)})s?\b)|"
        rf"(?P<digits>\b(?:{_words_rx(v.digit_words)})(?=[ \t]+(?:{_words_rx(follow)})\b))"
        rf"|(?P<flat>(?<![\w])(?:{_words_rx(flat['before'])})[ \t]+"
        rf"(?P<fw>{_words_rx(flat['words'])})"
        r"\b(?![ \t-]*(?:fee|rate|tax|screen|out|broke)\b))"
        rf"|(?P<verb>\b(?:{_alt(v.verbs)})\b)"
        rf"|(?P<fold>\b(?:{fold_words})fold\b)"
    )
    master_tail = (
        rf"|(?P<wnum>{word_number_pattern()})"
        r"|(?P<num>(?<![0-9])(?<![0-9][.,])(?:"
        r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![0-9])"  # 1.234,56
        r"|\d+,\d{1,2}(?![0-9,])"  # 3,50 (decimal comma)
        r"|(?:\d{1,3}(?:[,\u2009]\d{3})+(?![0-9])|\d{1,2}(?:,\d{2})+,\d{3}(?![0-9])|\d+)"
        r"(?:\.\d+)?(?![0-9])"
        r"|(?<![0-9.])\.\d+(?![0-9]))))"  # $.50
    )
    # case-sensitive on purpose: it scans the ASCII-lower-cased text (1.7x faster)
    v.master = re.compile(master_head + frac_branch + master_tail)
    v.master_rest = re.compile(master_head + master_tail)  # after a fraction that is no share
    v.compound_rx = re.compile(
        rf"[ \t]+(?:and[ \t]+)?(?P<n>\d{{1,2}}(?![0-9]|[.,][0-9])|{word_number_pattern()})",
        re.IGNORECASE,
    )
    return v


_ASCII_LOWER = {i: i + 32 for i in range(ord("A"), ord("Z") + 1)}
_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+", re.IGNORECASE)
_HYPHEN_NAME = re.compile(r"(?<![\w$])[A-Za-z][A-Za-z0-9._]*(?:-[A-Za-z0-9._]*[A-Za-z0-9])+")
_MODEL_PART = re.compile(r"(?<=-)(?:(?P<x>\d+)x)?(?P<a>A)?(?P<n>\d+(?:\.\d+)?)(?P<s>[BbMT])(?=-|$)")
_HYPHEN_OK = frozenset({"magnitude"})  # "magnitude-7.2": a word, not a product name
_MODEL_SCALE = {"B": 1e9, "b": 1e9, "M": 1e6, "T": 1e12}
_PERCENT_OF = re.compile(r"(?<![\w])(?:per[ \t]?cents?|percents?)[ \t]+of[ \t]+$", re.IGNORECASE)
_MAGNITUDE_BEFORE = re.compile(r"(?<![\w])magnitude[ \t]*-?[ \t]*$", re.IGNORECASE)
_MAGNITUDE_AFTER = re.compile(r"[ \t]?-?[ \t]?magnitude\b", re.IGNORECASE)
_MINUS_WORD = re.compile(r"(?<![\w])minus[ \t]+$", re.IGNORECASE)
_RANGE_CONN = re.compile(r"[ \t]*(?P<c>-|to|and|through)[ \t]*", re.IGNORECASE)
_PLUS = re.compile(r"\+")
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d|2100)$")
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
_FRACTION_AFTER = re.compile(r"[ \t]+(?P<a>[0-9]{1,2})/(?P<b>[0-9]{1,2})(?![0-9/])")
_ACTIVE_AFTER = re.compile(r"[ \t]+(?:activated|active)\b", re.IGNORECASE)
_MODEL_VERSION_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Za-z]+[ \t-]?[0-9]+(?:\.[0-9]+)*[ \t]+$")
_NAME_BEFORE = re.compile(r"(?<![\w'])(?P<w>[A-Za-z&]+)[ \t]$")
_CAMEL = re.compile(r"[a-z]+[A-Z]")
_PREV_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")
_AGO = re.compile(r"[ \t]+ago\b", re.IGNORECASE)
_AGE_NAME = re.compile(r"(?<![\w])[A-Z][a-z]+,[ \t]+$")
_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|all)[ \t]+)?(?=[0-9])", re.IGNORECASE)
_OF_THEM = re.compile(r"[ \t]+of[ \t]+them\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;][ \t\n]|\n\n")
_YEARS_OLD = re.compile(r"(?:-|[ \t]+)old\b", re.IGNORECASE)
_SCORE_TAIL = re.compile(r"-(?P<b>\d{1,3})(?![0-9%$]|[.,][0-9])")
_SHARE_OF = re.compile(r"[ \t]+of[ \t]+(?P<w>[\w'.]+)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[.!?;:)(\[\]][ \t\n]|\n|[\"]")


# --------------------------------------------------------------------------------------------
# Pieces of one amount
# --------------------------------------------------------------------------------------------


@dataclass
class _Num:
    start: int  # start of the number itself
    end: int  # end of number + scale
    value: float  # scaled
    half: float  # scaled precision
    scale: str | None
    single_scale: bool  # scale is a single-letter abbreviation
    word: bool
    single_word: str | None  # "one", "eight": lone number word
    text: str


def _scaled(num: _Num, word: str, factor: float) -> _Num:
    """``num`` with a scale word written after its currency code ("USD 5 bn") applied."""
    return replace(
        num, value=num.value * factor, half=num.half * factor, scale=word, single_scale=False
    )


@dataclass
class _Unit:
    end: int
    unit: str
    kind: Kind
    factor: float = 1.0
    alternatives: tuple[str, ...] = ()
    modifier: str | None = None


def _round(x: float | None) -> float | None:
    if x is None or x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")


def _read_scale(n: str, pos: int) -> tuple[int, float, str | None, bool]:
    v = _vocab()
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


def _read_number(n: str, m: re.Match[str]) -> _Num | None:
    if m["num"]:
        raw = m["num"]
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
        if base == int(base):  # "5½%", "3 1/2 %"
            if end < len(n) and n[end] in _VULGAR:
                base, half, end = base + _VULGAR[n[end]], 0.125, end + 1
            else:
                fm = _FRACTION_AFTER.match(n, end)
                if fm and int(fm["a"]) < int(fm["b"]) and fm["b"] in ("2", "3", "4", "8", "16"):
                    base += int(fm["a"]) / int(fm["b"])
                    half, end = 0.5 / int(fm["b"]), fm.end()
        end, mult, scale, single = _read_scale(n, end)
        return _Num(m.start(), end, base * mult, half * mult, scale, single, False, None, raw)
    wm = parse_words(m["wnum"])
    if wm is None:
        return None
    end = m.start() + wm.length
    scale = wm.scale
    single_word = m["wnum"][: wm.length].lower() if wm.single else None
    value, half = wm.value, integer_half_step(wm.value)
    single = False
    if scale is None:
        end2, mult, sc, single = _read_scale(n, end)
        if sc and not single:
            end, scale = end2, sc
            value, half = value * mult, half * mult
        else:
            single = False
    return _Num(m.start(), end, value, half, scale, single, True, single_word, n[m.start() : end])


def _currency_suffix(n: str, pos: int) -> tuple[int, _Currency, float] | None:
    v = _vocab()
    m = v.suffix_cur_rx.match(n, pos)
    if not m:
        return None
    mult = 1.0
    if m["sm"]:
        c = v.cur_by_token[m["sm"][1:].lower()]
        return m.end(), c, 1e6
    token = m["sc"] or m["sn"] or m["ss"]
    c = v.cur_by_token.get(" ".join(token.lower().split()))
    if c is None:
        c = v.cur_by_token.get(token.lower().replace(" ", "").replace("\t", ""))
    if c is None:
        return None
    return m.end(), c, mult


def _currency_prefix(n: str, start: int) -> tuple[int, _Currency, float] | None:
    v = _vocab()
    k = start
    while k > 0 and start - k < 2 and n[k - 1] in " \t":
        k -= 1
    if k == 0:
        return None
    if n[k - 1].isalpha():
        j = k - 1
        while j > 0 and k - j < 8 and n[j - 1].isalpha():
            j -= 1
        if n[j:k].lower() not in v.prefix_words:
            return None
    elif n[k - 1].isdigit() or n[k - 1] in " \t\n,;:()[]\"'-+=/":
        return None
    m = v.prefix_rx.search(n, max(0, start - 12), start)
    if not m:
        return None
    if m["pm"]:
        return m.start(), v.cur_by_token[m["pm"][1:].lower()], 1e6
    token = m["pc"] or m["pn"] or m["ps"]
    key = " ".join(token.lower().split())
    c = v.cur_by_token.get(key) or v.cur_by_token.get(re.sub(r"[ \t]", "", key))
    if c is None:
        # "u.s $", "hk $": letters spaced from the sign
        c = v.cur_by_token.get(re.sub(r"[ \t.]", "", key))
        if c is None:
            c = v.cur_by_token.get(re.sub(r"[ \t]", "", key).replace("u.s$", "us$"))
    if c is None:
        return None
    return m.start(), c, 1.0


@functools.lru_cache(maxsize=512)
def _phys_name(expr: str) -> str | None:
    try:
        return pint_unit_name(expr)
    except ConversionError:  # a data entry pint does not know: skip it, never crash
        return None


def _unit_suffix(n: str, pos: int) -> _Unit | None:
    """The unit written right after the number (and scale), if any."""
    v = _vocab()
    m = v.bp_rx.match(n, pos)
    if m:
        return _Unit(m.end(), "basis_point", "percent")
    m = v.pp_rx.match(n, pos)
    if m:
        return _Unit(m.end(), "percentage_point", "percent")
    m = v.pct_rx.match(n, pos)
    if m:
        return _Unit(m.end(), "percent", "percent")
    cs = _currency_suffix(n, pos)
    if cs:
        end, c, mult = cs
        return _Unit(end, c.code, "money", c.factor * mult, c.alternatives)
    m = v.mult_rx.match(n, pos)
    if m:
        modifier = m["c"] or m["f"]
        return _Unit(
            m.end(),
            "times",
            "multiplier",
            modifier=" ".join(modifier.lower().split()) if modifier else None,
        )
    m = v.phys_sym_rx.match(n, pos) or v.phys_word_rx.match(n, pos)
    if m is None and pos > 0 and n[pos - 1].isdigit():
        m = v.phys_att_rx.match(n, pos)  # "1.5C": only touching the number
    if m:
        token = m["u"]
        expr = v.phys.get(token) or v.phys.get(" ".join(token.lower().split()))
        if expr is None:
            return None
        end = m.end()
        pm = v.per_rx.match(n, end)
        if pm and "/" not in expr:
            expr = f"({expr}) / {v.per[pm['t'].lower()]}"
            end = pm.end()
        name = _phys_name(expr)
        return _Unit(end, name, "physical") if name else None
    m = _MAGNITUDE_AFTER.match(n, pos)
    if m:
        return _Unit(m.end(), "magnitude", "number")
    return None


def _noun_suffix(n: str, pos: int, num: _Num) -> _Unit | None:
    v = _vocab()
    if num.single_word == "one" or (not num.word and not num.scale and _YEAR.match(num.text)):
        return None
    m = v.noun_rx.match(n, pos)
    if not m:
        return _plural_noun(n, pos, num) or _people_word(n, pos, num)
    if m["f1"]:  # "14 howitzers near homes": the plural nearer the number is what it counts
        nearer = _plural_noun(n, pos, num)
        if nearer is not None and nearer.end <= m.start("n"):
            return nearer
    for f in (m["f1"], m["f2"]):
        if f and (
            f.lower() in v.stop
            or f.lower() in v.cur_by_token
            or f.lower() in v.scales
            or f.lower() in v.number_words
        ):
            return None
    noun = v.noun_singular[" ".join(m["n"].lower().split())]
    if (
        n[pos : pos + 1] == "-"
        and not m["f1"]
        and noun in v.hyphen_adjectives
        and v.hyphen_names_rx.match(n, m.end())
    ):
        return None  # "52-week high", "10-year bond": names
    if noun == "year" and not m["f1"] and _YEARS_OLD.match(n, m.end()):
        return _Unit(m.end(), noun, "count", modifier="age")  # "a 45-year-old", "45 years old"
    return _Unit(m.end(), noun, "count")


_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-z]+(?:[-.][A-Za-z]+)*)")
_CAP_BEFORE = re.compile(r"(?<![\w'])(?P<w>[A-Z][\w'&.]*)[ \t]+$")
_WORD_BEFORE = re.compile(r"(?<![\w'])(?P<w>[A-Za-z]+)\.?[ \t]+$")


def _singular(word: str) -> str:
    """The singular of a regular plural (lower case): "howitzers" -> "howitzer"."""
    v = _vocab()
    if word in v.noun_singular:
        return v.noun_singular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]
    return word[:-1]


def _plural_looking(word: str) -> bool:
    """Lower-case ``word`` ends like a regular plural ("howitzers"; not "glass", "bonus")."""
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word.isalpha()
    )


def _name_or_date_before(n: str, start: int) -> bool:
    """A small number after a capitalised word is a name or a date ("Apollo 11", "March 3"),
    after a month or weekday a date, after "#" or "9:" a rank or clock time."""
    v = _vocab()
    if start > 0 and n[start - 1] == "#":
        return True
    if start > 1 and n[start - 1] in ":." and n[start - 2].isdigit():
        return True
    wb = _WORD_BEFORE.search(n, max(0, start - 24), start)
    if wb and wb["w"].lower() in v.not_adjectives:
        return True
    cm = _CAP_BEFORE.search(n, max(0, start - 32), start)
    if cm is None:
        return False
    word = cm["w"]
    low = word.lower().rstrip(".")
    if low.endswith("'s") or low.endswith("s'"):
        return False  # "the Army's 14 howitzers"
    if (
        low in v.stop
        or low in v.capitalised_ok
        or low in v.qual_tail_words
        or low in v.number_words
        or low in v.cues
    ):
        return False
    # "gave the Civic Alliance 54 seats": the capitalised words name who gets the count
    words = re.findall(r"[\w'&.]+", n[max(0, cm.start() - 80) : cm.start()])
    while words and (words[-1][:1].isupper() or words[-1].lower() in ("the", "a", "an")):
        words.pop()
    return not (words and words[-1].lower() in v.give_verbs)


def _small_plain(n: str, num: _Num) -> bool:
    """A number below 1,000 (no scale, no separator) that may count: whole, positive, and not
    part of a name or date."""
    return num.value == int(num.value) and num.value > 0 and not _name_or_date_before(n, num.start)


def _big(num: _Num) -> bool:
    return num.scale is not None or (not num.word and num.value >= 1000 and "," in num.text)


def _people_word(n: str, pos: int, num: _Num) -> _Unit | None:
    """ "3 dead, 5 injured", "1.4 million unemployed": a word of ``[head_counts.of_words]``
    right after a number, with no noun after it, counts people."""
    v = _vocab()
    if num.single_scale or not (_big(num) or _small_plain(n, num)):
        return None
    m = _WORD_AFTER.match(n, pos)
    if m is None or m["w"].lower() not in v.head_of_words:
        return None
    nxt = _WORD_AFTER.match(n, m.end())
    if nxt is not None and (
        _plural_looking(nxt["w"].lower()) or nxt["w"].lower() in v.noun_singular
    ):
        return None  # "3 injured players" is read by the noun rules
    return _Unit(m.end(), v.head_of_words[m["w"].lower()], "count")


def _plural_noun(n: str, pos: int, num: _Num) -> _Unit | None:
    """Outside the vocabulary, a plural noun right after a number (after at most two
    adjectives) is what it counts: "14 self-propelled howitzers" (howitzer), "3,000 new jobs",
    "50.1 million iPhones" (iphone), "1,200 Americans" (see ``[plural]`` in count_nouns.toml)."""
    if num.single_scale:
        return None
    v = _vocab()
    big = _big(num)
    if not big and not _small_plain(n, num):
        return None
    at = pos
    for i in range(3):
        m = _WORD_AFTER.match(n, at)
        if not m:
            return None
        word = m["w"]
        low = word.lower()
        if _plural_looking(low):
            if (
                low in v.plural_not
                or low in v.stop
                or low in v.cur_by_token
                or low in v.scales
                or not (big or word.islower())
                or n[m.end() : m.end() + 1] in ("-", "'")
            ):
                return None
            return _Unit(m.end(), _singular(low), "count")
        if (
            i == 2
            or low in v.stop
            or low in v.not_adjectives
            or low in v.plural_not
            or low in v.number_words
            or low in v.cur_by_token
            or low in v.scales
            or low in v.phys
            or low in v.head_verbs
            or (word.isupper() and len(word) > 1 and low in v.cur_by_token)
        ):
            return None
        at = m.end()
    return None


def _interval(
    value: float, half: float, qualifier: str | None
) -> tuple[float | None, float | None]:
    lo, hi = value - half, value + half
    if qualifier is None:
        return lo, hi
    bounds, margin = _vocab().qual_bounds.get(qualifier, ("widen", 0.0))
    a = abs(value)
    if bounds == "widen":
        return lo - margin * a, hi + margin * a
    if bounds == "lower":
        return value, None
    if bounds == "near_below":
        return value - margin * a, value
    if bounds == "upper_wide":
        return None, hi
    if bounds == "upper":
        return None, value
    return lo, hi


# --------------------------------------------------------------------------------------------
# The scanner
# --------------------------------------------------------------------------------------------


@dataclass
class _Amount:
    start: int
    num: _Num
    cur: tuple[int, _Currency, float] | None
    negative: bool


_AGE_BAND = re.compile(
    r"\baged\s+(?:between\s+)?\d{1,3}\s*(?:-|\u2013|to|and)\s*\d{1,3}(?:-year-olds?)?\b"
    r"|\b\d{1,3}\s*-?\s*(?:to|\u2013|-)\s*\d{1,3}-year-olds\b"
    r"|\bbetween\s+(?:the\s+)?ages\s+(?:of\s+)?\d{1,3}\s+and\s+\d{1,3}\b"
)


class _Scanner:
    def __init__(self, text: str) -> None:
        self.text = text
        self.n = normalize_text(text)
        self.v = _vocab()
        self.out: list[Mention] = []
        self.last_end = 0
        n = self.n
        self.low = n.translate(_ASCII_LOWER)  # same length: positions are shared
        self.blocked: list[tuple[int, int]] = (
            [m.span() for m in _URL.finditer(n)]
            if ("://" in n or "www." in n or "WWW." in n or "@" in n)
            else []
        )
        if "aged" in self.low or "year-old" in self.low or "ages" in self.low:
            # an age band names a group of people, it is no figure: "aged 15 to 24"
            self.blocked += [m.span() for m in _AGE_BAND.finditer(self.low)]
        self.models: list[tuple[int, int, Mention]] = []
        self._hints: dict[str, list[int]] = {}
        self._quake: bool | None = None  # does the text name a quake? (asked lazily)
        self._cue_word: bool | None = None  # does it hold a word of [cue_units]?
        self._scan_model_names()

    # -- helpers ------------------------------------------------------------------------------

    def _blocked(self, pos: int) -> tuple[int, int] | None:
        for a, b in self.blocked:
            if a <= pos < b:
                return a, b
        return None

    def _emit(
        self,
        start: int,
        end: int,
        value: float,
        half: float,
        unit: str,
        kind: Kind,
        qual: str | None,
        qual_text: str | None,
        scale: str | None,
        alternatives: tuple[str, ...] = (),
        modifier: str | None = None,
        interval: tuple[float | None, float | None] | None = None,
    ) -> None:
        lo, hi = interval if interval is not None else _interval(value, half, qual)
        if len(alternatives) > 1:
            unit = self._pick_currency(unit, alternatives, start)
        self.out.append(
            Mention(
                surface=self.text[start:end],
                span=(start, end),
                value=_round(value) or 0.0,
                unit=unit,
                kind=kind,
                low=_round(lo),
                high=_round(hi),
                scale=scale,
                qualifier=qual,
                qualifier_text=qual_text,
                alternatives=alternatives,
                modifier=modifier,
            )
        )
        self.last_end = max(self.last_end, end)

    def _pick_currency(self, default: str, candidates: tuple[str, ...], at: int) -> str:
        """Resolve an ambiguous symbol by the hint words of the whole text (currencies.toml):
        most hints wins; on a tie, the hint nearest to the mention; no hints, the default."""
        best, best_key = default, (0, 0.0)
        for code in candidates:
            if code not in self._hints:
                rx = self.v.hints.get(code)
                self._hints[code] = [m.start() for m in rx.finditer(self.n)] if rx else []
            found = self._hints[code]
            if not found:
                continue
            key = (len(found), -min(abs(p - at) for p in found))
            if key > best_key:
                best, best_key = code, key
        return best

    def _scan_model_names(self) -> None:
        n = self.n
        if "-" not in n:
            return
        for tok in _HYPHEN_NAME.finditer(n):
            word = tok.group(0)
            has_digit = any(ch.isdigit() for ch in word)
            if not has_digit:
                continue
            first = word.split("-", 1)[0]
            if first.lower() in _HYPHEN_OK:
                continue
            self.blocked.append(tok.span())
            if sum(ch.isalpha() for ch in first) < 2:
                continue
            parts = list(_MODEL_PART.finditer(word))
            has_active = any(p["a"] for p in parts)
            for p in parts:
                value = float(p["n"]) * _MODEL_SCALE[p["s"]]
                half = half_step(p["n"]) * _MODEL_SCALE[p["s"]]
                if p["a"]:
                    modifier: str | None = "active"
                elif p["x"]:
                    modifier = "per_expert"
                else:
                    modifier = "total" if has_active else None
                a, b = tok.start() + p.start(), tok.start() + p.end()
                lo, hi = value - half, value + half
                self.models.append(
                    (
                        a,
                        b,
                        Mention(
                            surface=self.text[a:b],
                            span=(a, b),
                            value=value,
                            unit="parameter",
                            kind="count",
                            low=_round(lo),
                            high=_round(hi),
                            scale=p["s"],
                            modifier=modifier,
                        ),
                    )
                )

    # -- main loop ----------------------------------------------------------------------------

    def run(self) -> list[Mention]:
        n = self.n
        lowered = self.low
        # the fraction branch only where a denominator word stands (str.find is cheap)
        has_fraction = any(word in lowered for word in self.v.frac_stems)
        master = self.v.master if has_fraction else self.v.master_rest
        pos = 0
        while True:
            m = master.search(lowered, pos)
            if not m:
                break
            pos = m.end()
            blocked = self._blocked(m.start())
            if blocked:
                pos = max(pos, blocked[1])
                continue
            if has_fraction and m["frac"]:
                share_end = self._share(m)
                if share_end is not None:
                    pos = share_end
                    continue
                rest = self.v.master_rest.match(lowered, m.start())
                if rest is None:
                    continue
                m = rest
                pos = m.end()
            if m["verb"]:
                self._verb(m)
                continue
            if m["digits"]:
                low, high = self.v.digit_words[" ".join(m["digits"].lower().split())]
                self._emit(
                    m.start(),
                    m.end(),
                    low,
                    0.0,
                    "percent",
                    "percent",
                    "range",
                    self.n[m.start("digits") : m.end("digits")],
                    None,
                    interval=(low, high),
                )
                continue
            if m["points"]:
                key = " ".join(m["points"].split())
                value = self.v.point_words.get(key, self.v.point_words.get(key[:-1], 0.0))
                self._emit_simple(m.start(), m.end(), value, 0.0, "percentage_point", "percent")
                continue
            if m["flat"]:
                a, b = m.span("fw")
                self._emit(
                    a,
                    b,
                    0.0,
                    0.0,
                    "percent",
                    "percent",
                    None,
                    None,
                    None,
                    interval=self.v.flat_interval,
                )
                continue
            if m["fold"]:
                word = m["fold"][:-4].lower()
                wn = parse_words(word)
                if wn:
                    self._emit_simple(
                        m.start(), m.end(), wn.value, 0.0, "times", "multiplier", modifier="fold"
                    )
                continue
            if m["num"] and not self._left_ok(m.start()):
                pos = self._skip_token(m.end())
                continue
            if (
                m["wnum"]
                and m.start() > 1
                and n[m.start() - 1] == "-"
                and (n[m.start() - 2].isalnum())
            ):
                continue  # "7-Eleven", "Catch-Twenty": part of a name
            end = self._amount(m)
            if end is not None:
                pos = max(pos, end)
            elif m["num"] and m.end() < len(n) and n[m.end()].isalpha():
                pos = self._skip_token(m.end())
        self.out.extend(mm for _, _, mm in self.models)
        self.out.sort(key=lambda x: x.span)
        return self.out

    def _skip_token(self, pos: int) -> int:
        n = self.n
        while pos < len(n) and (n[pos].isalnum() or n[pos] in "._"):
            pos += 1
        return pos

    def _left_ok(self, start: int) -> bool:
        """A numeral glued to letters must be a currency code ("USD22.38"), not a name."""
        n = self.n
        if start == 0:
            return True
        prev = n[start - 1]
        if prev.isalpha() or prev == "_":
            return _currency_prefix(n, start) is not None
        # "1/2", "09/09/2025": after "digit/" a number is a fraction or a date part
        return not (prev == "/" and start > 1 and n[start - 2].isdigit())

    def _qualifier(self, start: int, end: int, unit: str) -> tuple[str | None, str | None]:
        """The qualifier written before ``start`` (or after ``end``), after the data's vetoes."""
        n, v = self.n, self.v
        k = start
        while k > 0 and n[k - 1] in " \t":
            k -= 1
        m = None
        if k > 0:
            if n[k - 1].isalpha() or n[k - 1] == ".":
                j = k - 1
                while j > 0 and (n[j - 1].isalpha() or n[j - 1] == "."):
                    j -= 1
                if n[j:k].lower() in v.qual_tail_words:
                    m = v.qual_prefix_rx.search(n, max(0, start - 40), start)
            elif not n[k - 1].isdigit():
                m = v.qual_prefix_rx.search(n, max(0, start - 40), start)
        if m:
            text = m["q"] or m["s"]
            canon = v.qual_canon.get(" ".join(text.lower().split()))
            if canon is None:
                return None, None
            prev = self.out[-1].span[1] if self.out else -10
            if 0 <= m.start() - prev <= 2 and not n[prev : m.start()].strip():
                return None, None  # "18% above the ₹412 offer price": a comparison
            key = " ".join(text.lower().split())
            pw = _PREV_WORD.search(n, max(0, m.start() - 24), m.start())
            if pw and pw.group(1).lower() in v.qual_not_after.get(key, frozenset()):
                return None, None
            nb = v.qual_not_before.get(key)
            if nb is not None and nb.match(n, end):
                return None, None
            if unit in v.qual_not_units.get(key, frozenset()):
                return None, None
            return canon, text
        sm = v.qual_suffix_rx.match(n, end)
        if sm:
            text = sm["q"] or sm["s"]
            return v.qual_canon.get("suffix:" + " ".join(text.lower().split())), text
        return None, None

    def _emit_simple(
        self,
        start: int,
        end: int,
        value: float,
        half: float,
        unit: str,
        kind: Kind,
        modifier: str | None = None,
    ) -> None:
        qual, qual_text = self._qualifier(start, end, unit)
        interval = (value - half, value + half) if qual is None else _interval(value, half, qual)
        self._emit(
            start,
            end,
            value,
            half,
            unit,
            kind,
            qual,
            qual_text,
            None,
            modifier=modifier,
            interval=interval,
        )

    def _verb(self, m: re.Match[str]) -> None:
        word = m["verb"].lower()
        self._emit_simple(
            m.start(), m.end(), self.v.verbs[word], 0.0, "times", "multiplier", modifier=word
        )

    def _lead(self, num: _Num) -> _Amount:
        """Currency prefix ("HK$", "USD ") and sign ("-", "−", "minus") before the number."""
        n = self.n
        start = num.start
        cur = None if num.word else _currency_prefix(n, start)
        if cur and cur[0] < self.last_end:
            cur = None  # already the unit of the mention before: "10 rmb 20 usd"
        lead = cur[0] if cur else start
        negative = False
        if lead > 0 and n[lead - 1] == "-" and (lead == 1 or n[lead - 2] in " \t\n([/:=~"):
            negative = True
            lead -= 1
        else:
            mw = _MINUS_WORD.search(n, max(0, lead - 8), lead)
            if mw:
                negative = True
                lead = mw.start()
        return _Amount(lead, num, cur, negative)

    def _amount(self, m: re.Match[str]) -> int | None:
        n = self.n
        num = _read_number(n, m)
        if num is None:
            return None
        if num.start < self.last_end:
            return None
        amt = self._lead(num)
        label = (
            amt.cur is None
            and not amt.negative
            and self.v.label_rx.search(n, max(0, amt.start - 14), amt.start) is not None
        )
        # '+' right after the number: "300+ models"
        plus_end = None
        if num.end < len(n) and n[num.end] == "+":
            plus_end = num.end + 1
        unit, num = self._unit_for(amt, num, plus_end if plus_end else num.end)
        if label and (unit is None or unit.kind in ("count", "number")):
            return num.end  # "phase 3 trial", "type 2 diabetes": a label, not a quantity
        if (
            (unit is None or unit.kind == "count")
            and amt.cur is None
            and not num.scale
            and "," not in num.text
            and (
                self._name_before(amt.start)
                or (  # "Grok 3 engineers", "March 3 protesters" (a title-case line says nothing)
                    unit is not None
                    and unit.modifier is None
                    and n[unit.end - 1].islower()
                    and _name_or_date_before(n, num.start)
                )
            )
        ):
            return num.end  # "Windows 11 users", "iPhone 17 buyers": part of a name
        if unit is None and amt.cur is None and not amt.negative and not label:
            ratio = self._ratio(amt, num)
            if ratio is not None:
                return ratio  # "one in five adults": a share
        score = self._score_end(amt, num, unit)
        if score is not None:
            return score  # "a 4-1 vote", "the 7-0 defeat": a score or tally, not a quantity
        # Range?
        opener = self.v.opener_rx.search(n, max(0, amt.start - 20), amt.start)
        after = unit.end if unit else num.end
        rng = self._range(amt, num, unit, after, opener)
        if rng is not None:
            return rng
        if unit is None:
            unit = self._context_unit(amt, num)
        if unit is None:
            if num.scale and not num.single_scale:
                unit = _Unit(num.end, "", "number")
            elif _PERCENT_OF.search(n, max(0, amt.start - 16), amt.start):
                pm = _PERCENT_OF.search(n, max(0, amt.start - 16), amt.start)
                assert pm is not None
                if pm.start() >= self.last_end and self._no_number_before(pm.start()):
                    return self._finish(
                        pm.start(), amt, num, _Unit(num.end, "percent", "percent"), None
                    )
                return None
            elif _MAGNITUDE_BEFORE.search(n, max(0, amt.start - 12), amt.start):
                mg = _MAGNITUDE_BEFORE.search(n, max(0, amt.start - 12), amt.start)
                assert mg is not None
                if mg.start() < self.last_end:
                    return None  # "94 magnitude-7.2": the word is the unit of the one before
                return self._finish(
                    mg.start(), amt, num, _Unit(num.end, "magnitude", "number"), None
                )
            else:
                mag_end = self._magnitude_cue(amt, num)
                if mag_end is None:
                    return None
                return self._finish(
                    amt.start, amt, num, _Unit(mag_end, "magnitude", "number"), None
                )
        qual_override = None
        if plus_end is not None and unit is not None:
            qual_override = ("at_least", "+")
        return self._finish(amt.start, amt, num, unit, qual_override)

    def _context_unit(self, amt: _Amount, num: _Num) -> _Unit | None:
        """A unit for a bare number read from the words around it (see count_nouns.toml)."""
        n, v = self.n, self.v
        if num.single_word == "one" or amt.cur is not None:
            return None
        year = not num.word and _YEAR.match(num.text) is not None
        tm = v.times_rx.match(n, num.end)
        if tm:  # "downloaded 410,000 times", "subscribed 41.6 times"
            window = max(0, amt.start - 60)
            vm = v.times_verb_rx.search(n, window, amt.start)
            if vm:
                return _Unit(tm.end(), v.times_verbs[" ".join(vm["v"].lower().split())], "count")
            if v.times_mult_rx.search(n, window, amt.start) or num.value != int(num.value):
                return _Unit(tm.end(), "times", "multiplier")
            if num.value >= 1000 and not year:
                return _Unit(tm.end(), "time", "count")
            return None
        if year:
            return None
        om = _OF_THE.match(n, num.end)
        if om:  # "54 of the 101 seats"
            m2 = v.master.match(self.low, om.end())
            if m2 and m2["num"]:
                num2 = _read_number(n, m2)
                if num2 is not None:
                    noun = _noun_suffix(n, num2.end, num2)
                    if noun is not None:
                        return _Unit(num.end, noun.unit, "count")
        cm = v.cue_rx.search(n, max(0, amt.start - 24), amt.start)
        if cm is None and self._cue_word is None:
            self._cue_word = any(cue in self.low for cue in v.cues)
        if cm is None and self._cue_word:  # "killing at least 112": cue, qualifier, number
            qm = v.qual_prefix_rx.search(n, max(0, amt.start - 40), amt.start)
            if qm is not None and qm["q"]:
                cm = v.cue_rx.search(n, max(0, qm.start() - 24), qm.start())
        if cm:
            target = v.cues[" ".join(cm["c"].lower().split())]
            if target == "age":
                if 0 < num.value < 130 and num.value == int(num.value):
                    return _Unit(num.end, "year", "count", modifier="age")
                return None
            return _Unit(num.end, target, "count")
        if (
            _AGE_NAME.search(n, max(0, amt.start - 24), amt.start)
            and n[num.end : num.end + 1] == ","
            and not num.word
            and 0 < num.value < 130
            and num.value == int(num.value)
        ):
            return _Unit(num.end, "year", "count", modifier="age")  # "Varela, 24, scored"
        if v.people_after_rx.match(n, num.end) and (_big(num) or _small_plain(n, num)):
            return _Unit(num.end, "person", "count")  # "At least 94 were killed"
        head = self._head_count(amt, num)
        if head is not None:
            return head
        prev = self.out[-1] if self.out else None
        if prev is None or prev.kind != "count" or prev.modifier is not None:
            return None
        between = n[prev.span[1] : amt.start]
        if len(between) > 100 or _SENTENCE_BREAK.search(between):
            return None
        if _OF_THEM.match(n, num.end):  # "31 goals last season, 19 of them"
            return _Unit(num.end, prev.unit, "count")
        if v.inherit_rx.search(n, max(0, amt.start - 16), amt.start):
            return _Unit(num.end, prev.unit, "count")
        return None

    def _ratio(self, amt: _Amount, num: _Num) -> int | None:
        """ "one in five", "nine out of 10": a share of 100*N/M percent (``[ratio]``)."""
        n, v = self.n, self.v
        if num.scale or num.value != int(num.value) or num.value < 1 or _YEAR.match(num.text):
            return None
        m = v.ratio_rx.match(n, num.end)
        if m is None:
            return None
        raw = m["m"]
        if raw[0].isdigit():
            total, end = float(raw), m.end()
        else:
            wn = parse_words(raw)
            if wn is None or wn.scale:
                return None
            total, end = wn.value, m.start("m") + wn.length
        if total <= num.value or total < 2 or _YEAR.match(raw):
            return None
        after = _WORD_AFTER.match(n, end)
        if after is not None and after["w"].lower() in v.ratio_not_before:
            return None
        value = 100.0 * num.value / total
        lo, hi = 100.0 * num.value / (total + 0.5), 100.0 * num.value / (total - 0.5)
        qual, qual_text = self._qualifier(amt.start, end, "percent")
        interval: tuple[float | None, float | None] = (lo, hi)
        if qual is not None:
            interval = _interval(value, max(value - lo, hi - value), qual)
        self._emit(
            amt.start,
            end,
            value,
            0.0,
            "percent",
            "percent",
            qual,
            qual_text,
            None,
            interval=interval,
        )
        return end

    def _share(self, m: re.Match[str]) -> int | None:
        """ "nearly half of all buildings", "two-thirds of the budget": a share of 100*N/M
        percent with the interval of "N in M" (``[share_fractions]`` in numbers.toml); None
        when the fraction names something else ("the first half of the year")."""
        n, v = self.n, self.v
        start, end = m.span("frac")
        if start < self.last_end:
            return None
        parts = re.split(r"[ \t-]+", m["frac"].lower())
        den = v.frac_denominators[parts[-1]]
        if len(parts) == 1:
            if den != 2 or parts[0] not in ("half",):
                return None  # "third of" without a numerator is an ordinal
            num = 1.0
        else:
            num = v.frac_numerators[parts[0]]
        if num >= den:
            return None
        wb = _WORD_BEFORE.search(n, max(0, start - 24), start)
        if wb is not None and wb["w"].lower() in v.frac_not_after:
            return None  # "the second half of", "the other half of"
        if start > 0 and (n[start - 1].isdigit() or n[start - 1] == "-"):
            return None
        after = _SHARE_OF.match(n, end)
        if after is None:
            return None
        word = after["w"]
        low = word.lower()
        if low in ("a", "an") or low in v.not_adjectives or low in v.number_words:
            return None  # "a quarter of a million", "half of March", "half of one percent"
        if word[0].isdigit():
            return None  # "half of 2024", "a third of 300": the number is the figure
        if low in v.frac_determiners:
            nxt = _WORD_AFTER.match(n, after.end())
            if nxt is not None and nxt["w"].lower() in v.frac_not_before:
                return None  # "half of the year", "a quarter of the season"
        elif low in v.frac_not_before:
            return None
        qual, qual_text = self._qualifier(start, end, "percent")
        if not self._opens_clause(start, qual is not None):
            return None
        value = 100.0 * num / den
        lo, hi = 100.0 * num / (den + 0.5), 100.0 * num / (den - 0.5)
        interval: tuple[float | None, float | None] = (lo, hi)
        if qual is not None:
            interval = _interval(value, max(value - lo, hi - value), qual)
        self._emit(
            start, end, value, 0.0, "percent", "percent", qual, qual_text, None, interval=interval
        )
        return end

    def _opens_clause(self, start: int, qualified: bool) -> bool:
        """The fraction at ``start`` (after its qualifier, if any) opens a clause: text start,
        a punctuation break or one of ``[share_fractions] clause_openers`` before it."""
        n, v = self.n, self.v
        at = start
        if qualified:
            qm = v.qual_prefix_rx.search(n, max(0, start - 40), start)
            if qm is not None:
                at = qm.start()
        k = at
        while k > 0 and n[k - 1] in " \t":
            k -= 1
        if k == 0 or n[k - 1] in '.,;:!?(["\n-':
            return True
        wb = _WORD_BEFORE.search(n, max(0, k - 24), at)
        return wb is not None and wb["w"].lower() in v.frac_openers

    def _score_end(self, amt: _Amount, num: _Num, unit: _Unit | None) -> int | None:
        """End of "4-1" when the second whole number is not above the first and neither
        carries a unit: a score or a vote tally ("a 4-1 vote", "won 7-0")."""
        if unit is not None or amt.cur is not None or num.word or num.scale:
            return None
        if num.value != int(num.value) or _YEAR.match(num.text):
            return None
        m = _SCORE_TAIL.match(self.n, num.end)
        if m is None or float(m["b"]) > num.value:
            return None
        return m.end()

    def _head_count(self, amt: _Amount, num: _Num) -> _Unit | None:
        """A bare number after a head noun phrase and a level/change verb in the same clause:
        "The death toll from the quake climbed overnight to 94" (``[head_counts]``)."""
        n, v = self.n, self.v
        if num.value != int(num.value) or num.value <= 0 or self._clock_after(num.end):
            return None
        end = amt.start
        qm = v.qual_prefix_rx.search(n, max(0, end - 40), end)
        if qm is not None:
            end = qm.start()
        begin = max(0, end - 200)
        for br in _CLAUSE_BREAK.finditer(n, begin, end):
            begin = br.end()
        if begin >= end:
            return None
        seg = n[begin:end]
        unit: str | None = None
        head: str | None = None
        dm = v.head_direct_rx.search(seg)
        if dm is not None:  # "a death toll of 94", "put the toll at 94"
            head = " ".join(dm["h"].lower().split())
            unit = v.head_units.get(head)
        else:
            tm = v.head_tail_rx.match(seg)
            if tm is None:
                return None
            pre = seg[: tm.start("verb")]
            heads = list(v.head_rx.finditer(pre))
            if not heads:
                return None
            hm = heads[-1]  # the head nearest the verb
            head = " ".join(hm["h"].lower().split())
            gap_at = hm.end()
            after = _WORD_AFTER.match(pre, gap_at)
            if after is not None and after["w"].lower() in v.head_not_before:
                return None  # "toll road fees rose to 12"
            if head.endswith(" of"):
                found = self._of_noun(pre, gap_at)
                if found is None:
                    return None
                unit, gap_at = found
            else:
                unit = v.head_units.get(head)
            words = re.findall(r"[\w'.-]+", pre[gap_at:])
            if (
                len(words) > v.head_max_gap
                or any(
                    any(ch.isdigit() for ch in w)
                    or w.lower() in v.head_breakers
                    or (w.lower() in v.head_verbs and w.lower() not in v.head_copulas)
                    for w in words
                )
            ) and not self._long_gap(pre, gap_at, begin):
                return None
        if unit is None or (head in v.head_thousands and num.value < 1000):
            return None
        return _Unit(num.end, unit, "count")

    def _magnitude_cue(self, amt: _Amount, num: _Num) -> int | None:
        """End of a magnitude stated by a cue ("the strongest of them measuring 5.1", "5.4 on
        the Richter scale") in a sentence that speaks of a quake (``[magnitude]`` in
        physical_units.toml); None if it is not one."""
        n, v = self.n, self.v
        if num.word or num.scale or not (0 < num.value < v.mag_below):
            return None
        if self._quake is None:
            self._quake = any(word in self.low for word in v.mag_needs)
        if not self._quake:
            return None
        end = num.end
        am = v.mag_after_rx.match(n, end)
        if am is not None:
            end = am.end()
        elif v.mag_cue_rx.search(n, max(0, amt.start - 30), amt.start) is None:
            qm = v.qual_prefix_rx.search(n, max(0, amt.start - 40), amt.start)
            if qm is None or not qm["q"]:
                return None
            if v.mag_cue_rx.search(n, max(0, qm.start() - 30), qm.start()) is None:
                return None
        begin = max(0, amt.start - 300)
        for br in _SENTENCE_BREAK.finditer(n, begin, amt.start):
            begin = br.end()
        stop = _SENTENCE_BREAK.search(n, end)
        if v.mag_needs_rx.search(n, begin, stop.start() if stop else len(n)) is None:
            return None
        return end

    def _long_gap(self, text: str, at: int, offset: int) -> bool:
        """The words of ``text[at:]`` (``offset`` + index = position in the text) form a
        descriptive phrase a head may stand before ("from the 6.8 magnitude earthquake that
        devastated the province"; see ``long_gap_words`` in count_nouns.toml)."""
        v = self.v
        gap = text[at:]
        if "," in gap or ";" in gap:
            return False
        words = list(re.finditer(r"[\w'.-]+", gap))
        if not words or len(words) > v.head_long_gap:
            return False
        opener = next(
            (i for i, w in enumerate(words[:3]) if w.group().lower() in v.head_long_openers), None
        )
        if opener is None:
            return False  # "from the quake...", "killed in the 6.8 magnitude quake..."
        prev = ""
        for i, wm in enumerate(words):
            w = wm.group().lower()
            if i != opener and w in v.head_breakers:
                return False
            if w in v.head_verbs and w not in v.head_copulas and prev not in v.head_relatives:
                return False
            if any(ch.isdigit() for ch in w) and not _YEAR.match(w):
                pos = offset + at + wm.start()
                if not any(a <= pos < b for a, b in (m.span for m in self.out)):
                    return False
            prev = w
        return True

    def _clock_after(self, pos: int) -> bool:
        """ "at 9 am", "at 9:30", "at 10 GMT": a clock time, not a count."""
        n = self.n
        if n[pos : pos + 1] == ":" and n[pos + 1 : pos + 2].isdigit():
            return True
        m = _WORD_AFTER.match(n, pos)
        return m is not None and m["w"].lower() in self.v.not_adjectives

    def _of_noun(self, text: str, pos: int) -> tuple[str, int] | None:
        """The counted noun after "number of": up to two words, then a plural noun or one of
        ``[head_counts.of_words]`` ("confirmed cases" -> case, "dead" -> person)."""
        v = self.v
        at = pos
        for _ in range(3):
            m = _WORD_AFTER.match(text, at)
            if m is None:
                return None
            low = m["w"].lower()
            if low in v.head_of_words:
                return v.head_of_words[low], m.end()
            if low in v.noun_singular and low != v.noun_singular[low]:
                return v.noun_singular[low], m.end()
            if _plural_looking(low) and low not in v.plural_not and low not in v.stop:
                return _singular(low), m.end()
            if low in v.head_verbs or low in v.head_breakers or low in v.number_words:
                return None
            at = m.end()
        return None

    def _name_before(self, start: int) -> bool:
        m = _NAME_BEFORE.search(self.n, max(0, start - 24), start)
        if m is None:
            return False
        word = m["w"]
        return word.lower() in self.v.name_words or _CAMEL.match(word) is not None

    def _no_number_before(self, pos: int) -> bool:
        k = pos - 1
        while k >= 0 and self.n[k] in " \t":
            k -= 1
        return k < 0 or not self.n[k].isdigit()

    def _unit_for(self, amt: _Amount, num: _Num, pos: int) -> tuple[_Unit | None, _Num]:
        n = self.n
        cur = amt.cur
        if cur is not None:
            _, c, mult = cur
            end = num.end
            scale = num.scale
            # same currency written again after: "$ 10 dollars"
            cs = _currency_suffix(n, pos)
            if (
                cs
                and cs[1].code == c.code
                and cs[1].factor == 1.0
                and n[pos : cs[0]].strip(" \t-").isalpha()
            ):
                end = cs[0]
            else:
                end = pos if pos > num.end else num.end
            if scale is None and mult == 1.0:
                ms = self.v.scale_after_code_rx.match(n, end)
                if ms:
                    num = _scaled(num, ms["w"], self.v.scales[ms["w"].lower()])
                    end = ms.end()
            return _Unit(end, c.code, "money", c.factor * mult, c.alternatives), num
        unit = _unit_suffix(n, pos)
        if unit is not None and unit.kind == "money":
            if num.scale is None and unit.factor == 1.0:
                ms = self.v.scale_after_code_rx.match(n, unit.end)
                if ms:
                    num = _scaled(num, ms["w"], self.v.scales[ms["w"].lower()])
                    unit.end = ms.end()
            return unit, num
        if num.single_scale and unit is None:
            noun = _noun_suffix(n, pos, num)
            if noun is not None:
                if noun.unit in self.v.model_nouns and num.scale in ("B", "b", "M", "T"):
                    return _Unit(num.end, "parameter", "count"), num  # "a 480B model"
                return noun, num
            if num.scale in ("B", "b", "T") and not num.word:
                am = _ACTIVE_AFTER.match(n, num.end)
                if am:  # "with 37B activated"
                    return _Unit(num.end, "parameter", "count", modifier="active"), num
                if _MODEL_VERSION_BEFORE.search(n, max(0, num.start - 40), num.start):
                    return _Unit(num.end, "parameter", "count"), num  # "Llama 3.1 405B"
            # single-letter scale without money or noun: not a scale after all
            return None, _Num(
                num.start,
                num.start + len(num.text),
                num.value,
                num.half,
                None,
                False,
                num.word,
                num.single_word,
                num.text,
            )
        if unit is None:
            unit = _noun_suffix(n, pos, num)
        return unit, num

    def _range(
        self, amt: _Amount, num: _Num, unit: _Unit | None, after: int, opener: re.Match[str] | None
    ) -> int | None:
        n = self.n
        c = _RANGE_CONN.match(n, after)
        if not c:
            return None
        conn = c["c"].lower()
        op = opener["o"].lower() if opener else None
        if conn == "and" and op != "between":
            return None
        own_unit = unit is not None
        to_blocked = conn in ("to", "through") and own_unit and op != "between"
        if (
            conn == "-"
            and c.start() == after
            and after < len(n)
            and n[after] == "-"
            and after + 1 < len(n)
            and not (n[after + 1].isdigit() or n[after + 1] in "$€£¥ \t")
        ):
            return None
        # second end
        pos2 = c.end()
        m2 = self.v.master.match(self.low, pos2)
        cur2 = None
        if not m2:
            pre = self.v.prefix_rx  # currency prefix on the second end: "$10-$20 million"
            for k in range(pos2 + 1, min(len(n), pos2 + 6) + 1):
                mm = self.v.master.match(self.low, k)
                if mm and (mm["num"] or mm["wnum"]) and pre.search(n, pos2, k):
                    cp = _currency_prefix(n, k)
                    if cp and cp[0] >= pos2:
                        m2, cur2 = mm, cp
                    break
            if m2 is None:
                return None
        if not (m2["num"] or m2["wnum"]):
            return None
        num2 = _read_number(n, m2)
        if num2 is None or num2.word != num.word:
            return None  # "7-Eleven": digits and words do not make a range
        if to_blocked and not (
            unit is not None
            and amt.cur is not None
            and op is None
            and num.scale is None
            and num2.scale is not None
        ):
            return None  # "fell $2 to $48", "from $10 to $20": a change, two mentions
        amt2 = _Amount(cur2[0] if cur2 else num2.start, num2, cur2, False)
        unit2, num2 = self._unit_for(amt2, num2, num2.end)
        # units must agree; one side may lack it
        if (
            unit is not None
            and unit2 is not None
            and (unit.unit, unit.factor) != (unit2.unit, unit2.factor)
        ):
            return None
        if unit is None and unit2 is None:
            if not (num.scale or num2.scale) or num2.single_scale:
                return None
            shared = _Unit(num2.end, "", "number")
        else:
            shared = unit2 if unit2 is not None else unit  # type: ignore[assignment]
            assert shared is not None
        end2 = num2.end if unit2 is None else unit2.end
        if _YEAR.match(num.text) and _YEAR.match(num2.text) and shared.kind in ("count", "number"):
            return None
        # scale shared back: "$10-$20 million", "5 to 10 million"
        v1, h1, scale1 = num.value, num.half, num.scale
        if scale1 is None and num2.scale and not num.word:
            f = num2.value / parse_words_or_numeral(num2)
            v1, h1, scale1 = v1 * f, h1 * f, num2.scale
        f1 = unit.factor if unit is not None else shared.factor
        f2 = shared.factor if unit2 is None else unit2.factor
        if unit is None and amt.cur is None and shared.kind == "money":
            f1 = shared.factor
        sign1 = -1.0 if amt.negative else 1.0
        v1, h1 = sign1 * v1 * f1, h1 * f1
        v2, h2 = num2.value * f2, num2.half * f2
        if v2 < v1:
            return None
        qual_text = op if op else conn
        self._emit(
            amt.start,
            end2,
            v1,
            h1,
            shared.unit,
            shared.kind,
            "range",
            qual_text,
            scale1,
            shared.alternatives,
            shared.modifier,
            interval=(v1 - h1, v2 + h2),
        )
        return end2

    def _finish(
        self,
        start: int,
        amt: _Amount,
        num: _Num,
        unit: _Unit,
        qual_override: tuple[str, str] | None,
    ) -> int:
        n = self.n
        value = num.value * unit.factor
        half = num.half * unit.factor
        end = unit.end
        if amt.negative:
            value = -value
        # "3 dollars 50 cents", "15 dollars 50", "c $ 100 and fifty": cents after a whole amount
        if (
            unit.kind == "money"
            and unit.factor == 1.0
            and num.scale is None
            and (value == int(value))
        ):
            written = n[num.end : unit.end].strip(" \t-")
            joined = self._compound(
                end,
                unit.unit,
                need_subunit=amt.cur is None and not written.isalpha(),
                spelled_only=amt.cur is not None,
            )
            if joined is not None:
                end, extra = joined
                value += extra
                half = 0.005
        if qual_override:
            qual: str | None
            qual, qual_text = qual_override
        else:
            qual, qual_text = self._qualifier(start, end, unit.unit)
        if unit.kind == "count" and (num.single_word == "one" or _AGO.match(n, end)):
            return end  # "one model"; "2 hours ago" is a date, not a claim
        self._emit(
            start,
            end,
            value,
            half,
            unit.unit,
            unit.kind,
            qual,
            qual_text,
            num.scale,
            unit.alternatives,
            unit.modifier,
        )
        return end

    def _compound(
        self, pos: int, code: str, need_subunit: bool, spelled_only: bool
    ) -> tuple[int, float] | None:
        """Cents after a whole amount. After a symbol written behind the number ("10 $ 30
        cent") the sub-unit word is needed; after a currency written before it ("c $ 100 and
        fifty") only "and" + a number in words is read."""
        n = self.n
        m = self.v.compound_rx.match(n, pos)
        if not m:
            return None
        raw = m["n"]
        if spelled_only and (raw[0].isdigit() or not m.group(0).lstrip(" \t").startswith("and")):
            return None
        if raw[0].isdigit():
            val = float(raw)
        else:
            wn = parse_words(raw)
            if wn is None or wn.scale:
                return None
            val = wn.value
            end_n = m.start("n") + wn.length
            m_end = end_n
        if raw[0].isdigit():
            m_end = m.end()
        if not (0 < val < 100):
            return None
        cs = _currency_suffix(n, m_end)
        if cs is not None:
            _, c, _ = cs
            if c.code == code and c.factor < 1.0:
                return cs[0], val * c.factor
            return None
        if need_subunit:
            return None
        # the number must not be the start of another quantity
        probe = _Num(m.start("n"), m_end, val, 0.5, None, False, False, None, raw)
        if _unit_suffix(n, m_end) or _noun_suffix(n, m_end, probe):
            return None
        if self.v.scale_rx.match(n, m_end) and self.v.scale_rx.match(n, m_end).group(0).strip():
            return None
        if m_end < len(n) and (n[m_end].isalnum() or n[m_end] in "%$"):
            return None
        return m_end, val * 0.01


def parse_words_or_numeral(num: _Num) -> float:
    """The number as written, before its scale."""
    if num.word:
        wn = parse_words(num.text)
        return wn.value if wn and wn.value else 1.0
    try:
        return parse_numeral(num.text) or 1.0
    except ValueError:
        return 1.0


def extract_quantities(
    text: str, *, currency_symbols: Mapping[str, str] | None = None
) -> list[Mention]:
    """All quantity mentions in ``text``, in text order (see the module docstring for the rules).

    ``currency_symbols`` adds or overrides symbols and names for this call, as
    ``Settings.currency_symbols`` does: ``{"R$": "BRL", "$": "CAD", "loonies": "CAD"}``
    (symbols may stand before or after the number, words after it).

    >>> [(m.value, m.unit) for m in extract_quantities("rose 2.4% to HK$140.60")]
    [(2.4, 'percent'), (140.6, 'HKD')]
    """
    if not isinstance(text, str):
        raise TypeError(f"extract_quantities expects str, got {type(text).__name__}")
    if not text:
        return []
    if not currency_symbols:
        return _Scanner(text).run()
    for symbol, code in currency_symbols.items():
        if not isinstance(symbol, str) or not symbol.strip() or not isinstance(code, str):
            raise ValueError(f"bad currency symbol entry {symbol!r}: {code!r}")
        ensure_currency(code)
    extra = tuple(sorted((k.strip(), v.strip().upper()) for k, v in currency_symbols.items()))
    token = _CURRENT.set(_build_vocab(extra))
    try:
        return _Scanner(text).run()
    finally:
        _CURRENT.reset(token)
