"""Ranks: a position in an order ("second-largest", "rose to 31st", "a fifth straight month").

A rank is a quantity of its own kind (kind 'rank'): a position, never a count of places, so
grouping (whose unit dimension of a rank is 'rank') never puts it beside a count. Its value is
the position, exact (low = high), and its unit says what is ordered, so that two sources'
ranks of one thing compare ("rose to 31st" and "31st place" agree, "29th" disagrees):

* **'rank'**: a position in a table, a race or a ranking: the ordinal after a verb of
  finishing or moving in a table ("finished ninth", "came third", "rose to 31st", "slid to
  22nd"; and the position left, "rose to fourth from ninth") or before "place", "position" or
  "spot" ("31st place"); "No 2", "number one" after "world", "to" or "stays at", or before
  "in the world" ("the world No 1", "climbs to No 2 in the world"). **'seed'**: "seeded
  third", "the third seed".
* **the superlative** ('largest', 'busiest', 'most'): the ordinal before it ("the
  second-largest", "its fourth biggest city"); each superlative is its own order, never a
  rank in a table ("third-largest ground" against "finished ninth").
A rank in a table is a periodic statistic (each edition of a table has its own): the
comparison reads the metric 'rank' as changing with time (comparison.toml [time_sensitive]).
* **'ordinal <time noun>'** ('ordinal day'; never a length of time): the ordinal of a
  day, night, morning, week, month, year, time or season, with "straight", "consecutive",
  "successive" between them or not ("its third day", "a fifth straight month", "for the
  fourth time"). It moves on with the date, as a rank in a table does with each edition.

"first" is never read (it names far more than a position: "the first blast", "its first
flight"), nor an ordinal with nothing above (a date "the 21st", "the 12th century", "third
quarter", "a second asteroid"). Found before the scan, like an "88th minute", and joined to
its output at the end.
"""

from __future__ import annotations

import re

from reconcile.claims.models import Mention
from reconcile.claims.numbers import trie_regex
from reconcile.quantities.state import Scan

# second .. twentieth in words (never "first": see the module docstring), or digits with a suffix
_WORDS = [
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
WORD_VALUE = {w: float(i) for i, w in enumerate(_WORDS, start=2)}
_ORD = rf"(?P<n>[1-9][0-9]{{0,2}}(?:st|nd|rd|th)|{'|'.join(_WORDS)})"

# A superlative: "-est" words other than the nouns and verbs that merely end so
_NOT_SUPERLATIVE = [
    "west",
    "test",
    "interest",
    "forest",
    "guest",
    "request",
    "protest",
    "harvest",
    "suggest",
    "contest",
    "chest",
    "nest",
    "rest",
    "quest",
    "arrest",
    "honest",
    "modest",
    "earnest",
    "invest",
    "digest",
    "manifest",
    "conquest",
    "priest",
    "lest",
    "pest",
    "vest",
    "attest",
    "detest",
    "jest",
    "zest",
    "crest",
    "inquest",
    "behest",
    "unrest",
    "midwest",
    "southwest",
    "northwest",
]
_SUPERLATIVE = rf"(?:(?!(?:{'|'.join(_NOT_SUPERLATIVE)})\b)[a-z]{{2,}}est|best|worst|most|least)"

# the ordinal before a superlative: "second-largest", "fourth largest", "third-most visited"
BEFORE_SUPERLATIVE = re.compile(rf"(?<![\w.,/-]){_ORD}(?:-|[ \t]+)(?P<u>{_SUPERLATIVE})\b", re.I)

# a verb that places something in an order, then the ordinal: "finished ninth", "rose to 31st"
_PLACING = (
    r"(?:finish(?:ed|es)?|came|comes|(?:ranked|ranks|ranking|placed|placing|places)"
    r"(?:[ \t]+(?:it|them|him|her))?|(?P<seed>seeded)|"
    r"(?:rose|rising|risen|fell|falling|fallen|climbed|climbing|dropped|dropping|slipped|"
    r"slipping|slid|sliding|moved|moving|jumped|jumping|tumbled|plunged|soared|held|holding|"
    r"holds|(?<=-place[ \t])(?:fall|drop|rise|climb|jump))"
    r"(?:[ \t]+[\w'’]+){0,3}?[ \t]+to"
    # "up to fourth", "back to ninth": a move in an order (an ordinal is never an upper bound)
    r"|(?<![\w-])(?:up|down|back)[ \t]+to)"
)
_NOT_AFTER = r"(?![\w-]|[ \t]+(?:-|minute|quarter|half)\b)"  # "rose to third quarter ..."
AFTER_PLACING = re.compile(
    rf"\b{_PLACING}[ \t]+(?:(?:joint|equal)[ \t]+)?{_ORD}{_NOT_AFTER}",
    re.I,
)

# the ordinal before "place", "position", "spot": "31st place", "in ninth position"; before
# "seed" the seeding ("the third seed")
BEFORE_PLACE = re.compile(
    rf"(?<![\w.,/-]){_ORD}[ \t]+(?:place|position|spot|(?P<seed>seed))\b(?!-)", re.I
)

# where a race starts: "started sixth", "starts from ninth", "came from sixth on the grid",
# "from ninth on the grid" (unit 'starting position', an order of its own: a driver who
# started sixth and finished first holds two positions, never two readings of one)
START = re.compile(
    rf"(?<![\w-])(?:(?:start(?:ed|s|ing)?|lin(?:ed|es|ing)[ \t]+up)(?:[ \t]+from)?"
    rf"|(?:came|comes|coming|climbed|climbing|charged|charging|won|wins|winning)[ \t]+from)"
    rf"[ \t]+(?:the[ \t]+)?(?:{_ORD}|P(?P<p>[1-9][0-9]?))(?![\w-])"
    rf"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:on|in|but|and|to|after|before|behind|place|position|"
    rf"spot|for|at)\b)"
    rf"|(?<![\w-])from[ \t]+(?:{_ORD.replace('<n>', '<n2>')}|P(?P<p2>[1-9][0-9]?))"
    rf"(?=[ \t]+on[ \t]+(?:the[ \t]+)?grid\b)",
    re.I,
)

# a position held, after a copula or before "overall" or "in the table": "Brandt was second,",
# "Kesvara is third.", "now third overall", "a distant third", "17th in the table"; the
# ordinal closes its phrase (punctuation, "overall", "behind", "in the <order>"), so "was
# second only to", "is the third" and "was third time lucky" stay unread
_CLOSES = (
    r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:overall|behind|again|after|with|on[ \t]+[0-9]|"
    r"in[ \t]+(?:the[ \t]+)?(?:table|standings|league|rankings?|championship|world|race|"
    r"group|division|points)\b))"
)
HELD = re.compile(
    rf"(?<![\w-])(?:(?:is|was|are|were|sits?|sat|lies|lay|stands?|stood|remains?|remained|"
    rf"stays?|stayed)(?:[ \t]+(?:now|still|currently|already))?"
    rf"(?:[ \t]+(?:a|an)[ \t]+(?:distant|close|comfortable|respectable|creditable|solid|"
    rf"fine|lowly|disappointing))?"
    rf"|(?:a|an)[ \t]+(?:distant|close|comfortable|respectable|creditable|solid|fine|lowly|"
    rf"disappointing))[ \t]+(?:joint[ \t]+|equal[ \t]+)?{_ORD}{_CLOSES}"
    rf"|(?<![\w.,/-]){_ORD.replace('<n>', '<n2>')}(?=[ \t]+(?:overall\b|in[ \t]+the[ \t]+"
    rf"(?:world[ \t]+)?(?:table|standings|league|rankings?|championship)\b))",
    re.I,
)

# the position left, after the one reached: "rose to fourth from ninth", "dropped to 31st from
# 17th" (the rank just read, "from", the ordinal)
FROM_RANK = re.compile(rf"[ \t]+from[ \t]+{_ORD}{_NOT_AFTER}", re.I)

# "No 1", "No. 2", "number one" in a ranking: after "world" ("the world No 1", "world number
# one"), after a placing verb's "to" or after "at" following stay/remain ("climbs to No 2",
# "stays at No 1"), or before "in the world" ("No 2 in the world")
_NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _no(k: int) -> str:
    """ "No 1", "No. 2", "number one": the rank's number in group ``no{k}``."""
    words = "|".join(_NUMBER_WORDS)
    return rf"(?:No\.?|number)[ \t]+(?P<no{k}>[1-9][0-9]{{0,2}}|{words})\b(?![\w-])"


_IN_RANKING = r"[ \t]+in[ \t]+the[ \t]+(?:world|rankings?)\b"
NUMBER_RANK = re.compile(
    rf"(?<![\w-])(?P<r1>world[ \t]+{_no(1)})"
    rf"|(?<![\w-])(?:to|(?:stay|stays|stayed|staying|remain|remains|remained)[ \t]+at)[ \t]+"
    rf"(?P<r2>(?:world[ \t]+)?{_no(2)})(?={_IN_RANKING}|[ \t]*[.,;]|$)"
    rf"|(?<![\w-])(?P<r3>{_no(3)})(?={_IN_RANKING})",
    re.I,
)


# the ordinal of a time noun: "its third day", "a fifth straight month", "the fourth time"
# ("its third day" on Tuesday is "its fifth" on Thursday: the metric 'ordinal day' is one
# that changes with time, comparison.toml [time_sensitive] evolving, so an undated one stands
# as of its article's date)
_TIME_NOUNS = ("day", "night", "morning", "week", "month", "year", "time", "season")
BEFORE_TIME = re.compile(
    rf"(?<![\w.,/-]){_ORD}[ \t]+(?:(?:straight|consecutive|successive)[ \t]+)?"
    rf"(?P<u>{'|'.join(_TIME_NOUNS)})s?\b(?![\w-])",
    re.I,
)

# Is there an ordinal at all? Digits with a suffix, or a word of ``_WORDS`` standing alone: the
# word's pattern opens with the prefix tree itself (the engine then skips to where one of its
# first letters stands), and the word boundary before it is looked at in ``any_ordinal``
# (a leading ``\b`` made the engine try the whole pattern at every position)
DIGIT_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)")
WORD_ORDINAL = re.compile(rf"{trie_regex(_WORDS)}\b")  # (a prefix tree)


def any_ordinal(low: str) -> bool:
    """``low`` holds "3rd" or an ordinal word with a word boundary on both sides (as
    ``[0-9](?:st|nd|rd|th)|\b(?:second|...)\b`` finds)."""
    if DIGIT_ORDINAL.search(low) is not None:
        return True
    pos = 0
    while (m := WORD_ORDINAL.search(low, pos)) is not None:
        k = m.start()
        if k == 0 or not (low[k - 1].isalnum() or low[k - 1] == "_"):  # (re's \w)
            return True
        pos = k + 1
    return False


P_CUE = re.compile(r"(?<![\w-])p[1-9]")  # a grid slot "P6" (lower-case text)
_P_DIGIT = re.compile(r"p[1-9]")  # (no look-behind: the engine skips to each "p" at once)


def p_cue(low: str) -> bool:
    """``low`` holds a grid slot "p6" with no letter, digit, "_" or "-" before it (as
    ``P_CUE`` finds), found by a pattern without a look-behind, which is several times
    faster on a text with none."""
    for m in _P_DIGIT.finditer(low):
        k = m.start()
        if k == 0 or not (low[k - 1].isalnum() or low[k - 1] in "_-"):
            return True
    return False


# where a "No 2" / "number two" may stand (lower-case text): NUMBER_RANK is tried only there
NUMBER_CUE = re.compile(rf"(?:no\.?|number)[ \t]+(?:[1-9]|(?:{'|'.join(_NUMBER_WORDS)})\b)")

_SUFFIX = re.compile(r"([0-9]+)(st|nd|rd|th)$", re.I)
_SUFFIX_OF = {1: "st", 2: "nd", 3: "rd"}


def ordinal_value(word: str) -> float | None:
    """The position an ordinal names ("ninth" -> 9, "31st" -> 31); None for a wrong suffix
    ("31th") or a word outside second..twentieth."""
    low = word.lower()
    if low in WORD_VALUE:
        return WORD_VALUE[low]
    m = _SUFFIX.match(low)
    if m is None:
        return None
    n = int(m[1])
    right = "th" if 10 <= n % 100 <= 20 else _SUFFIX_OF.get(n % 10, "th")
    return float(n) if m[2] == right and n > 0 else None


def scan_ranks(s: Scan) -> None:
    """Each rank of the text (see the module docstring), found before the scan and joined to
    its output at the end; the first reading of a stretch wins."""
    found: list[tuple[int, int, float, str]] = []
    if any_ordinal(s.low) or p_cue(s.low):  # one cheap look first
        _ordinal_ranks(s, found)
    for cue in NUMBER_CUE.finditer(s.low):
        m = NUMBER_RANK.search(s.n, max(0, cue.start() - 24), min(len(s.n), cue.end() + 40))
        if m is None:
            continue
        k = next(i for i in (1, 2, 3) if m[f"r{i}"] is not None)
        word = m[f"no{k}"].lower()
        value = float(word) if word.isdigit() else float(_NUMBER_WORDS.index(word) + 1)
        a, b = m.span(f"r{k}")
        if not any(a < fb and fa < b for fa, fb, _, _ in found):
            found.append((a, b, value, "rank"))
    for a, b, value, unit in sorted(found):
        if s.blocked_span(a) is not None:
            continue
        s.found_first(
            Mention(
                surface=s.text[a:b],
                span=(a, b),
                value=value,
                unit=unit,
                kind="rank",
                low=value,
                high=value,
            )
        )


def _ordinal_ranks(s: Scan, found: list[tuple[int, int, float, str]]) -> None:
    """The ranks written as ordinals (the four readings of the module docstring)."""
    for rx, unit in (
        (BEFORE_SUPERLATIVE, ""),
        (AFTER_PLACING, "rank"),
        (BEFORE_PLACE, "rank"),
        (BEFORE_TIME, ""),
    ):
        for m in rx.finditer(s.n):
            value = ordinal_value(m["n"])
            if value is None:
                continue
            a, b = m.span("n")
            if rx is BEFORE_TIME:
                unit = "ordinal " + m["u"].lower()  # never a length of time
            elif rx is BEFORE_SUPERLATIVE:
                unit = m["u"].lower()  # "third-largest" and "ninth place" are two orders
            elif rx is AFTER_PLACING or rx is BEFORE_PLACE:
                unit = "seed" if m["seed"] else "rank"
            if any(a < fb and fa < b for fa, fb, _, _ in found):
                continue
            found.append((a, b, value, unit))
            if rx is AFTER_PLACING and unit == "rank":
                fm = FROM_RANK.match(s.n, b)
                before = ordinal_value(fm["n"]) if fm is not None else None
                if fm is not None and before is not None:
                    found.append((fm.start("n"), fm.end("n"), before, "rank"))
    for rx, unit in ((START, "starting position"), (HELD, "rank")):
        for m in rx.finditer(s.n):
            group = next(g for g in ("n", "n2", "p", "p2") if m.groupdict().get(g) is not None)
            raw = m[group]
            value = float(raw) if group.startswith("p") else ordinal_value(raw)
            if value is None:
                continue
            a, b = m.span(group)
            if group.startswith("p"):
                a -= 1  # "P6": the letter with its number
            if not any(a < fb and fa < b for fa, fb, _, _ in found):
                found.append((a, b, value, unit))
