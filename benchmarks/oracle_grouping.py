"""How far the comparison stage gets when the grouping is right: a ceiling and a diagnosis.

    python -m benchmarks.oracle_grouping evaluation/realnews evaluation/blind-2026-12-04h [--list]

For every event folder with a ``gold.json`` under the given roots, the pipeline's claims are
extracted as ``reconcile evaluate`` extracts them, then grouped by the gold instead of by
``group_claims``: each gold group becomes one group of the pipeline claims that best match its
gold claims (a pipeline claim matching gold claims of two groups goes with the first), named
by its claims' most common subject, metric, role and unit (the comparison's rules key on them). The
comparison stage (``compare_groups``) then runs on those groups and the findings are scored as
``reconcile evaluate`` scores them.

Printed per root: conflict facts found and false alarms with the pipeline's own grouping and
with the gold's. Facts found only with the gold's grouping are grouping misses; facts missed
with both are misses of extraction or of the comparison (``--list`` names each, with the
comparison's findings on its group, and each false alarm the gold grouping lets through).

``--list`` prints, for each conflict missed even on the gold's groups, the gold's reason for it
(how an editor judges the disagreement), each of the fact's claims
as the pipeline read it (document, text, value, interval, unit, time, session, role, qualifier,
subject, metric, the gold group it was placed in, or that no claim matched it), then for each
pair of its sides the comparison's verdict on that pair alone: the finding's kind, severity and
wording (the excuse, for a ``different_scope`` note), or that the pair was judged to agree.
"""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import TypeVar

from reconcile.claims.models import Claim, Group, Report
from reconcile.compare import compare_groups
from reconcile.compare.wording import fmt_interval
from reconcile.config import Settings
from reconcile.evaluate import _match, event_settings, find_events, score_report
from reconcile.gold import Gold, Span, load_event
from reconcile.pipeline import reconcile

T = TypeVar("T")


def gold_groups(report: Report, gold: Gold, spans: dict[str, Span]) -> list[Group]:
    """The gold's groups, over the pipeline claims that best match their gold claims."""
    best, _ = _match(spans, report.claims)
    by_id = {c.id: c for c in report.claims}
    placed: set[str] = set()
    groups: list[Group] = []
    for n, g in enumerate(gold.groups):
        ids = []
        for gid in g.claims:
            claim = best.get(gid)
            if claim is not None and claim.id not in placed:
                placed.add(claim.id)
                ids.append(claim.id)
        if len(ids) >= 2:
            members = [by_id[i] for i in ids]
            groups.append(
                Group(
                    id=f"g{n}",
                    label=g.id,
                    claims=ids,
                    subject=_most([c.subject for c in members]),
                    metric=_most([c.metric for c in members]),
                    role=_most([c.role for c in members]),  # type: ignore[arg-type]
                    unit=_most([c.unit for c in members]),
                )
            )
    return groups


def _most(values: list[T]) -> T | None:
    """The most common value that is not None (the comparison's rules key on a group's
    metric, as the pipeline sets it), or None."""
    known = Counter(v for v in values if v is not None)
    return known.most_common(1)[0][0] if known else None


def run_event(folder: Path, listing: bool) -> tuple[int, int, int, int, int, list[str]]:
    event = load_event(folder)
    settings = event_settings(folder)
    report = reconcile(event.documents, settings)
    own = score_report(event.gold, report, event.spans, folder=str(folder))
    groups = gold_groups(report, event.gold, event.spans)
    findings = compare_groups(groups, report.claims, settings or Settings(), report.documents)
    oracle = score_report(
        event.gold,
        Report(documents=report.documents, claims=report.claims, groups=groups, findings=findings),
        event.spans,
        folder=str(folder),
    )
    lines: list[str] = []
    if listing:
        st = settings or Settings()
        best, _ = _match(event.spans, report.claims)
        placed = {cid: g.label for g in groups for cid in g.claims}
        facts = {f.id: f for f in event.gold.facts}
        for fact in oracle.missed_conflicts:
            reason = f": {facts[fact].reason[:300]}" if facts[fact].reason else ""
            lines.append(f"  missed even with gold groups: {event.gold.event} {fact}{reason}")
            claims = {gid: best.get(gid) for gid in facts[fact].claims}
            for gid, c in claims.items():
                lines.append(f"    {gid}: {describe(c, placed, st)}")
            ids = {c.id for c in claims.values() if c is not None}
            for f in findings:
                if f.group in {g.id for g in groups if ids & set(g.claims)}:
                    pairs = "; ".join(
                        f"{e.kind}/{e.severity} {'+'.join(e.claims)}" for e in f.evidence
                    )
                    lines.append(f"    group finding {f.kind}/{f.severity}: {f.message[:600]}")
                    lines.append(f"      pairs: {pairs[:300]}")
            lines += [
                f"    {x} ~ {y}: {pair_verdict(a, b, report, st, groups)}"
                for (x, a), (y, b) in combinations(claims.items(), 2)
                if a is not None and b is not None and a.id != b.id
            ]
        for fa in oracle.false_alarm_findings:
            text = f"{fa.event} {fa.kind}: {fa.message[:150]}"
            lines.append(f"  false alarm with gold groups: {text}")
    return (
        own.conflicts.facts_total,
        own.conflicts.facts_found,
        own.false_alarms,
        oracle.conflicts.facts_found,
        oracle.false_alarms,
        lines,
    )


def describe(c: Claim | None, placed: dict[str, str], settings: Settings) -> str:
    """One pipeline claim as the comparison sees it, on one line."""
    if c is None:
        return "no pipeline claim matches it"
    return (
        f"{c.document} {c.text!r} = {c.value:g} [{fmt_interval(c, settings.tolerance)}] "
        f"{c.unit} when={c.when} session={c.session} role={c.role} q={c.qualifier} "
        f"subject={c.subject!r} metric={c.metric!r} group={placed.get(c.id, '-')}"
    )


def pair_verdict(
    a: Claim, b: Claim, report: Report, settings: Settings, groups: list[Group]
) -> str:
    """The comparison's verdict on two claims put in one group of their own, named as the gold
    group of ``a`` is (or by ``a`` itself when the gold placed it in none)."""
    named = next((g for g in groups if a.id in g.claims), None)
    group = Group(
        id="pair",
        label="pair",
        claims=[a.id, b.id],
        subject=named.subject if named else a.subject,
        metric=named.metric if named else a.metric,
        role=named.role if named else a.role,
        unit=named.unit if named else a.unit,
    )
    found = compare_groups([group], report.claims, settings, report.documents)
    found = [f for f in found if f.group == "pair"]
    if not found:
        return "no finding: judged to agree (or not comparable)"
    return " | ".join(f"{f.kind}/{f.severity}: {f.message[:300]}" for f in found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("roots", nargs="+")
    parser.add_argument("--list", action="store_true", help="name each miss and false alarm")
    args = parser.parse_args(argv)
    print(f"{'set':28} {'facts':>5} {'found':>5} {'FA':>4} | {'gold-grouped found':>18} {'FA':>4}")
    for root in args.roots:
        totals = [0, 0, 0, 0, 0]
        lines: list[str] = []
        for folder in find_events(root):
            *counts, more = run_event(folder, args.list)
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            lines += more
        name = Path(root).name
        print(f"{name:28} {totals[0]:5} {totals[1]:5} {totals[2]:4} | {totals[3]:18} {totals[4]:4}")
        for line in lines:
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
