"""Findings merged and summarized: one per event, per pair of sources, per source that stands
out."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Finding
from reconcile.compare.intervals import interval, overlaps
from reconcile.compare.rules import SEVERITY_RANK

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx, Pending


def merge_linked(findings: list[Finding], by_id: dict[str, Claim]) -> list[Finding]:
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
        for f in sorted(members, key=lambda f: (SEVERITY_RANK[f.severity], f.message)):
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


def _annotate(pending: list[Pending], by_id: dict[str, Claim], focus: set[str] | None) -> None:
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


def dedupe_document_pairs(
    pending: list[Pending],
    by_id: dict[str, Claim],
    focus: set[str] | None = None,
    in_title: set[str] | frozenset[str] = frozenset(),
) -> list[Pending]:
    """Within a group, several claims of one source against another make one finding; with a
    focus, one per claim of the draft (each figure of a draft gets its own finding, on its line).

    Of the pairs of two sources (of one kind, severity and reason), the nearest speaks for them:
    the pair whose figures lie closest (ties: the pair that sorts first), of those whose figures
    stand in the unit their sources wrote (a measurement converted from another unit speaks
    only when its source gives none in the group's). It words the finding,
    which names its figures and every other claim of the two sources that gives the same figure
    on its side. A source's other figure, further from the other source's, is more likely
    another quantity under the group's name (a share of the vote beside the turnout) than a
    second statement of the disagreement: naming it would set the figure that does disagree
    beside one that does not belong there. The result does not depend on the order of
    ``pending``.
    """
    _annotate(pending, by_id, focus)
    by_key: dict[tuple[object, ...], list[Pending]] = defaultdict(list)
    for p in pending:
        by_key[(p.group.id, p.kind, p.severity, p.reason, p.docs, p.mine)].append(p)
    out = []
    for members in by_key.values():
        head = min(members, key=lambda p: (_restated(p.pair, by_id), _gap(p.pair, by_id), p.pair))
        for p in members:
            if p is not head and _same_figures(head.pair, p.pair, by_id):
                head.claims |= p.claims
        head.claims -= _headline_twins(head.claims, by_id, in_title)
        out.append(head)
    return out


def _restated(pair: tuple[str, ...], by_id: dict[str, Claim]) -> int:
    """How many figures of a pair are restated in the group's unit from another one as written
    (see selection.common_measure_unit): a figure as its source wrote it speaks first."""
    return sum(1 for i in pair if by_id[i].mention.unit != by_id[i].unit)


def _gap(pair: tuple[str, ...], by_id: dict[str, Claim]) -> float:
    """How far apart the two figures of a pair lie: the gap between their intervals over the
    larger magnitude (0 when they meet)."""
    a, b = (by_id[i] for i in pair)
    (alo, ahi), (blo, bhi) = interval(a), interval(b)
    gap = max(alo - bhi, blo - ahi, 0.0)
    scale = max(abs(a.value), abs(b.value))
    return gap / scale if scale and math.isfinite(gap) else 0.0


def _same_figures(x: tuple[str, ...], y: tuple[str, ...], by_id: dict[str, Claim]) -> bool:
    """Whether two pairs of one pair of sources give the same figure on each side (their
    claims of each document meet, written in one unit: "or about 7,400 hectares" beside
    "18,300 acres" restates the figure, the acres speak for it); the pairs of one source's own
    figures always do."""
    cx, cy = [by_id[i] for i in x], [by_id[i] for i in y]
    if len({c.document for c in cx}) < 2:
        return True
    return all(
        any(
            overlaps(interval(a), interval(b)) and a.mention.unit == b.mention.unit
            for b in cy
            if b.document == a.document
        )
        for a in cx
    )


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


def summarize(pending: list[Pending], ctx: Ctx, focus: set[str] | None) -> list[Pending]:
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

    def rank(p: Pending, d: str) -> tuple[bool, int, str]:
        own = degree[(p.group.id, p.kind, p.severity, p.reason, d)]
        return (focus is None or d not in focus, -own, d)

    stars: dict[tuple[object, ...], list[Pending]] = defaultdict(list)
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
