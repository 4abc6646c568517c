"""Measurements restated in another unit beside themselves ("9mm (about 0.9 inches)", "4,850
metres (about 11,900ft)") that do not convert: an arithmetic error in one source, whatever the
other sources say. The conversion is exact (pint), so the only slack is each figure's own
rounding and qualifier (and the run's tolerance)."""

from __future__ import annotations

import math
import re
from functools import cache
from typing import TYPE_CHECKING

from reconcile import units
from reconcile.claims.models import Claim, Finding
from reconcile.compare.context import pair_finding
from reconcile.compare.currencies import side_by_side
from reconcile.compare.intervals import interval, overlaps
from reconcile.compare.rules import comparison_toml
from reconcile.compare.wording import fmt

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx

MAX_BETWEEN = 24  # characters between a measurement and its restatement (" of rain (about ")


@cache
def _between() -> re.Pattern[str]:
    """``[restatement] unit_between_pattern`` of ``data/comparison.toml``."""
    return re.compile(comparison_toml()["restatement"]["unit_between_pattern"])


def _symbol(unit: str) -> str:
    """A unit as people abbreviate it ("foot" -> "ft"), or as named when pint has no symbol."""
    try:
        return f"{_pint(unit):~}" or unit
    except Exception:
        return unit


def unit_restatements(claims: list[Claim], texts: dict[str, str]) -> list[tuple[Claim, Claim]]:
    """Pairs (measurement, the same measurement in another unit of its dimension) written side
    by side in one text, the second in brackets ("9mm (0.35in)")."""
    pairs = []
    for x, y in side_by_side(claims, texts, "physical", _between(), MAX_BETWEEN):
        try:
            if units.normalize(1.0, x.unit)[1] != units.normalize(1.0, y.unit)[1]:
                continue  # "40km (25 minutes)": another dimension, no restatement
        except Exception:  # a unit pint does not know: nothing to check
            continue
        pairs.append((x, y))
    return pairs


def _convert(value: float, unit: str, target: str) -> float:
    """``value`` in ``unit`` expressed in ``target`` (offsets too: 41 C is 105.8 F)."""
    reg = units.registry()
    return float(reg.Quantity(value, _pint(unit)).to(_pint(target)).magnitude)


@cache
def _pint(unit: str) -> object:
    """pint's unit for a claim's unit name ("degree Celsius" is pint's "degree_Celsius")."""
    reg = units.registry()
    try:
        return reg.Unit(unit)
    except Exception:
        return reg.Unit(unit.replace(" ", "_"))


def _in(c: Claim, unit: str, tol: float) -> tuple[float, float]:
    lo, hi = interval(c, tol)
    ends = [e if not math.isfinite(e) else _convert(e, c.unit, unit) for e in (lo, hi)]
    return min(ends), max(ends)


def conversion_findings(claims: list[Claim], ctx: Ctx) -> list[Finding]:
    """One finding per restated measurement whose restatement does not convert."""
    tol = ctx.settings.tolerance
    out = []
    for x, y in unit_restatements(claims, ctx.texts):
        try:
            converted = _in(x, y.unit, tol)
        except Exception:  # a unit pint cannot convert: nothing to check
            continue
        if not all(map(math.isfinite, converted)) or overlaps(converted, interval(y, tol)):
            continue
        mid = _convert(x.value, x.unit, y.unit)
        message = (
            f'{x.document}: "{ctx.q(x)}" restated as "{y.text}" does not convert: {x.text} is '
            f"about {fmt(mid)} {_symbol(y.unit)}."
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
