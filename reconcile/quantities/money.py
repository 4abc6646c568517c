"""Money: currencies written before or after the number.

* **Currencies.** Symbols, codes (before or after, attached or spaced: "HKD174.00", "174 HKD",
  "c $ 16.4 million", "us $ 1 billion") and names after the number. A bare "$" is USD. A bare
  "¥" is CNY unless the text's hint words say Japan ("yen", "Japan", "Tokyo"...; the currency
  with most hints wins, ``[hints]`` in currencies.toml); either way
  ``alternatives=('CNY', 'JPY')`` (the ``[ambiguous]`` list; "francs" likewise FRF/CHF).
  "JP¥"/"yen" are JPY. Sub-units are reported in the main unit ("50 cents" -> 0.5 USD).
  "3 dollars 50 cents" and "15 dollars 50" are one amount (only when the currency is written
  after the first number). "M" + code is millions ("30 MUSD").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reconcile.quantities.text import next_char, next_two
from reconcile.quantities.vocab import Currency, hint, vocab

if TYPE_CHECKING:
    from reconcile.quantities.state import Scan


def currency_suffix(n: str, pos: int) -> tuple[int, Currency, float] | None:
    v = vocab()
    two = next_two(n, pos)
    if two[:1] not in v.suffix_cur_ones and two not in v.suffix_cur_twos:
        return _adjective_name(n, pos) if two[:1].isalpha() else None
    m = v.suffix_cur_rx.match(n, pos)
    if not m:
        return _adjective_name(n, pos)
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
    if (m["sn"] and token[:1].isupper()) or (m["sc"] and token in v.after_codes):
        pm = _PLURAL_AFTER.match(n, m.end())
        if pm is not None and pm["w"] not in v.plural_not and pm["w"] not in _SAME_THING:
            return None  # "2,000 Bitcoin miners": the name qualifies the noun after it
    return m.end(), c, mult


def _adjective_name(n: str, pos: int) -> tuple[int, Currency, float] | None:
    """ "35 Quessan shillings": a name several countries give their currency after the
    adjective of a country the registry does not know is that name's currency, as the bare
    name is ("10 shillings" in the same text)."""
    if pos >= len(n) or n[pos] not in " \t":
        return None
    v = vocab()
    m = v.adjective_name_rx.match(n, pos)
    if m is None:
        return None
    c = v.cur_by_token.get(m["sn"].lower())
    return None if c is None else (m.end(), c, 1.0)


# A capitalised currency name used as a modifier (a network or brand): a lower-case plural
# right after it names what is counted ("3,000 Bitcoin miners", "40 Bitcoin developers"; a
# code that is also a company's or a body's acronym likewise: "5 AMD chips"); the
# currency's own units ("tokens", "coins") and the verbs of ``not_counted`` ("remains") leave
# it an amount, and so does a name in lower case ("500 euro notes", "1,000 yuan loans").
_PLURAL_AFTER = re.compile(r"[ \t]+(?P<w>[a-z][a-z-]+[a-rt-z]s)\b(?![ \t]*(?:of|worth)\b)")
_SAME_THING = frozenset({"tokens", "coins", "units"})


def _symbol_alone(n: str, k: int) -> tuple[int, Currency, float] | None:
    """The symbol ending at ``k`` when it stands alone ("$5", ", $5", "(€5"): the whole run of
    non-blank characters before ``k`` is a known symbol and no word stands right before it
    (else "us $ 5" or "HK$5" need the full pattern). None means: ask the pattern."""
    j = k
    while j > 0 and k - j < 6 and not n[j - 1].isspace() and not n[j - 1].isalnum():
        j -= 1
    while j < k and n[j] in "([\"'":
        j += 1  # "($5", "'$5": an opening mark is no part of the symbol
    if j == k:
        return None
    if j > 0 and not (n[j - 1].isspace() or n[j - 1] in "([\"'"):
        return None  # a letter or digit glued before: "HK$", "2$"
    v = vocab()
    if j > 1 and n[j - 1].isspace() and (n[j - 2].isalpha() or n[j - 2] == "."):
        i = j - 1
        while i > 0 and j - i < 9 and (n[i - 1].isalpha() or n[i - 1] == "."):
            i -= 1
        if n[i : j - 1].lower().replace(".", "") in v.symbol_lead_words:
            return None  # "us $ 5", "u.s. $ 5": the letters may belong to the symbol
    token = n[j:k]
    c = v.cur_by_token.get(token.lower())
    return None if c is None else (j, c, 1.0)


def currency_prefix(n: str, start: int) -> tuple[int, Currency, float] | None:
    v = vocab()
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
        if j > 0 and n[j - 1] in ".@":
            return None  # "example.co.kr 5", "mail@site.eur": the end of an address, no currency
    elif n[k - 1] not in v.prefix_last_chars:
        return None  # "1% 2": no symbol ends with "%"
    else:
        fast = _symbol_alone(n, k)
        if fast is not None:
            return fast
    m = v.prefix_rx.search(n, max(0, start - 12), start)
    if not m:
        return None
    if m["pm"]:
        return m.start(), v.cur_by_token[m["pm"][1:].lower()], 1e6
    token = m["pc"] or m["pn"] or m["ps"]
    key = " ".join(token.lower().split())
    c = v.cur_by_token.get(key) or v.cur_by_token.get(_BLANKS.sub("", key))
    if c is None:
        # "u.s $", "hk $": letters spaced from the sign
        c = v.cur_by_token.get(_BLANKS_DOTS.sub("", key))
        if c is None:
            c = v.cur_by_token.get(_BLANKS.sub("", key).replace("u.s$", "us$"))
    if c is None:
        return None
    return m.start(), c, 1.0


_BLANKS = re.compile(r"[ \t]")
_BLANKS_DOTS = re.compile(r"[ \t.]")


def pick_currency(s: Scan, default: str, candidates: tuple[str, ...], at: int) -> str:
    """Resolve an ambiguous symbol by the hint words of the whole text (currencies.toml):
    most hints wins; on a tie, the hint nearest to the mention; no hints, the default. A
    rate's candidates ("JPY per hour") are hinted by their currency."""
    best, best_key = default, (0, 0.0)
    for code in candidates:
        currency = code.split(" per ", 1)[0]
        if currency not in s.hint_positions:
            rx = hint(s.v, currency)
            s.hint_positions[currency] = [m.start() for m in rx.finditer(s.n)] if rx else []
        found = s.hint_positions[currency]
        if not found:
            continue
        key = (len(found), -min(abs(p - at) for p in found))
        if key > best_key:
            best, best_key = code, key
    return best


_PER_FIRST = frozenset("/pPaAeE")  # what "/", "per", "a", "an", "each" start with


def money_rate(n: str, pos: int) -> tuple[int, str] | None:
    """The denominator of a price or wage after the amount ending at ``pos``: "/hour", " per
    kg", " a day", "-a-litre" (``[per]`` in currencies.toml). Returns the end and the unit."""
    if next_char(n, pos) not in _PER_FIRST:
        return None  # (the common case: no look-up of the vocabulary, no pattern)
    v = vocab()
    m = v.money_per_rx.match(n, pos)
    if m is None:
        return None
    return m.end(), v.money_per[" ".join(m["t"].lower().split())]


_PENCE = re.compile(r"p(?![A-Za-z0-9])")


_CENTS = re.compile(r"c(?![A-Za-z0-9])")


# a word after "<N>c a day" that makes the day a point in time ("41c a day earlier": degrees)
_TIME_ORDER = re.compile(r"[ \t]+(?:after|before|earlier|later|ago)\b", re.IGNORECASE)


def _priced_per(n: str, pos: int) -> bool:
    """A denominator of ``[per]`` right after "<N>c" makes it a price in cents, with no word
    of ``[cents]`` near: "a standing charge of 48.3c/day", "9.2c per kWh", "61c a litre" (a
    temperature takes no denominator; "41c a day later" is a point in time)."""
    rate = money_rate(n, pos)
    return rate is not None and _TIME_ORDER.match(n, rate[0]) is None


def cents_suffix(n: str, start: int, pos: int) -> tuple[int, Currency, float] | None:
    """ "a dividend of 44c/share": cents touching the number, near a word of ``[cents]``;
    the currency is the one "44 cents" names."""
    if pos == 0 or not n[pos - 1].isdigit() or _CENTS.match(n, pos) is None:
        return None  # (the common case: no look-up of the vocabulary)
    v = vocab()
    lo, hi = max(0, start - 300), min(len(n), pos + 100)
    if v.cents_cue_rx.search(n, lo, hi) is None and not _priced_per(n, pos + 1):
        return None
    if "€" in n[lo:hi] and "$" not in n[lo:hi]:
        return pos + 1, Currency("EUR", 0.01), 1.0  # "51.70c/day" beside "€3": euro cents
    return pos + 1, v.cur_by_token["cents"], 1.0


def pence_suffix(n: str, start: int, pos: int) -> tuple[int, Currency, float] | None:
    """ "Shares closed at 1,240p": pence touching the number, near a word of ``[pence]``."""
    if pos == 0 or not n[pos - 1].isdigit() or _PENCE.match(n, pos) is None:
        return None  # (the common case: no look-up of the vocabulary)
    v = vocab()
    if (
        n[start:pos] in v.pence_not
        and PER_SHARE.match(n, pos + 1) is None
        and PRICE_BEFORE.search(n, max(0, start - 32), start) is None
        and PRICE_AFTER.match(n, pos + 1) is None
    ):
        return None  # "1080p": a video resolution; "360p a share", "target price 480p": a price
    if (
        v.pence_cue_rx.search(n, max(0, start - PENCE_BEFORE), min(len(n), pos + PENCE_AFTER))
        is None
    ):
        return None
    return pos + 1, Currency("GBP", 0.01), 1.0


# "360p a share", "380p/share": a price, whatever the number
PER_SHARE = re.compile(r"[ \t]*(?:/|(?:a|per|each)[ \t]+)share\b", re.IGNORECASE)
# A price named next to the number, whatever the number: "price target: 480p", "a proposal
# of 360p", "lowered to 315p from 360p" (another price in pence just before), "our 480p
# target"
PRICE_BEFORE = re.compile(
    r"(?:(?<![\w])(?:price|target|proposal|offer|bid|close|closed|closing)"
    r"(?:[ \t]+(?:of|at|to|was|is))?|\dp[ \t]+(?:from|to|against|versus|vs\.?))[ \t:]*$",
    re.IGNORECASE,
)
PRICE_AFTER = re.compile(r"[ \t]+(?:target|price|offer|bid|close)\b", re.IGNORECASE)
# how far a word of [pence] may stand from the number: a research note names sterling in its
# table, its prices in pence at the top ("Target price: 450p", the "£m" rows below)
PENCE_BEFORE = 2000
PENCE_AFTER = 2000
