"""Score the pipeline against the gold of fixture events (``fixtures/<event>/gold.json``).

For each event folder the real pipeline (:func:`reconcile.pipeline.reconcile`) runs on the
folder's documents and its :class:`~reconcile.claims.models.Report` is compared with the gold:

- **claims**: a pipeline claim matches a gold claim when both are in the same document and their
  spans overlap; ``matched / total`` counts gold claims with at least one match.
- **grouping**: pairwise, over pairs of *matched* gold claims. Each matched gold claim stands for
  the overlapping pipeline claim with the largest overlap; a pair is predicted together when those
  pipeline claims share a pipeline group, expected together when the gold claims share a gold
  group. precision = right pairs / predicted pairs, recall = right pairs / expected pairs.
- **conflicts**: a finding at warning or error (not suppressed) is a true positive when every one
  of its claims overlaps a gold claim standing on a side of one ``conflict`` fact, and its claims
  stand on at least two sides; otherwise it is a false alarm (also when a claim is unknown to
  the gold). A side is a claim the fact names together with every claim the gold's
  ``consistent`` facts say agrees with it (:meth:`Gold.conflict_sides`): the fact "the wire's
  412 against the paper's 421" is also stated by a finding quoting the operator's 412, which a
  consistent fact links to the wire's. An arithmetic finding on one figure and its restatement
  in another unit ("a fall of 5C (41F)" does not convert) states a conflict fact that names
  the gold claim quoting both: the gold fuses the two, the finding names the wrong figure.
  precision = true positives / warning+error findings; recall = conflict facts with at least
  one true positive / conflict facts. Info findings are never alarms.

Conventions: **precision is 1.0 when nothing was predicted** (no pairs, no alarms) and **recall is
1.0 when nothing was expected** (no gold pairs, no conflict facts). The total is micro-averaged:
counts are summed over events and the ratios computed from the sums.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from itertools import combinations
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, Field

from reconcile.claims.models import Claim, Finding, Report
from reconcile.config import ConfigError, Settings, load_settings
from reconcile.gold import GOLD_NAME, Gold, GoldError, GoldFact, Span, load_event, resolve_quotes
from reconcile.pipeline import reconcile

ALARM_SEVERITIES = ("warning", "error")


def precision(right: int, predicted: int) -> float:
    """right / predicted, and 1.0 when nothing was predicted."""
    return right / predicted if predicted else 1.0


def recall(found: int, expected: int) -> float:
    """found / expected, and 1.0 when nothing was expected."""
    return found / expected if expected else 1.0


class ClaimScore(BaseModel):
    matched: int = 0
    total: int = 0
    recall: float = 1.0
    pipeline_claims: int = 0
    unmatched_pipeline_claims: int = Field(
        default=0, description="pipeline claims overlapping no gold claim (not scored)"
    )


class PairScore(BaseModel):
    precision: float = 1.0
    recall: float = 1.0
    right_pairs: int = 0
    predicted_pairs: int = 0
    expected_pairs: int = 0
    gold_pairs_all: int = Field(
        default=0, description="same-group pairs among all gold claims, matched or not (info)"
    )


class ConflictScore(BaseModel):
    precision: float = 1.0
    recall: float = 1.0
    true_findings: int = 0
    alarm_findings: int = Field(default=0, description="findings at warning or error")
    facts_found: int = 0
    facts_total: int = 0
    info_findings: int = 0


_Counts = TypeVar("_Counts", ClaimScore, PairScore, ConflictScore)


class FalseAlarm(BaseModel):
    event: str
    finding: str
    severity: str
    kind: str
    message: str
    why: str


class EventScore(BaseModel):
    event: str
    folder: str
    documents: int = 0
    claims: ClaimScore = Field(default_factory=ClaimScore)
    grouping: PairScore = Field(default_factory=PairScore)
    conflicts: ConflictScore = Field(default_factory=ConflictScore)
    false_alarms: int = 0
    false_alarm_findings: list[FalseAlarm] = Field(default_factory=list)
    missed_conflicts: list[str] = Field(default_factory=list)
    missed_claims: list[str] = Field(default_factory=list)
    pipeline_groups: int = 0
    error: str | None = Field(default=None, description="pipeline failure on this event, if any")
    missing_documents: list[str] = Field(
        default_factory=list, description="documents the gold names whose text is not there"
    )


class TotalScore(BaseModel):
    events: int = 0
    claims: ClaimScore = Field(default_factory=ClaimScore)
    grouping: PairScore = Field(default_factory=PairScore)
    conflicts: ConflictScore = Field(default_factory=ConflictScore)
    false_alarms: int = 0
    errors: int = 0


class Evaluation(BaseModel):
    events: list[EventScore] = Field(default_factory=list)
    total: TotalScore = Field(default_factory=TotalScore)
    skipped: list[str] = Field(
        default_factory=list, description="event folders with no document text, not scored"
    )


# --------------------------------------------------------------------------------------------
# scoring one report


def _overlap(span: Span, claim: Claim) -> int:
    if claim.document != span.document:
        return 0
    return max(0, min(span.end, claim.span[1]) - max(span.start, claim.span[0]))


def _match(
    spans: dict[str, Span], claims: list[Claim]
) -> tuple[dict[str, Claim], dict[str, set[str]]]:
    """(gold id -> best overlapping pipeline claim, pipeline claim id -> overlapping gold ids)."""
    best: dict[str, Claim] = {}
    gold_of: dict[str, set[str]] = {c.id: set() for c in claims}
    for gid, span in spans.items():
        scored = [(_overlap(span, c), -c.span[0], c) for c in claims]
        scored = [s for s in scored if s[0] > 0]
        for _, _, c in scored:
            gold_of[c.id].add(gid)
        if scored:
            best[gid] = max(scored, key=lambda s: (s[0], s[1]))[2]
    return best, gold_of


def _grouping(gold: Gold, best: dict[str, Claim], report: Report) -> PairScore:
    pipe_groups: dict[str, set[str]] = {}
    for g in report.groups:
        for cid in g.claims:
            pipe_groups.setdefault(cid, set()).add(g.id)
    gold_group = gold.group_of()
    right = predicted = expected = 0
    for a, b in combinations(sorted(best), 2):
        same_pipe = bool(pipe_groups.get(best[a].id, set()) & pipe_groups.get(best[b].id, set()))
        same_gold = gold_group[a] == gold_group[b]
        predicted += same_pipe
        expected += same_gold
        right += same_pipe and same_gold
    sizes: dict[str, int] = {}
    for gid in gold_group.values():
        sizes[gid] = sizes.get(gid, 0) + 1
    return PairScore(
        precision=precision(right, predicted),
        recall=recall(right, expected),
        right_pairs=right,
        predicted_pairs=predicted,
        expected_pairs=expected,
        gold_pairs_all=sum(n * (n - 1) // 2 for n in sizes.values()),
    )


def _statements(
    findings: Iterable[Finding], doc_of: dict[str, str]
) -> Iterator[tuple[Finding, list[str], str]]:
    """Each warning or error as the statements it makes: (finding, its claims, a label).

    A group's verdict ("3 of 4 sources agree on X; d disagrees") is scored by its evidence: each
    pair of sources it sets against each other at warning or error is a statement of its own. A
    finding summarized around one source ("b says X; the same goes for c and d") without evidence
    states that source's disagreement with each other source, scored pair by pair likewise.
    """
    for f in findings:
        if f.severity not in ALARM_SEVERITIES or f.suppressed:
            continue
        alarms = [e for e in f.evidence if e.severity in ALARM_SEVERITIES]
        if alarms:  # a group's verdict: each pair of sources it sets against each other
            for n, e in enumerate(alarms):
                docs = sorted({doc_of.get(i, "") for i in e.claims})
                yield (
                    f,
                    list(e.claims),
                    f"{f.id}" if len(alarms) == 1 else f"{f.id} ({n + 1}: {' vs '.join(docs)})",
                )
            continue
        source = f.details.get("source")
        others = sorted({doc_of.get(i, "") for i in f.claims} - {source})
        if not isinstance(source, str) or len(others) < 2:
            yield f, list(f.claims), f.id
            continue
        for other in others:
            ids = [i for i in f.claims if doc_of.get(i, "") in (source, other)]
            yield f, ids, f"{f.id} ({source} vs {other})"


def _sets_sides_apart(per_claim: list[set[str]], sides: list[frozenset[str]]) -> bool:
    """Every claim of a finding stands on a side of one conflict fact, and the claims stand on
    at least two sides (one side alone is an agreement, not the disagreement)."""
    touched: set[int] = set()
    for ids in per_claim:
        on = {n for n, side in enumerate(sides) if ids & side}
        if not on:
            return False
        touched |= on
    return len(touched) >= 2


def _restatement_facts(per_claim: list[set[str]], facts: list[GoldFact]) -> list[str]:
    """The conflict facts an arithmetic finding within one figure states: a measurement and its
    restatement in another unit ("a rise of 5C (41F)") that do not convert, where the gold
    quotes both as one claim and a fact sets that claim against another source's right
    conversion. The finding names the wrong figure itself; the other side needs no quoting."""
    named = {g for ids in per_claim for g in ids}
    if len(named) != 1 or any(len(ids) != 1 for ids in per_claim):
        return []
    return [fact.id for fact in facts if named <= set(fact.claims)]


def _sum_facts(
    per_claim: list[set[str]], facts: list[GoldFact], documents: set[str | None]
) -> list[str]:
    """The conflict facts an arithmetic finding within one source states: its figures do not
    add up ("from 40 to 52, a rise of 20%") and a fact sets one of them against other sources
    (the gold quotes only the wrong figure, not the base and result it was worked from)."""
    if len(documents) != 1:
        return []
    named = {g for ids in per_claim for g in ids}
    return [fact.id for fact in facts if named & set(fact.claims)]


def score_report(
    gold: Gold, report: Report, spans: dict[str, Span] | None = None, folder: str = ""
) -> EventScore:
    """Score one pipeline Report against one gold (spans resolved from report.documents if None)."""
    if spans is None:
        spans = resolve_quotes(gold, report.documents)
    best, gold_of = _match(spans, report.claims)
    matched = sorted(best)
    claims = ClaimScore(
        matched=len(matched),
        total=len(gold.claims),
        recall=recall(len(matched), len(gold.claims)),
        pipeline_claims=len(report.claims),
        unmatched_pipeline_claims=sum(1 for ids in gold_of.values() if not ids),
    )

    conflict_facts = gold.conflict_facts()
    conflict_sides = gold.conflict_sides()
    hit: set[str] = set()
    true_findings = 0
    alarms = 0
    false_alarms: list[FalseAlarm] = []
    doc_of = {c.id: c.document for c in report.claims}
    for f, claim_ids, label in _statements(report.findings, doc_of):
        alarms += 1
        why = ""
        per_claim = [gold_of.get(cid) for cid in claim_ids]
        if not claim_ids:
            why = "finding names no claim"
        elif any(ids is None for ids in per_claim):
            why = "finding names a claim missing from the report"
        elif any(not ids for ids in per_claim):
            unknown = [cid for cid, ids in zip(claim_ids, per_claim, strict=True) if not ids]
            why = f"claim(s) the gold does not name: {', '.join(unknown)}"
        else:
            known = [ids for ids in per_claim if ids is not None]
            facts = [fact.id for fact, sides in conflict_sides if _sets_sides_apart(known, sides)]
            if not facts and f.kind == "arithmetic":
                facts = _restatement_facts(known, conflict_facts) or _sum_facts(
                    known, conflict_facts, {doc_of.get(cid) for cid in claim_ids}
                )
            if facts:
                true_findings += 1
                hit.update(facts)
                continue
            names = sorted({g for ids in per_claim if ids for g in ids})
            why = f"no conflict fact holds gold claims {', '.join(names)}"
        false_alarms.append(
            FalseAlarm(
                event=gold.event,
                finding=label,
                severity=f.severity,
                kind=f.kind,
                message=f.message,
                why=why,
            )
        )
    conflicts = ConflictScore(
        precision=precision(true_findings, alarms),
        recall=recall(len(hit), len(conflict_facts)),
        true_findings=true_findings,
        alarm_findings=alarms,
        facts_found=len(hit),
        facts_total=len(conflict_facts),
        info_findings=sum(1 for f in report.findings if f.severity == "info"),
    )
    return EventScore(
        event=gold.event,
        folder=folder,
        documents=len(report.documents),
        claims=claims,
        grouping=_grouping(gold, best, report),
        conflicts=conflicts,
        false_alarms=len(false_alarms),
        false_alarm_findings=false_alarms,
        missed_conflicts=[f.id for f in conflict_facts if f.id not in hit],
        missed_claims=sorted(set(gold.claims) - set(matched)),
        pipeline_groups=len(report.groups),
    )


# --------------------------------------------------------------------------------------------
# events on disk


def find_events(root: str | Path) -> list[Path]:
    """Folders at or under ``root`` holding a gold.json. Raises GoldError when there are none."""
    root = Path(root)
    if not root.is_dir():
        raise GoldError(str(root), ["not a folder"])
    found = sorted({p.parent for p in root.rglob(GOLD_NAME) if p.is_file()})
    if not found:
        raise GoldError(str(root), [f"no {GOLD_NAME} in this folder or below"])
    return found


def event_settings(folder: Path) -> Settings | None:
    """The settings of an event folder's own ``reconcile.toml`` (a newsroom's names for the
    story), or None when it has none. A broken file is a GoldError naming it."""
    path = folder / "reconcile.toml"
    if not path.is_file():
        return None
    try:
        return load_settings(explicit=path)
    except ConfigError as exc:
        raise GoldError(str(path), [str(exc)]) from None


def evaluate_event(folder: str | Path, settings: Settings | None = None) -> EventScore:
    """Run the pipeline on one event folder and score it. Raises GoldError on a bad gold.

    Without ``settings``, the event folder's own ``reconcile.toml`` is read when it has one.

    A pipeline crash is not raised: it is reported in ``EventScore.error`` and the event is
    scored as if the pipeline had found nothing.
    """
    event = load_event(folder)
    if settings is None:
        settings = event_settings(Path(folder))
    if not event.documents:
        return EventScore(
            event=event.gold.event, folder=str(folder), missing_documents=event.missing
        )
    try:
        report = reconcile(event.documents, settings)
        error = None
    except Exception as exc:  # the harness reports a broken stage instead of dying on it
        report = Report(documents=event.documents)
        error = f"pipeline failed: {type(exc).__name__}: {exc}"
    score = score_report(event.gold, report, event.spans, folder=str(folder))
    score.error = error
    score.missing_documents = event.missing
    return score


def _summed(model: type[_Counts], parts: list[_Counts]) -> _Counts:
    """A score whose counts (its int fields) are the sums of the parts' counts."""
    counts = {
        name: sum(getattr(p, name) for p in parts)
        for name, field in model.model_fields.items()
        if field.annotation is int
    }
    return model(**counts)


def sum_scores(events: Iterable[EventScore]) -> TotalScore:
    ev = list(events)

    claims = _summed(ClaimScore, [e.claims for e in ev])
    claims.recall = recall(claims.matched, claims.total)
    grouping = _summed(PairScore, [e.grouping for e in ev])
    grouping.precision = precision(grouping.right_pairs, grouping.predicted_pairs)
    grouping.recall = recall(grouping.right_pairs, grouping.expected_pairs)
    conflicts = _summed(ConflictScore, [e.conflicts for e in ev])
    conflicts.precision = precision(conflicts.true_findings, conflicts.alarm_findings)
    conflicts.recall = recall(conflicts.facts_found, conflicts.facts_total)
    return TotalScore(
        events=len(ev),
        claims=claims,
        grouping=grouping,
        conflicts=conflicts,
        false_alarms=sum(e.false_alarms for e in ev),
        errors=sum(1 for e in ev if e.error),
    )


def evaluate(root: str | Path, settings: Settings | None = None) -> Evaluation:
    """Score every event folder at or under ``root`` (see the module docstring for the scores)."""
    scored = [evaluate_event(folder, settings) for folder in find_events(root)]
    events = [e for e in scored if e.documents]
    skipped = [e.folder for e in scored if not e.documents]
    return Evaluation(events=events, total=sum_scores(events), skipped=skipped)


# --------------------------------------------------------------------------------------------
# rendering and command line


def _row(name: str, c: ClaimScore, g: PairScore, k: ConflictScore, fa: int) -> str:
    pairs = f"{g.right_pairs}/{g.predicted_pairs}/{g.expected_pairs}"
    return (
        f"{name:<32} {f'{c.matched}/{c.total}':>9} "
        f"{g.precision:>6.2f} {g.recall:>6.2f} {pairs:>11} "
        f"{k.precision:>6.2f} {k.recall:>6.2f} {f'{k.facts_found}/{k.facts_total}':>7} {fa:>6}"
    )


def render_evaluation_text(ev: Evaluation) -> str:
    """A table (one row per event, then the micro-averaged total), then alarms and misses."""
    header = (
        f"{'event':<32} {'claims':>9} {'grp P':>6} {'grp R':>6} {'ok/pred/exp':>11} "
        f"{'cnf P':>6} {'cnf R':>6} {'facts':>7} {'false':>6}"
    )
    lines = [header, "-" * len(header)]
    for e in ev.events:
        lines.append(_row(e.event, e.claims, e.grouping, e.conflicts, e.false_alarms))
    t = ev.total
    lines.append("-" * len(header))
    name = f"total ({t.events} events)"
    lines.append(_row(name, t.claims, t.grouping, t.conflicts, t.false_alarms))
    lines.append("")
    lines.append(
        "claims: gold claims matched/total; grp: pairwise grouping precision/recall over matched "
        "claims; cnf: conflict precision (true/warning+error findings; a group's verdict "
        "counts once per pair of sources in its evidence) and recall (facts found)."
    )
    lines.append("Precision is 1.00 when nothing was predicted; recall 1.00 when nothing expected.")
    for folder in ev.skipped:
        lines.append(f"skipped {folder}: no document text (rebuild it first)")
    for e in ev.events:
        if e.missing_documents:
            lines.append(f"{e.event}: text missing, not scored: {', '.join(e.missing_documents)}")
    for e in ev.events:
        if not (e.error or e.false_alarm_findings or e.missed_conflicts or e.missed_claims):
            continue
        lines.append("")
        lines.append(f"{e.event}:")
        if e.error:
            lines.append(f"  ERROR {e.error}")
        for fa in e.false_alarm_findings:
            lines.append(f"  false alarm {fa.finding} [{fa.severity} {fa.kind}] {fa.message}")
            lines.append(f"    why: {fa.why}")
        if e.missed_conflicts:
            lines.append(f"  missed conflicts: {', '.join(e.missed_conflicts)}")
        if e.missed_claims:
            lines.append(f"  missed claims ({len(e.missed_claims)}): {', '.join(e.missed_claims)}")
    return "\n".join(lines) + "\n"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``reconcile evaluate``: PATH [--format text|json]."""
    parser.add_argument("path", help="fixtures folder; each subfolder with a gold.json is scored")
    parser.add_argument("--format", choices=["text", "json"], default="text")


def run(args: argparse.Namespace) -> int:
    """Evaluate ``args.path`` and print it. Exit 0 = done, 1 = a pipeline crash, 2 = bad input."""
    try:
        ev = evaluate(args.path)
    except GoldError as exc:
        print(f"reconcile evaluate: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        sys.stdout.write(ev.model_dump_json(indent=2) + "\n")
    else:
        sys.stdout.write(render_evaluation_text(ev))
    return 1 if ev.total.errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reconcile.evaluate", description="Score the pipeline against gold events."
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
