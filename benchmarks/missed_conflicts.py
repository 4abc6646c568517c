"""Where the claims of each missed conflict fact land: a diagnosis of recall.

    python -m benchmarks.missed_conflicts evaluation/realnews evaluation/blind-2026-12-03

For every event folder with a ``gold.json`` under the given roots, the pipeline runs as
``reconcile evaluate`` runs it, and each conflict fact it misses is printed with, for each of
its gold claims, the pipeline claim it matches (or "not extracted") and that claim's subject,
metric, role, unit dimension, listing, date, narrowing and group: the grouping key that kept
the figures apart, or the group they share when the comparison let them pass. False alarms
follow each event.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from reconcile.claims.group import dimension
from reconcile.evaluate import _match, event_settings, find_events, score_report
from reconcile.gold import load_event
from reconcile.pipeline import reconcile


def diagnose(folder: Path) -> list[str]:
    """The lines printed for one event folder."""
    event = load_event(folder)
    report = reconcile(event.documents, event_settings(folder))
    scored = score_report(event.gold, report, event.spans)
    best, _ = _match(event.spans, report.claims)
    group_of = {cid: g.id for g in report.groups for cid in g.claims}
    facts = {f.id: f for f in event.gold.facts}
    lines: list[str] = []
    for fid in scored.missed_conflicts:
        lines.append(f"== {folder.name} {fid}")
        for cid in facts[fid].claims:
            gold = event.gold.claims[cid]
            c = best.get(cid)
            if c is None:
                lines.append(f"   {cid} {gold.document}: not extracted")
                continue
            lines.append(
                f"   {cid} {gold.document}: {c.text!r} subject={c.subject!r} "
                f"metric={c.metric!r} role={c.role} dim={dimension(c)} scope={c.scope} "
                f"when={c.when} narrowing={c.narrowing} group={group_of.get(c.id)}"
            )
    found, total = scored.conflicts.facts_found, scored.conflicts.facts_total
    lines.append(f"-- {folder.name}: {found}/{total} found, {scored.false_alarms} false alarms")
    for fa in scored.false_alarm_findings:
        lines.append(f"   false alarm {fa.finding} {fa.kind}: {fa.why}")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="+")
    args = ap.parse_args(argv)
    for root in args.roots:
        for folder in find_events(root):
            print("\n".join(diagnose(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
