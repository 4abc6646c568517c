"""The vocabulary: ``reconcile/data/*.toml`` compiled once into patterns and tables."""

from __future__ import annotations

import contextvars
import functools
import re
from dataclasses import dataclass, field

from reconcile.claims.numbers import (
    trie_regex,
    word_number_pattern,
)
from reconcile.quantities.text import VULGAR, first_chars, first_two
from reconcile.units import (
    currency_codes,
    load_data,
)


def alt(words: object) -> str:
    """Alternation of literal tokens (as a prefix tree; spaces are literal)."""
    return trie_regex([str(w) for w in words], space=r"\ ")  # type: ignore[attr-defined]


def flex(token: str) -> str:
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


def words_rx(words: object) -> str:
    """Alternation of (possibly multi-word) phrases; inner spaces match any run of blanks."""
    return trie_regex([str(w).lower() for w in words])  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Currency:
    code: str
    factor: float = 1.0
    alternatives: tuple[str, ...] = ()


@dataclass
class Vocab:
    cur_by_token: dict[str, Currency] = field(default_factory=dict)
    after_codes: frozenset[str] = frozenset()  # codes that are acronyms too ("AMD", "COP")
    adjective_name_rx: re.Pattern[str] = re.compile("")  # "35 Quessan shillings"
    # currency words as a count reads them, in any case: no code matched in capitals only
    # ("top", "all", "pen": words) and no acronym code ("6 AMD processors")
    cur_words: frozenset[str] = frozenset()
    verbs_qualified: frozenset[str] = frozenset()  # "more than double": only with a qualifier
    verbs_before_rx: re.Pattern[str] = re.compile("")  # "double the rate": a word after
    tally_units: frozenset[str] = frozenset()  # "seven votes to four": the noun between
    tally_before: frozenset[str] = frozenset()  # "voted 5-2": words before that make a tally
    tally_after: frozenset[str] = frozenset()  # "a 4-1 vote": nouns after that make one
    prefix_rx: re.Pattern[str] = re.compile("")
    prefix_words: frozenset[str] = frozenset()
    prefix_last_chars: frozenset[str] = frozenset()  # last characters of symbols ("$", "€")
    symbol_lead_words: frozenset[str] = frozenset()  # letters that may stand before a sign
    suffix_cur_rx: re.Pattern[str] = re.compile("")
    suffix_cur_first: frozenset[str] = frozenset()  # what a currency after a number starts with
    suffix_cur_ones: frozenset[str] = frozenset()  # one-character currency tokens ("$")
    suffix_cur_twos: frozenset[str] = frozenset()  # first two characters of the others ("do")
    scale_after_code_rx: re.Pattern[str] = re.compile("")
    scale_rx: re.Pattern[str] = re.compile("")
    scale_first: frozenset[str] = frozenset()
    scales: dict[str, float] = field(default_factory=dict)
    single_scales: dict[str, float] = field(default_factory=dict)
    qual_prefix_rx: re.Pattern[str] = re.compile("")
    qual_tail_words: frozenset[str] = frozenset()
    qual_last_chars: frozenset[str] = frozenset()  # last characters of symbol qualifiers ("~")
    qual_suffix_rx: re.Pattern[str] = re.compile("")
    qual_canon: dict[str, str] = field(default_factory=dict)
    qual_bounds: dict[str, tuple[str, float]] = field(default_factory=dict)
    qual_not_after: dict[str, frozenset[str]] = field(default_factory=dict)
    qual_not_before: dict[str, re.Pattern[str]] = field(default_factory=dict)
    qual_not_units: dict[str, frozenset[str]] = field(default_factory=dict)
    opener_rx: re.Pattern[str] = re.compile("")
    opener_last: frozenset[str] = frozenset()  # last words an opener phrase may end with
    spread_openers: frozenset[str] = frozenset()  # openers of a spread ("between", "range from")
    pp_rx: re.Pattern[str] = re.compile("")
    bp_rx: re.Pattern[str] = re.compile("")
    pct_rx: re.Pattern[str] = re.compile("")
    phys_sym_rx: re.Pattern[str] = re.compile("")
    phys_sym_hyphen_rx: re.Pattern[str] = re.compile("")
    phys_word_rx: re.Pattern[str] = re.compile("")
    phys_att_rx: re.Pattern[str] = re.compile("")
    phys_bracket_rx: re.Pattern[str] = re.compile("")
    phys: dict[str, str] = field(default_factory=dict)
    phys_numeral_only: frozenset[str] = frozenset()  # units never read after number words
    metre_not_nouns: frozenset[str] = frozenset()  # "the 5m mark": no size in metres
    phys_first: frozenset[str] = frozenset()  # what a physical unit after a number starts with
    per_rx: re.Pattern[str] = re.compile("")
    pound_rx: re.Pattern[str] = re.compile("")
    money_per_rx: re.Pattern[str] = re.compile("")
    pence_cue_rx: re.Pattern[str] = re.compile("")
    pence_not: frozenset[str] = frozenset()
    cents_cue_rx: re.Pattern[str] = re.compile("")
    money_per: dict[str, str] = field(default_factory=dict)
    pound_cue_rx: re.Pattern[str] = re.compile("")
    mass_word_rx: re.Pattern[str] = re.compile("")
    per: dict[str, str] = field(default_factory=dict)
    mult_rx: re.Pattern[str] = re.compile("")
    noun_rx: re.Pattern[str] = re.compile("")
    noun_singular: dict[str, str] = field(default_factory=dict)
    stop: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()
    hyphen_adjectives: frozenset[str] = frozenset()
    hyphen_names_rx: re.Pattern[str] = re.compile("")
    label_rx: re.Pattern[str] = re.compile("")
    label_last: frozenset[str] = frozenset()  # last words of labels ("phase", "no")
    name_words: frozenset[str] = frozenset()
    model_nouns: frozenset[str] = frozenset()
    master: re.Pattern[str] = re.compile("")
    verbs: dict[str, float] = field(default_factory=dict)
    compound_rx: re.Pattern[str] = re.compile("")
    times_rx: re.Pattern[str] = re.compile("")
    times_verb_rx: re.Pattern[str] = re.compile("")
    times_verbs: dict[str, str] = field(default_factory=dict)
    times_mult_rx: re.Pattern[str] = re.compile("")
    times_after_rx: re.Pattern[str] = re.compile("")
    cue_rx: re.Pattern[str] = re.compile("")
    cue_last: frozenset[str] = frozenset()  # last words of the cues ("killing", "aged")
    cues: dict[str, str] = field(default_factory=dict)
    inherit_rx: re.Pattern[str] = re.compile("")
    population_rx: re.Pattern[str] = re.compile("")
    side_labels: dict[str, str] = field(default_factory=dict)
    side_before_rx: re.Pattern[str] = re.compile("")
    side_after_rx: re.Pattern[str] = re.compile("")
    side_votes: dict[str, str] = field(default_factory=dict)
    side_votes_rx: re.Pattern[str] = re.compile("")
    side_vote_units: frozenset[str] = frozenset()
    population_min: float = 1000.0
    digit_words: dict[str, tuple[float, float]] = field(default_factory=dict)
    hints: dict[str, re.Pattern[str]] = field(default_factory=dict)  # see hint()
    hint_sources: dict[str, str] = field(default_factory=dict)
    point_words: dict[str, float] = field(default_factory=dict)
    plural_not: frozenset[str] = frozenset()
    people_after_rx: re.Pattern[str] = re.compile("")
    age_person_rx: re.Pattern[str] = re.compile("")
    people_state_rx: re.Pattern[str] = re.compile("")
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
    head_of_only: frozenset[str] = frozenset()  # count only before "of": "a father of four"
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
    mag_noun_rx: re.Pattern[str] = re.compile("")
    mag_after_rx: re.Pattern[str] = re.compile("")
    mag_needs_rx: re.Pattern[str] = re.compile("")
    mag_below: float = 10.0
    mag_needs: tuple[str, ...] = ()
    master_rest: re.Pattern[str] = re.compile("")
    master_fast: re.Pattern[str] = re.compile("")
    flat_words: tuple[str, ...] = ()
    frac_numerators: dict[str, float] = field(default_factory=dict)
    frac_denominators: dict[str, float] = field(default_factory=dict)
    frac_not_after: frozenset[str] = frozenset()
    frac_not_before: frozenset[str] = frozenset()
    frac_determiners: frozenset[str] = frozenset()
    frac_change_after: frozenset[str] = frozenset()
    frac_moved_by: frozenset[str] = frozenset()
    frac_stems: tuple[str, ...] = ()


def hint(v: Vocab, code: str) -> re.Pattern[str] | None:
    """The pattern of a currency's hint words (``[hints]``), compiled on first use: most of
    the world's currencies never meet an ambiguous name in a run."""
    rx = v.hints.get(code)
    if rx is None and code in v.hint_sources:
        rx = v.hints[code] = re.compile(v.hint_sources[code], re.IGNORECASE)
    return rx


def plurals(noun: str) -> list[str]:
    forms = [noun]
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        forms.append(noun[:-1] + "ies")
    elif noun.endswith(("s", "x", "ch", "sh")):
        forms.append(noun + "es")
    else:
        forms.append(noun + "s")
    return forms


CURRENT: contextvars.ContextVar[Vocab | None] = contextvars.ContextVar(
    "reconcile_extract_vocab", default=None
)


_DEFAULT: list[Vocab] = []  # the data files' vocabulary, built on first use


def vocab() -> Vocab:
    """The vocabulary of the extraction in progress (the data files, plus caller symbols)."""
    v = CURRENT.get()
    if v is not None:
        return v
    if not _DEFAULT:
        _DEFAULT.append(build_vocab(()))
    # the data files' vocabulary becomes this context's own: the next look-ups (some dozens per
    # text) end at the first line; a caller's symbols are set over it and reset back to it
    CURRENT.set(_DEFAULT[0])
    return _DEFAULT[0]


@functools.lru_cache(maxsize=32)
def build_vocab(extra: tuple[tuple[str, str], ...]) -> Vocab:
    v = Vocab()
    cur = load_data("currencies")
    codes = currency_codes()
    ambiguous = {k.lower(): tuple(vals) for k, vals in cur.get("ambiguous", {}).items()}
    symbols: list[str] = []
    names: list[str] = []
    prefix_names: list[str] = []
    code_tokens: list[str] = []
    cs_codes: list[str] = []
    after_codes: list[str] = []  # codes read after the number only ("4,000 COP", not "COP28")

    def put(token: str, c: Currency) -> None:
        key = " ".join(token.lower().split())
        alts = ambiguous.get(key)
        if alts:
            c = Currency(alts[0], c.factor, alts)
        v.cur_by_token.setdefault(key, c)

    for token, code in extra:  # caller symbols win over the data files
        if token.isalpha() and len(token) <= 3 and token.upper() == code:
            cs_codes.append(token)  # a story's own currency letters, as written ("Qx61m")
        elif token.replace(" ", "").isalpha():
            names.append(token)
        else:
            symbols.append(token)
        v.cur_by_token[" ".join(token.lower().split())] = Currency(code)
    for code in codes:
        entry = cur[code]
        if entry.get("code_after_only"):
            after_codes.append(code)
        elif entry.get("case_sensitive_code"):
            cs_codes.append(code)
        else:
            code_tokens.append(code)
        put(code, Currency(code))
        for t in entry.get("codes", []):
            code_tokens.append(t)
            put(t, Currency(code))
        for t in entry.get("case_sensitive_symbols", []):
            cs_codes.append(t)
            put(t, Currency(code))
        for t in entry.get("symbols", []):
            symbols.append(t)
            put(t, Currency(code))
        for t in entry.get("names", []):
            names.append(t)
            put(t, Currency(code))
        for t in entry.get("prefix_names", []):
            prefix_names.append(t)
        for t, f in entry.get("subunits", {}).items():
            if t.isalpha() or " " in t:
                names.append(t)
            else:
                symbols.append(t)
            put(t, Currency(code, float(f)))
    for code, words in cur.get("hints", {}).items():
        v.hint_sources[code] = rf"(?<![\w])(?:{words_rx(words)})(?![\w])"  # compiled on use
    ordered = sorted(set(symbols), key=len, reverse=True)
    sym_rx = "|".join(("(?<![A-Za-z])" if s[0].isalpha() else "") + flex(s) for s in ordered)
    code_rx = alt(code_tokens)
    cs_rx = alt(cs_codes) or "(?!)"
    cs_after_rx = alt([*cs_codes, *after_codes]) or "(?!)"
    v.after_codes = frozenset(after_codes)
    capitals_only = {c.lower() for c in [*cs_codes, *after_codes] if c.isupper()}
    other = {" ".join(t.lower().split()) for t in [*names, *symbols, *code_tokens]}
    v.cur_words = frozenset(k for k in v.cur_by_token if k not in capitals_only - other)
    # a currency's own name ("shillings", "denars") after the adjective of a country the
    # registry does not know: the currency the bare name is (the text's hints choose a shared
    # name's); not the names of `[adjective_names] not` ("Veltrani dollars" are no US dollars)
    not_after = {w.lower() for w in cur.get("adjective_names", {}).get("not", [])}
    bare = [t for t in names if t.isalpha() and t.islower() and t.lower() not in not_after]
    v.adjective_name_rx = re.compile(
        rf"[ \t]+[A-Z][a-z]+(?:an|ese|i|ish)[ \t]+(?P<sn>{words_rx(bare)})(?![\w-])"
    )
    # "30 MUSD": millions of a code matched in any case (never "mall" of ALL, "mtop" of TOP)
    mcodes = [c for c in codes if not (cur[c].get("case_sensitive_code") or c in after_codes)]
    mcode_rx = alt(mcodes)
    prefix = (
        rf"(?:(?<![A-Za-z])(?P<pm>m(?:{mcode_rx}))"
        rf"|(?<![A-Za-z])(?P<pc>(?:{code_rx})|(?-i:{cs_rx}))(?:[ \t]?\$)?"
        rf"|(?<![A-Za-z])(?P<pn>{words_rx(prefix_names)})[ \t]"
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
            *(f"m{c}" for c in mcodes),
            *alpha_syms,
            *(p.split()[-1] for p in prefix_names),
        ]
    )
    v.prefix_last_chars = frozenset(t[-1] for t in symbols if not t[-1].isalpha())
    # Letters a blank may part from the sign they belong to ("us $", "u.s. $", "c $", "usd $"):
    # any other word before a spaced sign leaves the sign alone ("to $5").
    leads = [m[1] for t in symbols if (m := re.search(r"([A-Za-z.]+)[ \t]*[^A-Za-z. \t]+$", t))]
    v.symbol_lead_words = frozenset(
        w.lower().replace(".", "") for w in [*leads, *code_tokens, *cs_codes]
    )
    suffix = (
        rf"(?:[ \t]?(?P<sm>m(?:{mcode_rx}))(?![A-Za-z0-9])"
        rf"|[ \t]?(?P<sc>(?:{code_rx})|(?-i:{cs_after_rx}))(?![A-Za-z0-9])"
        rf"|(?:[ \t]?-?|[ \t]+)(?P<sn>{words_rx(names)})\b"
        rf"|[ \t]?(?P<ss>{sym_rx}))"
    )
    v.suffix_cur_rx = re.compile(suffix, re.IGNORECASE)
    suffix_tokens = [
        *code_tokens,
        *cs_codes,
        *after_codes,
        *names,
        *symbols,
        *(f"m{c}" for c in mcodes),
    ]
    v.suffix_cur_first = first_chars(suffix_tokens)
    v.suffix_cur_ones, v.suffix_cur_twos = first_two(suffix_tokens)
    pence = cur["pence"]
    v.pence_cue_rx = re.compile(
        rf"£|(?<![\w])(?:{words_rx(w for w in pence['cues'] if w != '£')})\b", re.IGNORECASE
    )
    v.pence_not = frozenset(pence["not_numbers"])
    cents = cur["cents"]
    v.cents_cue_rx = re.compile(
        rf"\$|(?<![\w])(?:{words_rx(w for w in cents['cues'] if w != '$')})\b", re.IGNORECASE
    )
    v.money_per = {" ".join(k.lower().split()): str(x) for k, x in cur.get("per", {}).items()}
    v.money_per_rx = re.compile(
        rf"(?:[ \t]*/[ \t]*|[ \t]+(?:per|a|an|each)[ \t]+|-(?:a|an|per)-)"
        rf"(?P<t>{words_rx(v.money_per)})(?![\w-])"
        r"(?![ \t]+(?:earlier|ago|before|after|later|prior|from[ \t]+now|since|into)\b)",  # a date
        # ("£5 a year earlier", "$10 a year from now"); "€13.10 an hour from 1 May" is a rate
        re.IGNORECASE,
    )

    sc = load_data("scales")
    v.scales = {k.lower(): float(x) for k, x in sc["words"].items()}
    abbr = {k: float(x) for k, x in sc["abbreviations"].items()}
    v.single_scales = {k: float(x) for k, x in sc["single_letter"].items()}
    v.scales.update(abbr)
    v.scale_rx = re.compile(
        rf"(?:[ \t]*-?[ \t]*(?P<w>{alt(sc['words'])})\b"
        rf"|[ \t]?(?-i:(?P<a>{alt(abbr)}))(?![A-Za-z])"
        rf"|(?-i:(?P<s>{alt(v.single_scales)}))"
        rf"(?:(?![A-Za-z0-9²³^/])|(?=(?-i:{alt(sc['single_letter_glued']['units'])})(?![A-Za-z0-9]))))",
        re.IGNORECASE,
    )
    v.scale_after_code_rx = re.compile(rf"[ \t]+(?P<w>{alt(sc['words'])})\b", re.IGNORECASE)
    # what a scale can start with, where ``text.next_char`` looks (a set lookup before scale_rx)
    v.scale_first = frozenset(
        [w[:1].lower() for w in sc["words"]]
        + [w[:1].upper() for w in sc["words"]]
        + [w[:1] for w in (*abbr, *v.single_scales)]
    )

    q = load_data("qualifiers")
    word_q: list[str] = []
    sym_q: list[str] = []
    suf_q: list[str] = []
    for canon, table in q.items():
        if canon == "range":
            continue
        v.qual_bounds[canon] = (str(table.get("bounds", "widen")), float(table.get("margin", 0)))
        for phrase, veto in table.get("vetoes", {}).items():
            # one table for every form of a verb: "pass" with forms "passed", "passes"...
            for form in [phrase, *veto.get("forms", [])]:
                key = " ".join(form.lower().split())
                v.qual_not_after[key] = frozenset(w.lower() for w in veto.get("not_after", []))
                v.qual_not_units[key] = frozenset(w.lower() for w in veto.get("not_units", []))
                if veto.get("not_before"):
                    v.qual_not_before[key] = re.compile(
                        rf"[ \t]+(?:{words_rx(veto['not_before'])})\b", re.IGNORECASE
                    )
        for p in table.get("prefix", []):
            v.qual_canon.setdefault(" ".join(p.lower().split()), canon)
            (word_q if p[0].isalpha() else sym_q).append(p)
        for p in table.get("suffix", []):
            v.qual_canon.setdefault("suffix:" + " ".join(p.lower().split()), canon)
            suf_q.append(p)
    v.qual_last_chars = frozenset(p.strip()[-1] for p in sym_q if p.strip())
    v.qual_tail_words = frozenset([p.split()[-1].lower() for p in word_q] + ["the", "a", "an"])
    v.qual_prefix_rx = re.compile(
        # an abbreviation ending in a point may touch the number: "c.310,000", "c.$4m"
        rf"(?:(?<![\w])(?P<q>{words_rx(word_q)})(?:[ \t]+|(?<=\.))|(?P<s>{alt(sym_q)})[ \t]*)"
        rf"(?:(?:the|a|an)[ \t]+)?$",
        re.IGNORECASE,
    )
    suf_words = [p for p in suf_q if p[0].isalpha()]
    suf_syms = [p for p in suf_q if not p[0].isalpha()]
    v.qual_suffix_rx = re.compile(
        rf"(?:[ \t]+(?P<q>{words_rx(suf_words)})\b|(?P<s>{alt(suf_syms)}))", re.IGNORECASE
    )
    v.opener_last = frozenset(
        [w.split()[-1].lower() for w in q["range"]["openers"]] + ["the", "a", "an"]
    )
    v.spread_openers = frozenset(" ".join(w.lower().split()) for w in q["range"]["spreads"])
    v.opener_rx = re.compile(
        rf"(?<![\w])(?P<o>{words_rx(q['range']['openers'])})[ \t]+(?:(?:the|a|an)[ \t]+)?$",
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
    v.phys_sym_rx = re.compile(rf"[ \t]?(?P<u>{alt(ph['symbols'])})(?![A-Za-z0-9])")
    # a symbol of two letters or more hyphen-joined to the number before a noun: "a 12-km
    # tunnel", "a 40-MW plant" (a one-letter symbol so joined is a label: "a 5-g bag" aside)
    v.phys_sym_hyphen_rx = re.compile(
        rf"-(?P<u>{alt([s for s in ph['symbols'] if len(s) > 1])})"
        r"(?=[ \t]+[a-z]|-(?:long|wide|high|deep|tall|thick)\b)"
    )
    v.phys_word_rx = re.compile(
        rf"(?:[ \t]?-?|[ \t]+)(?P<u>{words_rx(ph['words'])})\b", re.IGNORECASE
    )
    v.phys_bracket_rx = re.compile(
        rf"[ \t]?(?:\((?P<u>{alt(ph['symbols'])})\)|\[(?P<u2>{alt(ph['symbols'])})\]"
        rf"|\{{(?P<u3>{alt(ph['symbols'])})\}}|<(?P<u4>{alt(ph['symbols'])})>)"
    )
    v.phys_att_rx = re.compile(rf"(?P<u>{alt(ph.get('attached', {}))})(?![A-Za-z0-9])")
    for k, val in ph.get("attached", {}).items():
        v.phys.setdefault(k, val)
    v.phys_first = first_chars([*v.phys, "(", "[", "{", "<"])
    v.phys_numeral_only = frozenset(ph.get("numeral_only", {}).get("units", []))
    v.metre_not_nouns = frozenset(ph["metre_attributive"]["not_nouns"])
    v.per = {k.lower(): val for k, val in {**ph.get("per_symbol", {}), **ph["per"]}.items()}
    mg = ph["magnitude"]
    v.mag_cue_rx = re.compile(rf"(?<![\w])(?:{words_rx(mg['cues'])})[ \t]+$", re.IGNORECASE)
    v.mag_noun_rx = re.compile(rf"[ \t]*-?[ \t]*(?:{words_rx(mg['nouns'])})\b", re.IGNORECASE)
    v.mag_after_rx = re.compile(rf"[ \t]+(?:{words_rx(mg['after'])})\b", re.IGNORECASE)
    v.mag_needs_rx = re.compile(rf"(?<![\w])(?:{words_rx(mg['needs'])})\b", re.IGNORECASE)
    v.mag_below = float(mg["below"])
    v.mag_needs = tuple(" ".join(w.lower().split()) for w in mg["needs"])
    pw = ph["pound_weight"]
    v.pound_rx = re.compile(r"[ \t]*-?(?:pounds|pound|lbs|lb)\b", re.IGNORECASE)
    v.pound_cue_rx = re.compile(
        rf"(?<![\w])(?:{words_rx(pw['cues'])})[ \t]+(?:[A-Za-z]+[ \t]+){{0,2}}$", re.IGNORECASE
    )
    v.mass_word_rx = re.compile(rf"(?<![\w])(?:{words_rx(pw['mass_words'])})\b", re.IGNORECASE)
    v.per_rx = re.compile(
        rf"(?:[ \t]*/[ \t]*(?P<t>{alt([*ph['per'], *ph.get('per_symbol', {})])})"
        rf"|(?:[ \t]+of(?:[ \t]+[a-z]+){{1,2}}?(?=[ \t]+(?:per|a|an|each)[ \t]))?"
        rf"[ \t]+(?:per|a|an|each)[ \t]+(?P<w>{alt(ph['per'])}))\b",  # "9 tonnes of feed a
        # week" as "9 tonnes a week"
        re.IGNORECASE,
    )

    nums = load_data("numbers")
    v.verbs = {k.lower(): float(x) for k, x in nums["multiplier_verbs"].items()}
    v.verbs_qualified = frozenset(k.lower() for k in nums["multiplier_qualified"])
    v.verbs_before_rx = re.compile(
        rf"[ \t]+(?:{words_rx(nums['multiplier_before']['words'])})\b", re.IGNORECASE
    )
    v.verbs.update({k.lower(): float(x) for k, x in nums["multiplier_qualified"].items()})
    v.number_words = frozenset(
        k.lower() for table in ("units", "tens", "multipliers") for k in nums[table]
    )
    comp = nums["comparatives"]
    v.mult_rx = re.compile(
        rf"(?:[ \t]?(?:times|x)[ \t]+(?P<c>{words_rx(comp['words'])})\b"
        rf"|[ \t]?(?P<d>times)(?=[ \t]+(?:{words_rx(comp['determiners'])})\b)"
        rf"|[ \t]?-?(?P<f>fold)\b"
        # "25x earnings", and "x" closing its phrase: "trade at 12.3x.", "(11x)"
        r"|(?P<x>x)(?=[ \t]+[A-Za-z]|[ \t]*(?:[,;:)\n]|\.(?:\s|$)|$)))",
        re.IGNORECASE,
    )
    v.times_rx = re.compile(r"[ \t]+times\b", re.IGNORECASE)
    v.times_mult_rx = re.compile(
        rf"(?<![\w])(?:{words_rx(comp['verbs'])})\b(?=[^.;!?\n]*$)", re.IGNORECASE
    )
    # the same verbs as a participle right after "N times": "five times oversubscribed"
    v.times_after_rx = re.compile(
        rf"[ \t]+(?:{words_rx(w for w in comp['verbs'] if ' ' not in w)})\b", re.IGNORECASE
    )

    cn = load_data("count_nouns")
    for noun in cn["nouns"]["words"]:
        for form in plurals(noun.lower()):
            v.noun_singular.setdefault(form, noun.lower())
    for plural, singular in cn["irregular"].items():
        v.noun_singular[plural.lower()] = singular.lower()
        v.noun_singular.setdefault(singular.lower(), singular.lower())
    v.stop = frozenset(w.lower() for w in cn["filler"]["stop"])
    v.hyphen_adjectives = frozenset(w.lower() for w in cn["hyphen_adjectives"]["words"])
    v.hyphen_names_rx = re.compile(
        rf"[ \t]+(?:{words_rx(cn['hyphen_adjectives']['not_before'])})\b", re.IGNORECASE
    )
    v.label_last = frozenset(w.split()[-1].lower().rstrip(".") for w in cn["labels"]["words"])
    v.label_rx = re.compile(
        rf"(?<![\w.])(?:{words_rx(cn['labels']['words'])})[ \t]*$", re.IGNORECASE
    )
    v.name_words = frozenset(w.lower() for w in cn["name_before"]["words"])
    v.model_nouns = frozenset(" ".join(w.lower().split()) for w in cn["model_size"]["nouns"])
    v.noun_rx = re.compile(
        r"(?:[ \t]+|-)(?:(?P<f1>[A-Za-z][\w'.&]*)(?:[ \t]+|-))??"
        r"(?:(?P<f2>[A-Za-z][\w'.&]*)(?:[ \t]+|-))??"
        rf"(?P<n>{words_rx(v.noun_singular)})\b(?!-(?!olds\b)[a-z]+s\b)",  # "call-outs": no "call"
        re.IGNORECASE,
    )
    ta = cn["tallies"]
    v.tally_units = frozenset(w.lower() for w in ta["units"])
    v.tally_before = frozenset(w.lower() for w in ta["before"])
    v.tally_after = frozenset(w.lower() for w in ta["after"])
    v.times_verbs = {k.lower(): str(x) for k, x in cn["times_verbs"].items()}
    v.times_verb_rx = re.compile(
        rf"(?<![\w])(?P<v>{words_rx(v.times_verbs)})\b(?=[^.;!?\n]*$)", re.IGNORECASE
    )
    v.cues = {" ".join(k.lower().split()): str(x) for k, x in cn["cue_units"].items()}
    v.cue_last = frozenset(c.split()[-1] for c in v.cues)
    v.cue_rx = re.compile(rf"(?<![\w])(?P<c>{words_rx(v.cues)})[ \t]+$", re.IGNORECASE)
    vs = cn["vote_sides"]
    v.side_labels = {str(k): str(x) for k, x in vs["labels"].items()}
    sides = "|".join(re.escape(k) for k in v.side_labels)
    v.side_before_rx = re.compile(rf"(?<![\w.])(?P<w>{sides})[ \t]+$")  # as written
    v.side_after_rx = re.compile(rf"[ \t]+(?P<w>{sides})(?![\w-]|\.[ \t]*\d)(?![ \t]+[a-z])")
    v.side_votes = {" ".join(k.lower().split()): str(x) for k, x in vs["after_votes"].items()}
    v.side_votes_rx = re.compile(
        rf"[ \t]+(?P<w>{words_rx(v.side_votes)})(?=[ \t]*(?:[,;:)]|\.(?:\s|$)|$))", re.IGNORECASE
    )
    v.side_vote_units = frozenset(w.lower() for w in vs["vote_units"])
    po = cn["populations"]
    v.population_rx = re.compile(
        rf"(?<![\w-])(?:(?:{words_rx(po['places'])})[ \t]+of|{words_rx(po['before'])})[ \t]+$",
        re.IGNORECASE,
    )
    v.population_min = float(po["minimum"])
    v.inherit_rx = re.compile(
        rf"(?<![\w])(?:{words_rx(cn['inherit_after']['words'])})[ \t]+$", re.IGNORECASE
    )
    pa = cn["people_after"]
    v.people_after_rx = re.compile(
        rf"[ \t]+(?:(?:{words_rx(pa['linking'])})[ \t]+(?:still[ \t]+)?"
        rf"(?:{words_rx(pa['states'])})|(?:{words_rx(pa['verbs'])}))\b",
        re.IGNORECASE,
    )
    v.people_state_rx = re.compile(rf"(?:{words_rx(pa['states'])})\b", re.IGNORECASE)
    # a person noun, then up to three capitalised words of a name, a comma and the number:
    # "the ship's captain, 52", "defender Ola Brant, 23", "her grandson, Teo, 9"
    v.age_person_rx = re.compile(
        rf"(?<![\w-])(?i:{words_rx(cn['ages']['persons'])})"
        r"(?:,?(?:[ \t]+[A-Z][\w'\u2019.-]*){1,3})?,[ \t]+$"
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
    of_only = {" ".join(k.lower().split()): str(x) for k, x in hc["of_only"].items()}
    v.head_units.update(of_only)
    v.head_of_only = frozenset(of_only)
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
        rf"(?<![\w-])(?P<h>{words_rx([*v.head_units, *of_heads])})(?![\w-])", re.IGNORECASE
    )
    v.head_direct_rx = re.compile(
        rf"(?<![\w-])(?P<h>{words_rx(v.head_units)})[ \t]+(?P<l>{words_rx(hc['direct_links'])})"
        r"[ \t]+$",
        re.IGNORECASE,
    )
    links = words_rx(hc["links"])
    v.head_tail_rx = re.compile(
        rf"(?s:.*)(?<![\w-])(?P<verb>{words_rx(v.head_verbs)})"
        rf"(?:[ \t]+(?!(?:{links})\b)[A-Za-z]+){{0,2}}?(?:[ \t]+(?:{links}))?[ \t]+$",
        re.IGNORECASE,
    )
    v.ratio_rx = re.compile(
        rf"[ \t]+(?:{words_rx(nums['ratio']['connectors'])})[ \t]+"
        rf"(?P<m>(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})(?![0-9]|[.,]\d|[ \t]*%)"
        rf"|{word_number_pattern()})",
        re.IGNORECASE,
    )
    v.ratio_not_before = frozenset(w.lower() for w in nums["ratio"]["not_before"])
    fold_words = alt([*nums["units"], *nums["tens"], "hundred", "thousand"])
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
    v.frac_change_after = frozenset(w.lower() for w in sf["change_after"])
    # the verbs and nouns of a move ([direction] of metrics.toml; not the comparatives, which
    # stand after a figure): "jumped a third", "up a fifth", "a drop of a quarter"
    moves = load_data("metrics")["direction"]
    v.frac_moved_by = frozenset(
        w.lower() for w in (*moves["up"], *moves["down"]) if " " not in w
    ) - frozenset(w.lower() for w in nums["comparatives"]["words"])
    v.frac_determiners = frozenset(w.lower() for w in sf["determiners"])
    dens = list(v.frac_denominators)  # "third" finds "thirds" too
    v.frac_stems = tuple(d for d in dens if not any(o != d and o in d for o in dens))
    frac_branch = (
        rf"|(?P<frac>\b(?:(?:{alt(v.frac_numerators)})[ \t-]+)?"
        rf"(?:{alt(v.frac_denominators)})\b(?=[ \t]+of[ \t]|[ \t]*(?:[,;:)\n]|\.|$)|[ \t]+[a-z]))"
    )
    vulgar = "".join(VULGAR)
    gate = r"(?:(?<![A-Za-z])(?=[A-Za-z])|(?=\.?[0-9])|(?=[{vulgar}]))(?:"
    points_digits = (
        rf"(?P<points>\b(?:{words_rx(v.point_words)})s?\b)|"
        rf"(?P<digits>\b(?:{words_rx(v.digit_words)})(?=[ \t]+(?:{words_rx(follow)})\b))"
    )
    flat_branch = (
        rf"|(?P<flat>(?<![\w])(?:{words_rx(flat['before'])})[ \t]+"
        rf"(?P<fw>{words_rx(flat['words'])})"
        r"\b(?![ \t-]*(?:fee|rate|tax|screen|out|broke)\b))"
    )
    verb_fold = rf"|(?P<verb>\b(?:{alt(v.verbs)})\b)|(?P<fold>\b(?:{fold_words})fold\b)"
    master_head = gate.format(vulgar=vulgar) + points_digits + flat_branch + verb_fold
    master_tail = (
        rf"|(?P<wnum>{word_number_pattern()})"
        r"|(?P<num>(?<![0-9])(?<![0-9][.,])(?:"
        r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![0-9])"  # 1.234,56
        r"|\d+,\d{1,2}(?![0-9,])"  # 3,50 (decimal comma)
        r"|(?:\d{1,3}(?:[,\u2009]\d{3})+(?![0-9])|\d{1,2}(?:,\d{2})+,\d{3}(?![0-9])|\d+)"
        r"(?:\.\d+)?(?![0-9])"
        r"|(?<![0-9.a-z])\.\d+(?![0-9]))"  # $.50 (not "c.310,000": "c." is circa)
        rf"|(?<![0-9])[{vulgar}](?![0-9])))"  # "½ teaspoon"
    )
    # case-sensitive on purpose: it scans the ASCII-lower-cased text (1.7x faster)
    v.master = re.compile(master_head + frac_branch + master_tail)
    v.master_rest = re.compile(master_head + master_tail)  # after a fraction that is no share
    # Most texts hold no fraction word and no 'flat': there the scan uses ``master_fast``, the
    # same branches but 'flat', which tries a word only when its first three letters can
    # start a number word, a multiplier verb or a points/digits phrase (it tries a third of
    # the words; tests/test_quantities_speed_gates.py checks it finds what master_rest does).
    starters = {
        w.lower()
        for w in [
            *nums["units"],
            *nums["tens"],
            *nums["multipliers"],
            *nums["fractions"],
            "half",
            "quarter",
            "a",
            "an",
            *(re.split(r"[ \t-]+", phrase)[0] for phrase in [*v.point_words, *v.digit_words]),
            *v.verbs,
        ]
    }
    # the heads as two prefix trees (first three letters; a shorter word only before a
    # non-letter): the same positions pass, each tried letter by letter, not head by head
    heads = trie_regex({w[:3] for w in starters if len(w) >= 3}, space=r"\ ")
    short = trie_regex({w for w in starters if len(w) < 3}, space=r"\ ")
    fast_gate = rf"(?:(?<![A-Za-z])(?={heads}|{short}(?![a-z]))|(?=\.?[0-9])|(?=[{vulgar}]))(?:"
    v.master_fast = re.compile(fast_gate + points_digits + verb_fold + master_tail)
    v.flat_words = tuple(w.lower() for w in flat["words"])
    v.compound_rx = re.compile(
        rf"[ \t]+(?:and[ \t]+)?(?P<n>\d{{1,2}}(?![0-9]|[.,][0-9])|{word_number_pattern()})",
        re.IGNORECASE,
    )
    return v
