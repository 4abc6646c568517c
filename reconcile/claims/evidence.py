"""Weighed evidence that two claims describe one quantity (used by :mod:`reconcile.claims.group`
to merge groups whose keys differ).

Each pair of claims gets a few features (:func:`features`): how alike the metrics are, whether
their last words (the measured thing) agree, how alike the subjects are and whether one is
missing, whether the parse's narrowing phrases contradict, whether both stand in one document,
whether both are dated and the dates differ, whether one subject's words hold the other's (a
company and its segment), whether the values are close. A logistic regression turns them into a
probability (:func:`probability`). Its weights and the merge threshold are data,
``reconcile/data/grouping_weights.json``, written by ``benchmarks/fit_grouping.py`` from labelled
pairs of the fixtures' gold files (the threshold chosen on that development data).
"""

from __future__ import annotations

import json
import math
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from reconcile.claims.models import Claim

FEATURES = (
    "metric_same",
    "metric_similarity",
    "thing_same",
    "subject_same",
    "subject_similarity",
    "subject_missing",
    "narrowing_conflict",
    "same_document",
    "dates_differ",
    "subject_nested",
    "values_close",
)
CLOSE = 1.5  # two values within this factor of each other are "close"
WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "grouping_weights.json"


@lru_cache(maxsize=65536)
def _similarity(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a.lower(), b.lower()) / 100.0


def _thing(metric: str) -> str:
    """The measured thing: the metric's last word before any bracket ("cloud revenue" ->
    "revenue", "share price (estimate)" -> "price")."""
    words = metric.split(" (", 1)[0].split()
    return words[-1].lower() if words else ""


def features(a: Claim, b: Claim) -> tuple[float, ...]:
    """The evidence for one pair, in the order of :data:`FEATURES`."""
    ma, mb = a.metric or "", b.metric or ""
    sa, sb = a.subject, b.subject
    both_subjects = sa is not None and sb is not None
    narrow = bool(a.narrowing and b.narrowing and sorted(a.narrowing) != sorted(b.narrowing))
    return (
        float(ma == mb),
        _similarity(ma, mb) if ma and mb else 0.0,
        float(bool(ma) and _thing(ma) == _thing(mb)),
        float(both_subjects and sa == sb),
        _similarity(sa, sb) if both_subjects else 0.0,  # type: ignore[arg-type]
        float(not both_subjects),
        float(narrow),
        float(a.document == b.document),
        float(a.when is not None and b.when is not None and a.when != b.when),
        float(both_subjects and sa != sb and _nested(sa, sb)),  # type: ignore[arg-type]
        float(_close(a.value, b.value)),
    )


def _nested(a: str, b: str) -> bool:
    """One name's words inside the other's: a company and its segment ("Corvane" / "Corvane
    Cloud"), a short and a full name."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def _close(x: float, y: float) -> bool:
    """Both values of one sign and within :data:`CLOSE` of each other (a disagreement looks
    like this; two different quantities rarely do)."""
    if x == 0 or y == 0 or (x > 0) != (y > 0):
        return x == y
    lo, hi = sorted((abs(x), abs(y)))
    return hi / lo <= CLOSE


@cache
def model() -> tuple[tuple[float, ...], float, float]:
    """(weights, bias, threshold) from the data file."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights = tuple(float(data["weights"][name]) for name in FEATURES)
    return weights, float(data["bias"]), float(data["threshold"])


def score(x: tuple[float, ...], weights: tuple[float, ...], bias: float) -> float:
    """The logistic probability for features ``x``."""
    z = bias + sum(w * v for w, v in zip(weights, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


def probability(a: Claim, b: Claim) -> float:
    """How likely the two claims describe one quantity, by the fitted weights."""
    weights, bias, _ = model()
    return score(features(a, b), weights, bias)
