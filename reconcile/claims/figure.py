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
    item: str | None = None  # the numbered item of a series it is told of ("no. 3")


def _qualifier_start(text: str, f: _Fig) -> int:
    """Where the figure's phrase opens: at its qualifier, written right before it ("more
    than", "about", "as many as"), or at the figure. A word before the qualifier is as near
    the figure as it would be without it ("shed more than 3,500 jobs" sheds them as "shed
    3,200 jobs" does), and the "as" of "as many as" is no clause's edge."""
    q = f.mention.qualifier_text
    if not q or f.mention.qualifier == "range":
        return f.start
    k = text.lower().rfind(q.lower(), f.lo, f.start)
    return k if k >= 0 and not text[k + len(q) : f.start].strip() else f.start


def _hard_clause(text: str, f: _Fig, v: Vocab) -> tuple[int, int]:
    """The figure's clause between hard separators (", against", "; ", " while "...), from
    the figure's qualifier on (:func:`_qualifier_start`)."""
    if f.hard is None:
        f.hard = _clause(text, f.lo, f.hi, _qualifier_start(text, f), f.end, v.hard)
    return f.hard


def _soft_clause(text: str, f: _Fig, v: Vocab) -> tuple[int, int]:
    """The figure's clause between any separators, soft ones (" and ", ", which") included,
    from the figure's qualifier on: "cut as many as 880 jobs" is one clause."""
    if f.soft is None:
        f.soft = _clause(text, f.lo, f.hi, _qualifier_start(text, f), f.end, v.hard_soft)
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
