"""The scan loop: one master pattern finds where a figure may start; the kind of the match reads it.

Stage 1: text -> mentions of quantities (money, percentages, counts, physical, multipliers).

A compiled-regex scanner anchored on numbers (numerals, numbers in words, multiplier verbs and
model-size names); around each number small anchored patterns read, from the vocabulary in
``reconcile/data/*.toml``: the currency written before it, the qualifier before it, the scale
word, and the unit after it. pint is only used (cached) to name physical units.

Rules (each kind's are exercised by its file in ``tests/corpus/``):

* **What is a claim.** A number is reported when it carries a unit: a currency, a percent sign or
  word, percentage points / basis points, a physical unit, a counted noun ("300 models", "20,000
  Hugging Face downloads": up to two non-function words between them; see below for nouns outside
  the vocabulary), "N times <comparative>" (multiplier), or "magnitude". A bare number is reported
  (kind 'number', unit '') only when it carries a scale word ("380 billion", "1.2bn", "one
  trillion") or is a whole number of 1,000 or more written with a thousands separator in
  running text ("revised to 47,500 from 52,250"; see ``amounts.bare_figure``). Anything else
  is not a claim: years, dates, clock times, tickers ("HKG: 9988",
  "9988.HK"), footnote marks, phone numbers, ordinals ("3rd"; a rank is read by
  ``ranks``: "finished 3rd", "the third-largest"), quarters ("Q2"), versions and
  product names ("Qwen3", "H200", "GPT-5", "COVID-19": a number glued to letters or to a
  hyphenated name is never read). A four-digit number 1800-2100 without separators is a year,
  never a count ("2020 peak"). The lone word "one" does not make a count ("one model"), except
  after "only", "just", "at least"... ("only one player"), but does make money ("one
  penny"). A number after a label word is a label ("phase 3 trial", "type 2 diabetes"), a
  count followed by "ago" is a date ("2 hours ago"), and a hyphenated time adjective is a
  name ("52-week high", "10-year bond"): none is a claim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from reconcile.claims.models import Mention
from reconcile.quantities.amounts import amount, left_ok
from reconcile.quantities.counts import (
    scan_article_durations,
    scan_one_and_a_half,
    scan_ordinal_minutes,
)
from reconcile.quantities.magnitudes import scan_vague_magnitudes
from reconcile.quantities.model_sizes import scan_model_names, scan_scale_parameters
from reconcile.quantities.multipliers import fold, verb
from reconcile.quantities.odds import scan_odds
from reconcile.quantities.percent import digit_words, flat, point_words, share
from reconcile.quantities.physical import scan_article_lengths
from reconcile.quantities.ranks import scan_ranks
from reconcile.quantities.rates import scan_rates
from reconcile.quantities.state import Scan
from reconcile.quantities.story_codes import story_codes, story_tickers
from reconcile.quantities.vocab import CURRENT, build_vocab
from reconcile.story_words import story_words
from reconcile.units import (
    ensure_currency,
)


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
    if currency_symbols:
        for symbol, code in currency_symbols.items():
            if not isinstance(symbol, str) or not symbol.strip() or not isinstance(code, str):
                raise ValueError(f"bad currency symbol entry {symbol!r}: {code!r}")
    s = _scanned(text, currency_symbols) if currency_symbols else _scan(text)
    story = story_codes(text) if s.story_letters else {}  # "QX 270m", "Zd41m"
    story |= story_tickers(text, s.low)  # "withdrew 18,450 ARC" in a story of tokens
    story = story_words(text, story) | story  # "1.9 million kovar (about 240,000 euros)"
    if story:  # a currency only the story shows: read again with it
        s = _scanned(text, {**story, **(currency_symbols or {})})
    return s.out


def _scanned(text: str, currency_symbols: Mapping[str, str] | None) -> Scan:
    """The scan of ``text`` with the caller's (or the story's) currency symbols."""
    if not currency_symbols:
        return _scan(text)
    for code in currency_symbols.values():
        ensure_currency(code)
    extra = tuple(sorted((k.strip(), v.strip().upper()) for k, v in currency_symbols.items()))
    token = CURRENT.set(build_vocab(extra))
    try:
        return _scan(text)
    finally:
        CURRENT.reset(token)


def scan(text: str) -> list[Mention]:
    """Every mention in ``text``: the master pattern finds where a figure may start, and the
    group it matched names the kind whose reader takes over."""
    return _scan(text).out


def _scan(text: str) -> Scan:
    """The scan of :func:`scan`, its state kept (``Scan.story_letters``)."""
    s = Scan(text)
    scan_model_names(s)
    scan_scale_parameters(s)
    scan_one_and_a_half(s)
    scan_article_durations(s)
    low = s.low
    if "a mile" in low or "a kilomet" in low or "a metre" in low or "half-" in low:
        scan_article_lengths(s)  # (the look-ups here: most texts pay no call)
    scan_vague_magnitudes(s)
    scan_ordinal_minutes(s)
    scan_ranks(s)
    scan_odds(s)
    scan_rates(s)
    n, lowered = s.n, s.low
    # the fraction branch only where a denominator word stands (str.find is cheap)
    has_fraction = False
    for word in s.v.frac_stems:  # (a loop: a generator in any() cost more than the finds)
        if word in lowered:
            has_fraction = True
            break
    master = s.v.master_fast  # the same matches, fewer words tried (see vocab)
    if has_fraction:
        master = s.v.master
    else:
        for word in s.v.flat_words:  # (a loop, as above)
            if word in lowered:
                master = s.v.master_rest
                break
    pos = 0
    while True:
        m = master.search(lowered, pos)
        if not m:
            break
        pos = m.end()
        blocked = s.blocked_span(m.start())
        if blocked:
            pos = max(pos, blocked[1])
            continue
        if has_fraction and m["frac"]:
            share_end = share(s, m)
            if share_end is not None:
                pos = share_end
                continue
            rest = s.v.master_rest.match(lowered, m.start())
            if rest is None:
                continue
            m = rest
            pos = m.end()
        reader = _WORD_READERS.get(m.lastgroup or "")  # the outermost group that matched
        if reader is not None:
            reader(s, m)
            continue
        if m["num"] and not left_ok(s, m.start()):
            pos = s.skip_token(m.end())
            continue
        if m["wnum"] and m.start() > 1 and n[m.start() - 1] == "-" and n[m.start() - 2].isalnum():
            continue  # "7-Eleven", "Catch-Twenty": part of a name
        end = amount(s, m)
        if end is not None:
            pos = max(pos, end)
        elif m["num"] and m.end() < len(n) and n[m.end()].isalpha():
            pos = s.skip_token(m.end())
        elif m["num"]:
            run = BARE_RUN.match(lowered, m.end(), m.end() + RUN_WINDOW)
            if run is not None:
                pos = max(pos, run.end())
    s.out.extend(mm for _, _, mm in s.models)
    s.out.sort(key=lambda x: x.span)
    s.out = _earlier_rates(n, s.out)
    return s


# the words between a rate and the amount it is compared with: "$86 a barrel from $79", "€13.10
# an hour, up from €12.35", "20p a litre against 18p"
EARLIER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:up|down)[ \t]+)?(?:from|against|compared[ \t]+with)[ \t]+$"
)


def _earlier_rates(n: str, out: list[Mention]) -> list[Mention]:
    """The amount a rate is compared with carries the rate's denominator ("rose to $82 a barrel
    from $80": $80 a barrel), when it is money of the same currency and scale with no
    denominator of its own."""
    for k in range(1, len(out)):
        rate, other = out[k - 1], out[k]
        if rate.kind != "money" or other.kind != "money" or " per " not in rate.unit:
            continue
        currency, per = rate.unit.split(" per ", 1)
        if other.unit != currency or other.scale != rate.scale:
            continue  # "$82 a barrel from $80 billion": another amount
        if not EARLIER.match(n[rate.span[1] : other.span[0]]):
            continue
        alternatives = tuple(f"{a} per {per}" for a in other.alternatives)
        out[k] = other.model_copy(
            update={"unit": f"{currency} per {per}", "alternatives": alternatives}
        )
    return out


# Plain whole numbers separated only by blanks, each with two more after it ("3 14 15 92 65"):
# with a number on both sides none of these can carry a currency, sign, qualifier, unit,
# range or fraction, so after a numeral that made no figure they are passed over at once (a
# page of "1 1 1 ..." would otherwise be read number by number). The numbers left (the last
# two) are read as usual, so "... 7 8 3/4 inch" and "... 9 10 percent" keep their units.
BARE_RUN = re.compile(r"(?:[ \t]+[0-9]+(?=[ \t]+[0-9]+[ \t]+[0-9]))+")
RUN_WINDOW = 4096  # characters one match may cover: a regex call stays short


# master-pattern groups read by one kind's reader (figures written in words, no numeral)
_WORD_READERS: dict[str, Callable[[Scan, re.Match[str]], None]] = {
    "verb": verb,
    "fold": fold,
    "digits": digit_words,
    "points": point_words,
    "flat": flat,
}
