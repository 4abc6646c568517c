"""Betting odds: a price written as two numbers ("won at 33-1", "a 25-1 outsider", "the 9-2
favourite", "odds of 5/2", "sent off at evens").

Odds are a quantity of their own, not a tally (the second number is no count of anything),
not a date and not a fraction of something. One mention per price, kind 'tally' (a pair of
numbers, as a score is) with unit 'odds': ``value`` is the ratio first/second (33-1 -> 33,
9-2 -> 4.5, 4-6 -> 0.667, evens -> 1), exact, and ``modifier`` the price in digits ("9-2"),
so two prices compare by what they pay and print as written. The unit keeps odds apart from
scores and votes in every later stage (the stages after extraction key a score on unit
'tally').

What makes odds (found before the scan, like ranks; the stretch is then blocked for the
scan, so "won at 33-1" is never also a tally):

* two whole numbers of at most three digits joined by a hyphen, an en dash or a slash, the
  second any size ("4-6 on", "2/5"), not glued to a letter, a digit group or a date part;
  "evens" only after "at", "odds of" or before "favourite";
* a betting cue: a noun right after the price ("a 25-1 outsider", "the 5-2 favourite", "a
  16-1 chance", "a 33-1 shot"), or a word of ``BEFORE`` among the three words before it
  ("odds of 9-2", "priced at 7-1", "backed at 12-1", "bookmakers made him 3-1"); in a text
  that speaks of betting (a word of ``BETTING_TEXT``: "odds", "bookmaker", "punters",
  "jockey", "outsider"...) also "at 33-1" and a price in brackets after a name
  ("Stormbridge (9/2)").

Never odds without a cue: "6-4" after a tennis player's name is a score, "9/2" a date.
"""

from __future__ import annotations

import re

from reconcile.claims.models import Mention
from reconcile.quantities.state import Scan

# a price: "33-1", "9–2", "5/2" (not inside a longer run of digits, dashes or slashes)
PRICE = re.compile(
    r"(?<![\w./:\u2013-])(?P<a>\d{1,3})[ \t]*(?:-|\u2013|/)[ \t]*(?P<b>\d{1,3})"
    r"(?![\w/:%\u2013-]|[.,]\d)"
)
EVENS = re.compile(r"(?<![\w-])evens(?![\w-])", re.IGNORECASE)
# a noun right after the price that makes it odds
AFTER = re.compile(
    r"[ \t]+(?:(?:joint|co|second)[- \t])?(?:favourite|favorite|fav|outsider|shot|chance)s?\b",
    re.IGNORECASE,
)
# words among the three before the price that make it odds
BEFORE = frozenset({"odds", "priced", "backed", "bookmakers", "bookmaker", "bookies"})
WORDS = re.compile(r"[A-Za-z]+")
# a text that speaks of betting: there "at 33-1" and "Name (9/2)" are prices
BETTING_TEXT = re.compile(
    r"(?<![\w-])(?:odds|bookmakers?|bookies|punters?|jockeys?|outsider|each-way|betting)"
    r"(?![\w-])",
    re.IGNORECASE,
)
# any cue word at all: the whole reader is skipped in a text without one (str search is cheap)
_ANY_CUE = (
    "odds",
    "favourite",
    "favorite",
    "outsider",
    "shot",
    "chance",
    "priced",
    "backed",
    "bookmaker",
    "bookies",
    "evens",
    "fav",
)
AT_BEFORE = re.compile(r"\bat[ \t]+$", re.IGNORECASE)
NAME_BRACKET = re.compile(r"[A-Z][a-z]+[ \t]+\($")


def scan_odds(s: Scan) -> None:
    """Each price of the text (see the module docstring), emitted before the scan."""
    low = s.low
    for word in _ANY_CUE:  # (a loop: a generator in any() cost more than the finds)
        if word in low:
            break
    else:
        return
    n = s.n
    betting = BETTING_TEXT.search(n) is not None
    for m in PRICE.finditer(n):
        a, b = int(m["a"]), int(m["b"])
        if b == 0 or a == 0 or (m["a"][0] == "0" and len(m["a"]) > 1) or m["b"][0] == "0":
            continue
        start, end = m.span()
        if not _cue(n, start, end, betting):
            continue
        _emit(s, start, end, a, b)
    for m in EVENS.finditer(n):
        start, end = m.span()
        before = n[max(0, start - 20) : start].lower()
        if AFTER.match(n, end) or before.rstrip().endswith(("at", "odds of")):
            _emit(s, start, end, 1, 1)


def _cue(n: str, start: int, end: int, betting: bool) -> bool:
    if AFTER.match(n, end):
        return True
    words = WORDS.findall(n[max(0, start - 40) : start])[-3:]
    if any(w.lower() in BEFORE for w in words):
        return True
    if not betting:
        return False
    head = n[max(0, start - 30) : start]
    if AT_BEFORE.search(head):
        return True
    return NAME_BRACKET.search(head) is not None and n.startswith(")", end)


def _emit(s: Scan, start: int, end: int, a: int, b: int) -> None:
    if s.blocked_span(start) is not None:
        return
    value = round(a / b, 12)
    s.found_first(
        Mention(
            surface=s.text[start:end],
            span=(start, end),
            value=value,
            unit="odds",
            kind="tally",
            low=value,
            high=value,
            modifier=f"{a}-{b}",
        )
    )
