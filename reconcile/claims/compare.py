"""Stage 4: groups of claims -> findings, each explained in one sentence.

Claims are compared on the intervals they admit (written precision plus qualifier), widened by
the user's relative tolerance. Within a group (same subject, metric, role, unit dimension, scope):

- disjoint intervals at the same (or an unknown) time: ``value_mismatch``; when they agree but for
  a factor of a thousand, a million or a billion: ``scale_mismatch``;
- disjoint intervals at known different times, or intraday against close: ``different_scope``
  (a warning when the days are consecutive, an info note otherwise), and for metrics that move
  daily (share prices) an info note when one side gives no time at all, unless the news day
  settles it: an undated market figure belongs to its article's news day (the last trading
  session on or before the article's day), so two articles of one news day are compared as one
  session's and articles days apart as different days;
- intervals that meet only through a strict qualifier ("beyond 380 billion" against a precise
  "380 billion"): ``qualifier_conflict``.

Arithmetic links are checked too: a change and its level imply a base (shown in explanations);
an amount restated in another currency implies a rate, and the rates implied by different
sources, or a user's rate table, must agree (``arithmetic``). Groups of one quantity in two
major currencies are weighed against each other through a reference rate (the ECB's, of the
article's year, ``data/exchange_rates.toml``) or the user's, within the band of an unstated rate
(:mod:`reconcile.claims.money`): beyond it, ``value_mismatch``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import combinations, pairwise

from reconcile.claims import money
from reconcile.claims.models import Claim, Document, Evidence, Finding, Group, Severity
from reconcile.claims.when import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    TimeRelation,
    anchor_weekday,
    dateline_date,
    header_day,
    is_exact_date,
    is_weekday_only,
    parse,
    relate,
    sessions_apart,
    trading_day,
)
from reconcile.config import Settings

_SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
_SESSIONS = {"intraday": "intraday", "close": "a close", "pre-listing": "a grey-market quote"}
_STRICT = {"over", "under"}


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
    earlier_value: re.Pattern[str]
    earlier_cross: re.Pattern[str]
    revised: re.Pattern[str]
    unrelated_ratio: float
    maxima: frozenset[str]
    slip_window: float
    rate_drift: float = 0.10
    other_time: re.Pattern[str] = re.compile(r"(?!)")
    revision: re.Pattern[str] = re.compile(r"(?!)")


@cache
def rules() -> Rules:
    """The comparison rules from ``reconcile/data/comparison.toml``."""
    raw = tomllib.loads(resources.files("reconcile").joinpath("data/comparison.toml").read_text())
    t = raw["thresholds"]
    return Rules(
        severity=dict(raw["severity"]),
        near_days=int(t["near_days"]),
        precise_relative=float(t["precise_relative"]),
        scale_factors=tuple(float(f) for f in t["scale_factors"]),
        daily_keywords=tuple(raw["time_sensitive"]["daily"]),
        evolving_keywords=tuple(raw["time_sensitive"]["evolving"]),
        one_off_keywords=tuple(raw["time_sensitive"]["one_off"]),
        unnamed_metrics=frozenset(raw["thresholds"]["unnamed_metrics"]),
        restatement=re.compile(raw["restatement"]["between_pattern"], re.IGNORECASE),
        earlier_value=re.compile(raw["same_source"]["earlier_value_pattern"], re.IGNORECASE),
        earlier_cross=re.compile(
            f"(?:{raw['earlier_value']['pattern']})|(?:{raw['earlier_value']['reference_pattern']})"
        ),
        revised=re.compile(raw["revised_value"]["pattern"]),
        unrelated_ratio=float(t["unrelated_ratio"]),
        maxima=frozenset(raw["maxima"]["qualifiers"]),
        slip_window=float(t["slip_window"]),
        rate_drift=float(t.get("rate_drift", 0.10)),
        other_time=re.compile(raw.get("news_day", {}).get("other_time_pattern", r"(?!)")),
        revision=re.compile(raw.get("revision", {}).get("pattern", r"(?!)")),
    )


# ---------------------------------------------------------------- intervals


def interval(c: Claim, tolerance: float = 0.0) -> tuple[float, float]:
    """The claim's admitted interval widened by ``tolerance`` (relative to its value)."""
    pad = abs(c.value) * tolerance
    low = -math.inf if c.low is None else c.low - pad
    high = math.inf if c.high is None else c.high + pad
    return low, high


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two intervals share more than a boundary.

    Intervals that only touch do not agree: "2.9%" (2.85 to 2.95) and "2.8%" (2.75 to 2.85) are
    two different figures, though 2.85 rounds to either. A single point agrees with an interval
    that holds it, at a boundary too.
    """
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo != hi:
        return lo < hi
    return a[0] == a[1] or b[0] == b[1]


def _precision_halfwidth(c: Claim, tolerance: float) -> float:
    """Half-width of an unqualified claim's interval (its rounding), widened by tolerance."""
    if c.low is None or c.high is None:
        return math.inf
    return (c.high - c.low) / 2 + abs(c.value) * tolerance


def qualifier_collision(a: Claim, b: Claim, tolerance: float, in_title: set[str]) -> bool:
    """A strict bound ("over X", "nearly X") against a precise unqualified X.

    The intervals meet only inside the rounding of X: a lower bound of 380 billion against a
    plan of exactly 380 billion. A coarse figure ("1 trillion", half-width 50%) or a headline's
    round figure is not precise enough to contradict "over 1 trillion".
    """
    for bound, exact in ((a, b), (b, a)):
        if bound.qualifier not in _STRICT or exact.qualifier is not None:
            continue
        if exact.id in in_title or exact.value == 0:
            continue
        half = _precision_halfwidth(exact, tolerance)
        if half / abs(exact.value) > rules().precise_relative:
            continue
        if abs(bound.value - exact.value) <= half:
            return True
    return False


def scale_slip(a: Claim, b: Claim, tolerance: float) -> float | None:
    """The factor (1e3, 1e6, 1e9) by which two otherwise agreeing figures differ, if any."""
    ia, ib = interval(a, tolerance), interval(b, tolerance)
    if not all(map(math.isfinite, (*ia, *ib))):
        return None  # a bound ("above $300") says nothing about scale
    if any(lo <= 0 <= hi for lo, hi in (ia, ib)) or a.value * b.value <= 0:
        return None  # zero ("unchanged") times a thousand is still zero: no slip to see
    # the ratio of the figures' magnitudes, at its widest: no factor above it can be the slip
    (alo, ahi), (blo, bhi) = sorted(map(abs, ia)), sorted(map(abs, ib))
    widest = max(ahi / blo, bhi / alo)
    for f in rules().scale_factors:
        if f > widest:
            continue
        for lo, hi, other in ((ia[0] * f, ia[1] * f, ib), (ib[0] * f, ib[1] * f, ia)):
            if math.isfinite(lo) and math.isfinite(hi) and overlaps((lo, hi), other):
                return f
    return None


# ---------------------------------------------------------------- wording


def _fmt(x: float) -> str:
    if not math.isfinite(x):
        return "∞" if x > 0 else "-∞"
    ax = abs(x)
    for div, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if ax >= div:
            return f"{x / div:,.4g}{word}"
    return f"{x:,.2f}".rstrip("0").rstrip(".") if ax < 1e4 else f"{x:,.0f}"


def _fmt_interval(c: Claim, tolerance: float) -> str:
    lo, hi = interval(c, tolerance)
    if lo == -math.inf:
        return f"at most {_fmt(hi)}"
    if hi == math.inf:
        return f"at least {_fmt(lo)}"
    low, high = _fmt(lo), _fmt(hi)
    return low if low == high else f"{low} to {high}"


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LABEL_UNITS = {"year", "quarter", "month", "week", "half", "day", "season"}


def when_words(when: str | None) -> str:
    """A claim's time as an editor writes it: "Tue 9 Sep 2025", "24 Sep", "Monday, day not
    given", "2020", "Q2 2025", "May 2025", "this year", "February"; never the internal code."""
    if when is None:
        return "no stated day"
    w = parse(when)
    if w.kind == "day" and w.first is not None:
        d = w.first
        return f"{_DAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year}"
    if w.kind == "monthday":
        return f"{w.day} {MONTH_NAMES[w.month - 1][:3]}"
    if w.kind == "weekday":
        return f"{WEEKDAY_NAMES[w.weekday]}, day not given"
    if w.kind == "period":
        if w.unit == "year":
            return str(w.year)
        if w.unit == "quarter":
            return f"Q{w.number} {w.year}"
        if w.unit == "month":
            return f"{MONTH_NAMES[w.number - 1]} {w.year}"
        return f"week {w.number} of {w.year}"
    unit, sep, value = when.partition(":")
    if not sep:
        return when
    if unit.lower() in ("month", "weekday") or value[:1].isupper():
        return value  # "month:February" is February
    if unit.lower() in _LABEL_UNITS:
        return f"{value} {unit}"  # "year:this" is this year
    return f"{value} ({unit})"


def quote(c: Claim, text: str | None, linked: Iterable[Claim] = ()) -> str:
    """The claim's words as the source wrote them: a few words before it and its linked figures."""
    if text is None:
        return c.text
    start, end = c.span
    for other in linked:
        if other.document == c.document and 0 <= other.span[0] - end <= 24:
            end = max(end, other.span[1])
    words = " ".join(text[_lead_start(text, start) : end].split()).lstrip("-–—•*> ")
    return words.strip('"\u201c\u201d')  # it is quoted again: no doubled quote marks


_STOPS = frozenset(".;:!?")


def _inside(text: str, k: int) -> bool:
    """Whether the mark before ``k`` sits inside a word or number ("9.2", "U.S."), not after it."""
    return k < len(text) and text[k].isalnum() and k > 1 and text[k - 2].isalnum()


def _lead_start(text: str, start: int, words: int = 5) -> int:
    """Where the (at most ``words``) words before ``start`` begin, within one sentence and line."""
    i = start
    for _ in range(words):
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while (
            k > 0 and not text[k - 1].isspace() and (text[k - 1] not in _STOPS or _inside(text, k))
        ):
            k -= 1
        if j == i or k == j or "\n" in text[j:i] or (k > 0 and not text[k - 1].isspace()):
            break  # no gap before the figure, a line break, a sentence mark, or the text's start
        i = k
    return i


# ---------------------------------------------------------------- the comparison


@dataclass
class _Ctx:
    settings: Settings
    by_id: dict[str, Claim]
    texts: dict[str, str]
    in_title: set[str]
    focus: frozenset[str] = frozenset()
    group_by_doc: dict[str, list[Claim]] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)
    bases: dict[str, float | None] = field(default_factory=dict)
    intervals: dict[str, tuple[float, float]] = field(default_factory=dict)
    reports: dict[tuple[object, ...], list[str]] = field(default_factory=dict)  # per group
    earlier: dict[str, bool] = field(default_factory=dict)
    revised: dict[str, bool] = field(default_factory=dict)
    news: dict[str, dt.date] = field(default_factory=dict)  # undated market figures' news days
    years: dict[str, int] = field(default_factory=dict)  # each document's year, when known
    cross: bool = False  # judging two groups of one quantity in two currencies

    def is_earlier(self, c: Claim) -> bool:
        """Whether the text introduces ``c`` as an earlier value ("from 4.50%")."""
        got = self.earlier.get(c.id)
        if got is None:
            got = self.earlier[c.id] = bool(rules().earlier_cross.search(self._lead(c, 80)))
        return got

    def is_revised(self, c: Claim) -> bool:
        """Whether the text gives ``c`` as a revision ("restated its profit to €298 million")."""
        got = self.revised.get(c.id)
        if got is None:
            got = self.revised[c.id] = bool(rules().revised.search(self._lead(c, 80)))
        return got

    def when_words(self, c: Claim) -> str:
        """The claim's time as an editor writes it; an undated market figure's news day."""
        day = self.news.get(c.id)
        if day is None:
            return when_words(c.when)
        return f"no stated day; the news day of its article is {when_words(day.isoformat())}"

    def _lead(self, c: Claim, width: int) -> str:
        text = self.texts.get(c.document, "")
        return text[max(0, c.span[0] - width) : c.span[0]]

    def iv(self, c: Claim) -> tuple[float, float]:
        """``interval(c, tolerance)``, computed once per claim (it depends on the value only)."""
        got = self.intervals.get(c.id)
        if got is None:
            got = self.intervals[c.id] = interval(c, self.settings.tolerance)
        return got

    def severity(self, kind: str, default_key: str | None = None) -> Severity:
        chosen = self.settings.severity.get(kind)  # type: ignore[call-overload]
        if chosen is not None and chosen != "off":  # an "off" kind is dropped at the end
            return chosen  # type: ignore[no-any-return]
        return rules().severity[default_key or kind]  # type: ignore[return-value]

    def base(self, c: Claim) -> float | None:
        if c.id not in self.bases:
            self.bases[c.id] = _implied_base(c, self.by_id)
        return self.bases[c.id]

    def q(self, c: Claim) -> str:
        if c.id not in self.quotes:
            links = [self.by_id[i] for i in c.linked if i in self.by_id]
            self.quotes[c.id] = quote(c, self.texts.get(c.document), links)
        return self.quotes[c.id]


@cache
def _evolving(metric: str | None) -> bool:
    m = (metric or "").lower()
    return any(k in m for k in rules().evolving_keywords)


@cache
def _one_off(metric: str | None) -> bool:
    m = (metric or "").lower()
    return any(k in m for k in rules().one_off_keywords)


def _day_level(when: str | None) -> bool:
    """A day (a date or a weekday name), not a period: the day a one-off was reported."""
    return is_exact_date(when) or is_weekday_only(when)


@cache
def _daily(metric: str | None) -> bool:
    m = (metric or "").lower()
    return any(k in m for k in rules().daily_keywords)


def _undated_blocks(a: Claim, b: Claim, metric: str | None) -> bool:
    """Whether a missing time makes the pair incomparable (see [time_sensitive] in the rules)."""
    if a.when is not None and b.when is not None:
        return False
    if _daily(metric):
        return True
    one_sided = (a.when is None) != (b.when is None)
    return one_sided and _evolving(metric)


def _change_of(level: Claim, by_id: dict[str, Claim]) -> Claim | None:
    for i in level.linked:
        ch = by_id.get(i)
        if ch is not None and ch.role == "change" and ch.unit == "percent" and ch.value > -100:
            return ch
    return None


def _implied_base(level: Claim, by_id: dict[str, Claim]) -> float | None:
    """A level linked to a percentage change implies the value before the change."""
    ch = _change_of(level, by_id)
    return None if ch is None else level.value / (1 + ch.value / 100)


def _chain_reconciles(a: Claim, b: Claim, by_id: dict[str, Claim], tol: float) -> bool:
    """One day's level equals the base implied by the next day's change and level.

    "closed at 486.15" on Tuesday and "fell 3.2% to 470.60" on Wednesday reconcile: 470.60 / 0.968
    is 486.16. An intraday "as much as 4% to 138.0" and the next day's "2.4% to 140.60" (implied
    previous close 137.30) do not.
    """
    for level, later in ((a, b), (b, a)):
        ch = _change_of(later, by_id)
        if ch is None or ch.low is None or ch.high is None or later.low is None:
            continue
        if later.high is None or min(ch.low, ch.high) <= -100:
            continue
        base = (later.low / (1 + ch.high / 100), later.high / (1 + ch.low / 100))
        if overlaps(interval(level, tol), base):
            return True
    return False


@dataclass
class _Pending:
    """A finding whose wording is built only if it survives de-duplication."""

    kind: str
    severity: Severity
    group: Group
    claims: set[str]
    wording: Callable[[], str]
    details: dict[str, int | float | str | None]
    pair: tuple[str, ...] = ()  # the claims it was made for, before any merging
    also: list[Claim] = field(default_factory=list)  # a claim of each other source merged in
    quoter: Callable[[Claim], str] | None = None
    source: str | None = None  # the document the finding is about (see _summarize)
    evidence: list[Evidence] = field(default_factory=list)  # the pairs summarized into it
    reason: str = ""  # why, within a kind: only findings for the same reason are summarized
    docs: tuple[str, ...] = ()  # the documents of ``pair``, sorted (set by _annotate)
    mine: str | None = None  # the claim of ``pair`` in focus, when exactly one is

    def __post_init__(self) -> None:
        if not self.pair:
            self.pair = tuple(sorted(self.claims))

    def finding(self) -> Finding:
        message, details = self.wording(), self.details
        if self.source is not None:
            details = {**details, "source": self.source}
        if self.also and self.quoter is not None:
            shown = [(c.document, self.quoter(c)) for c in self.also[:_ALSO_QUOTED]]
            message = message.removesuffix(".") + _also(shown, len(self.also)) + "."
            details = {**details, "other_sources": len(self.also)}
        return Finding(
            id="",
            kind=self.kind,  # type: ignore[arg-type]
            severity=self.severity,
            group=self.group.id,
            claims=sorted(self.claims),
            message=message,
            details=details,
            evidence=self.evidence or [self.as_evidence()],
        )

    def as_evidence(self) -> Evidence:
        return Evidence(kind=self.kind, severity=self.severity, claims=sorted(self.claims))  # type: ignore[arg-type]


_ALSO_QUOTED = 3  # sources quoted by name in a summary; the rest are counted


def _also(shown: list[tuple[str, str]], count: int) -> str:
    """ "; the same goes for 41 other sources: a.txt ("..."), b.txt ("...") and 39 more"."""
    quoted = [f'{doc} ("{q}")' for doc, q in shown]
    if count == 1:
        return f"; the same goes for {quoted[0]}"
    rest = count - len(quoted)
    listed = ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if not rest else ", ".join(quoted)
    more = f" and {rest} more" if rest else ""
    return f"; the same goes for {count} other sources: {listed}{more}"


def _judge(a: Claim, b: Claim, group: Group, ctx: _Ctx) -> _Pending | None:
    """The finding for one pair of claims in a group, or None when they agree."""
    tol = ctx.settings.tolerance
    if ctx.cross:
        return _judge_currencies(a, b, group, ctx)
    if not (_same_unit(a.unit, b.unit, a, b) and _same_unit(a.mention.unit, b.mention.unit, a, b)):
        return _points_against_percent(a, b, group, ctx)
    ia, ib = ctx.iv(a), ctx.iv(b)
    maxima = _maxima_differ(a, b, tol)
    if (
        overlaps(ia, ib)
        and a.qualifier not in _STRICT
        and b.qualifier not in _STRICT
        and not maxima
    ):
        return None  # the common case, decided before any wording is built
    if (group.metric or "").lower() in rules().unnamed_metrics:
        return None  # "four months", "three years": what they measure is not known
    rel = relate(a.when, b.when)
    if rel.same is None and ctx.news and (on_news := _news_relation(a, b, ctx)) is not None:
        rel = on_news  # an undated market figure is its article's news day's
    if rel.same is False and _one_off(group.metric) and _day_level(a.when) and _day_level(b.when):
        rel = TimeRelation(None)  # one deal reported on two days is still one deal
    if a.document == b.document and not _comparable_in_one_source(a, b, rel.same, ctx):
        return None
    label = group.label

    def src() -> str:
        # the focus document (a draft under check) speaks first
        x, y = (b, a) if b.document in ctx.focus and a.document not in ctx.focus else (a, b)
        qx, qy = ctx.q(x), ctx.q(y)
        if x.when or y.when or x.id in ctx.news or y.id in ctx.news:
            return (
                f'{x.document} says "{qx}" ({ctx.when_words(x)}) and {y.document} says '
                f'"{qy}" ({ctx.when_words(y)})'
            )
        return f'{x.document} says "{qx}" and {y.document} says "{qy}"'

    details: dict[str, int | float | str | None] = {}

    def pending(
        kind: str, severity: Severity, wording: Callable[[], str], reason: str = ""
    ) -> _Pending:
        return _Pending(
            kind, severity, group, {a.id, b.id}, wording, details, (a.id, b.id), reason=reason
        )

    if maxima:
        sessions = a.session is not None and b.session is not None and a.session != b.session
        if rel.same is False or sessions or a.document == b.document:
            return None
        return pending(
            "qualifier_conflict",
            ctx.severity("qualifier_conflict"),
            lambda: (
                f"{label}: {src()}; both give a maximum, {_fmt(a.value)} against "
                f"{_fmt(b.value)}, and a maximum is one figure: they cannot both be right."
            ),
            "maxima",
        )
    if overlaps(ia, ib):
        if rel.same is False or not qualifier_collision(a, b, tol, ctx.in_title):
            return None
        bound, exact = (a, b) if a.qualifier in _STRICT else (b, a)
        return pending(
            "qualifier_conflict",
            ctx.severity("qualifier_conflict"),
            lambda: (
                f"{label}: {src()}; the qualifier puts one figure strictly "
                f"{'above' if bound.qualifier == 'over' else 'below'} {_fmt(bound.value)} while "
                f"the other states {_fmt(exact.value)} exactly, so they cannot both hold."
            ),
        )
    bases = [(a, ctx.base(a)), (b, ctx.base(b))]
    have_bases = bases[0][1] is not None and bases[1][1] is not None
    if have_bases:
        for c, base in bases:
            details[f"implied_base:{c.id}"] = round(base, 4)  # type: ignore[arg-type]

    def base_text() -> str:
        if not have_bases:
            return ""
        return "; the implied previous values are " + " and ".join(
            f"{_fmt(base)} ({c.document})"
            for c, base in bases  # type: ignore[arg-type]
        )

    def scoped(
        reason: str, wording: Callable[[], str], key: str = "different_scope_far"
    ) -> _Pending:
        return pending("different_scope", ctx.severity("different_scope", key), wording, reason)

    # a figure the text gives as an earlier value ("from 4.50%") or as a revision ("cut its
    # reported profit to ...") is of another vintage than a plain figure of another source
    for marked, reason, what in (
        (ctx.is_earlier, "earlier value", "an earlier value, not the current one"),
        (ctx.is_revised, "revised value", "a revision of an earlier one"),
    ):
        if a.document != b.document and marked(a) != marked(b):
            doc = (a if marked(a) else b).document
            return scoped(
                reason,
                lambda doc=doc, what=what: (
                    f"{label}: {src()}; the figures differ, but {doc} gives its figure as "
                    f"{what}{base_text()}."
                ),
            )
    sessions_differ = a.session is not None and b.session is not None and a.session != b.session
    scope_differs = rel.same is False or sessions_differ
    # Days known only by weekday name, a day apart: the figure may be misdated, so the
    # difference is worth a warning. Calendar dates that differ are an informational note.
    # A running total (a toll, the area burned) is expected to move from one day to the next.
    near = (
        scope_differs
        and rel.days is not None
        and rel.days <= rules().near_days
        and (is_weekday_only(a.when) or is_weekday_only(b.when))
        and not _evolving(group.metric)
        and "pre-listing" not in (a.session, b.session)  # a grey-market quote is no misdated close
    )
    # A source that gives both figures itself explains a difference that the days do not.
    if (
        a.document != b.document
        and (near or not scope_differs)
        and (both := _source_reports_both(a, b, ctx))
    ):
        said = _says_revision(both, a, b, ctx)
        details["revision"] = "stated" if said else "not stated"
        why = (
            "so the difference is a revision or a change over time"
            if said
            else "without saying that one revises the other: two quantities under one name, "
            "or a source contradicting itself"
        )
        return scoped(
            "reports both",
            lambda: (
                f"{label}: {src()}; the figures differ, but {both} gives both figures itself, "
                f"{why}{base_text()}."
            ),
        )
    if scope_differs:
        why = (
            "the days differ"
            if rel.same is False
            else f"one is {_SESSIONS.get(a.session or '', a.session)}, the other "
            f"{_SESSIONS.get(b.session or '', b.session)}"
        )
        if near and _chain_reconciles(a, b, ctx.by_id, tol):
            near = False
            why += ", and one day's figure is the base the other's change implies"
        return scoped(
            why,
            lambda: f"{label}: {src()}; the figures differ, but {why}{base_text()}.",
            "different_scope_near" if near else "different_scope_far",
        )
    if rel.same is None and _undated_blocks(a, b, group.metric):
        undated = sorted({c.document for c in (a, b) if c.when is None})
        who = (
            f"neither {undated[0]} nor {undated[1]} says"
            if len(undated) > 1
            else (f"{undated[0]} does not say")
        )
        return scoped(
            "undated",
            lambda: (
                f"{label}: {src()}; the figures differ, but {who} which day its figure is for"
                f"{base_text()}."
            ),
        )
    if _far_apart(a, b):
        return scoped(
            "far apart",
            lambda: (
                f"{label}: {src()}; the figures are more than {_fmt(rules().unrelated_ratio)} "
                f"times apart, more likely two different quantities under one name than a "
                f"disagreement."
            ),
        )
    factor = scale_slip(a, b, tol)
    if factor is not None:
        details["factor"] = factor
        return pending(
            "scale_mismatch",
            ctx.severity("scale_mismatch"),
            lambda: (
                f"{label}: {src()}; the figures agree but for a factor of {_fmt(factor)}, "
                f"a likely slip between scale words."
            ),
        )
    direction = ""
    if a.value * b.value < 0:
        direction = "; they disagree even on the direction"
    return pending(
        "value_mismatch",
        ctx.severity("value_mismatch"),
        lambda: (
            f"{label}: {src()}; these cannot both hold ({_fmt_interval(a, tol)} against "
            f"{_fmt_interval(b, tol)}){direction}{base_text()}."
        ),
    )


def _judge_currencies(a: Claim, b: Claim, group: Group, ctx: _Ctx) -> _Pending | None:
    """Two sources' amounts of one quantity in two currencies: ``b`` converted into ``a``'s
    currency at the reference rate of its article's year, within the band of an unstated rate
    (:mod:`reconcile.claims.money`). Beyond the band they conflict; within it, or when the days
    differ, one gives its figure as an earlier value or a revision, or the figures are so far
    apart that they are more likely two quantities, nothing is said."""
    year = ctx.years.get(b.document) or ctx.years.get(a.document) or ctx.years.get("")
    r = money.rate(b.unit, a.unit, year, ctx.settings.exchange_rates)
    if r is None or a.document == b.document:
        return None
    ia, ib = ctx.iv(a), money.convert(ctx.iv(b), r)
    if overlaps(ia, ib) or not all(map(math.isfinite, (*ia, *ib))):
        return None
    rel = relate(a.when, b.when)
    if rel.same is None and ctx.news and (on_news := _news_relation(a, b, ctx)) is not None:
        rel = on_news
    sessions = a.session is not None and b.session is not None and a.session != b.session
    if rel.same is False or sessions:
        return None
    if rel.same is None and _undated_blocks(a, b, group.metric):
        return None
    if ctx.is_earlier(a) != ctx.is_earlier(b) or ctx.is_revised(a) != ctx.is_revised(b):
        return None
    if a.value * b.value > 0:
        small, big = sorted((abs(a.value), abs(b.value * r.mid)))
        if small == 0 or big / small > rules().unrelated_ratio:
            return None
    x, y = (b, a) if b.document in ctx.focus and a.document not in ctx.focus else (a, b)

    def wording() -> str:
        return (
            f'{group.label}: {x.document} says "{ctx.q(x)}" and {y.document} says "{ctx.q(y)}"; '
            f"at {r.origin}, {r.mid:.4g} {a.unit} per {b.unit}, give or take "
            f"{money.table().band:.0%} for the unstated rate of the day, {b.text} is "
            f"{_fmt(ib[0])} to {_fmt(ib[1])} {a.unit}, against {_fmt_interval(a, 0.0)} "
            f"{a.unit}: these cannot both hold."
        )

    return _Pending(
        "value_mismatch",
        ctx.severity("value_mismatch"),
        group,
        {a.id, b.id},
        wording,
        {"rate": round(r.mid, 6), "rate_low": round(r.low, 6), "rate_high": round(r.high, 6)},
        (a.id, b.id),
        reason="currencies",
    )


def _currency_findings(groups: list[Group], ctx: _Ctx, focus: set[str] | None) -> list[Finding]:
    """Groups of one quantity (subject, metric, role, listing) in two weighable currencies set
    against each other: each source's amount in one currency against each other source's amount
    in the other, when neither source gives the quantity in both (then the figures in one
    currency are compared directly). An amount restated in brackets after another ("£2.35bn
    ($3.9bn)") is a conversion: the rate checks (:func:`rate_findings`) weigh it, not this.
    Groups of more than ``EXACT_MAX`` claims are left out."""
    siblings: dict[tuple[str, ...], list[Group]] = defaultdict(list)
    unnamed = rules().unnamed_metrics
    for g in groups:
        if g.unit and g.metric and money.weighable(g.unit) and g.metric.lower() not in unnamed:
            key = (g.subject or "", g.metric, g.role or "", g.scope or "")
            siblings[key].append(g)
    out: list[Finding] = []
    if not any(len(gs) > 1 for gs in siblings.values()):
        return out
    # an amount restated in brackets ("£2.35bn ($3.9bn)") is weighed through its original
    money_claims = [c for c in ctx.by_id.values() if c.kind == "money"]
    converted = {y.id for _x, y in restatements(money_claims, ctx.texts)}
    for _key, gs in sorted(siblings.items()):
        for g1, g2 in combinations(sorted(gs, key=lambda g: g.id), 2):
            m1 = [ctx.by_id[i] for i in g1.claims if i in ctx.by_id]
            m2 = [ctx.by_id[i] for i in g2.claims if i in ctx.by_id]
            if g1.unit == g2.unit or len(m1) > EXACT_MAX or len(m2) > EXACT_MAX:
                continue
            d1, d2 = {c.document for c in m1}, {c.document for c in m2}
            m1 = [c for c in m1 if c.id not in converted]
            m2 = [c for c in m2 if c.id not in converted]
            label = f"{g1.label} ({g1.unit} and {g2.unit})"
            pair_group = g1.model_copy(update={"label": label})
            found: list[_Pending] = []
            ctx.cross = True
            try:
                for a in m1:
                    for b in m2:
                        if a.document in d2 or b.document in d1:
                            continue  # a source giving both currencies is compared directly
                        if focus is not None and not ({a.document, b.document} & focus):
                            continue
                        x, y = (a, b) if a.id < b.id else (b, a)
                        p = _judge(x, y, pair_group, ctx)
                        if p is not None:
                            found.append(p)
            finally:
                ctx.cross = False
            deduped = _dedupe_document_pairs(found, ctx.by_id, focus, ctx.in_title)
            out += (p.finding() for p in _summarize(deduped, ctx, focus))
    return out


def _maxima_differ(a: Claim, b: Claim, tolerance: float) -> bool:
    """Two figures both given as a maximum ("up to €400", "as much as 7%") whose written
    figures differ beyond their rounding: a cap or a peak is one figure, so they conflict. A
    peak may be written rounded or cut down to its last digit ("as much as 29%" for a peak of
    29.6%, which another source rounds to 30%): each written maximum admits up to one more unit
    of its last digit."""
    maxima = rules().maxima
    if a.qualifier not in maxima or b.qualifier not in maxima:
        return False
    if a.high is None or b.high is None:
        return False
    written = []
    for c in (a, b):
        half = max(c.high - c.value, 0.0) + abs(c.value) * tolerance
        written.append((c.value - half, c.value + 3 * half))  # rounded, or cut down
    return not overlaps(*written)


def _far_apart(a: Claim, b: Claim) -> bool:
    """Two non-zero figures of one sign further apart than ``unrelated_ratio``, and not a slip
    of scale even within ``slip_window`` (fixed, so that the verdict does not depend on the
    user's tolerance: a wider tolerance then never turns a note into a conflict)."""
    if a.value * b.value <= 0:
        return False
    small, big = sorted((abs(a.value), abs(b.value)))
    rules_ = rules()
    return big / small > rules_.unrelated_ratio and scale_slip(a, b, rules_.slip_window) is None


def _same_unit(ua: str, ub: str, a: Claim, b: Claim) -> bool:
    """Equal units, or an ambiguous symbol (¥: CNY or JPY) that the other claim's unit settles."""
    return (
        ua == ub
        or (ub in a.mention.alternatives and ua in b.mention.alternatives)
        or (ub in a.mention.alternatives and not b.mention.alternatives)
        or (ua in b.mention.alternatives and not a.mention.alternatives)
    )


def _comparable_in_one_source(a: Claim, b: Claim, same: bool | None, ctx: _Ctx) -> bool:
    """One source's two figures: only body figures of the same day, neither an earlier value."""
    if a.sentence == b.sentence or not (same and is_exact_date(a.when)):
        return False
    if a.id in ctx.in_title or b.id in ctx.in_title:
        return False
    text = ctx.texts.get(a.document, "")
    pattern = rules().earlier_value
    return not any(pattern.search(text[max(0, c.span[0] - 48) : c.span[0]]) for c in (a, b))


def _points_against_percent(a: Claim, b: Claim, group: Group, ctx: _Ctx) -> _Pending | None:
    """A change in percentage points reported by another source as a percent change."""
    units = {a.mention.unit, b.mention.unit}  # as written, before any reading of the context
    if units != {"percent", "percentage_point"} or "change" not in (a.role, b.role):
        return None
    if not overlaps(ctx.iv(a), ctx.iv(b)):
        return None  # different numbers: a relative change may well match a point change
    if a.document == b.document:
        return None
    pts, pct = (a, b) if a.mention.unit == "percentage_point" else (b, a)
    return _Pending(
        "value_mismatch",
        ctx.severity("value_mismatch"),
        group,
        {a.id, b.id},
        lambda: (
            f'{group.label}: {pts.document} says "{ctx.q(pts)}" (percentage points) and '
            f'{pct.document} says "{ctx.q(pct)}" (percent); a change of {_fmt(pts.value)} '
            f"points is not a {_fmt(pct.value)}% change, so one source has the unit wrong."
        ),
        {},
    )


def _finding(
    kind: str,
    severity: Severity,
    group: Group | None,
    a: Claim,
    b: Claim,
    message: str,
    details: dict[str, int | float | str | None],
) -> Finding:
    return Finding(
        id="",
        kind=kind,  # type: ignore[arg-type]
        severity=severity,
        group=group.id if group else None,
        claims=sorted({a.id, b.id}),
        message=message,
        details=details,
    )


# ---------------------------------------------------------------- currency restatements


def restatements(claims: list[Claim], texts: dict[str, str]) -> list[tuple[Claim, Claim]]:
    """Pairs (amount, the same amount in another currency) written side by side in one text."""
    pattern = rules().restatement
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == "money":
            by_doc[c.document].append(c)
    pairs = []
    for doc, cs in by_doc.items():
        text = texts.get(doc)
        if text is None:
            continue
        cs.sort(key=lambda c: c.span)
        for x, y in pairwise(cs):
            between = text[x.span[1] : y.span[0]]
            if x.unit != y.unit and len(between) <= 16 and pattern.match(between):
                pairs.append((x, y))
    return pairs


def _ratio_interval(x: Claim, y: Claim, tol: float) -> tuple[float, float] | None:
    """x / y (e.g. units of x per unit of y) as an interval, for bounded figures, y positive."""
    (xl, xh), (yl, yh) = interval(x, tol), interval(y, tol)
    if not all(map(math.isfinite, (xl, xh, yl, yh))) or yl <= 0 or xl < 0:
        return None
    return xl / yh, xh / yl


def rate_findings(claims: list[Claim], ctx: _Ctx) -> list[Finding]:
    tol = ctx.settings.tolerance
    implied: dict[tuple[str, str], list[tuple[Claim, Claim, tuple[float, float]]]] = defaultdict(
        list
    )
    for x, y in restatements(claims, ctx.texts):
        if x.unit > y.unit:
            x, y = y, x
        r = _ratio_interval(x, y, tol)
        if r is not None:
            implied[(x.unit, y.unit)].append((x, y, r))
    findings = []
    for (ux, uy), rows in sorted(implied.items()):
        for (x1, y1, r1), (x2, y2, r2) in combinations(rows, 2):
            if x1.document == x2.document or overlaps(r1, r2):
                continue
            mid1, mid2 = (r1[0] + r1[1]) / 2, (r2[0] + r2[1]) / 2
            one_amount = overlaps(interval(x1, tol), interval(x2, tol)) or overlaps(
                interval(y1, tol), interval(y2, tol)
            )
            drift = abs(mid1 - mid2) / max(mid1, mid2) <= rules().rate_drift
            severity = "info" if drift and not one_amount else ctx.severity("arithmetic")
            message = (
                f'{ux}/{uy} rate: {x1.document} restates "{ctx.q(x1)}" as "{ctx.q(y1)}" '
                f'(about {mid1:.4g} {ux} per {uy}) but {x2.document} restates "{ctx.q(x2)}" as '
                f'"{ctx.q(y2)}" (about {mid2:.4g}); the implied exchange rates disagree.'
            )
            if severity == "info":
                message = message[:-1] + (
                    "; the amounts differ, and conversions made on different dates may differ "
                    "this much."
                )
            f = _finding(
                "arithmetic",
                severity,  # type: ignore[arg-type]
                None,
                x1,
                x2,
                message,
                {"rate_a": round(mid1, 6), "rate_b": round(mid2, 6)},
            )
            findings.append(f.model_copy(update={"claims": sorted({x1.id, y1.id, x2.id, y2.id})}))
        for x, y, r in rows:
            for row in ctx.settings.exchange_rates:
                rate = _table_rate(row, ux, uy)
                if rate is None or overlaps(r, (rate, rate)):
                    continue
                message = (
                    f'{ux}/{uy} rate: {x.document} restates "{ctx.q(x)}" as "{ctx.q(y)}", '
                    f"about {(r[0] + r[1]) / 2:.4g} {ux} per {uy}, but the rate table gives "
                    f"{rate:.4g} for {row.get('date', 'its date')}."
                )
                f = _finding(
                    "arithmetic",
                    ctx.severity("arithmetic"),
                    None,
                    x,
                    y,
                    message,
                    {"rate_text": round((r[0] + r[1]) / 2, 6), "rate_table": rate},
                )
                findings.append(f)
    return findings


def _table_rate(row: dict[str, str | float], ux: str, uy: str) -> float | None:
    """A user's rate row as units of ``ux`` per ``uy`` (rows say quote per base)."""
    base, quote_unit, rate = row.get("base"), row.get("quote"), row.get("rate")
    if not isinstance(rate, int | float) or rate <= 0:
        return None
    if (base, quote_unit) == (uy, ux):
        return float(rate)
    if (base, quote_unit) == (ux, uy):
        return 1 / float(rate)
    return None


# ---------------------------------------------------------------- arithmetic inside a sentence

_FROM = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def sentence_findings(claims: list[Claim], ctx: _Ctx) -> list[Finding]:
    """Figures that one sentence links by arithmetic and that do not add up.

    - "31%, more than three times the 9% pace": a multiplier against the two figures it relates;
    - "16,000 of the 23,000 chips, or 72%": a share against its part and whole;
    - "rose 10% to $110 from $90": a change, its level and the stated base.
    Each check runs only when the sentence holds exactly the figures it needs, so that it never
    guesses which figure a multiplier or share refers to.
    """
    tol = ctx.settings.tolerance
    by_sentence: dict[tuple[str, str, int], list[Claim]] = defaultdict(list)
    for (doc, sentence), cs in _by_sentence_text(claims).items():
        for n, instance in enumerate(_instances(cs, sentence, ctx.texts.get(doc, ""))):
            by_sentence[(doc, sentence, n)] = instance
    out: list[Finding] = []
    for (_doc, _sentence, _n), cs in sorted(by_sentence.items()):
        cs.sort(key=lambda c: c.span)
        for m in cs:
            written = m.mention.unit
            others = [c for c in cs if c is not m and c.mention.unit != "times"]
            units = {c.mention.unit for c in others}
            if len(others) != 2 or len(units) != 1:
                continue
            small, big = sorted(others, key=lambda c: abs(c.value))
            ratio = _ratio_interval(big, small, tol)
            if ratio is None or ratio[0] <= 0:
                continue
            if written == "times" and m.mention.kind == "multiplier":
                admitted = (
                    interval(m, tol) if m.unit == "times" else (_shift(interval(m, tol), 100.0))
                )
                what = f"{_fmt(ratio[0])} to {_fmt(ratio[1])} times"
            elif m.role == "share" and written == "percent" and written not in units:
                if not _share_of(m, big, ctx.texts.get(m.document, "")):
                    continue  # "46% of the vote, giving it 71 of the 140 seats"
                admitted = interval(m, tol)
                ratio = (ratio[0] ** -1 * 100, ratio[1] ** -1 * 100)[::-1]
                what = f"{_fmt(ratio[0])}% to {_fmt(ratio[1])}%"
            else:
                continue
            if overlaps(admitted, ratio):
                continue
            message = (
                f'{m.document}: "{m.sentence.strip()}" The figures do not add up: '
                f'"{small.text}" and "{big.text}" give {what}, not "{m.text}".'
            )
            out.append(
                _finding(
                    "arithmetic", ctx.severity("arithmetic"), None, m, small, message, {}
                ).model_copy(update={"claims": sorted({m.id, small.id, big.id})})
            )
        out += _base_checks(cs, ctx)
    return out


_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([A-Za-z]+)")


def _share_of(share: Claim, whole: Claim, text: str) -> bool:
    """Whether a share may be a share of ``whole``: unless it names what it is a share of ("46%
    of the vote") and the whole counts something else (140 seats)."""
    m = _OF_NOUN.match(text, share.span[1])
    if m is None or whole.kind != "count":
        return True
    noun, unit = m.group(1).lower(), whole.unit.lower()
    stem = unit.rstrip("s")
    return noun.startswith(stem) or stem.startswith(noun.rstrip("s"))


def _by_sentence_text(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.sentence:
            out[(c.document, c.sentence)].append(c)
    return out


def _instances(cs: list[Claim], sentence: str, text: str) -> list[list[Claim]]:
    """The claims of each occurrence of a sentence that a text repeats (a live blog restates its
    lines): figures of two occurrences are never one sentence's arithmetic, and taking them
    together would cost the square of the repeats. Claims fall in the occurrence they lie in;
    where the text does not hold the sentence as written, claims farther apart than the
    sentence is long start a new occurrence."""
    cs = sorted(cs, key=lambda c: c.span)
    if len(cs) <= 3:
        return [cs]
    starts, at = [], text.find(sentence)
    while at >= 0:
        starts.append(at)
        at = text.find(sentence, at + 1)
    groups: dict[int, list[Claim]] = defaultdict(list)
    if starts:
        for c in cs:
            groups[max(0, bisect.bisect_right(starts, c.span[0]) - 1)].append(c)
        return list(groups.values())
    out: list[list[Claim]] = [[cs[0]]]
    for c in cs[1:]:
        if c.span[0] - out[-1][0].span[0] > len(sentence):
            out.append([])
        out[-1].append(c)
    return out


def _shift(iv: tuple[float, float], percent: float) -> tuple[float, float]:
    """A percent change read back as a multiple: +200% is 3 times."""
    return (iv[0] + percent) / 100, (iv[1] + percent) / 100


def _base_checks(cs: list[Claim], ctx: _Ctx) -> list[Finding]:
    tol = ctx.settings.tolerance
    text = ctx.texts.get(cs[0].document, "") if cs else ""
    out = []
    for level in cs:
        ch = _change_of(level, ctx.by_id)
        if ch is None or ch.low is None or ch.high is None:
            continue
        bases = [
            b
            for b in cs
            if b.unit == level.unit
            and b is not level
            and _FROM.search(text[max(0, b.span[0] - 12) : b.span[0]])
        ]
        if len(bases) != 1 or level.low is None or level.high is None:
            continue
        if min(ch.low, ch.high) <= -100:
            continue
        implied = (level.low / (1 + ch.high / 100), level.high / (1 + ch.low / 100))
        if overlaps(interval(bases[0], tol), implied):
            continue
        message = (
            f'{level.document}: "{ctx.q(ch)}" from "{bases[0].text}" does not add up: '
            f"{level.text} after a change of {ch.text} implies a base of about "
            f"{_fmt(level.value / (1 + ch.value / 100))}, not {bases[0].text}."
        )
        out.append(
            _finding(
                "arithmetic", ctx.severity("arithmetic"), None, ch, level, message, {}
            ).model_copy(update={"claims": sorted({ch.id, level.id, bases[0].id})})
        )
    return out


# ---------------------------------------------------------------- merging and the entry point


def _merge_linked(findings: list[Finding], by_id: dict[str, Claim]) -> list[Finding]:
    """One finding per event: a level pair and its linked change pair become one finding.

    Findings whose claims, with the claims linked to them (a change and its level), cover the
    same set are one event: the most severe is kept and names the claims of all of them. An event
    takes at most one finding of each group. A finding alone keeps its own claims: an agreeing
    linked figure is not part of a conflict.
    """
    events: dict[frozenset[str], list[Finding]] = defaultdict(list)
    for f in findings:
        ids = set(f.claims)
        if f.group is not None:
            for i in f.claims:
                ids.update(j for j in by_id[i].linked if j in by_id) if i in by_id else None
        events[frozenset(ids)].append(f)
    out = []
    for members in events.values():
        # one finding per group in each event: two findings of one group that name the same
        # sources (an error for one day, a warning for the next) are two statements
        events_here: list[list[Finding]] = []
        for f in sorted(members, key=lambda f: (_SEVERITY_RANK[f.severity], f.message)):
            home = next(
                (e for e in events_here if f.group is None or all(g.group != f.group for g in e)),
                None,
            )
            if home is None:
                events_here.append([f])
            else:
                home.append(f)
        for event in events_here:
            claims = sorted({i for f in event for i in f.claims})
            evidence = [e for f in event for e in f.evidence]
            out.append(event[0].model_copy(update={"claims": claims, "evidence": evidence}))
    return out


def _annotate(pending: list[_Pending], by_id: dict[str, Claim], focus: set[str] | None) -> None:
    """Set each finding's documents and, with a focus, its one claim in focus (a draft's figure)."""
    for p in pending:
        ca, cb = (by_id[i] for i in p.pair)
        p.docs = (
            (ca.document,)
            if ca.document == cb.document
            else tuple(sorted((ca.document, cb.document)))
        )
        if focus is not None and (ca.document in focus) != (cb.document in focus):
            p.mine = ca.id if ca.document in focus else cb.id


def _dedupe_document_pairs(
    pending: list[_Pending],
    by_id: dict[str, Claim],
    focus: set[str] | None = None,
    in_title: set[str] | frozenset[str] = frozenset(),
) -> list[_Pending]:
    """Within a group, several claims of one source against another make one finding; with a
    focus, one per claim of the draft (each figure of a draft gets its own finding, on its line).

    Only the first finding of each kind and severity for a pair of sources is worded.
    """
    _annotate(pending, by_id, focus)
    out: dict[tuple[object, ...], _Pending] = {}
    for p in pending:
        key = (p.group.id, p.kind, p.severity, p.reason, p.docs, p.mine)
        first = out.get(key)
        if first is None:
            out[key] = p
            continue
        # the pair that sorts first words the finding, whatever order the pairs came in
        keep, other = (p, first) if p.pair < first.pair else (first, p)
        keep.claims |= other.claims
        out[key] = keep
    for p in out.values():
        p.claims -= _headline_twins(p.claims, by_id, in_title)
    return list(out.values())


def _headline_twins(ids: set[str], by_id: dict[str, Claim], in_title: set[str]) -> set[str]:
    """Headline figures that repeat a body figure of their own document in the same finding
    (the headline's "18,300 acres" beside the body's): the body figure speaks for both."""
    body = [by_id[i] for i in ids if i not in in_title]
    return {
        i
        for i in ids & in_title
        if any(
            c.document == by_id[i].document and overlaps(interval(c), interval(by_id[i]))
            for c in body
        )
    }


def _summarize(pending: list[_Pending], ctx: _Ctx, focus: set[str] | None) -> list[_Pending]:
    """One finding per source that disagrees, not one per pair of sources.

    Within a group, the findings of one kind and severity form a graph over sources. Each edge
    is given to the source that stands out: a document in ``focus`` (the draft) first, else the
    source in the most such findings (an outlier disagrees with many; each of the many disagrees
    with it alone), ties to the smaller id; with a focus, each figure of the draft apart. A
    source's edges make one finding, worded by its pair
    that sorts first and naming the other sources after it ("the same goes for 41 other
    sources"); ``details["source"]`` names it. The result does not depend on the order of
    ``pending``, and with a focus the pairs of sources in conflict are the same as without
    (see ``conflict_pairs``): only how they are summarized differs.
    """
    degree: Counter[tuple[object, ...]] = Counter()
    for p in pending:
        for d in p.docs:
            degree[(p.group.id, p.kind, p.severity, p.reason, d)] += 1

    def rank(p: _Pending, d: str) -> tuple[bool, int, str]:
        own = degree[(p.group.id, p.kind, p.severity, p.reason, d)]
        return (focus is None or d not in focus, -own, d)

    stars: dict[tuple[object, ...], list[_Pending]] = defaultdict(list)
    for p in pending:
        anchor = p.docs[0] if len(p.docs) == 1 else min(p.docs, key=lambda d: rank(p, d))
        key = (p.group.id, p.kind, p.severity, p.reason, anchor, p.mine)
        stars[key].append(p)
    out = []
    for (_g, _k, _s, _r, anchor, _c), members in stars.items():
        members.sort(key=lambda p: p.pair)
        evidence = [p.as_evidence() for p in members]
        head = members[0]
        head.evidence = evidence
        head.source = anchor
        for p in members[1:]:
            head.claims |= p.claims
            other = [i for i in p.pair if ctx.by_id[i].document != anchor] or list(p.pair)
            head.also.append(ctx.by_id[other[0]])
        head.quoter = ctx.q
        out.append(head)
    return out


def conflict_pairs(findings: Iterable[Finding]) -> set[tuple[str, str, frozenset[str]]]:
    """(kind, severity, pair of documents) for every pair of sources a finding sets against
    each other: its ``source`` against each other document it names."""
    out = set()
    for f in findings:
        if f.evidence:  # a group's verdict lists the pairs it stands on
            out |= {
                (e.kind, e.severity, frozenset(i.rsplit("#", 1)[0] for i in e.claims))
                for e in f.evidence
            }
            continue
        docs = {i.rsplit("#", 1)[0] for i in f.claims}
        src = f.details.get("source")
        if not isinstance(src, str) or src not in docs:
            out |= {(f.kind, f.severity, frozenset(docs))}
            continue
        out |= {(f.kind, f.severity, frozenset((src, d))) for d in docs - {src}}
        if docs == {src}:
            out.add((f.kind, f.severity, frozenset(docs)))
    return out


def compare_groups(
    groups: list[Group],
    claims: list[Claim],
    settings: Settings | None = None,
    documents: list[Document] | None = None,
    focus: set[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Finding]:
    """All findings for ``groups`` of ``claims``, the same for the input in any order.

    ``focus``: document ids; when given, only findings that involve one of them are made (the
    pre-publish check compares a draft with its sources, not the sources with each other).
    """
    settings = settings or Settings()
    docs = documents or []
    refs = references(docs)
    claims = anchor_times(claims, docs, refs)
    by_id = {c.id: c for c in claims}
    texts = {d.id: d.text for d in docs}
    title_ends = {d.id: _title_end(d.text, d.title) for d in docs}
    in_title = {c.id for c in claims if c.span[1] <= title_ends.get(c.document, -1)}
    ctx = _Ctx(settings, by_id, texts, in_title, frozenset(focus or ()))
    ctx.news = news_days(claims, refs)
    ctx.years = {doc: day.year for doc, day in refs.items() if day is not None}
    if ctx.years:
        ctx.years[""] = Counter(ctx.years.values()).most_common(1)[0][0]  # the run's year
    findings: list[Finding] = []
    for n, g in enumerate(groups):
        if progress is not None and n % 50 == 0 and n:
            progress(f"comparing: {n} of {len(groups)} groups")
        members = sorted((by_id[i] for i in g.claims if i in by_id), key=lambda c: c.id)
        members = _headlines_take_body_times(members, in_title, settings.tolerance)
        ctx.by_id.update((c.id, c) for c in members)
        ctx.group_by_doc = defaultdict(list)
        ctx.reports = {}
        for c in members:
            ctx.group_by_doc[c.document].append(c)
        if len(members) > EXACT_MAX:  # the same pairs for a report and a check (see there)
            pairs = iter(_representative_pairs(members, ctx, focus))
            if focus is not None:
                pairs = (p for p in pairs if p[0].document in focus or p[1].document in focus)
        elif focus is None:
            pairs = combinations(members, 2)
        else:
            mine = [c for c in members if c.document in focus]
            pairs = (
                (a, b)
                for a in mine
                for b in members
                if b.document not in focus or a.id < b.id
                if a.id != b.id
            )
        found: list[_Pending] = []
        for a, b in pairs:
            a, b = (a, b) if a.id < b.id else (b, a)
            f = _judge(a, b, g, ctx)
            if f is not None:
                found.append(f)
        # summarized and worded group by group, so that memory holds one group's pairs at most
        deduped = _dedupe_document_pairs(found, by_id, focus, in_title)
        if focus is None:  # a report: one verdict per group
            findings += _verdicts(g, members, deduped, ctx)
        else:  # a check: one finding per figure of the draft and kind of disagreement
            findings += (p.finding() for p in _summarize(deduped, ctx, focus))
    findings += _currency_findings(groups, ctx, focus)
    findings = _merge_linked(findings, by_id)
    ordered = sorted(claims, key=lambda c: c.id)
    in_focus = ordered if focus is None else [c for c in ordered if c.document in focus]
    extra = rate_findings(ordered, ctx) + sentence_findings(in_focus, ctx)
    if focus is not None:
        extra = [f for f in extra if any(by_id[i].document in focus for i in f.claims)]
    findings += extra
    off = {k for k, v in settings.severity.items() if v == "off"}
    findings = [f for f in findings if f.kind not in off]
    findings.sort(key=lambda f: (_SEVERITY_RANK[f.severity], f.kind, f.claims))
    return [f.model_copy(update={"id": f"f{i + 1}"}) for i, f in enumerate(findings)]


EXACT_MAX = 48  # claims of a group judged pair by pair; above, each against its slot's reference
ODD_MAX = 12  # odd figures of a large group's slot judged against each other, at most


def _representative_pairs(
    members: list[Claim], ctx: _Ctx, focus: set[str] | None = None
) -> list[tuple[Claim, Claim]]:
    """The pairs judged in a large group (more than ``EXACT_MAX`` claims), by a report and by a
    check alike, so that the work grows with the number of claims, not with its square.

    Claims are put in slots by time and session; in each slot, claims whose intervals meet form
    camps (see ``camps``). The slot's reference is the first claim of its largest camp (the
    figure most of its sources give). Every other claim of the slot is judged against it; the
    claims outside the reference's camp (the odd figures) are judged against each other too when
    there are at most ``ODD_MAX`` of them; and each slot's reference is judged against the main
    one (the reference of the slot with the most sources: that is how figures of different days
    meet). The pairs depend on the group alone, never on a focus: a check judges those that hold
    a claim of the draft, so that a check and a report give the same verdict on every pair of
    sources. Not judged: a claim of a reference camp against the other claims of its camp or the
    odd figures (its reference speaks for it), and odd figures against each other when they are
    too many to be odd (then the slot holds no figure most sources agree on).

    With a ``focus`` (document ids), the slots that hold no claim of it are passed over (none of
    their pairs could hold one), unless the main claim is the focus's; the caller keeps the pairs
    that hold a claim of the focus.
    """
    slots: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in members:
        slots[(c.when or "", c.session or "")].append(c)
    ranked = sorted(
        ((len({c.document for c in cs}), "\x1f".join(key), cs) for key, cs in slots.items()),
        key=lambda r: (-r[0], r[1]),
    )
    main_camps = camps(ranked[0][2], ctx)
    main = main_camps[0].head
    if focus is not None and main.document not in focus:  # (the main meets every slot)
        ranked = ranked[:1] + [r for r in ranked[1:] if any(c.document in focus for c in r[2])]
    pairs: list[tuple[Claim, Claim]] = []
    for n, (_n, _key, cs) in enumerate(ranked):
        found = main_camps if n == 0 else camps(cs, ctx)
        ref = found[0].head
        if ref is not main:
            pairs.append((ref, main))
        pairs += [(c, ref) for k in found for c in k.claims if c is not ref]
        odd = [c for k in found[1:] for c in k.claims]
        if len(odd) <= ODD_MAX:
            pairs += combinations(odd, 2)
    return pairs


def _headlines_take_body_times(members: list[Claim], in_title: set[str], tol: float) -> list[Claim]:
    """A headline's undated figure takes the time of the same figure in its own body."""
    out = []
    for c in members:
        if c.id in in_title and c.when is None:
            twin = next(
                (
                    o
                    for o in members
                    if o.document == c.document
                    and o.id not in in_title
                    and o.when
                    and overlaps(interval(o, tol), interval(c, tol))
                ),
                None,
            )
            if twin is not None:
                c = c.model_copy(update={"when": twin.when})
        out.append(c)
    return out


def _source_reports_both(a: Claim, b: Claim, ctx: _Ctx) -> str | None:
    """A source that gives both figures itself (a revision, an earlier count) explains them."""
    for mine, other in ((a, b), (b, a)):
        key = (mine.document, other.unit, ctx.iv(other), other.when)  # sources share figures
        found = ctx.reports.get(key)
        if found is None:  # the first two of the source's claims that match ``other``
            found = ctx.reports[key] = [
                c.id
                for c in ctx.group_by_doc.get(mine.document, ())
                if c.unit == other.unit
                and overlaps(ctx.iv(c), ctx.iv(other))
                and relate(c.when, other.when).same is not False  # this year's, not next year's
            ][:2]
        if any(i != mine.id for i in found):
            return mine.document
    return None


def references(documents: list[Document]) -> dict[str, dt.date | None]:
    """Each document's day: its publication date, else its dateline's ("Sept. 24"), else a
    header line's weekday and day ("Updated Wednesday, Aug. 12", "DIGEST - Tuesday 3 February").
    A day without a year takes the year the run's dated documents share (for a header line, the
    year in which the day falls on the weekday it names)."""
    years = Counter(d.published.year for d in documents if d.published)
    year = years.most_common(1)[0][0] if years else None
    ranked = [y for y, _n in years.most_common()]
    return {
        d.id: d.published
        or dateline_date(d.dateline, year)
        or (header_day(d.text, ranked) if ranked else None)
        for d in documents
    }


def _says_revision(doc: str, a: Claim, b: Claim, ctx: _Ctx) -> bool:
    """Whether ``doc``, which gives both figures of a pair, says one revises or follows the
    other: a word of [revision] in the sentence of one of its figures that match ``a`` or
    ``b`` ("revised", "earlier", "later", "up from", "initially")."""
    pattern = rules().revision
    for c in ctx.group_by_doc.get(doc, ()):
        if not (overlaps(ctx.iv(c), ctx.iv(a)) or overlaps(ctx.iv(c), ctx.iv(b))):
            continue
        if pattern.search(c.sentence or ctx._lead(c, 80)):
            return True
    return False


def anchor_times(
    claims: list[Claim],
    documents: list[Document],
    refs: dict[str, dt.date | None] | None = None,
) -> list[Claim]:
    """Place weekday names on the calendar where the document's day (:func:`references`)
    allows: "on Tuesday" in an article of Wednesday 12 August is 11 August.

    An undated running total (a toll, homes destroyed) takes its article's date, unless its
    sentence puts it at another time ([news_day] in the rules: "a year earlier", "last week").
    Claims whose time cannot be placed are returned unchanged.
    """
    years = Counter(d.published.year for d in documents if d.published)
    year = years.most_common(1)[0][0] if years else None
    if refs is None:
        refs = references(documents)
    pattern = rules().other_time

    def other(c: Claim) -> bool:  # "a year earlier", "last week": not the article's day
        return pattern.search(c.sentence) is not None

    out = []
    for c in claims:
        when = c.when
        ref = refs.get(c.document)
        if when is None and ref is not None and _evolving(c.metric) and not other(c):
            when = ref.isoformat()  # a running total stands as of its article's date
        if ref is not None:
            when = anchor_weekday(when, ref)
            if when and when.startswith("--") and year is not None:
                when = f"{ref.year}{when[1:]}" if when[1:] == ref.strftime("-%m-%d") else when
        out.append(c if when == c.when else c.model_copy(update={"when": when}))
    return out


def news_days(claims: list[Claim], refs: dict[str, dt.date | None]) -> dict[str, dt.date]:
    """The news day of each undated market figure ([time_sensitive] daily) in an article whose
    day is known: the last trading session on or before that day, unless its sentence puts it at
    another time ("a year earlier", "last week", a forecast: [news_day] in the rules)."""
    out = {}
    other = rules().other_time
    for c in claims:
        if c.when is not None or not _daily(c.metric):
            continue
        ref = refs.get(c.document)
        if ref is None or other.search(c.sentence):
            continue
        out[c.id] = trading_day(ref)
    return out


def _news_relation(a: Claim, b: Claim, ctx: _Ctx) -> TimeRelation | None:
    """How an undated market figure's news day relates to the other figure's time, or None
    when the news day does not settle it.

    Two news days: the same session when equal; different days when more than one session
    apart; unknown otherwise (an article of the morning after may give the evening's close).
    A news day against a stated day: different when the day comes after it or more than one
    session before it; unknown otherwise (an undated figure beside another source's dated one
    may be of another session that day: intraday, or the close; seen on development data)."""
    na, nb = ctx.news.get(a.id), ctx.news.get(b.id)
    if na is None and nb is None:
        return None
    if na is not None and nb is not None:
        gap = sessions_apart(na, nb)
        if gap == 0:
            return TimeRelation(True, 0)
        return TimeRelation(False, abs((na - nb).days)) if gap > 1 else None
    news, other = (na, b) if na is not None else (nb, a)
    w = parse(other.when) if other.when else None
    if w is None or w.kind != "day" or w.first is None:
        return None
    day = w.first
    if day > news or sessions_apart(trading_day(day), news) > 1:
        return TimeRelation(False, abs((day - news).days))
    return None


def _title_end(text: str, title: str | None = None) -> int:
    """End offset of a document's headline: its title's line when the text holds it (a
    "Published:" line may come first), else its first non-empty line."""
    at = text.find(title) if title else -1
    if at >= 0 and (nl := text.find("\n", at)) >= 0:
        return nl  # (a text of one line has no headline apart from its body)
    stripped = len(text) - len(text.lstrip())
    nl = text.find("\n", stripped)
    return 0 if nl < 0 else nl


# ---------------------------------------------------------------- one verdict per group

_NAMED = 4  # sources named in a list before the rest are counted


def _names(docs: list[str]) -> str:
    """ "a, b and c"; "a, b, c, d and 7 more"."""
    if len(docs) <= _NAMED + 1:
        return docs[0] if len(docs) == 1 else ", ".join(docs[:-1]) + f" and {docs[-1]}"
    return ", ".join(docs[:_NAMED]) + f" and {len(docs) - _NAMED} more"


@dataclass
class _Camp:
    """Claims of a group that give one figure (their intervals meet, link by link)."""

    claims: list[Claim]
    docs: list[str]

    @property
    def head(self) -> Claim:
        return self.claims[0]


def camps(claims: list[Claim], ctx: _Ctx) -> list[_Camp]:
    """The figures the claims give: claims whose intervals meet (directly or through another
    claim) make one camp. Largest first (by sources), then by the first claim's id; a sweep over
    the intervals sorted by their lower bound, so n log n for n claims."""
    out: list[_Camp] = []
    by_unit: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_unit[c.unit].append(c)
    for _unit, cs in sorted(by_unit.items()):
        cs.sort(key=lambda c: (ctx.iv(c)[0], c.id))
        current: list[Claim] = []
        start = reach = -math.inf
        for c in cs:
            lo, hi = ctx.iv(c)
            if current and not overlaps((lo, hi), (start, reach)):
                out.append(_camp(current))
                current = []
            if not current:
                start, reach = lo, hi
            current.append(c)
            reach = max(reach, hi)
        if current:
            out.append(_camp(current))
    out.sort(key=lambda k: (-len(k.docs), k.head.id))
    return out


def _camp(claims: list[Claim]) -> _Camp:
    ordered = sorted(claims, key=lambda c: c.id)
    return _Camp(ordered, sorted({c.document for c in ordered}))


def _lineup(kept: list[_Camp], ctx: _Ctx) -> str:
    """How the sources line up, or "" when two sources disagree (the pair's wording says it)."""
    n = len({d for k in kept for d in k.docs})
    if len(kept) < 2 or n < 3:
        return ""
    first, second = kept[0], kept[1]

    def said(k: _Camp) -> str:
        return f'{_names(k.docs)} ("{ctx.q(k.head)}")'

    if len(first.docs) > len(second.docs):
        odd = sorted({d for k in kept[1:] for d in k.docs})
        shown = "; ".join(said(k) for k in kept[1 : 1 + _NAMED])
        more = f"; and {len(kept) - 1 - _NAMED} other figures" if len(kept) - 1 > _NAMED else ""
        verb = "disagrees" if len(odd) == 1 else "disagree"
        return (
            f"{len(first.docs)} of {n} sources agree on {first.head.text} "
            f"({_names(first.docs)}); {len(odd)} {verb}: {shown}{more}"
        )
    if all(len(k.docs) == 1 for k in kept):
        shown = "; ".join(said(k) for k in kept[:_NAMED])
        more = f"; and {len(kept) - _NAMED} more" if len(kept) > _NAMED else ""
        return f"no two of the {n} sources agree: {shown}{more}"
    shown = "; ".join(f"{k.head.text} ({_names(k.docs)})" for k in kept[:_NAMED])
    more = f"; and {len(kept) - _NAMED} smaller camps" if len(kept) > _NAMED else ""
    return f"the {n} sources split into {len(kept)} camps: {shown}{more}"


_TIMELINE_REASONS = ("the days differ", "one is ")


def _timeline(pending: list[_Pending], ctx: _Ctx) -> str:
    """Figures of different days or sessions, in time order: "Mon: HK$138.0 (a); ..."."""
    claims = [
        ctx.by_id[i] for i in sorted({i for p in pending for i in p.claims}) if i in ctx.by_id
    ]
    slots: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        slots[(c.when or "", c.session or "")].append(c)
    parts = []
    for (when, session), cs in sorted(slots.items()):
        cs.sort(key=lambda c: c.id)
        figures = ", ".join(dict.fromkeys(c.text for c in cs))
        label = when_words(when or None) + (f", {session}" if session else "")
        parts.append(f"{label}: {figures} ({_names(sorted({c.document for c in cs}))})")
    shown = "; ".join(parts[:6]) + (f"; and {len(parts) - 6} more" if len(parts) > 6 else "")
    return f"the figures form a timeline ({shown}); they differ, but their days or sessions differ"


def _verdicts(g: Group, members: list[Claim], pending: list[_Pending], ctx: _Ctx) -> list[Finding]:
    """One finding for a group: how its sources line up, worded around its worst pair.

    The pairs of sources in disagreement stay in the finding's ``evidence``; the finding names
    the claims of the pairs at its own severity (an info note: every pair's).
    """
    if not pending:
        return []
    pending.sort(key=lambda p: (_SEVERITY_RANK[p.severity], p.kind, p.pair))
    head = pending[0]
    worst = [p for p in pending if p.severity == head.severity]
    claims = sorted({i for p in worst for i in p.claims})
    details: dict[str, int | float | str | None] = dict(head.details)
    involved = [ctx.by_id[i] for i in claims if i in ctx.by_id]
    details["sources"] = len({c.document for c in involved})
    details["pairs"] = len(pending)
    label = g.label
    rest = head.wording().removeprefix(f"{label}: ")
    if head.severity == "info" and all(p.reason.startswith(_TIMELINE_REASONS) for p in worst):
        message = f"{label}: {_timeline(worst, ctx)}." if len(worst) > 1 else head.wording()
    elif head.severity == "info":
        others = len(worst) - 1
        tail = f" The same goes for {others} other pair{'s' if others != 1 else ''} of sources."
        message = head.wording() + (tail if others else "")
    else:
        # the lineup is told for the time of the worst pair; other times are counted
        slot = {(ctx.by_id[i].when, ctx.by_id[i].session) for i in head.pair if i in ctx.by_id}
        here = [c for c in involved if (c.when, c.session) in slot]
        kept = _agreeing(here, members, ctx)
        lineup = _lineup(kept, ctx)
        details["camps"] = len(kept)
        elsewhere = {c.document for c in involved} - {d for k in kept for d in k.docs}
        if lineup and elsewhere:
            lineup += (
                f"; {len(elsewhere)} more source{'s' if len(elsewhere) != 1 else ''} disagree "
                "for other days or sessions"
            )
        message = f"{label}: {lineup}; for instance, {rest}" if lineup else head.wording()
    return [
        Finding(
            id="",
            kind=head.kind,  # type: ignore[arg-type]
            severity=head.severity,
            group=g.id,
            claims=claims,
            message=message,
            details=details,
            evidence=[p.as_evidence() for p in pending],
        )
    ]


def _agreeing(involved: list[Claim], members: list[Claim], ctx: _Ctx) -> list[_Camp]:
    """The camps of the figures in disagreement, with every other source of the group that gives
    one of them for the same time (or with no time, where they have none)."""
    whens = {c.when for c in involved}
    docs = {c.document for c in involved}
    ids = {c.id for c in involved}
    pool = list(involved) + [
        c
        for c in members
        if c.id not in ids
        and c.document not in docs
        and c.when in whens
        and c.id not in ctx.in_title
    ]
    found = camps(pool, ctx)
    # only camps that hold a figure in disagreement (a member alone agrees with nobody here)
    return [k for k in found if any(c.id in ids for c in k.claims)]
