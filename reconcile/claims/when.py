"""How two claims' times relate, from the ``Claim.when`` strings the context stage writes.

Forms understood: ``2025-09-09`` (a date), ``--09-24`` (month and day, year unknown),
``weekday:Monday``, and any other label (``2025-Q2``, ``year:2025``...), compared for equality.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTHDAY = re.compile(r"^--(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class TimeRelation:
    """``same``: True, False, or None when unknown. ``days``: distance in days when known."""

    same: bool | None
    days: int | None = None


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
    return "label", w


def _weekday_gap(a: int, b: int) -> int:
    d = abs(a - b) % 7
    return min(d, 7 - d)


def relate(a: str | None, b: str | None) -> TimeRelation:
    """Relate two ``when`` values; symmetric in its arguments."""
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
    if ka == kb == "label":
        return TimeRelation(True, 0) if va == vb else TimeRelation(None)
    return TimeRelation(None)


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
    return when
