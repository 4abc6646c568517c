"""Measurements restated in another unit beside themselves ("9mm (about 0.9 inches)", "4,850
metres (about 11,900ft)") that do not convert: an arithmetic error in one source, whatever the
other sources say. The conversion is exact (pint), so the only slack is each figure's own
rounding and qualifier (and the run's tolerance); a restatement's trailing zeros may be its
rounding ("170 mph (270 km/h)": 273.6 to the nearest ten)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from reconcile import units
from reconcile.claims.models import Claim, Finding
from reconcile.compare.context import pair_finding
from reconcile.compare.currencies import side_by_side
from reconcile.compare.intervals import interval, overlaps
from reconcile.compare.rules import rules
from reconcile.compare.wording import fmt

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx

ROUNDED_AT_MOST = 0.25  # how far a restatement's trailing zeros may round it, relative
MAX_BETWEEN = 24  # characters between a measurement and its restatement (" of rain (about ")


def unit_symbol(c: Claim) -> str:
    """The claim's unit as people abbreviate it ("foot" -> "ft")."""
    return f"{units.to_quantity(c).units:~P}" or c.unit


def unit_restatements(claims: list[Claim], texts: dict[str, str]) -> list[tuple[Claim, Claim]]:
    """Pairs (measurement, the same measurement in another unit of its dimension) written side
    by side in one text, the second in brackets ("9mm (0.35in)")."""
    pairs = []
    for x, y in side_by_side(claims, texts, "physical", rules().unit_restatement, MAX_BETWEEN):
        try:
            if units.normalize(1.0, x.unit)[1] != units.normalize(1.0, y.unit)[1]:
                continue  # "40km (25 minutes)": another dimension, no restatement
        except Exception:  # a unit pint does not know: nothing to check
            continue
        pairs.append((x, y))
    return pairs


def _in(c: Claim, unit: str, tol: float, difference: bool = False) -> tuple[float, float]:
    """The claim's interval in ``unit`` (offsets too: 41 C is 105.8 F); as a ``difference``
    without the offset (a rise of 0.4 C is a rise of 0.72 F)."""
    lo, hi = interval(c, tol)
    zero = units.convert(0.0, c.unit, unit) if difference else 0.0
    ends = [e if not math.isfinite(e) else units.convert(e, c.unit, unit) - zero for e in (lo, hi)]
    return min(ends), max(ends)


def _magnitude(iv: tuple[float, float]) -> tuple[float, float]:
    """An interval of signed figures as one of their sizes (a fall of 6 is a change of 6)."""
    lo, hi = iv
    if lo >= 0:
        return lo, hi
    if hi <= 0:
        return -hi, -lo
    return 0.0, max(-lo, hi)


def _rounded(y: Claim, tol: float) -> tuple[float, float]:
    """A restatement's interval, widened to the place of its last non-zero digit: a converted
    figure is rounded by nature, so "170 mph (270 km/h)" may be 273.6 rounded to tens; a figure
    of one digit and zeros ("10ft", "300 km") by at most a quarter of itself."""
    lo, hi = interval(y, tol)
    v = abs(y.value)
    if v < 10 or v != int(v):
        return lo, hi
    place = 1
    while int(v) % (place * 10) == 0:
        place *= 10
    # at most a quarter either way: "about 10ft" may be 9.6 or 12 feet, not 14.8
    half = min(place / 2, v * ROUNDED_AT_MOST)
    return min(lo, y.value - half), max(hi, y.value + half)


def conversion_findings(claims: list[Claim], ctx: Ctx) -> list[Finding]:
    """One finding per restated measurement whose restatement does not convert."""
    tol = ctx.settings.tolerance
    out = []
    for x, y in unit_restatements(claims, ctx.texts):
        # a change ("fell by 5C (9F)") converts as a difference, without the scales' offset,
        # and whatever sign the fall gave it; an absolute reading of it is the error
        change = "change" in (x.role, y.role)
        try:
            converted = _magnitude(_in(x, y.unit, tol, difference=change))
        except units.ConversionError:  # units pint cannot convert into each other
            continue
        said = _rounded(y, tol)
        if change:
            said = _magnitude(said)
        if not all(map(math.isfinite, converted)) or overlaps(converted, said):
            continue
        # a level's restatement that holds as a difference is one ("rising 2 C (3.6 F)"): an
        # absolute reading would not land on the difference's exact figure by chance
        if not change and overlaps(_in(x, y.unit, tol, difference=True), interval(y, tol)):
            continue
        mid = units.convert(x.value, x.unit, y.unit)
        if change:
            mid = abs(mid - units.convert(0.0, x.unit, y.unit))
        message = (
            f'{x.document}: "{ctx.q(x)}" restated as "{y.text}" does not convert: {x.text} is '
            f"about {fmt(mid)} {unit_symbol(y)}{' as a change' if change else ''}."
        )
        out.append(
            pair_finding(
                "arithmetic",
                ctx.severity("arithmetic"),
                None,
                x,
                y,
                message,
                {"converted": round(mid, 6)},
            )
        )
    return out


def unstated_scales(a: Claim, b: Claim, tol: float) -> str | None:
    """Two temperatures written as bare "degrees" that agree once one is read in Fahrenheit and
    the other in Celsius ("125 degrees" / "52 degrees"): neither gives its scale, so they may be
    one reading. Returns the conversion that reconciles them."""
    if not (a.unit == b.unit == "degree" and a.kind == b.kind == "count"):
        return None
    fahrenheit, celsius = "degree Fahrenheit", "degree Celsius"
    for f, c in ((a, b), (b, a)):
        lo, hi = interval(f, tol)
        if not (math.isfinite(lo) and math.isfinite(hi)):
            continue
        as_c = (units.convert(lo, fahrenheit, celsius), units.convert(hi, fahrenheit, celsius))
        if overlaps(as_c, interval(c, tol)):
            converted = units.convert(f.value, fahrenheit, celsius)
            return f"{fmt(f.value)} °F is about {fmt(converted)} °C"
    return None
