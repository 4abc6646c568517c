"""Where the claims of each missed conflict fact land: a diagnosis of recall.

    python -m benchmarks.missed_conflicts evaluation/realnews evaluation/blind-2026-12-03

For every event folder with a ``gold.json`` under the given roots, the pipeline runs as
``reconcile evaluate`` runs it, and each conflict fact it misses is printed with, for each of
its gold claims, the pipeline claim it matches (or "not extracted") and that claim's subject,
metric, role, unit dimension, listing, date, narrowing and group: the grouping key that kept
the figures apart, or the group they share when the comparison let them pass. False alarms
follow each event.

``--summary`` prints instead one line per missed fact with the furthest stage any pair of its
claims on two sides of the fact (from two documents when there are such) reached, and a count
per stage: ``not extracted``, ``dimension`` (unit dimensions differ), ``no metric`` (one side
has none, so it is never grouped), ``subject`` (same measured thing, the subjects grouping
settled on differ; the two are printed), ``metric`` (same subject, measured things differ),
``both`` (subject and thing differ), ``split`` (same subject and thing, apart by role,
listing, narrowing or the evidence), ``grouped`` (one group; the comparison let them pass).
A subject is the one grouping settled on: two names it merged as one name written two ways
("Ardle Bay" / "Ardle") are one subject, so their pair is a split, not a subject miss.
"""

from __future__ import annotations

import argparse
from collections import Counter
from itertools import combinations
from pathlib import Path

from reconcile.claims.evidence import measured_thing
from reconcile.claims.group import dimension
from reconcile.claims.models import Claim
from reconcile.compare.intervals import interval, overlaps
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
        groups = Counter(group_of.get(c.id) for cid in facts[fid].claims if (c := best.get(cid)))
        for f in report.findings:
            if f.group and groups.get(f.group, 0) > 1:
                lines.append(f"   [{f.group} {f.severity} {f.kind}] {f.message}")
    found, total = scored.conflicts.facts_found, scored.conflicts.facts_total
    lines.append(f"-- {folder.name}: {found}/{total} found, {scored.false_alarms} false alarms")
    for fa in scored.false_alarm_findings:
        lines.append(f"   false alarm {fa.finding} {fa.kind}: {fa.why}")
    return lines


STAGES = (
    "not extracted",
    "dimension",
    "no metric",
    "both",
    "metric",
    "subject",
    "split",
    "grouped",
)


def _stage(
    a: Claim | None,
    b: Claim | None,
    group_of: dict[str, str],
    subject_of: dict[str, str | None] | None = None,
) -> str:
    """How far one pair of claims from two sides of a conflict got towards one group.
    ``subject_of``: each grouped claim's group subject, the name grouping settled on ("Ardle"
    for a claim about "Ardle Bay" merged with "Ardle"); a claim's own subject otherwise, so
    two names written two ways but merged are never counted as a subject miss."""
    if a is None or b is None:
        return "not extracted"
    if a.id in group_of and group_of.get(a.id) == group_of.get(b.id):
        return "grouped"
    if dimension(a).split(":")[0] != dimension(b).split(":")[0]:
        return "dimension"
    if not a.metric or not b.metric:
        return "no metric"
    same_thing = measured_thing(a.metric) == measured_thing(b.metric)
    same_subject = _settled(a, subject_of).lower() == _settled(b, subject_of).lower()
    if same_thing:
        return "split" if same_subject else "subject"
    return "metric" if same_subject else "both"


def _settled(c: Claim, subject_of: dict[str, str | None] | None) -> str:
    """The subject grouping gave ``c``: its group's, else its own."""
    if subject_of is not None and c.id in subject_of:
        return subject_of[c.id] or ""
    return c.subject or ""


def _disagree(a: Claim | None, b: Claim | None) -> bool:
    """Whether two extracted figures can be the two sides of a conflict (unknown: yes)."""
    if a is None or b is None or a.unit != b.unit:
        return True
    return not overlaps(interval(a), interval(b))


def summarize(folder: Path) -> list[tuple[str, str]]:
    """(fact id, furthest stage) for each conflict fact of the event the pipeline misses; a
    subject miss names the two subjects grouping kept apart ("f3 'Ardle' / 'Tolver'")."""
    event = load_event(folder)
    report = reconcile(event.documents, event_settings(folder))
    scored = score_report(event.gold, report, event.spans)
    best, _ = _match(event.spans, report.claims)
    group_of = {cid: g.id for g in report.groups for cid in g.claims}
    subject_of = {cid: g.subject for g in report.groups for cid in g.claims}
    sides = {f.id: s for f, s in event.gold.conflict_sides()}
    out = []
    for fid in scored.missed_conflicts:
        # pairs of claims on two sides of the fact (claims that agree are no disagreement)
        pairs = [
            (x, y)
            for a, b in combinations(sides[fid], 2)
            for x in sorted(a)
            for y in sorted(b)
            if x != y
        ]
        across = [
            (x, y)
            for x, y in pairs
            if event.gold.claims[x].document != event.gold.claims[y].document
        ]
        pairs = across or pairs
        # two extracted figures that agree are one side, whatever the gold's sides say (a
        # gold without an "agree" fact between them would count their group as "grouped")
        pairs = [(x, y) for x, y in pairs if _disagree(best.get(x), best.get(y))] or pairs
        staged = [(_stage(best.get(x), best.get(y), group_of, subject_of), x, y) for x, y in pairs]
        stage, x, y = max(
            staged, key=lambda s: STAGES.index(s[0]), default=("not extracted", "", "")
        )
        names = ""
        if stage == "subject":
            a, b = best[x], best[y]
            names = f" {_settled(a, subject_of)!r} / {_settled(b, subject_of)!r}"
        out.append((f"{folder.name} {fid}{names}", stage))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--summary", action="store_true", help="one line per fact, counts by stage")
    args = ap.parse_args(argv)
    if args.summary:
        counts: Counter[str] = Counter()
        for root in args.roots:
            for folder in find_events(root):
                for fact, stage in summarize(folder):
                    counts[stage] += 1
                    print(f"{stage:14} {fact}")
        print(", ".join(f"{s}: {counts[s]}" for s in STAGES))
        return 0
    for root in args.roots:
        for folder in find_events(root):
            print("\n".join(diagnose(folder)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
