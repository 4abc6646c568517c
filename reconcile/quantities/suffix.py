"""The unit written right after a number: each kind is asked in turn."""

from __future__ import annotations

import re

from reconcile.quantities.money import cents_suffix, currency_suffix, pence_suffix
from reconcile.quantities.multipliers import multiplier_suffix
from reconcile.quantities.numerals import YEAR
from reconcile.quantities.percent import percent_suffix
from reconcile.quantities.physical import (
    MAGNITUDE_AFTER,
    feet_prime,
    inch_suffix,
    metre_spaced,
    physical_suffix,
    pound_weight,
)
from reconcile.quantities.state import Unit

# a preposition of time before a year: "in 2015", "since 2019", "by 2030"
_TIME_PREPOSITION = re.compile(
    r"(?<![\w])(?:in|since|by|until|till|from|during|before|after)[ \t]+$", re.IGNORECASE
)
_NAME_AFTER = re.compile(r"[ \t]+[A-Za-z]")


def year_before_name(n: str, start: int, pos: int) -> bool:
    """A year after a preposition of time, a word after it: "In 2015 bitcoin rose", "since
    2019 dollars flowed" name no amount of the currency the word names (a symbol or code
    touching the number still does: "in 2015 $m" is not this)."""
    return (
        pos - start == 4
        and YEAR.match(n[start:pos]) is not None
        and _NAME_AFTER.match(n, pos) is not None
        and _TIME_PREPOSITION.search(n, max(0, start - 8), start) is not None
    )


def unit_suffix(n: str, pos: int, start: int | None = None) -> Unit | None:
    """The unit written right after the number (and scale) at ``start``, if any: percent,
    money, multiplier, physical unit, magnitude, in that order."""
    unit = percent_suffix(n, pos)
    if unit is not None:
        return unit
    unit = pound_weight(n, pos if start is None else start, pos)  # "weighs 25 pounds"
    if unit is not None:
        return unit
    at = pos if start is None else start
    cs = None if year_before_name(n, at, pos) else currency_suffix(n, pos)
    cs = cs or pence_suffix(n, at, pos) or cents_suffix(n, at, pos)
    if cs:
        end, c, mult = cs
        return Unit(end, c.code, "money", c.factor * mult, c.alternatives)
    unit = (
        multiplier_suffix(n, pos, start)
        or physical_suffix(n, pos)
        or inch_suffix(n, pos)
        or feet_prime(n, pos)
        or metre_spaced(n, pos, pos if start is None else start)
    )
    if unit is not None:
        return unit
    m = MAGNITUDE_AFTER.match(n, pos)
    if m:
        return Unit(m.end(), "magnitude", "number")
    return None
