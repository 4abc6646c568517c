"""Weighed evidence that two claims describe one quantity (used by :mod:`reconcile.claims.group`
to merge groups whose keys differ).

Each pair of claims gets a few features (:func:`features`): how alike the metrics are, whether
their last words (the measured thing) agree, how alike the subjects are and whether one is
missing, whether the parse's narrowing phrases contradict, whether both stand in one document,
whether both are dated and the dates differ, whether one subject's words hold the other's (a
company and its segment), whether the values are close, whether they are equal (a restatement);
and, from the run's other claims (:class:`Context`), whether some document gives figures of the
same thing to both subjects (a source that tells the two apart: the Yes side and the No side,
a retailer and the bank of the same name) and whether each subject is also a subject in the other's
document. Subjects no source tells apart are often one entity named two ways (a province and
its country, a broadcaster or a sentence opener taken for the subject, a product for its
maker). A logistic regression turns them into a probability (:func:`probability`). Its weights
and the merge threshold are data, ``reconcile/data/grouping_weights.json``, written by
``benchmarks/fit_grouping.py`` from labelled pairs of the development sets' gold files.
"""

from __future__ import annotations

import json
import math
import operator
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
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
    "values_equal",
    "subject_contrast",
    "subject_shared",
)
CLOSE = 1.5  # two values within this factor of each other are "close"
WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "grouping_weights.json"


@lru_cache(maxsize=65536)
def _similarity(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a.lower(), b.lower()) / 100.0


@lru_cache(maxsize=65536)
def _thing(metric: str) -> str:
    """The measured thing: the metric's last word before any bracket ("cloud revenue" ->
    "revenue", "share price (estimate)" -> "price")."""
    words = metric.split(" (", 1)[0].split()
    return words[-1].lower() if words else ""


FigureKey = tuple[str, str, str, str]  # measured thing, role, kind, unit


def figure_key(c: Claim) -> FigureKey:
    """The measured thing, role and unit of a claim (what :meth:`Context.apart` compares)."""
    return _figure_key(c)


def _figure_key(c: Claim) -> FigureKey:
    return (_thing(c.metric or ""), c.role, c.kind, c.unit)


@lru_cache(maxsize=65536)
def _name(subject: str | None) -> str:
    return " ".join((subject or "").lower().split())


@dataclass(frozen=True)
class Context:
    """What the run's other claims say about two subjects: for each measured thing (with role
    and unit) and subject, the values each document gives it; each document's subjects and
    each subject's documents."""

    values: dict[tuple[FigureKey, str], dict[str, set[float]]] = field(default_factory=dict)
    subjects: dict[str, set[str]] = field(default_factory=dict)
    documents: dict[str, set[str]] = field(default_factory=dict)
    memo: dict[tuple, bool] = field(default_factory=dict, compare=False, repr=False)

    def contrasted(self, a: Claim, b: Claim) -> bool:
        """Some document gives figures of this thing to both subjects: that source tells the
        two subjects apart."""
        return self.apart(_figure_key(a), a.subject, b.subject)

    def apart(self, key: FigureKey, a: str | None, b: str | None) -> bool:
        """Some document gives figures of ``key`` (measured thing, role, unit) to both
        subjects."""
        sa, sb = _name(a), _name(b)
        if not sa or not sb or sa == sb:
            return False
        memo = (key, *sorted((sa, sb)))
        hit = self.memo.get(memo)
        if hit is None:
            hit = self.memo[memo] = self._apart(key, sa, sb)
        return hit

    def _apart(self, key: FigureKey, sa: str, sb: str) -> bool:
        da, db = self.values.get((key, sa), {}), self.values.get((key, sb), {})
        if len(db) < len(da):
            da, db = db, da
        return any(doc in db for doc in da)

    def shared(self, a: Claim, b: Claim) -> bool:
        """Each subject is also a subject of some figure in the other's document."""
        sa, sb = _name(a.subject), _name(b.subject)
        if not sa or not sb or sa == sb:
            return False
        return b.document in self.documents.get(sa, set()) and a.document in self.documents.get(
            sb, set()
        )


def context(claims: Iterable[Claim]) -> Context:
    """The :class:`Context` of a run's claims."""
    values: dict[tuple[FigureKey, str], dict[str, set[float]]] = defaultdict(
        lambda: defaultdict(set)
    )
    subjects: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        name = _name(c.subject)
        if not name:
            continue
        subjects[c.document].add(name)
        documents[name].add(c.document)
        if c.metric:
            values[(_figure_key(c), name)][c.document].add(c.value)
    return Context({k: dict(v) for k, v in values.items()}, dict(subjects), dict(documents))


def features(a: Claim, b: Claim, ctx: Context | None = None) -> tuple[float, ...]:
    """The evidence for one pair, in the order of :data:`FEATURES` (without ``ctx``, the
    features read from other claims are 0)."""
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
        float(a.value == b.value),
        float(ctx is not None and ctx.contrasted(a, b)),
        float(ctx is not None and ctx.shared(a, b)),
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
    z = bias + sum(map(operator.mul, weights, x))
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


def ceiling(a: Claim, b: Claim) -> float:
    """An upper bound of :func:`probability` read from the values alone (every other feature,
    all in [0, 1], taken at its most favourable): pairs whose ceiling is below the threshold
    need not be weighed (speed; the merge is the same)."""
    rest, w_close, w_equal = _ceiling_parts()
    z = rest + w_close * _close(a.value, b.value) + w_equal * (a.value == b.value)
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


@cache
def _ceiling_parts() -> tuple[float, float, float]:
    weights, bias, _ = model()
    named = dict(zip(FEATURES, weights, strict=True))
    close, equal = named.pop("values_close"), named.pop("values_equal")
    return bias + sum(max(w, 0.0) for w in named.values()), close, equal


def probability(a: Claim, b: Claim, ctx: Context | None = None) -> float:
    """How likely the two claims describe one quantity, by the fitted weights."""
    weights, bias, _ = model()
    return score(features(a, b, ctx), weights, bias)
