"""One shared pint registry for every unit `reconcile` reports, and the conversions between them.

* Currencies are their own base dimensions, keyed by ISO 4217 code (``USD = [currency_USD]``),
  so pint never converts one currency into another: exchange rates are data the caller passes to
  :func:`convert`. Symbols and names ("HK$", "yuan", "pence") come from ``data/currencies.toml``
  and are resolved by :func:`currency_for`.
* ``percent`` (pint's own, dimensionless 0.01), ``percentage_point`` and ``basis_point`` are
  distinct: a percentage point is its own dimension (a difference of two percentages), a basis
  point is 0.01 percentage point. "2 percentage points" is therefore never "2%".
* Counted nouns ("parameter", "chip", "user") are base dimensions too (``[count_chip]``): 3 chips
  never equal 3 users. A noun pint already knows ("point", a length) gets ``count_point``; a
  noun outside the vocabulary ("iphone") gets its dimension on first use (:func:`count_unit`).
  Durations ("five years") stay pint's time units.
* ``times`` (multipliers) and ``magnitude`` (earthquakes) are dimensionless.
* Physical units are pint's own definitions; the unit string reported in a Mention is pint's
  name for it (``"kilometer / hour"``). :func:`normalize` converts to one canonical unit per
  dimensionality (``data/physical_units.toml``, ``[canonical]``).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from reconcile.vocabulary import load as load_data

if TYPE_CHECKING:  # pint is imported when the registry is first needed (start-up stays fast)
    import pint

__all__ = [
    "ConversionError",
    "convert",
    "count_nouns",
    "count_unit",
    "currency_codes",
    "currency_for",
    "ensure_currency",
    "ensure_story_currencies",
    "is_currency",
    "load_data",
    "normalize",
    "pint_unit_name",
    "rates_from_rows",
    "registry",
    "to_quantity",
    "ureg",  # noqa: F822 - provided by the module __getattr__, built on first use
]


class ConversionError(ValueError):
    """A conversion the registry cannot make without more information (e.g. a missing rate)."""


_CODE = re.compile(r"^[A-Z]{3}$")


@functools.cache
def currency_codes() -> tuple[str, ...]:
    """ISO 4217 codes known from ``data/currencies.toml``."""
    return tuple(k for k in load_data("currencies") if _CODE.match(k))


def _count_nouns() -> list[str]:
    data = load_data("count_nouns")
    nouns = {w.replace(" ", "_") for w in data["nouns"]["words"]}
    nouns.update(v.replace(" ", "_") for v in data["irregular"].values())
    return sorted(nouns)


def _build_registry() -> pint.UnitRegistry:
    import pint

    reg = pint.UnitRegistry(cache_folder=None)
    for code in currency_codes():
        reg.define(f"{code} = [currency_{code}]")
    for name, expression in load_data("physical_units").get("definitions", {}).items():
        reg.define(f"{name} = {expression}")  # "earth_mass": units pint does not know
    reg.define("percentage_point = [percentage_point]")
    reg.define("basis_point = 0.01 * percentage_point")
    reg.define("times = []")
    reg.define("magnitude = []")
    for noun in _count_nouns():
        if noun in DURATIONS:
            continue  # "five years" is a duration: pint's own year
        reg.define(
            f"{noun} = [count_{noun}]" if noun not in reg else f"count_{noun} = [count_{noun}]"
        )  # "point", "line": pint lengths
    return reg


DURATIONS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
# the durations of a fixed length, in days (a month's or a year's length varies)
DAYS_OF_UNIT = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0}


@functools.cache
def count_nouns() -> frozenset[str]:
    """Counted nouns of the vocabulary (singular), as reported in Mention.unit."""
    return frozenset(n.replace("_", " ") for n in _count_nouns())


def count_unit(noun: str) -> pint.Unit:
    """The unit of a counted noun: its own dimension (``[count_chip]``), durations excepted.

    Nouns outside the vocabulary ("iphone") get their dimension on first use, so a count of
    one thing never equals a count of another.
    """
    key = "_".join(noun.lower().split()) or "count"
    if key in DURATIONS:
        return registry().Unit(key)
    reg = registry()
    for name in (key, f"count_{key}"):
        if name in reg and dict(reg.Unit(name).dimensionality) == {f"[count_{key}]": 1}:
            return reg.Unit(name)
    if not re.fullmatch(r"[a-z][a-z0-9_]*", key):
        return reg.Unit("count")
    reg.define(f"{key} = [count_{key}]" if key not in reg else f"count_{key} = [count_{key}]")
    return count_unit(noun)


@functools.cache
def registry() -> pint.UnitRegistry:
    """The shared registry, built on first use. Use it (never a second UnitRegistry) for every
    Quantity in reconcile; ``reconcile.units.ureg`` is the same object."""
    return _build_registry()


def __getattr__(name: str) -> Any:
    if name == "ureg":
        return registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _pint_errors() -> tuple[type[Exception], ...]:
    import pint

    return (pint.errors.PintError,)


_EXTRA_CODES: set[str] = set()


# a currency a story writes as its own letters before amounts ("QX 270m", "Zd41m"): two or three
# capitals (quantities.story_codes), made a currency like a code of the caller's settings
_STORY_CODE = re.compile(r"^[A-Z]{2,3}$")


def ensure_currency(code: str) -> None:
    """Make ``code`` (a 3-letter ISO 4217 code not in the data, e.g. from Settings, or the two
    or three capitals of a currency a story writes before its amounts) a currency."""
    if not _STORY_CODE.match(code):
        raise ConversionError(
            f"{code!r} is not a currency code (three capitals, or two or three a story writes)"
        )
    if code in currency_codes() or code in _EXTRA_CODES:
        return
    if code not in registry():
        registry().define(f"{code} = [currency_{code}]")
    _EXTRA_CODES.add(code)
    _unit.cache_clear()


def ensure_story_currencies(money_units: Iterable[str]) -> None:
    """Make the currencies a story writes as letters of its own (units of money claims such as
    'QX' or 'KRL per hour') currencies of this process too: claims read in another process or
    from the cache reach grouping and comparison without the extraction that registered them."""
    for unit in money_units:
        base = story_code(unit)
        if base is not None and not is_currency(base):
            ensure_currency(base)


def story_code(unit: str) -> str | None:
    """The letters of a story's own currency a money unit is written in ('QX' of 'QX' or 'QX
    per hour': two or three capitals that are no code of the registry), else None."""
    base = unit.split(" per ", 1)[0]
    return base if _STORY_CODE.match(base) and base not in _registry_codes() else None


@functools.cache
def _registry_codes() -> frozenset[str]:
    """The codes of the registry's own currencies (not those a story registered)."""
    return frozenset(currency_codes())


def is_currency(unit: str) -> bool:
    return unit in currency_codes() or unit in _EXTRA_CODES


@functools.cache
def _currency_lookup() -> dict[str, tuple[str, float]]:
    table: dict[str, tuple[str, float]] = {}
    data = load_data("currencies")
    for code in currency_codes():
        entry = data[code]
        table[code.lower()] = (code, 1.0)
        tokens = [*entry.get("codes", []), *entry.get("symbols", []), *entry.get("names", [])]
        for token in [*tokens, *entry.get("case_sensitive_symbols", [])]:
            table.setdefault(token.lower(), (code, 1.0))
        for name, factor in entry.get("subunits", {}).items():
            table.setdefault(name.lower(), (code, float(factor)))
    for token, codes in data.get("ambiguous", {}).items():
        table[token.lower()] = (codes[0], 1.0)
    return table


def currency_for(token: str) -> tuple[str, float] | None:
    """``'HK$' -> ('HKD', 1.0)``, ``'pence' -> ('GBP', 0.01)``, unknown -> None."""
    return _currency_lookup().get(" ".join(token.lower().split()))


@functools.lru_cache(maxsize=1024)
def pint_unit_name(expression: str) -> str:
    """pint's name for a unit expression: ``'km/h' -> 'kilometer / hour'`` (cached)."""
    try:
        return str(registry().Unit(expression))
    except (*_pint_errors(), AttributeError, TypeError, ValueError) as exc:
        raise ConversionError(f"unknown unit {expression!r}") from exc


def spellings(unit: str) -> tuple[str, ...]:
    """The ways pint may read a unit's name: as written, with underscores for spaces ("metric
    ton": metric_ton, "degree Celsius"), and a rate with each part so ("metric ton per year":
    metric_ton / year, which pint reads as a unit of its own otherwise)."""
    per = " / ".join(part.strip().replace(" ", "_") for part in unit.split(" per "))
    return unit, unit.replace(" ", "_"), per


@functools.lru_cache(maxsize=1024)
def _unit(unit: str) -> pint.Unit:
    if unit in ("", "number"):
        return registry().Unit("dimensionless")
    if unit == "percent":
        return registry().Unit("percent")
    if unit in count_nouns():
        return count_unit(unit)
    for candidate in spellings(unit):
        try:
            return registry().Unit(candidate)
        except (*_pint_errors(), AttributeError, TypeError, ValueError):
            continue
    # A counted noun outside the vocabulary: a plain count.
    return registry().Unit("dimensionless")


def to_quantity(mention: Any) -> pint.Quantity:
    """A Mention (anything with ``value``, ``unit`` and ``kind``) as a Quantity of the shared
    registry; counts use :func:`count_unit` ("5,432 points" are not typographic points)."""
    if getattr(mention, "kind", None) == "count":
        return registry().Quantity(float(mention.value), count_unit(str(mention.unit)))
    return registry().Quantity(float(mention.value), _unit(str(mention.unit)))


@functools.lru_cache(maxsize=256)
def _canonical_for(unit: str) -> str | None:
    canon = load_data("physical_units")["canonical"]
    dim = str(_unit(unit).dimensionality)
    return canon.get(dim)


def _round(x: float) -> float:
    if x == 0 or not math.isfinite(x):
        return x
    return float(f"{x:.12g}")


def normalize(value: float, unit: str) -> tuple[float, str]:
    """Express ``value unit`` in its canonical unit: ``(1, 'mile') -> (1.609344, 'kilometer')``.

    Money, percentages, counts, multipliers and bare numbers are already canonical and come back
    unchanged. Physical units go to the canonical unit of their dimensionality (see
    ``data/physical_units.toml``), or to SI base units when none is listed.
    """
    if unit in ("", "percent", "percentage_point", "basis_point", "times", "magnitude"):
        return value, unit
    if unit in count_nouns():
        return value, unit
    if is_currency(unit):
        return value, unit
    target = _canonical_for(unit)
    q = registry().Quantity(float(value), _unit(unit))
    if target is None:
        if q.dimensionless:
            return value, unit
        q = q.to_base_units()
    else:
        q = q.to(target)
    return _round(float(q.magnitude)), str(q.units)


Rates = Mapping[tuple[str, str], float]


def rates_from_rows(
    rows: Iterable[Mapping[str, Any]], date: str | None = None
) -> dict[tuple[str, str], float]:
    """Rows shaped like ``Settings.exchange_rates`` (``{'date','base','quote','rate'}``) -> rates.

    With ``date``, only rows of that date are used; otherwise the latest row of each pair wins.
    """
    best: dict[tuple[str, str], tuple[str, float]] = {}
    for row in rows:
        row_date = str(row.get("date", ""))
        if date is not None and row_date != date:
            continue
        try:
            pair = (str(row["base"]).upper(), str(row["quote"]).upper())
            rate = float(row["rate"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ConversionError(f"bad exchange-rate row {dict(row)!r}") from exc
        if rate <= 0 or not math.isfinite(rate):
            raise ConversionError(f"exchange rate must be positive: {dict(row)!r}")
        if pair not in best or row_date >= best[pair][0]:
            best[pair] = (row_date, rate)
    return {pair: rate for pair, (_, rate) in best.items()}


def convert(value: float, from_unit: str, to_unit: str, rates: Rates | None = None) -> float:
    """Convert ``value`` from one unit to another.

    Currencies convert only with ``rates`` from the caller: ``rates[('USD', 'CNY')] = 7.13``
    means 1 USD = 7.13 CNY (the inverse pair is used when only it is given). There are no rates
    built in; a missing rate raises :class:`ConversionError`. Other units convert with pint;
    incompatible units (percent vs percentage_point, chips vs users) raise ConversionError.
    """
    if from_unit == to_unit:
        return value
    if is_currency(from_unit) or is_currency(to_unit):
        if not (is_currency(from_unit) and is_currency(to_unit)):
            raise ConversionError(f"cannot convert {from_unit!r} to {to_unit!r}")
        table = rates or {}
        if (from_unit, to_unit) in table:
            return _round(value * float(table[(from_unit, to_unit)]))
        if (to_unit, from_unit) in table:
            return _round(value / float(table[(to_unit, from_unit)]))
        raise ConversionError(
            f"no exchange rate for {from_unit}->{to_unit}: pass rates={{('{from_unit}', "
            f"'{to_unit}'): <rate>}}; reconcile has no built-in rates"
        )
    import pint

    try:
        q = registry().Quantity(float(value), _unit(from_unit)).to(_unit(to_unit))
    except pint.errors.DimensionalityError as exc:
        raise ConversionError(f"cannot convert {from_unit!r} to {to_unit!r}: {exc}") from exc
    return _round(float(q.magnitude))
