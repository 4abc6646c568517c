"""``Claim.when``: the canonical time strings, read by one parser, related by one function.

Canonical forms (written by :func:`reconcile.time.read.resolve_when`, with the formatters
below):

- ``2025-09-09``: a day (ISO date)
- ``--09-24``: a month and day whose year is unknown (from a dateline without a year)
- ``weekday:Monday``: a weekday not placed on a calendar
- ``2025-Q2``, ``2025-05``, ``2025-W36``, ``year:2025``: periods with a place on the calendar
- ``quarter:June``, ``quarter:Q2``, ``fiscal:Q3``, ``month:May``, ``week:last``, ``year:this``...:
  periods known only by their label (relative ones name this/last/next/previous/current)
- ``year:-5``, ``month:-18``, ``day:-3``: so many periods before the news day, in an undated
  article ("five years ago"; :func:`ago_text`, read back by :func:`periods_ago`)

:func:`parse` turns any string into a :class:`When` (never raising: text that is none of the
calendar forms is a ``label``). :func:`relation` relates two of them. Its two readers differ on
purpose, and the difference is spelled out by two parameters:

- ``nested``: a time lying within (or across) another, unequal one, e.g. a day against its year.
  The comparer (:func:`relate`) calls that ``"different"`` (a day's move is not the year's); the
  context stage (:func:`reconcile.time.read.same_time`) calls it ``"unknown"``.
- ``unplaced``: times not placed on a calendar (weekday names, labels). The comparer reads them
  within one news cycle (``"nearest"``: Monday is the nearest Monday, equal labels are the same
  period, unequal absolute labels differ); the context stage says ``"unknown"`` unless the
  calendar proves them different.

Everything else (days, month-days, calendar periods that are equal or disjoint) is read the same
way by both.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip

Kind = Literal["day", "monthday", "weekday", "period", "label"]
Unit = Literal["year", "quarter", "month", "week"]
Verdict = Literal["same", "different", "unknown"]
Nested = Literal["different", "unknown"]
Unplaced = Literal["nearest", "unknown"]


@dataclass(frozen=True, slots=True)
class When:
    """One parsed ``Claim.when`` value.

    ``first``/``last``: the calendar span (a day: the day twice; a calendar period: its first and
    last day; otherwise None). ``month``/``day``: a month-day's. ``weekday``: 0 for Monday, for a
    weekday name. ``unit``/``year``/``number``: a calendar period's (``2025-Q2``: quarter, 2025,
    2; ``year:2025``: year, 2025, 0). ``key``: the text stripped and lower-cased, by which labels
    compare. ``relative``: a label naming this/last/next/previous/current.
    """

    kind: Kind
    text: str
    key: str
    first: dt.date | None = None
    last: dt.date | None = None
    month: int = 0
    day: int = 0
    weekday: int = -1
    unit: Unit | None = None
    year: int = 0
    number: int = 0
    relative: bool = False

    def canonical(self) -> str:
        """The canonical string (labels as written, stripped)."""
        if self.kind == "day":
            return day_text(self.first)  # type: ignore[arg-type]
        if self.kind == "monthday":
            return monthday_text(self.month, self.day)
        if self.kind == "weekday":
            return weekday_text(self.weekday)
        if self.kind == "period":
            return period_text(self.unit, self.year, self.number)  # type: ignore[arg-type]
        return self.text


# --- formatting: the one definition of each canonical form ------------------------------------


def day_text(date: dt.date) -> str:
    return date.isoformat()


def monthday_text(month: int, day: int) -> str:
    return f"--{month:02d}-{day:02d}"


def weekday_text(index: int) -> str:
    """``weekday:Monday`` for 0."""
    return f"weekday:{WEEKDAY_NAMES[index]}"


_PERIOD_FORMS = dict(year="year:{y}", quarter="{y}-Q{n}", month="{y}-{n:02d}", week="{y}-W{n:02d}")


def period_text(unit: Unit, year: int, number: int = 0) -> str:
    """``year:2025``, ``2025-Q2``, ``2025-05``, ``2025-W36`` (``number``: quarter, month, week)."""
    return _PERIOD_FORMS[unit].format(y=year, n=number)


def ago_text(unit: str, n: int) -> str:
    """``year:-5`` for "five years ago" in an undated article (``unit``: day, week, month,
    year)."""
    return f"{unit}:-{n}"


_AGO = re.compile(r"(day|week|month|quarter|year):-(\d+)$")


def periods_ago(when: str) -> tuple[str, int] | None:
    """("year", 5) for ``year:-5`` (:func:`ago_text`); None for any other time."""
    m = _AGO.match(when)
    return None if m is None else (m.group(1), int(m.group(2)))


# --- parsing -----------------------------------------------------------------------------------

_FORMS = re.compile(
    r"(?P<y>\d{4})-(?:(?P<m>\d{2})(?:-(?P<d>\d{2}))?|Q(?P<q>[1-4])|W(?P<w>\d{2}))"
    r"|--(?P<mm>\d{2})-(?P<md>\d{2})"
    r"|weekday:(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|year:(?P<yy>\d{4})",
    re.I | re.ASCII,
)
_RELATIVE = re.compile(r"this|last|next|previous|current|:-\d")
_WEEKDAY_INDEX = {name.lower(): i for i, name in enumerate(WEEKDAY_NAMES)}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def _period(text: str, key: str, unit: Unit, year: int, number: int) -> When:
    if unit == "year":
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    elif unit == "quarter":
        first, last = dt.date(year, 3 * number - 2, 1), _month_end(year, 3 * number)
    elif unit == "month":
        first, last = dt.date(year, number, 1), _month_end(year, number)
    else:
        first = dt.date.fromisocalendar(year, number, 1)
        last = first + dt.timedelta(days=6)
    return When("period", text, key, first, last, unit=unit, year=year, number=number)


@lru_cache(maxsize=4096)
def parse(when: str) -> When:
    """The :class:`When` of a string; text that is none of the calendar forms (or names an
    impossible date) is a ``label``: never an exception."""
    text = when.strip()
    key = text.lower()
    m = _FORMS.fullmatch(text)
    try:
        if m is None:
            pass
        elif m["d"]:
            date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
            return When("day", text, key, date, date, date.month, date.day, date.weekday())
        elif m["m"]:
            return _period(text, key, "month", int(m["y"]), int(m["m"]))
        elif m["q"]:
            return _period(text, key, "quarter", int(m["y"]), int(m["q"]))
        elif m["w"]:
            return _period(text, key, "week", int(m["y"]), int(m["w"]))
        elif m["yy"]:
            return _period(text, key, "year", int(m["yy"]), 0)
        elif m["mm"]:
            month, day = int(m["mm"]), int(m["md"])
            dt.date(2000, month, day)  # a leap year: --02-29 is a month-day
            return When("monthday", text, key, month=month, day=day)
        else:
            return When("weekday", text, key, weekday=_WEEKDAY_INDEX[m["wd"].lower()])
    except (ValueError, OverflowError):
        pass  # 2025-02-30, 2025-13, 2025-W54, --13-45: labels
    return When("label", text, key, relative=_RELATIVE.search(key) is not None)


# --- relating ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimeRelation:
    """``same``: True, False, or None when unknown. ``days``: distance in days when known."""

    same: bool | None
    days: int | None = None

    @property
    def verdict(self) -> Verdict:
        return "unknown" if self.same is None else "same" if self.same else "different"


_UNKNOWN = TimeRelation(None)
_DIFFERENT = TimeRelation(False)
_EQUAL = TimeRelation(True, 0)
_RANK = {"day": 0, "monthday": 1, "weekday": 2, "period": 3, "label": 4}


def _apart(days: int) -> TimeRelation:
    return TimeRelation(days == 0, days)


def _weekday_gap(a: int, b: int) -> int:
    # A weekday without a date is read in the same news cycle as the other time: the nearest
    # such weekday, at most three days away.
    d = abs(a - b) % 7
    return min(d, 7 - d)


def _monthday_gap(a: When, b: When) -> int:
    # Both in one year of unknown number: a common year unless one of them is 29 February.
    year = 2000 if (2, 29) in ((a.month, a.day), (b.month, b.day)) else 2001
    return abs((dt.date(year, a.month, a.day) - dt.date(year, b.month, b.day)).days)


def _relation(a: When, b: When, nested: Nested, unplaced: Unplaced) -> TimeRelation:
    if _RANK[a.kind] > _RANK[b.kind]:
        a, b = b, a  # the finer kind first: day, monthday, weekday, period, label
    ka, kb = a.kind, b.kind
    if kb in ("period", "label") and ka != "period" and ka != "label":
        # a day (or month-day, or weekday) against a period
        if nested == "different":
            return _DIFFERENT  # a day's figure against a period's: different scopes
        if ka == "day" and kb == "period":
            inside = b.first <= a.first <= b.last  # type: ignore[operator]
            return _UNKNOWN if inside else _DIFFERENT  # outside the period: another time
        return _UNKNOWN
    if ka == "day":
        if kb == "day":
            return _apart(abs((a.first - b.first).days))  # type: ignore[operator]
        if kb == "monthday":
            if (a.month, a.day) == (b.month, b.day):
                return _EQUAL
            try:
                other = dt.date(a.first.year, b.month, b.day)  # type: ignore[union-attr]
            except ValueError:  # 29 February against a common year: another day
                return _DIFFERENT
            return TimeRelation(False, abs((a.first - other).days))  # type: ignore[operator]
    if ka == "monthday":
        if kb == "monthday":
            return _apart(_monthday_gap(a, b))
        return _UNKNOWN  # against a weekday
    if kb == "weekday":  # against a day or a weekday
        wa = a.weekday
        if unplaced == "nearest":
            return _apart(_weekday_gap(wa, b.weekday))
        return _UNKNOWN if wa == b.weekday else _DIFFERENT
    if ka == kb == "period":
        if a.first == b.first and a.last == b.last:
            return _EQUAL
        if a.last < b.first or b.last < a.first:  # type: ignore[operator]
            return _DIFFERENT
        return _DIFFERENT if nested == "different" else _UNKNOWN
    # a label against a calendar period or a label
    if unplaced == "unknown":
        return _UNKNOWN
    if a.key == b.key:
        return _EQUAL
    if _fiscal(a) != _fiscal(b):
        # a company's fiscal quarter or year against a calendar one: a fiscal year may start
        # in any month, so "its fiscal second quarter" may be "the July-September quarter"
        return _UNKNOWN
    qa, qb = _quarter_number(a), _quarter_number(b)
    if qa and qb:  # "the quarter to Sept. 30" in an undated article against "Q3 2026"
        return _EQUAL if qa == qb else _DIFFERENT
    ma, mb = _month_number(a), _month_number(b)
    if ma and mb:  # "in October" in an undated article against "October 2026": one news cycle
        return _EQUAL if ma == mb else _DIFFERENT
    if a.relative and b.relative and (apart := _relative_apart(a, b, nested)) is not None:
        return apart
    return _UNKNOWN if a.relative or b.relative else _DIFFERENT


_RELATIVE_LABEL = re.compile(
    r"(day|week|month|quarter|year):(this|current|last|previous|next|-\d+)$"
)
_OFFSET = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1}


def _relative_apart(a: When, b: When, nested: Nested) -> TimeRelation | None:
    """Two relative labels read in one news cycle ("year:this" and "week:last"): of one unit
    and two offsets ("this year", "last year") they are two periods; of two units ("this
    year", "last week") a period against one of another length, which the comparer's reading
    of nested times calls different too ("1,905 cases this year" is not "2,060 new cases
    last week"). None when either is no such label."""
    ma, mb = _RELATIVE_LABEL.match(a.key), _RELATIVE_LABEL.match(b.key)
    if ma is None or mb is None:
        return None
    if ma.group(1) == mb.group(1):
        return _EQUAL if _offset(ma.group(2)) == _offset(mb.group(2)) else _DIFFERENT
    return _DIFFERENT if nested == "different" else None


def _offset(word: str) -> int:
    """The periods a relative label's word counts from the news cycle's ("last": -1; "-5":
    five periods ago, "year:-5" being "five years ago" in an undated article)."""
    return _OFFSET.get(word, 0) if not word.startswith("-") else int(word)


def _fiscal(w: When) -> bool:
    """A company's fiscal period ("fiscal:Q2", "its fiscal second quarter")."""
    return w.kind == "label" and w.key.startswith("fiscal:")


_QUARTER_LABEL = re.compile(r"quarter:q([1-4])$")


def _quarter_number(w: When) -> int:
    """The quarter a quarter's label ("quarter:Q3") or a calendar quarter ("2026-Q3") names;
    0 for anything else (fiscal quarters are the company's own: not calendar ones)."""
    if w.kind == "period":
        return w.number if w.unit == "quarter" else 0
    m = _QUARTER_LABEL.match(w.key) if w.kind == "label" else None
    return int(m.group(1)) if m else 0


_MONTH_LABEL = re.compile(r"month:([a-z]+)$")
_MONTH_INDEX = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}


def _month_number(w: When) -> int:
    """The month a month's label ("month:October") or a calendar month ("2026-10") names; 0
    for anything else."""
    if w.kind == "period":
        return w.number if w.unit == "month" else 0
    m = _MONTH_LABEL.match(w.key) if w.kind == "label" else None
    return _MONTH_INDEX.get(m.group(1), 0) if m else 0


def relation(
    a: str | None,
    b: str | None,
    *,
    nested: Nested = "different",
    unplaced: Unplaced = "nearest",
) -> TimeRelation:
    """How two ``Claim.when`` values relate; symmetric in ``a`` and ``b``, never raising.

    ``nested``: what a time within (or across) another, unequal one is, e.g. ``2025-05-02``
    against ``2025-Q2``, or ``2025-Q2`` against ``year:2025``. ``unplaced``: how weekday names and
    labels are read (see the module docstring). A None is unknown.
    """
    if a is None or b is None:
        other = a if b is None else b
        ago = periods_ago(other) if other is not None else None
        if ago is not None and ago[0] != "day" and ago[1] > 0:
            return _DIFFERENT  # "five years ago" is not the news cycle an undated figure is in
        return _UNKNOWN
    return _relation(parse(a), parse(b), nested, unplaced)


@lru_cache(maxsize=8192)
def relate(a: str | None, b: str | None) -> TimeRelation:
    """The comparer's reading: a day and a period are different scopes, weekday names are the
    nearest such day, labels compare as written (cached: runs share few times)."""
    return relation(a, b, nested="different", unplaced="nearest")


def within(a: str | None, b: str | None) -> bool:
    """Does one time lie within the other, unequal one: a day in its month, a month in its
    quarter or year, "August" (a month's label) in "2026-Q3" or "quarter:Q3" (labels read in
    one news cycle, as :func:`relate` reads them)? False for equal, disjoint or unknown times."""
    if a is None or b is None:
        return False
    wa, wb = parse(a), parse(b)
    if wa.first is not None and wb.first is not None and wa.last and wb.last:
        if (wa.first, wa.last) == (wb.first, wb.last):
            return False
        return (wb.first <= wa.first and wa.last <= wb.last) or (
            wa.first <= wb.first and wb.last <= wa.last
        )
    for x, y in ((wa, wb), (wb, wa)):
        month, quarter = _month_number(x), _quarter_number(y)
        if month and quarter and (x.kind == "label" or y.kind == "label"):
            return (month - 1) // 3 + 1 == quarter
    return False


_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}


def time_order(when: str | None) -> tuple[int, float, str]:
    """A key that sorts times as a timeline reads them: no stated time first, then calendar
    times by their first day ("2025" before "Wed 14 Oct 2026"; a month-day within a year of
    unknown number by its place in the year), then times told from the news cycle by how far
    back they lie ("10 years ago", "5 years ago", "last year", "this week"), then the rest as
    written."""
    if when is None or not when.strip():
        return (0, 0.0, "")
    w = parse(when)
    if w.first is not None:
        return (1, float(w.first.toordinal()), w.key)
    if w.kind == "monthday":
        return (2, float(w.month * 31 + w.day), w.key)
    m = _RELATIVE_LABEL.match(w.key)
    if m is not None:
        return (3, float(_UNIT_DAYS[m.group(1)] * _offset(m.group(2))), w.key)
    return (4, 0.0, w.key)


def same_time(a: str | None, b: str | None) -> bool | None:
    """The calendar's reading: True certainly the same, False certainly different, None when it
    cannot tell (unknown, relative, weekday names, or one containing the other)."""
    return relation(a, b, nested="unknown", unplaced="unknown").same


# --- helpers for the comparer ------------------------------------------------------------------


def is_weekday_only(when: str | None) -> bool:
    """A time given only by a weekday name, not placed on a calendar."""
    return when is not None and parse(when).kind == "weekday"


def is_exact_date(when: str | None) -> bool:
    return when is not None and parse(when).kind == "day"


_MONTHS = {name[:3].lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
_DATELINE = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})\b")
_DATELINE_DAY_FIRST = re.compile(r"\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\b")  # "10 March"


def dateline_date(dateline: str | None, year: int | None) -> dt.date | None:
    """The date of a dateline such as 'HONG KONG, Sept. 24' or '10 March' in ``year``."""
    if not dateline or year is None:
        return None
    found = [(m[1], m[2]) for m in _DATELINE.finditer(dateline)]
    found += [(m[2], m[1]) for m in _DATELINE_DAY_FIRST.finditer(dateline)]
    for word, day in found:
        month = _MONTHS.get(word.lower())
        if month:
            try:
                return dt.date(year, month, int(day))
            except ValueError:
                return None
    return None


# a verb of the future a few words before a day or month ("will carry a 14% levy from May",
# "is due to open on Thursday"), in the same clause
_RX_AHEAD = re.compile(
    r"(?i)\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|(?:is|are)\s+to)\b"
    r"[^.;:!?]{0,60}$"
)


def future_before(text: str, at: int) -> bool:
    """Whether a verb of the future stands a few words before ``text[at:]`` in its clause: a
    day or month named there is ahead of the article's day ("will carry a levy from May")."""
    return _RX_AHEAD.search(text, max(0, at - 80), at) is not None


def told_ahead(sentence: str, when: str | None) -> bool:
    """Whether the weekday or month ``when`` names ("weekday:Thursday", "month:May") is told
    in the future in ``sentence`` (:func:`future_before` its name)."""
    if when is None or not when.startswith(("weekday:", "month:")):
        return False
    name = when.split(":", 1)[1]
    if name.lower() in ("this", "last", "next"):
        return False
    at = re.search(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE)
    return at is not None and future_before(sentence, at.start())


def anchor_weekday(when: str | None, reference: dt.date | None, ahead: bool = False) -> str | None:
    """Place 'weekday:X' on the calendar: the last such weekday on or before ``reference``;
    ``ahead`` (a sentence told in the future: "will be held on Thursday"), the first on or
    after it."""
    if reference is None or when is None:
        return when
    w = parse(when)
    if w.kind != "weekday":
        return when
    if ahead:
        return day_text(reference + dt.timedelta(days=(w.weekday - reference.weekday()) % 7))
    return day_text(reference - dt.timedelta(days=(reference.weekday() - w.weekday) % 7))


def anchor_month(when: str | None, reference: dt.date | None, ahead: bool = False) -> str | None:
    """Place 'month:X' on the calendar: the last such month that has begun by ``reference``
    ("in October" in an article of 12 November 2026 is October 2026, in one of 3 February 2027
    October 2026 too), or with ``ahead`` (a sentence told in the future: "will rise from May")
    the first such month not before ``reference``'s; "month:last" and "month:this" are the
    month before ``reference``'s and its own; "year:last", "year:this" and "year:next" the
    years around ``reference``'s."""
    if reference is None or when is None:
        return when
    w = parse(when)
    if w.key in ("month:this", "month:last"):  # "this month", "last month"
        d = reference if w.key == "month:this" else reference.replace(day=1) - dt.timedelta(1)
        return period_text("month", d.year, d.month)
    years = {"year:this": 0, "year:last": -1, "year:next": 1}  # "last year" with no anchor
    if w.key in years:
        return period_text("year", reference.year + years[w.key])
    month = _month_number(w) if w.kind == "label" else 0
    if not month:
        return when
    if ahead:
        year = reference.year if month >= reference.month else reference.year + 1
    else:
        year = reference.year if month <= reference.month else reference.year - 1
    return period_text("month", year, month)


def describe(when: str | None) -> str:
    """A short human form: 'Monday', '2025-09-09 (Tuesday)', 'Sept 24', 'no stated day'."""
    if when is None:
        return "no stated day"
    w = parse(when)
    if w.kind == "day":
        return f"{day_text(w.first)} ({WEEKDAY_NAMES[w.weekday]})"  # type: ignore[arg-type]
    if w.kind == "monthday":
        return f"{MONTH_NAMES[w.month - 1][:3]} {w.day}"
    if w.kind == "weekday":
        return WEEKDAY_NAMES[w.weekday]
    label = when.split(":", 1)
    return f"{label[1]} {label[0]}" if len(label) == 2 else when


# --- an article's day from its header ----------------------------------------------------------

_HEADER_LINES = 6  # non-empty lines at the top of a text that may carry its date
_WEEKDAY_WORD = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?"
_MONTH_WORD = r"([A-Z][a-z]{2})[a-z]*\.?"
_HEADER_DAY = re.compile(
    rf"\b{_WEEKDAY_WORD},?\s+(?:{_MONTH_WORD}\s+(\d{{1,2}})|(\d{{1,2}})\s+{_MONTH_WORD})\b"
    r"(?!,?[ \t]*\d)"  # no year after it on its line: a year makes it a full date, read
    # elsewhere (a live blog's time stamp on the next line is no year)
)
_HEADER_FULL_DAY = re.compile(  # a whole part of a header line: "Outlet | Thursday 5 November 2026"
    rf"(?:^|[|•·])\s*{_WEEKDAY_WORD},?\s+(?:{_MONTH_WORD}\s+(\d{{1,2}}),?|(\d{{1,2}})\s+"
    rf"{_MONTH_WORD})\s+(\d{{4}})\s*(?:[|•·]|$)"
)
_WEEKDAY_ABBR = {name[:3]: i for i, name in enumerate(WEEKDAY_NAMES)}


def _full_header_day(line: str) -> dt.date | None:
    """A full date with its weekday, a whole part of a header line ("... | By A. Writer,
    Correspondent | Thursday 5 November 2026"; a line too long for the loader's header
    reading): the weekday named must be the date's. A date inside a sentence is no header's."""
    for m in _HEADER_FULL_DAY.finditer(line):
        month = _MONTHS.get((m[2] or m[5]).lower())
        if month is None:
            continue
        try:
            date = dt.date(int(m[6]), month, int(m[3] or m[4]))
        except ValueError:
            continue
        if date.weekday() == _WEEKDAY_ABBR[m[1]]:
            return date
    return None


def header_day(text: str, years: list[int]) -> dt.date | None:
    """The day a header line gives its article: a full date with its weekday (see
    :func:`_full_header_day`), or a day without a year ("Updated 7:45 p.m. Wednesday,
    Aug. 12", "DIGEST - Tuesday 3 February"), in the first of ``years`` (the years the run's
    dated documents give, most common first, each with the years around it) in which that day
    falls on the weekday named; None when no line has one or no year fits."""
    lines = [line for line in text.splitlines() if line.strip()][:_HEADER_LINES]
    for line in lines:
        if len(line) > 120:
            continue
        if (full := _full_header_day(line)) is not None:
            return full
        for m in _HEADER_DAY.finditer(line):
            month = _MONTHS.get((m[2] or m[5]).lower())
            day = int(m[3] or m[4])
            if month is None:
                continue
            for year in _around(years):
                try:
                    date = dt.date(year, month, day)
                except ValueError:
                    continue
                if date.weekday() == _WEEKDAY_ABBR[m[1]]:
                    return date
    return None


def weekday_year(texts: Iterable[str], latest: int) -> int | None:
    """The year the texts' days with a weekday and no year point to ("Tuesday 10 March",
    "Wednesday, March 11"): the year, ``latest`` or before, in which the most of those days fall
    on the weekday named (the latest such year; any of them places the days and their
    weekdays alike). None when no text names such a day. For runs whose articles give no year
    at all: a dateline's "March 9" is then a day of that year."""
    pairs: set[tuple[int, int, int]] = set()
    for text in texts:
        for m in _HEADER_DAY.finditer(text):
            month = _MONTHS.get((m[2] or m[5]).lower())
            if month is not None:
                pairs.add((month, int(m[3] or m[4]), _WEEKDAY_ABBR[m[1]]))
    if not pairs:
        return None
    best: tuple[int, int] | None = None  # (days that fit, year)
    for year in range(latest, latest - _YEARS_BACK, -1):
        fit = 0
        for month, day, weekday in pairs:
            try:
                fit += dt.date(year, month, day).weekday() == weekday
            except ValueError:
                continue
        if fit and (best is None or fit > best[0]):
            best = (fit, year)
    return None if best is None else best[1]


_YEARS_BACK = 40  # years before the latest that a run with no year may be of


def _around(years: list[int]) -> list[int]:
    out: list[int] = []
    for y in years:
        for k in (y, y + 1, y - 1):
            if k not in out:
                out.append(k)
    return out


def trading_day(date: dt.date) -> dt.date:
    """The last weekday on or before ``date`` (a weekend's market figure is Friday's)."""
    return date - dt.timedelta(days=max(0, date.weekday() - 4))


def sessions_apart(a: dt.date, b: dt.date) -> int:
    """Weekdays from the earlier of two weekdays to the later (Friday to Monday is 1)."""
    lo, hi = sorted((a, b))
    weeks, rest = divmod((hi - lo).days, 7)
    n = weeks * 5
    d = lo
    for _ in range(rest):
        d += dt.timedelta(days=1)
        n += d.weekday() < 5
    return n
