"""A figure in its sentence (:class:`_Fig`): its clauses, and what stands after a comparison."""

from __future__ import annotations

from dataclasses import dataclass, field

from reconcile.claims.models import Mention
from reconcile.claims.vocab import MetricSpec, Vocab, _clause


@dataclass
class _Fig:
    mention: Mention
    start: int
    end: int
    sent: int  # sentence index
    lo: int
    hi: int
    kind_key: str
    role: str = "level"
    direction: str | None = None
    value: float = 0.0
    low: float | None = None
    high: float | None = None
    unit: str = ""
    kind: str = "number"
    spec: MetricSpec | None = None
    metric: str | None = None
    subject: str | None = None
    scope: str | None = None
    linked: list[int] = field(default_factory=list)
    peers: list[int] = field(default_factory=list)  # figures of the same sentence, in order
    bracketed: bool = False  # _parenthetical: a conversion in brackets after the figure before
    hard: tuple[int, int] | None = None  # _hard_clause, once computed
    soft: tuple[int, int] | None = None  # _soft_clause, once computed
    mod: str | None = None  # the metric's modifier: "forecast", "previous"...
    narrowing: tuple[str, ...] = ()  # the parse's attachments of a described metric


def _hard_clause(text: str, f: _Fig, v: Vocab) -> tuple[int, int]:
    """The figure's clause between hard separators (", against", "; ", " while "...)."""
    if f.hard is None:
        f.hard = _clause(text, f.lo, f.hi, f.start, f.end, v.hard)
    return f.hard


def _soft_clause(text: str, f: _Fig, v: Vocab) -> tuple[int, int]:
    """The figure's clause between any separators, soft ones (" and ", ", which") included."""
    if f.soft is None:
        f.soft = _clause(text, f.lo, f.hi, f.start, f.end, v.hard_soft)
    return f.soft


def _after_comparison(text: str, a: int, b: int, v: Vocab) -> bool:
    gap = f" {text[a:b].lower()} "
    return any(
        inner in gap or start in gap[-size:] for inner, start, size in _comparison_needles(v)
    )


_COMPARISON_NEEDLES: dict[tuple[str, ...], tuple[tuple[str, str, int], ...]] = {}


def _comparison_needles(v: Vocab) -> tuple[tuple[str, str, int], ...]:
    """(" than ", " than", 6) for each comparison word: the strings _after_comparison looks for."""
    key = v.modifiers["comparison"]
    hit = _COMPARISON_NEEDLES.get(key)
    if hit is None:
        hit = _COMPARISON_NEEDLES[key] = tuple((f" {w} ", f" {w}", len(w) + 2) for w in key)
    return hit
