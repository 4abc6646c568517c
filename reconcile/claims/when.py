"""How two claims' times relate, from the ``Claim.when`` strings the context stage writes.

Forms understood (see ``reconcile.claims.timeref``): ``2025-09-09`` (a date), ``--09-24`` (month
and day, year unknown), ``weekday:Monday``, and periods (``2025-Q2``, ``2025-05``, ``year:2025``,
``week:this``...). A day and a period are different scopes (a day's move is not the year's); two
periods are the same when their labels are equal, different when both are absolute and unequal.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTHDAY = re.compile(r"^--(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class TimeRelation:
    """``same``: True, False, or None when unknown. ``days``: distance in days when known."""

    same: bool | None
    days: int | None = None


@lru_cache(maxsize=4096)
def _parse(when: str) -> tuple[str, object]:
    w = when.strip().lower()
    if m := _DATE.match(w):
        try:
            return "date", dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return "label", w
    if m := _MONTHDAY.match(w):
        return "monthday", (int(m[1]), int(m[2]))
    if w.startswith("weekday:") and w[8:] in _WEEKDAYS:
        return "weekday", _WEEKDAYS.index(w[8:])
    return "period", w


_RELATIVE = re.compile(r"this|last|next|previous|current")
_DAY_KINDS = {"date", "monthday", "weekday"}


def _weekday_gap(a: int, b: int) -> int:
    d = abs(a - b) % 7
    return min(d, 7 - d)


@lru_cache(maxsize=8192)
def relate(a: str | None, b: str | None) -> TimeRelation:
    """Relate two ``when`` values; symmetric in its arguments (cached: runs share few times)."""
    if a is None or b is None:
        return TimeRelation(None)
    ka, va = _parse(a)
    kb, vb = _parse(b)
    if ka == kb == "date":
        days = abs((va - vb).days)  # type: ignore[operator]
        return TimeRelation(days == 0, days)
    if {ka, kb} == {"date", "monthday"}:
        date, (month, day) = (va, vb) if ka == "date" else (vb, va)  # type: ignore[misc]
        try:
            other = dt.date(date.year, month, day)  # type: ignore[attr-defined]
        except ValueError:
            return TimeRelation(None)
        days = abs((date - other).days)  # type: ignore[operator]
        return TimeRelation(days == 0, days)
    if ka == kb == "monthday":
        (m1, d1), (m2, d2) = va, vb  # type: ignore[misc]
        days = abs((dt.date(2001, m1, d1) - dt.date(2001, m2, d2)).days)
        return TimeRelation(days == 0, days)
    if "weekday" in (ka, kb) and {ka, kb} <= {"weekday", "date"}:
        # A weekday without a date is read in the same news cycle as the other claim: the
        # nearest such weekday. The distance is then at most three days.
        wa = va if ka == "weekday" else va.weekday()  # type: ignore[union-attr]
        wb = vb if kb == "weekday" else vb.weekday()  # type: ignore[union-attr]
        gap = _weekday_gap(wa, wb)  # type: ignore[arg-type]
        return TimeRelation(gap == 0, gap)
    if ka == kb == "period":
        if va == vb:
            return TimeRelation(True, 0)
        relative = _RELATIVE.search(str(va)) or _RELATIVE.search(str(vb))
        return TimeRelation(None) if relative else TimeRelation(False)
    if "period" in (ka, kb) and ({ka, kb} - {"period"}) <= _DAY_KINDS:
        return TimeRelation(False)  # a day's figure against a period's: different scopes
    return TimeRelation(None)


def is_weekday_only(when: str | None) -> bool:
    """A time given only by a weekday name, not placed on a calendar."""
    return when is not None and _parse(when)[0] == "weekday"


def is_exact_date(when: str | None) -> bool:
    return when is not None and _parse(when)[0] == "date"


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_DATELINE = re.compile(r"\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})\b")


def dateline_date(dateline: str | None, year: int | None) -> dt.date | None:
    """The date of a dateline such as 'HONG KONG, Sept. 24' in ``year``."""
    if not dateline or year is None:
        return None
    for m in _DATELINE.finditer(dateline):
        month = _MONTHS.get(m[1].lower())
        if month:
            try:
                return dt.date(year, month, int(m[2]))
            except ValueError:
                return None
    return None


def anchor_weekday(when: str | None, reference: dt.date | None) -> str | None:
    """Place 'weekday:X' on the calendar: the last such weekday on or before ``reference``."""
    if reference is None or not is_weekday_only(when):
        return when
    wd = _WEEKDAYS.index(when[8:].strip().lower())  # type: ignore[index]
    return (reference - dt.timedelta(days=(reference.weekday() - wd) % 7)).isoformat()


def describe(when: str | None) -> str:
    """A short human form: 'Monday', '2025-09-09 (Tuesday)', 'Sept 24', 'no stated day'."""
    if when is None:
        return "no stated day"
    kind, v = _parse(when)
    if kind == "date":
        return f"{v.isoformat()} ({v.strftime('%A')})"  # type: ignore[attr-defined]
    if kind == "monthday":
        month, day = v  # type: ignore[misc]
        return dt.date(2001, month, day).strftime("%b ") + str(day)
    if kind == "weekday":
        return _WEEKDAYS[v].capitalize()  # type: ignore[index]
    label = when.split(":", 1)
    return f"{label[1]} {label[0]}" if len(label) == 2 else when
