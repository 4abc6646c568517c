"""The comparison rules (``data/comparison.toml``) and what they say of a metric: whether it moves
daily, runs as a total, or happens once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reconcile.claims.models import Claim
from reconcile.time.values import (
    is_exact_date,
    is_weekday_only,
)
from reconcile.units import DURATIONS
from reconcile.vocabulary import load

SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}


SESSIONS = {"intraday": "intraday", "close": "a close", "pre-listing": "a grey-market quote"}


STRICT = {"over", "under"}


@dataclass(frozen=True)
class Rules:
    severity: dict[str, str]
    near_days: int
    precise_relative: float
    scale_factors: tuple[float, ...]
    daily_keywords: tuple[str, ...]
    evolving_keywords: tuple[str, ...]
    one_off_keywords: tuple[str, ...]
    unnamed_metrics: frozenset[str]
    restatement: re.Pattern[str]
    unit_restatement: re.Pattern[str]
    earlier_value: re.Pattern[str]
    earlier_cross: re.Pattern[str]
    revised: re.Pattern[str]
    unrelated_ratio: float
    maxima: frozenset[str]
    slip_window: float
    rate_drift: float = 0.10
    rate_drift_one_amount: float = 0.03
    other_time: re.Pattern[str] = re.compile(r"(?!)")
    revision: re.Pattern[str] = re.compile(r"(?!)")


@cache
def comparison_toml() -> dict[str, Any]:
    """``reconcile/data/comparison.toml``, read once per process (the rules here and the
    scope rules of :mod:`reconcile.compare.scope` are its sections)."""
    return load("comparison")


@cache
def rules() -> Rules:
    """The comparison rules from ``reconcile/data/comparison.toml``."""
    raw = comparison_toml()
    t = raw["thresholds"]
    return Rules(
        severity=dict(raw["severity"]),
        near_days=int(t["near_days"]),
        precise_relative=float(t["precise_relative"]),
        scale_factors=tuple(float(f) for f in t["scale_factors"]),
        daily_keywords=tuple(raw["time_sensitive"]["daily"]),
        evolving_keywords=tuple(raw["time_sensitive"]["evolving"]),
        one_off_keywords=tuple(raw["time_sensitive"]["one_off"]),
        # and a span named by its unit alone ("two decades", "41 days": its metric the unit's
        # plural) says no more of what lasted than "duration" does
        unnamed_metrics=frozenset(raw["thresholds"]["unnamed_metrics"])
        | {f"{u}s" for u in DURATIONS},
        restatement=re.compile(raw["restatement"]["between_pattern"], re.IGNORECASE),
        unit_restatement=re.compile(raw["restatement"]["unit_between_pattern"]),
        earlier_value=re.compile(raw["same_source"]["earlier_value_pattern"], re.IGNORECASE),
        earlier_cross=re.compile(
            "|".join(
                f"(?:{raw['earlier_value'][k]})"
                for k in (
                    "pattern",
                    "reference_pattern",
                    "past_pattern",
                    "benchmark_pattern",
                    "initial_pattern",
                    "beaten_pattern",
                    "origin_pattern",
                    "before_event_pattern",
                )
            )
        ),
        revised=re.compile(raw["revised_value"]["pattern"]),
        unrelated_ratio=float(t["unrelated_ratio"]),
        maxima=frozenset(raw["maxima"]["qualifiers"]),
        slip_window=float(t["slip_window"]),
        rate_drift=float(t.get("rate_drift", 0.10)),
        rate_drift_one_amount=float(t.get("rate_drift_one_amount", 0.03)),
        other_time=re.compile(raw.get("news_day", {}).get("other_time_pattern", r"(?!)")),
        revision=re.compile(raw.get("revision", {}).get("pattern", r"(?!)")),
    )


@cache
def evolving(metric: str | None) -> bool:
    m = (metric or "").lower()
    if m.endswith(" duration"):
        return False  # how long an outage lasted is a length, not the outage's running count
    return any(k in m for k in rules().evolving_keywords)


@cache
def one_off(metric: str | None) -> bool:
    m = (metric or "").lower()
    return any(k in m for k in rules().one_off_keywords)


def day_level(when: str | None) -> bool:
    """A day (a date or a weekday name), not a period: the day a one-off was reported."""
    return is_exact_date(when) or is_weekday_only(when)


@cache
def daily(metric: str | None) -> bool:
    m = (metric or "").lower()
    return any(k in m for k in rules().daily_keywords)


def moments_apart(a: Claim, b: Claim, metric: str | None) -> bool:
    """Two market quotes ([time_sensitive] daily) given at different times of day (their
    clocks: a time in the clause or a live blog's stamp, :mod:`reconcile.time.clock`), neither
    of them a close or a grey-market quote: two readings of one session, not one figure."""
    if a.clock is None or b.clock is None or a.clock == b.clock or not daily(metric):
        return False
    return not {a.session, b.session} & {"close", "pre-listing"}


def undated_blocks(a: Claim, b: Claim, metric: str | None) -> bool:
    """Whether a missing time makes the pair incomparable (see [time_sensitive] in the rules)."""
    if a.when is not None and b.when is not None:
        return False
    if daily(metric):
        return True
    one_sided = (a.when is None) != (b.when is None)
    return one_sided and evolving(metric)
