"""Amounts in different currencies weighed against each other (issue 11, currencies).

"€85m" in one source and "£72m" in another for one quantity are one quantity given in two
currencies. Grouping keeps a group per currency; the comparer sets the groups of one quantity
(subject, metric, role, listing) in two major currencies of ``data/exchange_rates.toml``
(:func:`weighable`) against each other, converting one amount into the other's currency
(:func:`convert`) at the rate of the article's year, with a band for the unstated rate of the
day the amount was converted, and calls a difference beyond the band a conflict.

The rates are the European Central Bank's euro reference rates of the first fixing of each year
(the file says so): a reference, not the day's rate, which is why the band is wide (10%, about a
year's move of a major pair). A user's own rate (``[[exchange_rates]]`` in the configuration)
replaces the reference rate for its pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reconcile.vocabulary import load

BASE = "EUR"


@dataclass(frozen=True)
class RateTable:
    band: float
    source: str
    years: dict[int, dict[str, float]]  # year -> units of each currency per euro
    dates: dict[int, str]  # year -> the day of the fixing

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset({BASE, *(k for row in self.years.values() for k in row)})


@cache
def table() -> RateTable:
    """The reference rates of ``reconcile/data/exchange_rates.toml``."""
    raw = load("exchange_rates")
    years: dict[int, dict[str, float]] = {}
    dates: dict[int, str] = {}
    for year, row in raw["rates"].items():
        dates[int(year)] = str(row["date"])
        years[int(year)] = {k: float(v) for k, v in row.items() if k != "date"}
    return RateTable(float(raw["band"]), str(raw["source"]), years, dates)


def weighable(unit: str) -> bool:
    """Whether amounts in ``unit`` are weighed against other currencies (a major currency of
    the rate table; crypto-assets and other currencies meet only amounts in the same unit)."""
    return unit in table().currencies


@dataclass(frozen=True)
class Rate:
    """Units of ``to`` per unit of ``of``: ``low`` to ``high`` around ``mid``; ``origin`` says
    where it came from ("ECB reference rate of 2025-01-02", "the configured rate of ...")."""

    of: str
    to: str
    mid: float
    low: float
    high: float
    origin: str


def _reference(year: int | None) -> tuple[dict[str, float], str]:
    t = table()
    known = sorted(t.years)
    y = known[-1] if year is None else min(max(year, known[0]), known[-1])
    return t.years[y], t.dates[y]


def rate(
    of: str,
    to: str,
    year: int | None,
    configured: list[dict[str, str | float]] = (),  # type: ignore[assignment]
) -> Rate | None:
    """The rate from ``of`` to ``to`` (units of ``to`` per ``of``) with the band of an unstated
    rate, or None when either currency is not in the table and no configured row gives it."""
    band = table().band
    for row in configured:
        base, quote, value = row.get("base"), row.get("quote"), row.get("rate")
        if not isinstance(value, int | float) or value <= 0:
            continue
        mid = None
        if (base, quote) == (of, to):
            mid = float(value)
        elif (base, quote) == (to, of):
            mid = 1 / float(value)
        if mid is not None:
            when = row.get("date", "its date")
            origin = f"the configured rate for {when}"
            return Rate(of, to, mid, mid * (1 - band), mid * (1 + band), origin)
    known = table().currencies
    if of not in known or to not in known or of == to:
        return None
    row, day = _reference(year)
    per_euro = {BASE: 1.0, **row}
    mid = per_euro[to] / per_euro[of]
    return Rate(of, to, mid, mid * (1 - band), mid * (1 + band), f"the ECB reference rate of {day}")


def convert(interval: tuple[float, float], r: Rate) -> tuple[float, float]:
    """An interval of amounts in ``r.of`` as amounts in ``r.to``, widened by the rate's band."""
    lo, hi = interval
    return (lo * (r.low if lo >= 0 else r.high), hi * (r.high if hi >= 0 else r.low))
