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
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import TypeVar

from reconcile.claims.models import Group, Report
from reconcile.compare import compare_groups
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
        for fact in oracle.missed_conflicts:
            lines.append(f"  missed even with gold groups: {event.gold.event} {fact}")
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
