"""Currencies a story writes as letters of its own before its amounts ("QX 270m", "Qx1,500",
"KRL2.2tn", "KRL 206"): letters the vocabulary does not know, which only the story shows to be
money.

* **The evidence.** Two or three capitals ("QX", "KRL"), or two capitals and a small letter as
  a krona or krone is written ("ZKr"), spaced from the number or touching it, or a capital and
  a small letter touching the number ("Qx61m", "Zd41m") before an amount with a
  scale of money ("61m", "2.9bn", "2.2tn", "1.9 million") or with exactly two decimals, as a
  price is written ("NVD 27.60"). The letters are a currency of the story when they stand so
  before an amount twice in the text (any amount: "Qx1,500" counts beside "Qx61m"), or once,
  touching a scaled amount ("Zd41m"); every amount after them is then money in that currency,
  named by the letters in capitals ("Qx" and "QX" are one currency, 'QX'; "ZKr" is 'ZKR').
* **Not a currency.** Letters the vocabulary or pint already reads ("USD", "HK$", "MW", "GB"),
  words and abbreviations that stand before numbers in news copy ("At 212m", "UK 2m", "FY
  2.3bn", "No 5"), and letters before a whole number with no scale ("KP 31 seats", "FL350").
* **Tokens after the amount** (:func:`story_tickers`): in a text about crypto-assets (a word of
  ``TOKEN_CUES``: "wallet", "token", "blockchain"...), three capitals written after an amount
  ("withdrew 18,450 ARC", "12.3m DLK"; not after a year) are the ticker of a token the story
  names, unless they are letters of the vocabulary, pint's or ``NOT_CODES``; every amount
  before them is then money in that token. Without such a word, capitals after numbers are
  teams, units and agencies ("3 NDRF teams", "800 TEU").
"""

from __future__ import annotations

import functools
import re

from reconcile.units import currency_for

# the letters, the number, then the sign that it is money: a scale of money or a price's cents
_EVIDENCE = re.compile(
    # (the look behind after the first capital: the engine then skips to capitals at once)
    r"(?P<code>[A-Z](?<![\w$\u00a3\u20ac\u00a5@./&'\u2019-][A-Z])(?:[A-Z][A-Z]?|[A-Z][a-z]|[a-z]))"
    r"(?P<gap>[ \t]?)(?:[0-9][0-9,]*(?:\.[0-9]+)?[ \t]?(?:-|\u2013|to)[ \t]?)?"
    r"[0-9][0-9,]*(?:(?P<scaled>(?:\.[0-9]+)?[ \t]?(?:m|mn|bn|tn|million|billion|trillion)\b)"
    r"|\.[0-9]{2}\b(?![.,]?[0-9]))"
)
# the same letters before any amount
_BEFORE_AMOUNT = r"(?<![\w$\u00a3\u20ac\u00a5@./&'\u2019-]){}[ \t]?[0-9]"

# capitalised words and abbreviations that stand before numbers and are no currency
_NOT_CODES = (
    # words of two letters (a sentence's first word, a title)
    "At In On By Up Of To Or An As Is It If No So Do Go He We Me My Us Be Am Oh Ok Mr Ms Dr St "
    "Mt Ft Jr Sr Co Rd Vs Nr Pt Ch Ep Vo Pp Fy "
    # abbreviations before figures in news copy
    "UK US EU UN NZ SA HK UAE USA AI TV PM AM GDP CEO CFO FY HQ NHS IMF ECB FED VAT GST EV EVS "
    "IT IPO MP MPS PR HR ID IQ OK NO CO TOP ALL AND THE FOR NEW OLD BUY SELL HOLD GMT UTC "
    "BST EST EDT PST CET AD BC CE BCE VOL ETF API PE EPS"
)
NOT_CODES = frozenset(_NOT_CODES.split())


def story_letters_before(n: str, start: int) -> bool:
    """Two or three capitals (or a capital and a small letter touching the number) stand right
    before the number at ``start``, a word of their own: a currency of the story's may (the scan
    asks this of each number no currency took; :func:`story_codes` then reads the text)."""
    k = start - 1 if n[start - 1] in " \t" else start
    j = k
    while j > 0 and k - j < 4 and n[j - 1].isalpha():
        j -= 1
    if not 2 <= k - j <= 3 or not n[j].isupper() or (j > 0 and n[j - 1].isalnum()):
        return False
    return _abbreviation(n[j:k]) or (k == start and k - j == 2)


def _abbreviation(letters: str) -> bool:
    """Capitals only ("QX", "KRL"), or two capitals and a small letter, as the krona and krone
    of a country are written ("SKr", "NKr"): letters that are no word."""
    return letters.isupper() or (
        len(letters) == 3 and letters[:2].isupper() and letters[2].islower()
    )


def story_codes(text: str) -> dict[str, str]:
    """The letters ``text`` writes as a currency of its own, as written -> the currency's code
    (see the module docstring); empty for almost every text."""
    found: dict[str, tuple[int, bool]] = {}  # written -> (evidence seen, touching and scaled)
    for m in _EVIDENCE.finditer(text):
        code, glued = m["code"], not m["gap"]
        if not glued and not _abbreviation(code):
            continue  # "At 212m": a word, not letters of a currency
        seen, strong = found.get(code, (0, False))
        found[code] = (seen + 1, strong or (glued and m["scaled"] is not None))
    out: dict[str, str] = {}
    for code, (_, strong) in found.items():
        if not _usable(code):
            continue
        times = len(re.findall(_BEFORE_AMOUNT.format(re.escape(code)), text))
        if times >= 2 or strong:
            out[code] = code.upper()
    return out


def usable_code(code: str) -> bool:
    """``code`` may name a story's currency (see :func:`_usable`)."""
    return _usable(code)


@functools.lru_cache(maxsize=512)
def _usable(code: str) -> bool:
    """``code`` may name a story's currency: neither a word nor letters already read."""
    if code in NOT_CODES or code.upper() in NOT_CODES:
        return False
    from reconcile.quantities.vocab import vocab

    v = vocab()
    if currency_for(code) is not None and code not in v.after_codes:
        return False  # (a code read after numbers only is still letters a story may write)
    return code not in v.phys and code.lower() not in v.phys and not _pint_unit(code.upper())


@functools.lru_cache(maxsize=512)
def _pint_unit(code: str) -> bool:
    """pint reads ``code`` as a unit of its own ("MW", "GB", "PA"): no currency."""
    from reconcile.units import is_currency, registry

    if is_currency(code):
        return False
    try:
        return code in registry()
    except Exception:  # a name pint cannot even look up is no unit of it
        return False


# words of a story about crypto-assets (matched on the lower-cased text)
TOKEN_CUES = ("wallet", "token", "blockchain", "crypto", "stablecoin", "on-chain")
# an amount (a scale at most), then three capitals closing a word: the ticker of a token
_TICKER_AFTER = re.compile(
    r"(?<![\w.,])[0-9][0-9,]*(?:\.[0-9]+)?(?:[ \t]?(?:m|mn|bn|million|billion))?[ \t]+"
    r"(?P<code>[A-Z]{3})(?![\w$'\u2019-])"
)
_YEAR_THEN = re.compile(r"(?:1[89]|20)[0-9][0-9][ \t]")  # "in 2024 SEC filings": a year


def story_tickers(text: str, low: str) -> dict[str, str]:
    """The tickers ``text`` writes after its amounts, as written -> code (see the module
    docstring); empty unless ``low`` (the text lower-cased) has a word of ``TOKEN_CUES``."""
    if not any(cue in low for cue in TOKEN_CUES):
        return {}
    out: dict[str, str] = {}
    for m in _TICKER_AFTER.finditer(text):
        code = m["code"]
        if code not in out and not _YEAR_THEN.match(m.group()) and _usable(code):
            out[code] = code
    return out
