"""Currencies: amounts restated in another currency (the rates they imply must agree) and groups of
one quantity in two currencies weighed through a reference rate."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from itertools import combinations, pairwise
from typing import TYPE_CHECKING

from reconcile.claims import money
from reconcile.claims.models import Claim, Finding, Group
from reconcile.compare.arithmetic import ratio_interval
from reconcile.compare.context import Pending, pair_finding
from reconcile.compare.intervals import interval, overlaps
from reconcile.compare.news_day import news_relation
from reconcile.compare.rules import comparison_toml, rules, undated_blocks
from reconcile.compare.selection import EXACT_MAX
from reconcile.compare.summary import dedupe_document_pairs, summarize
from reconcile.compare.wording import fmt, fmt_interval
from reconcile.time.values import (
    relate,
)

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx


def _judge_currencies(
    a: Claim,
    b: Claim,
    group: Group,
    ctx: Ctx,
    pool: Sequence[Claim] = (),
) -> Pending | None:
    """Two sources' amounts of one quantity in two currencies: ``b`` converted into ``a``'s
    currency at the reference rate of its article's year, within the band of an unstated rate
    (:mod:`reconcile.claims.money`). Beyond the band they conflict; within it, or when the days
    differ, one gives its figure as an earlier value or a revision, the figures are so far
    apart that they are more likely two quantities, or one source gives, beside its own, an
    amount of ``pool`` (the quantity's amounts in either currency) that meets the other's
    (see :func:`_gives_other`), nothing is said."""
    year = ctx.years.get(b.document) or ctx.years.get(a.document) or ctx.years.get("")
    r = money.rate(b.unit, a.unit, year, ctx.settings.exchange_rates)
    if r is None or a.document == b.document:
        return None
    ia, ib = ctx.iv(a), money.convert(ctx.iv(b), r)
    if overlaps(ia, ib) or not all(map(math.isfinite, (*ia, *ib))):
        return None
    if _gives_other(a, b, pool, year, ctx) or _gives_other(b, a, pool, year, ctx):
        return None
    rel = relate(a.when, b.when)
    if rel.same is None and ctx.news and (on_news := news_relation(a, b, ctx)) is not None:
        rel = on_news
    sessions = a.session is not None and b.session is not None and a.session != b.session
    if rel.same is False or sessions:
        return None
    if rel.same is None and undated_blocks(a, b, group.metric):
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
            f"{fmt(ib[0])} to {fmt(ib[1])} {a.unit}, against {fmt_interval(a, 0.0)} "
            f"{a.unit}: these cannot both hold."
        )

    return Pending(
        "value_mismatch",
        ctx.severity("value_mismatch"),
        group,
        {a.id, b.id},
        wording,
        {"rate": round(r.mid, 6), "rate_low": round(r.low, 6), "rate_high": round(r.high, 6)},
        (a.id, b.id),
        reason="currencies",
    )


def _gives_other(
    mine: Claim, other: Claim, pool: Sequence[Claim], year: int | None, ctx: Ctx
) -> bool:
    """Whether ``mine``'s source gives, beside ``mine``, another amount of the quantity that
    meets ``other`` once converted: the source then gives both figures ("fined a record €3.1bn
    ... a year earlier it was fined €1.9bn" against another's "$3.6 billion fine"), and its
    own second figure is another amount under the same name (an earlier fine, another deal),
    as a source giving both figures in one currency explains them (``revisions``)."""
    for c in pool:
        if c.document != mine.document or c.id == mine.id or c.value == mine.value:
            continue
        if c.unit == other.unit:
            ic: tuple[float, float] | None = ctx.iv(c)
        else:
            r = money.rate(c.unit, other.unit, year, ctx.settings.exchange_rates)
            ic = None if r is None else money.convert(ctx.iv(c), r)
        if ic is not None and overlaps(ic, ctx.iv(other)):
            return True
    return False


@cache
def _rate_quote() -> re.Pattern[str]:
    return re.compile(comparison_toml()["restatement"]["rate_quote_pattern"])


def two_currencies(a: Claim, b: Claim, group: Group, ctx: Ctx) -> Pending | None:
    """Two sources' amounts of one group in two weighable currencies ("€75m" and "£107
    million" for one pay packet): weighed through the reference rate as amounts of sibling
    groups are (:func:`currency_findings`), unless either amount is a conversion written beside
    its original (the rate checks weigh it) or either source gives the group's quantity in the
    other's currency too (then the amounts of one currency are compared directly)."""
    if a.kind != "money" or b.kind != "money" or a.unit == b.unit or a.document == b.document:
        return None
    if not (money.weighable(a.unit) and money.weighable(b.unit)):
        return None
    if (group.metric or "").lower() in rules().unnamed_metrics:
        return None
    restated = _restated(ctx)
    if a.id in restated or b.id in restated:
        return None
    if any(_rate_quote().search(c.sentence) for c in (a, b)):
        return None  # "($1 = 0.7905 pounds)": the price of a currency, no amount of the story
    for mine, other in ((a, b), (b, a)):
        if any(c.unit == other.unit for c in ctx.group_by_doc.get(mine.document, ())):
            return None
    pool = [*ctx.group_by_doc.get(a.document, ()), *ctx.group_by_doc.get(b.document, ())]
    return _judge_currencies(a, b, group, ctx, pool)


def currency_findings(groups: list[Group], ctx: Ctx, focus: set[str] | None) -> list[Finding]:
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
            pool = m1 + m2
            if g1.unit == g2.unit or len(m1) > EXACT_MAX or len(m2) > EXACT_MAX:
                continue
            d1, d2 = {c.document for c in m1}, {c.document for c in m2}
            m1 = [c for c in m1 if c.id not in converted]
            m2 = [c for c in m2 if c.id not in converted]
            label = f"{g1.label} ({g1.unit} and {g2.unit})"
            pair_group = g1.model_copy(update={"label": label})
            found: list[Pending] = []
            for a in m1:
                for b in m2:
                    if a.document in d2 or b.document in d1:
                        continue  # a source giving both currencies is compared directly
                    if focus is not None and not ({a.document, b.document} & focus):
                        continue
                    x, y = (a, b) if a.id < b.id else (b, a)
                    p = _judge_currencies(x, y, pair_group, ctx, pool)
                    if p is not None:
                        found.append(p)
            deduped = dedupe_document_pairs(found, ctx.by_id, focus, ctx.in_title)
            out += (p.finding() for p in summarize(deduped, ctx, focus))
    return out


def side_by_side(
    claims: list[Claim],
    texts: dict[str, str],
    kind: str,
    between: re.Pattern[str],
    max_between: int,
) -> list[tuple[Claim, Claim]]:
    """Pairs of consecutive figures of ``kind`` in one text, in different units, with at most
    ``max_between`` characters between them that ``between`` matches ("380 billion yuan
    (~$53B)", "9mm (0.35in)")."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.kind == kind:
            by_doc[c.document].append(c)
    pairs = []
    for doc, cs in by_doc.items():
        text = texts.get(doc)
        if text is None:
            continue
        cs.sort(key=lambda c: c.span)
        for x, y in pairwise(cs):
            gap = text[x.span[1] : y.span[0]]
            if x.unit != y.unit and len(gap) <= max_between and between.match(gap):
                pairs.append((x, y))
    return pairs


def restatements(claims: list[Claim], texts: dict[str, str]) -> list[tuple[Claim, Claim]]:
    """Pairs (amount, the same amount in another currency) written side by side in one text."""
    return side_by_side(claims, texts, "money", rules().restatement, 16)


def _restated(ctx: Ctx) -> dict[str, list[str]]:
    """Each amount written beside itself in another currency, with the other amounts (both
    ways: "Rs 400 crore ($49 million)" and "$48 million (₹4 billion)")."""
    if ctx.restated is None:
        ctx.restated = defaultdict(list)
        money_claims = sorted(
            (c for c in ctx.by_id.values() if c.kind == "money"), key=lambda c: c.id
        )
        for x, y in restatements(money_claims, ctx.texts):
            ctx.restated[x.id].append(y.id)
            ctx.restated[y.id].append(x.id)
    return ctx.restated


def unstated_rate(a: Claim, b: Claim, ctx: Ctx) -> str | None:
    """Why two amounts of one currency that differ (or that a qualifier sets apart: "just under
    $49 million" against "$49 million") may be one amount converted at two rates, or None.

    One figure is written, by its source or by another, beside the amount in another currency
    ("$48 million (₹4 billion)"): a conversion, as precise as the rate. The other figure is
    written, by some source, beside the same original amount ("Rs 400 crore ($49 million)"):
    the difference is the rate, not the amount. The reference rate of the article's year is
    not enough: give or take the band of an unstated rate (10%) it excused real conflicts
    (measured on 2026-12-04: four conflicts lost on the development sets, one on the
    fixtures)."""
    if a.kind != "money" or a.unit != b.unit or a.document == b.document:
        return None
    found = _restated(ctx)
    restated = [c for i in sorted(found) if (c := ctx.by_id.get(i)) is not None]
    for mine, other in ((a, b), (b, a)):
        # the figure as some source writes it beside another currency
        twins = [x for x in restated if x.unit == mine.unit and overlaps(ctx.iv(x), ctx.iv(mine))]
        twin_ids = {x.id for x in twins}
        for x in twins:
            for p in (ctx.by_id[i] for i in found[x.id] if i in ctx.by_id):
                for q in restated:
                    if q.id in twin_ids or q.unit != other.unit:
                        continue
                    if not overlaps(ctx.iv(q), ctx.iv(other)):
                        continue
                    for pq in (ctx.by_id[i] for i in found[q.id] if i in ctx.by_id):
                        if pq.unit == p.unit and overlaps(ctx.iv(pq), ctx.iv(p)):
                            return (
                                f"{x.document} writes {x.text} beside {p.text}, and "
                                f"{q.document} {q.text} beside {pq.text}: one amount converted "
                                "at two rates"
                            )
    return None


def rate_findings(claims: list[Claim], ctx: Ctx) -> list[Finding]:
    tol = ctx.settings.tolerance
    implied: dict[tuple[str, str], list[tuple[Claim, Claim, tuple[float, float]]]] = defaultdict(
        list
    )
    findings: list[Finding] = []
    for x, y in restatements(claims, ctx.texts):
        if x.unit > y.unit:
            x, y = y, x
        r = ratio_interval(x, y, tol)
        if r is None:
            continue
        if (dropped := _dropped_scale(x, y, r, ctx)) is not None:
            findings.append(dropped)  # one text's slip of wording, weighed against no rate
        else:
            implied[(x.unit, y.unit)].append((x, y, r))
    for (ux, uy), rows in sorted(implied.items()):
        for (x1, y1, r1), (x2, y2, r2) in combinations(rows, 2):
            if x1.document == x2.document or overlaps(r1, r2):
                continue
            mid1, mid2 = (r1[0] + r1[1]) / 2, (r2[0] + r2[1]) / 2
            one_amount = overlaps(interval(x1, tol), interval(x2, tol)) or overlaps(
                interval(y1, tol), interval(y2, tol)
            )
            if not one_amount and max(mid1, mid2) > rules().unrelated_ratio * min(mid1, mid2):
                # no two rates of one currency pair are that far apart: one "restatement" is no
                # conversion ("$127.5m (£96,800)", a slip within one text), and weighing it
                # against the rates of other amounts would call each of those wrong; against
                # another restatement of the same amount ("$127.5m (£98m)") it is the slip
                continue
            gap = abs(mid1 - mid2) / max(mid1, mid2)
            drift = gap <= (rules().rate_drift_one_amount if one_amount else rules().rate_drift)
            severity = "info" if drift else ctx.severity("arithmetic")
            message = (
                f'{ux}/{uy} rate: {x1.document} restates "{ctx.q(x1)}" as "{ctx.q(y1)}" '
                f'(about {mid1:.4g} {ux} per {uy}) but {x2.document} restates "{ctx.q(x2)}" as '
                f'"{ctx.q(y2)}" (about {mid2:.4g}); the implied exchange rates disagree.'
            )
            if severity == "info":
                message = message[:-1] + (
                    "; conversions of one amount made on different dates or at different rates "
                    "may differ this much."
                    if one_amount
                    else "; the amounts differ, and conversions made on different dates may "
                    "differ this much."
                )
            f = pair_finding(
                "arithmetic",
                severity,  # type: ignore[arg-type]
                None,
                x1,
                x2,
                message,
                {"rate_a": round(mid1, 6), "rate_b": round(mid2, 6)},
            )
            disputed = _disputed(x1, y1, x2, y2, tol)
            if (
                len(disputed) == 4
                and not ctx.focus
                and (stray := _stray((x1, y1, r1), (x2, y2, r2), ctx))
            ):
                disputed = stray
                f = f.model_copy(update={"message": f.message[:-1] + _stray_words(stray, ctx)})
            findings.append(f.model_copy(update={"claims": disputed}))
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
                f = pair_finding(
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


_GROUPED = re.compile(r"\d,\d{3}")


def _dropped_scale(x: Claim, y: Claim, r: tuple[float, float], ctx: Ctx) -> Finding | None:
    """An informational note when one amount of a restatement has a scale word and the other,
    a short number written without one ("2.6 euros" beside "$3 billion"), implies a rate
    further than ``unrelated_ratio`` from the reference rate of its article's year: the text
    dropped the scale word, which the amount beside it gives. That is one text's slip of
    wording, read from its twin, not a disagreement between sources: its rate is weighed
    against no other restatement. A number written out in full is a figure of its own,
    wrongly converted ("$88m (£67,000)"), and is still weighed. None otherwise, or for a
    currency pair the reference table does not give."""
    if (x.mention.scale is None) == (y.mention.scale is None):
        return None
    bare = x if x.mention.scale is None else y
    if _GROUPED.search(bare.mention.surface):
        return None
    year = ctx.years.get(x.document) or ctx.coverage
    ref = money.rate(y.unit, x.unit, year, ctx.settings.exchange_rates)
    if ref is None:
        return None
    mid = (r[0] + r[1]) / 2
    far = rules().unrelated_ratio
    if mid <= 0 or ref.mid / far <= mid <= ref.mid * far:
        return None
    message = (
        f'{x.unit}/{y.unit} rate: {x.document} writes "{ctx.q(x)}" beside "{ctx.q(y)}", about '
        f"{mid:.4g} {x.unit} per {y.unit}, nowhere near {ref.origin} ({ref.mid:.4g}): "
        f'"{bare.text}" likely lacks the scale word the amount beside it has.'
    )
    return pair_finding(
        "arithmetic",
        "info",
        None,
        x,
        y,
        message,
        {"rate_text": round(mid, 6), "rate_reference": round(ref.mid, 6)},
    )


def _disputed(x1: Claim, y1: Claim, x2: Claim, y2: Claim, tol: float) -> list[str]:
    """The claims two restatements disagree on: when both restate one amount ("£2.35bn" in
    each), the two conversions ("$3.1bn" against "$3.9bn"); when both give one converted
    amount, the two originals; otherwise all four."""
    xs = overlaps(interval(x1, tol), interval(x2, tol))
    ys = overlaps(interval(y1, tol), interval(y2, tol))
    if xs and not ys:
        return sorted({y1.id, y2.id})
    if ys and not xs:
        return sorted({x1.id, x2.id})
    return sorted({x1.id, y1.id, x2.id, y2.id})


def _stray(
    one: tuple[Claim, Claim, tuple[float, float]],
    other: tuple[Claim, Claim, tuple[float, float]],
    ctx: Ctx,
) -> list[str]:
    """The two claims of the one restatement whose rate is far from the reference rate of its
    article's year, when the other's is within the reference's band: two different amounts
    converted at two rates ("40 million euros ($44 million)", "a reward of €200,000
    ($130,000)") disagree because one conversion is wrong, and the reference says which. Empty
    when the table gives no rate for the pair, or both or neither stray. (Not asked in a check
    of a draft: there the draft's own restatement stays in the finding, whichever strays.)"""
    x, y = one[0], one[1]
    year = ctx.years.get(x.document) or ctx.coverage
    ref = money.rate(y.unit, x.unit, year, ctx.settings.exchange_rates)
    if ref is None:
        return []
    band = (ref.low, ref.high)
    off = [(a, b) for a, b, r in (one, other) if not overlaps(r, band)]
    if len(off) != 1:
        return []
    return sorted({off[0][0].id, off[0][1].id})


def _stray_words(stray: list[str], ctx: Ctx) -> str:
    x = ctx.by_id.get(stray[0])
    return "" if x is None else f"; {x.document}'s is the one far from the reference rate."


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
