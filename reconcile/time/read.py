"""Time expressions near a figure -> a small canonical string.

The forms are defined, parsed and compared in :mod:`reconcile.time.values` (its formatters write
them here; :func:`same_time`, the calendar's reading of two of them, lives there too):

- ``"2025-09-09"``: a day (ISO date)
- ``"--09-24"``: a month and day whose year is unknown (from a dateline without a year)
- ``"weekday:Monday"``: a weekday that could not be placed on a calendar
- ``"2025-Q2"``, ``"quarter:June"``, ``"quarter:Q2"``, ``"fiscal:Q3"``: quarters
- ``"2025-05"``, ``"month:May"``: months
- ``"2025-W36"``, ``"week:last"``, ``"week:this"``: weeks
- ``"year:2025"``, ``"year:this"``, ``"year:last"``: years

Nothing is guessed: without an anchor (publication date) relative words stay relative, and
"today" with neither an anchor nor a dateline resolves to ``None``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from reconcile.time.values import (
    MONTH_NAMES,
    ago_text,
    day_text,
    future_before,
    monthday_text,
    parse,
    period_text,
    weekday_text,
)
from reconcile.time.values import same_time as same_time  # the calendar's reading, re-exported
from reconcile.vocabulary import load


@cache
def vocabulary() -> dict[str, dict]:
    """The parsed ``reconcile/data/time.toml``."""
    return load("time")


def alternation(words: Iterable[str]) -> str:
    """A regex matching exactly what ``a|b|c`` (longest word first) matches, but factored as a
    trie, e.g. ``jan(?:uary|\\.)?``: Python's engine then tries a handful of branches at each
    position instead of every word (several times faster on long lists, with ``re.I`` too).

    At each position the words that can match form a chain of prefixes of one another (siblings
    in the trie start with different characters), and greedy optional groups try them longest
    first, as the plain alternation does. When two siblings could match the same character
    regardless of case (say ``k`` and the Kelvin sign), the plain alternation is returned.
    """
    ordered = sorted(words, key=len, reverse=True)
    root: dict[str, dict] = {}
    for w in ordered:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str | None:
        kids = [ch for ch in node if ch]
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                if re.fullmatch(re.escape(a), b, re.I) or re.fullmatch(re.escape(b), a, re.I):
                    return None
        alts = []
        for ch in kids:
            rest = build(node[ch])
            if rest is None:
                return None
            alts.append(re.escape(ch) + rest)
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(alts) == 1 and len(alts[0]) > 1 else f"{body}?"

    factored = build(root) if "" not in root else None
    if factored is None:
        return "|".join(re.escape(w) for w in ordered)
    return factored


def _alt(words: list[str]) -> str:
    return alternation(words)


# the counts written in words before "... ago" ("a decade ago", "three years ago")
_AGO_COUNTS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip


def _ago(count: str, unit: str, anchor: dt.date | None) -> tuple[str, int]:
    """The time "<count> <unit>s ago" names, and its rank: the period that many periods before
    the news day, on the calendar with an anchor ("five years ago" in 2026: year:2021), else a
    relative label ("year:-5")."""
    n = int(count) if count.isdigit() else _AGO_COUNTS[count.lower()]
    unit = unit.lower()
    if unit == "decade":
        unit, n = "year", 10 * n
    rank = {"day": 0, "week": 2, "month": 2, "year": 3}[unit]
    if anchor is None:
        return ago_text(unit, n), rank
    if unit == "day":
        return day_text(anchor - dt.timedelta(days=n)), rank
    if unit == "week":
        iso = (anchor - dt.timedelta(days=7 * n)).isocalendar()
        return period_text("week", iso.year, iso.week), rank
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 - n
        return period_text("month", months // 12, months % 12 + 1), rank
    return period_text("year", anchor.year - n), rank


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    v = vocabulary()
    month = _alt(list(v["months"]))
    wday = _alt(list(v["weekdays"]))
    rel = _alt(list(v["relative_days"]))
    quarter = _alt(list(v["quarters"]))
    return {
        "iso": re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),
        # in every pattern naming a month: a month name at a word start, then a space or a
        # word boundary
        "month_word": re.compile(rf"\b(?:{month})(?=\s|\b)", re.I),
        "mdy": re.compile(rf"\b({month})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
        "dmy": re.compile(rf"\b(\d{{1,2}})\s+({month})\s+(\d{{4}})\b", re.I),
        "md": re.compile(rf"\b({month})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![,.]?\s*\d)", re.I),
        "rel": re.compile(rf"\b({rel})(?:'s)?\b", re.I),
        "wday": re.compile(rf"\b({wday})(?:'s)?\b", re.I),
        # "the 52 lorries are now queuing": the article's day (not "now that", "from now", "for
        # now", "now-defunct")
        "now": re.compile(r"(?<!\bfrom\s)(?<!\bfor\s)\bnow\b(?!-|\s+that\b)", re.I),
        "week": re.compile(r"\b(last|this|past|previous)\s+week\b", re.I),
        # a calendar month named from the article's day ("inflation fell to 3.8% last month");
        # not "the past month", a running span of 30 days
        "month_rel": re.compile(r"\b(last|this|previous)\s+month\b", re.I),
        # a quarter named by its last month, or by its last day ("the quarter to Sept. 30",
        # "the three months ended June 30, 2026": the day is the period's end, not its date)
        "month_quarter": re.compile(
            rf"\b(?:the\s+)?({month})\s+quarter\b"
            rf"|\bquarter\s+(?:that\s+)?(?:ended|ending|to)\s+(?:in\s+|on\s+)?({month})\b"
            rf"(?:\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{{2}})\b)?)?"
            rf"|\bthree\s+months\s+(?:to|ended|ending|through)\s+(?:in\s+|on\s+)?({month})\b"
            rf"(?:\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{{2}})\b)?)?",
            re.I,
        ),
        "num_quarter": re.compile(
            rf"\b(fiscal(?:\s+year)?\s+)?(?:({quarter})[\s-]+quarter\b|\b(Q[1-4])\b)", re.I
        ),
        # "so far this year"; the year to date is this year too ("since the start of the year"),
        # and so is a season of it named from the article's day ("sold 80 licences this
        # spring"; not "this winter", which spans two years, nor "this fall", often a noun);
        # a past fiscal year ("its last fiscal year") is the calendar year before, as near as
        # a calendar gets (a coming one may start on a stated day: left to that day)
        "year_rel": re.compile(
            r"\b(?:(this|last|next)\s+year|(last)\s+(?:fiscal|financial)\s+year"
            r"|since\s+the\s+(?:start|beginning)\s+of\s+the\s+year"
            r"|(?:the\s+)?year[\s-]to[\s-]date"
            r"|this\s+(?:spring|summer|autumn))\b",
            re.I,
        ),
        "year": re.compile(
            r"(?<![\d,.$€£¥₹-])\b((?:19|20)\d{2})\b(?![\d,.%-]\d)(?!\s*(?:%|percent))"
        ),
        "day_shift": re.compile(r"\b(?:a|one)\s+day\s+(after|before|earlier|later)\b", re.I),
        # "five years ago", "a decade ago", "18 months ago": so many periods before the news day
        "ago": re.compile(
            rf"\b({_alt(list(_AGO_COUNTS))}|\d{{1,3}})\s+(day|week|month|year|decade)s?\s+ago\b",
            re.I,
        ),
        "month": re.compile(
            rf"\b(?:in|of|since|during|until|by|from|through|to|early|late|mid-?)\s+({month})\b"
            r"(?!\s+\d)",
            re.I,
        ),
    }


def _least(words: Iterable[str]) -> tuple[str, ...]:
    """The lower-cased words that hold no other: one of them is in any text holding one of all.

    Empty (no test: always scan) when a word is not ASCII, where ``re.I`` has exceptions."""
    ws = sorted({w.lower() for w in words}, key=lambda w: (len(w), w))
    if not all(w.isascii() for w in ws):
        return ()
    return tuple(w for i, w in enumerate(ws) if not any(u in w for u in ws[:i]))


_MONTH_PATTERNS = frozenset({"mdy", "dmy", "md", "month_quarter", "month"})


@cache
def _needles() -> dict[str, tuple[str, ...]]:
    """Pattern -> lower-case strings one of which is in any text the pattern matches in."""
    v = vocabulary()
    month = _least(v["months"])
    return {
        "iso": ("-",),
        "mdy": month,
        "dmy": month,
        "md": month,
        "rel": _least(v["relative_days"]),
        "wday": _least(v["weekdays"]),
        "now": ("now",),
        "week": ("week",),
        "month_rel": ("month",),
        "month_quarter": month,
        "num_quarter": ("quarter", "q1", "q2", "q3", "q4"),
        "year_rel": ("year", "spring", "summer", "autumn"),
        "year": ("19", "20"),
        "day_shift": ("day",),
        "ago": (" ago",),
        "month": month,
    }


def caseless_beyond_ascii(text: str) -> bool:
    """Only ASCII letters have a case in ``text``: then ``re.I`` matches a letter exactly where
    ``text.lower()`` has it (no Kelvin sign, long s, dotted I...), position for position."""
    if text.isascii():
        return True
    return all(c.isascii() or c.lower() == c == c.upper() for c in set(text))


def _scanner(text: str) -> Callable[[str], Iterator[re.Match[str]]]:
    """name -> the matches of that pattern in ``text``, skipping patterns whose every match would
    need a word the text lacks (most sentences name no month, weekday or quarter)."""
    p = _patterns()
    low = text.lower() if caseless_beyond_ascii(text) else None
    needles = _needles()

    present: dict[str, bool] = {}  # group -> may match

    def scan(name: str) -> Iterator[re.Match[str]]:
        group = "month" if name in _MONTH_PATTERNS else name
        hit = present.get(group)
        if hit is None:
            words = needles[name]
            hit = low is None or not words or any(n in low for n in words)
            if hit and group == "month":
                # "mar" is in "market": every one of these patterns has a month_word match
                hit = p["month_word"].search(text) is not None
            present[group] = hit
        return p[name].finditer(text) if hit else iter(())

    return scan


def _month(word: str) -> int:
    return int(vocabulary()["months"][word.lower()])


def _valid(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


_RX_DAY_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?\s*$")


def parse_dateline(dateline: str | None) -> tuple[int, int] | None:
    """'Sept. 24' -> (9, 24), '26 August' (a dateline written day first: "Wednesday 26
    August") -> (8, 26); anything else -> None."""
    if not dateline:
        return None
    if m := _patterns()["md"].search(dateline):
        month, day = _month(m.group(1)), int(m.group(2))
    elif (m := _RX_DAY_MONTH.search(dateline)) and m.group(2).lower() in vocabulary()["months"]:
        month, day = _month(m.group(2)), int(m.group(1))
    else:
        return None
    return (month, day) if _valid(2000, month, day) else None


def _shift_month_day(md: tuple[int, int], days: int) -> str:
    # 2000 is a leap year, so Feb 29 survives; shifting across a year end keeps month-day only.
    d = dt.date(2000, *md) + dt.timedelta(days=days)
    return monthday_text(d.month, d.day)


def _on_or_before(anchor: dt.date, weekday: int) -> dt.date:
    return anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)


def _quarter_year(anchor: dt.date, end_month: int) -> int:
    # A quarter named by its last month: the most recent such quarter that has begun.
    return anchor.year if end_month - 2 <= anchor.month else anchor.year - 1


@dataclass(frozen=True)
class _Hit:
    start: int
    end: int
    value: str | None
    rank: int  # lower wins when two expressions are equally near
    fallback: bool = False  # "now": see resolve_when


@lru_cache(maxsize=1024)  # the figures of one sentence ask about the same text
def _candidates(text: str, anchor: dt.date | None, dateline: str | None) -> tuple[_Hit, ...]:
    v = vocabulary()
    scan = _scanner(text)
    line_md = parse_dateline(dateline)
    hits: list[_Hit] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], value: str | None, rank: int, fallback: bool = False) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        hits.append(_Hit(s, e, value, rank, fallback))

    for m in scan("month_quarter"):  # before the days: "quarter to Sept. 30" is a quarter
        word = next(g for g in (m.group(1), m.group(2), m.group(4)) if g)
        month = _month(word)
        year = m.group(3) or m.group(5)
        if month % 3 == 0 and (year or anchor):
            y = int(year) if year else _quarter_year(anchor, month)  # type: ignore[arg-type]
            add(m, period_text("quarter", y, month // 3), 1)
        elif month % 3 == 0:
            add(m, f"quarter:Q{month // 3}", 1)  # the calendar quarter that month ends
        else:
            add(m, f"quarter:{MONTH_NAMES[month - 1]}", 1)
    for m in scan("iso"):
        d = _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            add(m, day_text(d), 0)
    for m in scan("mdy"):
        d = _valid(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if d:
            add(m, day_text(d), 0)
    for m in scan("dmy"):
        d = _valid(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        if d:
            add(m, day_text(d), 0)
    for m in scan("md"):
        month, day = _month(m.group(1)), int(m.group(2))
        if not _valid(2000, month, day) or not m.group(1)[0].isupper():
            continue
        if anchor and _valid(anchor.year, month, day):
            add(m, day_text(dt.date(anchor.year, month, day)), 0)
        else:
            add(m, monthday_text(month, day), 0)
    for m in scan("num_quarter"):
        q = int(v["quarters"][(m.group(2) or m.group(3)).lower()])
        if m.group(1):
            add(m, f"fiscal:Q{q}", 1)
        elif anchor:
            add(m, period_text("quarter", _quarter_year(anchor, q * 3), q), 1)
        else:
            add(m, f"quarter:Q{q}", 1)
    for m in scan("rel"):
        offset = int(v["relative_days"][m.group(1).lower()])
        if anchor:
            add(m, day_text(anchor + dt.timedelta(days=offset)), 0)
        elif line_md:
            add(m, _shift_month_day(line_md, offset), 0)
        else:
            add(m, None, 0)
    for m in scan("now"):  # only with a day to give it: undated, "now" is no time at all
        if anchor:
            add(m, day_text(anchor), 0, fallback=True)
        elif line_md:
            add(m, monthday_text(*line_md), 0, fallback=True)
    for m in scan("wday"):
        if not m.group(1)[0].isupper():
            continue
        wd = int(v["weekdays"][m.group(1).lower()])
        if anchor and future_before(text, m.start()):  # "is due to open on Thursday"
            add(m, day_text(anchor + dt.timedelta(days=(wd - anchor.weekday()) % 7)), 0)
        elif anchor:
            add(m, day_text(_on_or_before(anchor, wd)), 0)
        else:
            add(m, weekday_text(wd), 0)
    for m in scan("week"):
        which = "this" if m.group(1).lower() == "this" else "last"
        if anchor:
            d = anchor if which == "this" else anchor - dt.timedelta(days=7)
            iso = d.isocalendar()
            add(m, period_text("week", iso.year, iso.week), 2)
        else:
            add(m, f"week:{which}", 2)
    for m in scan("month_rel"):
        which = "this" if m.group(1).lower() == "this" else "last"
        if anchor:
            d = anchor if which == "this" else anchor.replace(day=1) - dt.timedelta(days=1)
            add(m, period_text("month", d.year, d.month), 2)
        else:
            add(m, f"month:{which}", 2)
    for m in scan("year_rel"):
        which = (m.group(1) or m.group(2) or "this").lower()
        off = {"this": 0, "last": -1, "next": 1}[which]
        label = f"year:{which}"  # "year:this": a label
        add(m, period_text("year", anchor.year + off) if anchor else label, 3)
    for m in scan("month"):
        if not m.group(1)[0].isupper():
            continue
        month = _month(m.group(1))
        if anchor:
            if future_before(text, m.start()):  # "will carry a levy from May"
                year = anchor.year if month >= anchor.month else anchor.year + 1
            else:
                year = anchor.year if month <= anchor.month else anchor.year - 1
            add(m, period_text("month", year, month), 2)
        else:
            add(m, f"month:{MONTH_NAMES[month - 1]}", 2)
    for m in scan("year"):
        named = _NAMED_BY_YEAR.search(text, max(0, m.start() - 40), m.start())
        if named is not None and not _month_word(named[1]):
            continue  # "the Inflation Reduction Act of 2022": the year is part of a name
        if _names_instrument(text, m.start(), m.end()):
            continue  # "the 2028 notes": the year the debt falls due names it
        add(m, period_text("year", int(m.group(1))), 3)
    for m in scan("ago"):
        add(m, *_ago(m.group(1), m.group(2), anchor))
    days = [h for h in hits if h.rank == 0 and h.value and _shiftable(h.value)]
    for m in scan("day_shift"):
        if days:  # "on Tuesday, a day after the stock slid 8.4%": the slide was on Monday
            ref = min(days, key=lambda h: min(abs(h.start - m.end()), abs(m.start() - h.end)))
            add(m, _shift(ref.value, _DAY_SHIFTS[m.group(1).lower()]), 0)  # type: ignore[arg-type]
        elif anchor:  # "It came a day after the town hit 38.6C": a day before the news day
            add(m, _shift(day_text(anchor), _DAY_SHIFTS[m.group(1).lower()]), 0)
    return tuple(hits)


# a capitalised word (not opening the sentence) and "of" right before a year: a name that holds
# the year ("the Clean Water Act of 2014", "the Class of 2019"), unless the word is a month
# ("March of 2022" is a time)
_NAMED_BY_YEAR = re.compile(r"(?<=[a-z,] )(?:[A-Z][a-z]+ )*?([A-Z][a-z]+) of (?:the year )?$")


_RX_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|its|their|his|her|our|these|those)\s+$")


def _names_instrument(text: str, start: int, end: int) -> bool:
    """A year between a determiner and a debt instrument ("the 2028 notes", "its 2031 bonds";
    time.toml [year_named]): the instrument's name, not a time."""
    if _RX_DETERMINER_BEFORE.search(text, max(0, start - 8), start) is None:
        return False
    after = text[end : end + 20].split(maxsplit=1)
    words = vocabulary()["year_named"]["instruments"]
    return bool(after) and after[0].lower().strip(".,;:") in words


def _month_word(word: str) -> bool:
    return word.lower()[:3] in _MONTH_PREFIXES


_MONTH_PREFIXES = frozenset(m.lower()[:3] for m in MONTH_NAMES)


# "a day after <event>": the event came a day before the sentence's day; "a day earlier"
# after a figure: the figure is a day before it.
_DAY_SHIFTS = {"after": -1, "earlier": -1, "before": 1, "later": 1}


def _shiftable(value: str) -> bool:
    return parse(value).kind in ("day", "weekday")


def _shift(value: str, days: int) -> str:
    w = parse(value)
    if w.kind == "weekday":
        return weekday_text((w.weekday + days) % 7)
    return day_text(w.first + dt.timedelta(days=days))  # type: ignore[operator]


@cache
def _start_rx() -> re.Pattern[str]:
    words = vocabulary().get("start_words", {}).get("words", ["since"])
    return re.compile(r"\b(?:" + alternation(words) + r")\b", re.I)


_RX_BASE_BEFORE = re.compile(
    r"\b(?:on|over|than|from|versus|vs\.?|against|compared\s+with|compared\s+to|since)"
    r"\s+(?:(?:in|at|for|during)\s+)?(?:the\s+(?:same\s+\w+\s+)?)?$",
    re.I,
)
_RX_PIECE_START = re.compile(r"[,;:()]|\s[—–-]\s")


_RX_RIGHT_AFTER = re.compile(r"\s+(?:the\s+)?", re.I)


def _start_before(text: str, lo: int, hi: int) -> bool:
    """Does a start word stand in ``text[lo:hi]`` (before a time at ``hi``)? A "between" is the
    start of a span of time only when the time follows it ("between Friday noon and ...") or
    another time stands between them ("between Friday noon and late on Sunday"): a "between"
    of places before the time ("parked between the ramps by Friday noon") is none."""
    for m in _start_rx().finditer(text, lo, hi):
        if (
            m.group(0).lower() == "between"
            and not _RX_RIGHT_AFTER.fullmatch(text, m.end(), hi)
            and not has_time_expression(text[m.end() : hi])
        ):
            continue
        return True
    return False


# the end of a span opened by "between": "between Tuesday evening and |Wednesday afternoon"
_SPAN_END = re.compile(r"\bbetween\s+(?:[\w’'.-]+,?\s+){1,4}and\s+(?:the\s+)?$", re.I)


# a clause that describes the time just named: "since Tuesday, when the company reported ..."
_RELATIVE_WORD = re.compile(r"\b(?:where|which|who|whom|whose|that)\b", re.I)


def _in_relative_clause(text: str, hit: _Hit, at: int) -> bool:
    """Does the parse set ``hit`` inside a relative clause on a noun ("wards where the party
    took 22% in 2018", "the line, which opened in 2011") that does not hold the figure at
    ``at``? Only a period written with its number ("in 2019", "in March 2022"); parsed only
    when a relative word stands before it."""
    if not any(ch.isdigit() for ch in text[hit.start : hit.end]):
        return False
    if not _RELATIVE_WORD.search(text, 0, hit.start):
        return False
    from reconcile.claims.parse import figure_span, parse_sentences

    doc = parse_sentences([text])[0]
    span = figure_span(doc, hit.start, hit.end)
    if span is None:
        return False
    for t in span.root.ancestors:
        if t.dep_ == "relcl":
            lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
            return not lo <= at < hi
    return False


_WHEN_CLAUSE = re.compile(r"\s*,?\s*when\b[^,;:()]*$", re.I)


# a piece set off after the figure that opens with the base it is compared with: "400 barges
# are waiting, up from the 230 counted on Thursday", "revised up from Monday's initial 212,000",
# "closed up 4% at $2.10, from $2.02 on Friday": that day is the base's, not the figure's
_BASE_PIECE = re.compile(
    r"\s*(?:(?:[a-z]+\s+)?(?:up|down|rising|falling|climbing|dropping)\s+from"
    r"|(?:revised|raised|lowered|cut|increased|reduced)\s+from|compared\s+(?:with|to)"
    r"|against|versus|vs\.?|from(?=\s+(?:[A-Z]{0,3}[$€£¥]|\d)))\s",
    re.I,
)


# where a piece starts, a comma in a number ("6,900") no start
_RX_BASE_START = re.compile(r"[;:()]|,(?!\d)|\s[—–-]\s")


def _of_the_base(text: str, hit: _Hit, at: int) -> bool:
    """Is ``hit`` in a piece that opens with the base of a comparison and does not hold the
    figure at ``at``: after it (", up from the 230 counted on Thursday") or before it
    ("compared with a 6.2 billion franc budget in 2018, an overrun of 27%")?"""
    if hit.start <= at:
        if hit.end > at or not any(True for _ in _RX_BASE_START.finditer(text, hit.end, at)):
            return False  # the figure stands in the time's piece
        base = max((m.end() for m in _RX_BASE_START.finditer(text, 0, hit.start)), default=0)
        return _BASE_PIECE.match(text, base) is not None
    base = max((m.end() for m in _RX_BASE_START.finditer(text, at, hit.start)), default=0)
    return bool(base) and _BASE_PIECE.match(text, base) is not None


def _future_elsewhere(text: str, hit: _Hit, at: int, piece: int) -> bool:
    """Is ``hit`` a day told in the future ("will vote on Thursday", "are to meet again on
    Wednesday") in a piece of the sentence that does not hold the figure at ``at``? A figure
    told in another piece is of the time its own words give, not of an event still to come."""
    end = next((m.start() for m in _RX_PIECE_START.finditer(text, hit.end)), len(text))
    if piece <= at < end:
        return False
    return future_before(text[piece : hit.start], hit.start - piece)


def _applies(text: str, hit: _Hit, at: int, clause: tuple[int, int] | None) -> bool:
    """May ``hit`` date the figure at offset ``at``? (see :func:`resolve_when`)"""
    if at > hit.end and _WHEN_CLAUSE.match(text[hit.end : at]):
        return True  # the figure stands in a "when" clause of that time, even after "since"
    if hit.rank > 0 and at >= hit.end and _in_relative_clause(text, hit, at):
        return False  # "in wards where the party took 22% in 2018 it is down six points":
        # the relative clause's written period dates its own verb, not the main clause's
        # figure (a day may: "the storm, which struck on Monday, killed 12"; and a period told
        # from the article's day: "the lender, which floated this week, fell 4.1%")
    if ";" in (text[hit.end : at] if at >= hit.end else text[at : hit.start]):
        return False  # "the main was built in 1958; around 62,000 households are ...": another
        # clause's time
    piece = max((m.end() for m in _RX_PIECE_START.finditer(text, 0, hit.start)), default=0)
    if hit.rank == 0 and _future_elsewhere(text, hit, at, piece):
        return False  # "Ministers are to meet again on Wednesday, as the protest paralyses the
        # roads for a sixth day": the day of a meeting to come, not of the figure
    if _SPAN_END.search(text, piece, hit.start):
        return True  # a span's end dates what happened over it
    if _start_before(text, piece, hit.start):
        return False  # "since Sunday", "the year that starts on July 1": a start
    if _of_the_base(text, hit, at):
        return False  # ", up from 230 on Thursday": the base's time
    if hit.rank == 0:
        return True
    if _RX_BASE_BEFORE.search(text[max(0, hit.start - 30) : hit.start]):
        return False  # "3.5% on this year's plan", "5.3% increase on last year": the base
    # not in a later clause: "..., making it the worst fire this year"
    return clause is None or hit.start < clause[1]


@cache
def _rx_telling() -> re.Pattern[str]:
    """A verb of saying or reporting (entities.toml ``speech_verbs``, ``speaker_verbs``) with at
    most one word before a time expression ("said on Tuesday", "announced late on Monday")."""
    e = load("entities")["names"]
    verbs = sorted({*e["speech_verbs"], *e["speaker_verbs"]}, key=len, reverse=True)
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, verbs))})\s+(?:\w+\s+)?$")


def _day_of_telling(text: str, hit: _Hit) -> bool:
    """Is ``hit`` a day on a verb of saying ("..., the office said on Tuesday")? It is when the
    figure was told, not what the figure measures, once a period in the sentence dates it."""
    return (
        hit.rank == 0 and _rx_telling().search(text, max(0, hit.start - 40), hit.start) is not None
    )


def has_time_expression(text: str) -> bool:
    """Does ``text`` hold a time expression ("on Monday", "a year earlier" does not count)?"""
    return bool(_candidates(text, None, None))


def resolve_when(
    text: str,
    anchor: dt.date | None = None,
    dateline: str | None = None,
    at: int | None = None,
    clause: tuple[int, int] | None = None,
    end: int | None = None,
) -> str | None:
    """The time a figure in ``text`` refers to, as a canonical string, or None.

    ``anchor`` is the publication date ("today"), ``dateline`` the dateline as written
    ("Sept. 24"). When ``at`` (an offset into ``text``) is given, the time expression nearest to
    it wins; otherwise the first one. An expression that cannot be resolved ("today" with no
    anchor and no dateline) still wins and yields None: the time is left open, not guessed.
    ``end`` is where the figure ends (distances to the right are counted from it: in "2.6% this
    year and 2.1% next year", "next year" is nearer to "2.1%").

    With ``at``, expressions that do not date the figure are left out: one after a start word of
    time.toml ("evacuated since Sunday", "since it broke out on Sunday", "the year that starts
    on July 1", unless the figure stands in a "when" clause of that time: "risen since Tuesday,
    when 164 were ill" is Tuesday's count; "between Tuesday and Wednesday": Tuesday, while the
    span's end dates it); a period that is the base of a comparison ("an increase of 3.5% on
    this year's plan", "than last year"); a period (year, quarter, month, week) after the end of the
    figure's ``clause`` ([start, end) offsets into ``text``; "..., making it the worst fire this
    year" does not date "412 homes"). A period before the figure frames the sentence ("In 2024,
    sales rose 5%"), and a day anywhere in the sentence may date the figure ("..., the company
    said on Thursday").
    """
    hits = _candidates(text, anchor, dateline)
    # "now" dates a figure only when the sentence's day was its base's: "400 are now waiting,
    # up from 230 on Thursday" (elsewhere "now" is the moment of a report, a live blog's entry)
    based = at is not None and any(_of_the_base(text, h, at) for h in hits if not h.fallback)
    if hits and at is not None:
        hits = tuple(h for h in hits if _applies(text, h, at, clause))
        if any(h.rank > 0 and not h.fallback for h in hits):
            # "In 2025 it sold 1.2 million cars, its chief executive said on Tuesday": the day
            # of the telling dates the statement, the period the figure
            hits = tuple(h for h in hits if not _day_of_telling(text, h))
    if not based or not all(h.fallback for h in hits):
        hits = tuple(h for h in hits if not h.fallback)
    if not hits:
        return None
    if at is None:
        best = min(hits, key=lambda h: (h.start, h.rank))
    else:
        stop = at if end is None else end  # right-hand expressions count from the figure's end
        best = min(hits, key=lambda h: (max(h.start - stop, at - h.end, 0), h.rank, h.start))
    return best.value
