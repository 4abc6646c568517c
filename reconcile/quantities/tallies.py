"""Tallies: a vote or a score written as two counts ("voted 5-2", "a four-to-three vote", "by
seven votes to four", "won 3-1", "a 2-2 draw").

A tally is ONE mention of kind 'tally', unit 'tally': ``value`` is the first count (the side
named first: the winners, the ayes), exact (``low`` = ``high``), and ``modifier`` is the whole
tally in digits, "5-2". One claim rather than two keeps the tally one quantity in every later
stage (two counts of one sentence would be grouped with each other and judged as one figure);
the first count as the value lets the comparison, which judges intervals of one unit, tell
"5-2" from "four to three" (5 against 4) and agree "5-2" with "five votes to two". Two tallies
with the same first count and different second ones ("won 3-1" / "won 3-2") compare equal
until the comparison reads ``modifier``; in a vote of a fixed body (a board, a council, a
court) the first count fixes the second.

What makes a tally (``[tallies]`` in ``count_nouns.toml``):

* two whole numbers of at most three digits, both digits or both words, joined by a hyphen
  or en dash ("5-2", "31-19") or by "to" ("five to two", "four-to-three"), the second not
  above the first; or "N votes to M" ("by seven votes to four"), which needs nothing else;
* a cue: a verb or noun of ``[tallies] before`` among the four words before the first number
  ("voted 5-2", "the vote was 8-5", "passed 31-19", "won 3-1"), or a noun of ``[tallies]
  after`` right after the tally ("a 4-1 vote", "a 2-2 draw", "a 6-3 ruling").

A bowler's figures are a tally too, in a text that speaks of cricket (a word of
CRICKET_WORDS): wickets "for" runs ("took six for 54", "match figures of nine for 121", a
scorecard's "D Okoro 6-54": value 6, modifier "6-54"), 0 to 10 wickets, more than 10 runs,
no noun after ("took 5 for 30 minutes" is a duration); "71.4 overs" counts overs (a ball
count after the point). A team's runs "for" wickets ("112 for four") and "all out for 198"
stay unread: tried, the claims stage grouped a live blog's running score with a ground
record ("191 for nine" against "289 for seven") and an innings' runs with a later spell
("out for 156" against "his next 56 runs"), two false alarms on blind-2026-12-04d.

Never a tally: a number glued to a name or a date part ("F-35", "COVID-19", "2026-11-02"), a
third count ("3-2-1", "4-4-2"), a decimal, a time or a fraction after the second number, a
unit after either number ("5-2 days" is a range), a year. Without a cue "5-2" is nothing, as
before.
"""

from __future__ import annotations

import re

from reconcile.quantities.numerals import YEAR, Num
from reconcile.quantities.state import WORD_AFTER, Amount, Scan, Unit

# the second count after the first: "-2", "–2", " to 2", "-to-three", " to three"
DIGIT_TAIL = re.compile(r"[ \t]*(?:-|to)[ \t]*(?P<b>\d{1,3})(?![0-9%$/:]|[.,][0-9]|-[0-9])")
WORD_TAIL = re.compile(
    r"(?:[ \t]+|-)to(?:[ \t]+|-)(?P<b>[A-Za-z]+(?:-[A-Za-z]+)?)\b(?!-[0-9A-Za-z])"
)
VOTES_TO = re.compile(r"[ \t]+to[ \t]+(?P<b>\d{1,3}|[A-Za-z]+)\b(?![0-9%$/:]|[.,][0-9])")
WORDS_BEFORE = re.compile(r"[A-Za-z]+")


def _emit_tally(
    s: Scan, start: int, end: int, first: int, second: int, modifier: str | None = None
) -> None:
    """Emit the tally "first-second" over [start, end): its value is the first count; its
    modifier the tally as written, or ``modifier`` (a tennis set line's set scores)."""
    s.emit(
        start,
        end,
        float(first),
        0.0,
        "tally",
        "tally",
        None,
        None,
        None,
        (),
        modifier or f"{first}-{second}",
        interval=(float(first), float(first)),
    )


def tally(s: Scan, amt: Amount, num: Num, unit: Unit | None) -> int | None:
    """End of the tally whose first count is ``num``, after emitting it; None when ``num`` does
    not open one."""
    n = s.n
    if amt.cur is not None or amt.negative or num.scale or num.fraction:
        return None
    if num.value != int(num.value) or not 0 <= num.value < 1000 or YEAR.match(num.text):
        return None
    if num.start > 0 and (n[num.start - 1].isalnum() or n[num.start - 1] in "-/.:"):
        return None  # "F-35", "COVID-19", "2026-11-02", "1/2": part of a name, date or fraction
    if not num.word:
        line_end = set_line(s, amt, num)
        if line_end is not None:
            return line_end  # "6-4 3-6 7-6(5) 6-3": a tennis match's sets
    votes_to = unit is not None and unit.kind == "count" and unit.unit in s.v.tally_units
    if unit is not None and not votes_to:
        return None
    m = None
    if votes_to:
        assert unit is not None
        m = VOTES_TO.match(n, unit.end)
    elif num.word:
        m = WORD_TAIL.match(n, num.end)
    else:
        m = DIGIT_TAIL.match(n, num.end)
    if m is None:
        return None
    second = _count(m["b"], num.word)
    if second is None or second > num.value:
        return None
    end = m.end()
    if not votes_to and not _cue_after(s, end):  # "a 4-0 home win": the cue noun first
        if _unit_after(s, end):
            return None  # "5-2 days", "four to three weeks": a range of a unit
        if not _cue_before(s, amt.start) and not _between_names(s, amt.start, end, num):
            return None
    _emit_tally(s, amt.start, end, int(num.value), second)
    return end


def _count(raw: str, word: bool) -> int | None:
    if raw.isdigit():
        if word or (len(raw) > 1 and raw[0] == "0"):
            return None  # "the 99-00 season": a year's last digits, never a count
        return int(raw)
    if not word:
        return None
    from reconcile.claims.numbers import parse_words

    wn = parse_words(raw)
    if wn is None or wn.scale or wn.length != len(raw) or wn.value != int(wn.value):
        return None
    return int(wn.value)


def _cue_before(s: Scan, start: int) -> bool:
    words = WORDS_BEFORE.findall(s.n[max(0, start - 40) : start])[-4:]
    return any(w.lower() in s.v.tally_before for w in words)


# words that end a noun phrase's run of modifiers: a cue noun after them belongs elsewhere
_NOT_MODIFIER = frozenset(
    [
        "to",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "and",
        "or",
        "but",
        "for",
        "with",
        "by",
        "from",
        "as",
        "that",
        "which",
        "who",
        "was",
        "is",
        "it",
        "its",
    ]
)
# how a match was settled, right after the score: "4-2 on penalties", "3-1 on aggregate",
# "2-1 after extra time", "3-2 in extra time"
SETTLED = re.compile(
    r"[ \t]+(?:on[ \t]+(?:penalties|aggregate|spot-kicks)|(?:after|in)[ \t]+extra[ \t-]+time)\b",
    re.I,
)


def _cue_after(s: Scan, end: int) -> bool:
    """A cue noun after the tally, right after it or after up to two modifiers of one noun
    phrase ("a 4-1 vote", "a 4-2 shoot-out win", "a 51-49 party-line vote"), or how a match
    was settled ("4-2 on penalties")."""
    if SETTLED.match(s.n, end):
        return True
    pos = end
    for _ in range(3):
        m = WORD_AFTER.match(s.n, pos)
        if m is None:
            return False
        word = m["w"].lower()
        if word in s.v.tally_after:
            return True
        if word in _NOT_MODIFIER or not m["w"].islower():
            return False
        pos = m.end()
    return False


# a score a side came back from: "recovered from 2-0 down", "from 1-0 up" (otherwise "from 9-7"
# opens a change, not a tally)
FROM_SCORE = re.compile(r"[0-9]{1,3}[-\u2013][0-9]{1,3}[ \t]+(?:down|up|behind)\b")


def from_score(s: Scan, num: Num) -> bool:
    """Whether the tally opening at ``num`` after "from" is a score left behind."""
    return not num.word and FROM_SCORE.match(s.n, num.start) is not None


# a results line: a team's name, the score, the other team's name ("Ashby 2-1 Corlett")
_NAME_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][a-z]+[ \t]+$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+\b(?![ \t]*[0-9])")


def _between_names(s: Scan, start: int, end: int, num: Num) -> bool:
    """Whether the tally stands between two capitalised names, as in a results line
    ("Ashby 2-1 Corlett"); a label word before it ("Table 4-2 Summary") is no team."""
    if num.word or _NAME_AFTER.match(s.n, end) is None:
        return False
    m = _NAME_BEFORE.search(s.n, max(0, start - 30), start)
    return m is not None and m.group().strip().lower() not in s.v.label_last


# a tennis match's sets, two to five: "6-4 3-6 7-6(5) 6-7(8) 6-3", "6-3, 6-4", "7-6 and 6-2"
_SET = r"(?P<{a}>[0-7])[-\u2013](?P<{b}>[0-7])(?:\([0-9]{{1,2}}\))?"
SET_LINE = re.compile(
    _SET.format(a="a1", b="b1")
    + "".join(
        rf"(?:(?:,?[ \t]+|,)(?:and[ \t]+)?{_SET.format(a=f'a{i}', b=f'b{i}')})"
        + ("" if i == 2 else "?")
        for i in range(2, 6)
    )
    + r"(?![0-9]|[-\u2013.:/][0-9])"
)


def _set_won(a: int, b: int) -> bool | None:
    """Whether the first player won a set scored a-b; None when a-b is no finished set (a set
    ends at 6 with two games to spare, or 7-5, or 7-6 on a tiebreak)."""
    hi, lo = max(a, b), min(a, b)
    if (hi == 6 and lo <= 4) or (hi == 7 and lo in (5, 6)):
        return a > b
    return None


def set_line(s: Scan, amt: Amount, num: Num) -> int | None:
    """End of a tennis match's sets written in a row ("6-4 3-6 7-6(5) 6-3"), after emitting
    it as one tally: value the sets won by the player named first, modifier the sets in
    digits; None unless every pair is a finished set and the player named first, the winner
    in news copy, won more sets."""
    if num.start > 0 and (s.n[num.start - 1].isalnum() or s.n[num.start - 1] in "-/.:("):
        return None
    m = SET_LINE.match(s.n, num.start)
    if m is None:
        return None
    sets = [(int(m[f"a{i}"]), int(m[f"b{i}"])) for i in range(1, 6) if m[f"a{i}"] is not None]
    won = [_set_won(a, b) for a, b in sets]
    if any(w is None for w in won):
        return None
    first = sum(1 for w in won if w)
    if first <= len(sets) - first:
        return None
    sets_line = " ".join(f"{a}-{b}" for a, b in sets)
    _emit_tally(s, amt.start, m.end(), first, len(sets) - first, sets_line)
    return m.end()


def _unit_after(s: Scan, end: int) -> bool:
    from reconcile.quantities.counts import noun_suffix
    from reconcile.quantities.suffix import unit_suffix

    if unit_suffix(s.n, end) is not None:
        return True
    probe = Num(end, end, 2.0, 0.5, None, False, False, None, "2")
    unit = noun_suffix(s.n, end, probe)
    return unit is not None and unit.unit not in s.v.tally_units


# Words that only a text about cricket holds (a score "for" wickets reads as cricket only there)
CRICKET_WORDS = re.compile(
    r"(?<![\w-])(?:wickets?|innings|overs|all[ \t]+out|bowled|batting|test[ \t]+match)(?![\w-])"
)
# "for" and the other side of a cricket score: wickets or runs, in digits or words
FOR_SIDE = re.compile(r"[ \t]+for[ \t]+(?P<b>\d{1,3}|[A-Za-z]+)\b(?![.,:/%-]?\d)")
# a bowler's figures in a scorecard or after a name: "D Okoro 6-54", "finishes with 6-54"
DASH_SIDE = re.compile(r"[-\u2013](?P<b>\d{1,3})\b(?![.,:/%-]?\d)")
# a price after the pair: "3 for 12 each", "2 for 5 a head"
EACH_AFTER = re.compile(r"[ \t]+(?:each|apiece|a|per)\b", re.IGNORECASE)
# "71.4 overs": overs and balls (the digit after the point is 0 to 5)
OVERS_AFTER = re.compile(r"[ \t]+overs\b", re.IGNORECASE)


def cricket_score(s: Scan, amt: Amount, num: Num, unit: Unit | None) -> int | None:
    """End of the cricket figure whose first number is ``num`` (see the module docstring),
    after emitting it; None when ``num`` opens none or the text does not speak of cricket."""
    if unit is not None or amt.cur is not None or amt.negative or num.scale or num.fraction:
        return None
    if s.cricket is None:
        s.cricket = CRICKET_WORDS.search(s.low) is not None  # whole words: not "takeovers"
    if not s.cricket or YEAR.match(num.text):
        return None
    n = s.n
    if num.value != int(num.value):
        om = OVERS_AFTER.match(n, num.end)
        if om is None or num.text.rsplit(".", 1)[-1] not in ("1", "2", "3", "4", "5"):
            return None
        s.emit_simple(amt.start, om.end(), num.value, 0.0, "over", "count")
        return om.end()  # "(71.4 overs)"
    first = int(num.value)
    if first > 10:
        return None  # runs first ("112 for four"): see the module docstring
    m = FOR_SIDE.match(n, num.end)
    if m is None and not num.word and (num.start == 0 or not n[num.start - 1].isalnum()):
        m = DASH_SIDE.match(n, num.end)  # "D Okoro 6-54"
    if m is None or _unit_after(s, m.end()) or EACH_AFTER.match(n, m.end()):
        return None  # "took 5 for 30 minutes": a duration; "sold 3 for 12 each": a price
    raw = m["b"]
    second = int(raw) if raw.isdigit() else _count(raw, True)
    if second is None or second <= 10:
        return None
    _emit_tally(s, amt.start, m.end(), first, second)
    return m.end()
