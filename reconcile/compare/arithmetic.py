"""Arithmetic between linked figures: the base a change and its level imply, a chain of days that
reconciles, ratios of intervals."""

from __future__ import annotations

import math

from reconcile.claims.models import Claim
from reconcile.compare.intervals import interval, overlaps


def change_of(level: Claim, by_id: dict[str, Claim]) -> Claim | None:
    for i in level.linked:
        ch = by_id.get(i)
        if ch is not None and ch.role == "change" and ch.unit == "percent" and ch.value > -100:
            return ch
    return None


def implied_base(level: Claim, by_id: dict[str, Claim]) -> float | None:
    """A level linked to a percentage change implies the value before the change."""
    ch = change_of(level, by_id)
    return None if ch is None else level.value / (1 + ch.value / 100)


def chain_reconciles(a: Claim, b: Claim, by_id: dict[str, Claim], tol: float) -> bool:
    """One day's level equals the base implied by the next day's change and level.

    "closed at 486.15" on Tuesday and "fell 3.2% to 470.60" on Wednesday reconcile: 470.60 / 0.968
    is 486.16. An intraday "as much as 4% to 138.0" and the next day's "2.4% to 140.60" (implied
    previous close 137.30) do not.
    """
    for level, later in ((a, b), (b, a)):
        ch = change_of(later, by_id)
        if ch is None or ch.low is None or ch.high is None or later.low is None:
            continue
        if later.high is None or min(ch.low, ch.high) <= -100:
            continue
        base = (later.low / (1 + ch.high / 100), later.high / (1 + ch.low / 100))
        if overlaps(interval(level, tol), base):
            return True
    return False


def ratio_interval(x: Claim, y: Claim, tol: float) -> tuple[float, float] | None:
    """x / y (e.g. units of x per unit of y) as an interval, for bounded figures, y positive."""
    (xl, xh), (yl, yh) = interval(x, tol), interval(y, tol)
    if not all(map(math.isfinite, (xl, xh, yl, yh))) or yl <= 0 or xl < 0:
        return None
    return xl / yh, xh / yl


def shift(iv: tuple[float, float], percent: float) -> tuple[float, float]:
    """A percent change read back as a multiple: +200% is 3 times."""
    return (iv[0] + percent) / 100, (iv[1] + percent) / 100
