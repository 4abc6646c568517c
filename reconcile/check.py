"""Checking a draft against sources: the library behind ``reconcile check``.

``check_draft(draft, sources, settings)`` runs the whole pipeline on the draft and the sources
together and keeps only the findings that involve at least one claim of the draft (a conflict
among sources alone is not the draft's business). Then it marks suppressed findings.

Suppression: a marker silences findings on the claims of its sentence::

    Revenue rose 12% to $3.1 billion. <!-- reconcile: ignore -->
    <!-- reconcile: ignore[value_mismatch, scale_mismatch] -->
    Revenue rose 12% to $3.1 billion.
    Revenue rose 12% to $3.1 billion.  # reconcile: ignore

on a line of the sentence (any line of a wrapped one) or alone on the line above it. Without a
list every kind is silenced. ``<!-- reconcile: off -->`` ... ``<!-- reconcile: on -->`` silences
a block, ``<!-- reconcile: ignore-file -->`` the whole file. A marker that silences nothing is
reported (as ruff reports an unused ``noqa``). Suppressed findings stay in the report with
``suppressed = True``; they do not count for the exit status.

Positions refer to the draft file as read. The document parser may strip markup (Markdown
emphasis, HTML tags and comments) from ``Document.text``, so in the report returned, each draft's
``text`` is the file as read (``raw``) and its claims' spans are moved into it: each claim's
surface is looked up in the raw text (see ``locate``). Every renderer then prints the line and
column a reader finds in the file, and markers are read on those same lines.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import get_args

from reconcile.cache import ClaimCache
from reconcile.claims.models import Claim, Document, Finding, FindingKind, Group, Report
from reconcile.compare import interval, overlaps, quote, rules
from reconcile.config import Settings
from reconcile.pipeline import Pending, _collector_paused, extract_ahead, reconcile
from reconcile.time.values import relate
from reconcile.vocabulary import load
from reconcile.warm import rehearsing, serving

RANK = {"info": 0, "warning": 1, "error": 2}
FAIL_ON = ("error", "warning", "info", "never")
KINDS = frozenset(get_args(FindingKind))

MARKER = re.compile(
    r"(?:<!--|#|//)\s*reconcile\s*:\s*ignore(?!\w|-(?!->))(?:\s*\[(?P<kinds>[^\]]*)\])?",
    re.IGNORECASE,
)
# a block: "<!-- reconcile: off -->" ... "<!-- reconcile: on -->"; the whole file:
# "<!-- reconcile: ignore-file -->" (either anywhere in the file; "# ..." in plain text)
SWITCH = re.compile(
    r"(?:<!--|#|//)\s*reconcile\s*:\s*(?P<what>off|on|ignore-file)(?![\w-])", re.IGNORECASE
)
# where a sentence may end: after its closing mark, a blank line, or a comment
_BOUNDARY = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$|<)|\n[ \t]*\n|-->|\n(?=[ \t]*(?:#|<!--))"
)


@dataclass
class Markers:
    """Suppression markers of one file.

    ``lines``: line -> kinds a ``reconcile: ignore`` marker there silences (None = every kind);
    ``alone``: the lines that hold nothing but a marker (it then speaks for the sentence below);
    ``blocks``: line ranges between ``reconcile: off`` and ``reconcile: on`` (or the end);
    ``whole``: the line of a ``reconcile: ignore-file`` marker. ``used`` collects the marker
    lines that silenced a finding, so that the others can be reported as unused.
    """

    lines: dict[int, frozenset[str] | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    alone: set[int] = field(default_factory=set)
    blocks: list[tuple[int, int]] = field(default_factory=list)
    whole: int | None = None
    used: set[int] = field(default_factory=set)

    def covers(self, line: int, kind: str, last: int | None = None) -> bool:
        """Whether a marker silences ``kind`` for a sentence on lines ``line`` to ``last``: on
        one of its lines, alone on the line above it, around it (a block) or in the file."""
        hit = self.covering(line, last if last is not None else line, kind)
        if hit is not None:
            self.used.add(hit)
        return hit is not None

    def covering(self, first: int, last: int, kind: str) -> int | None:
        for n in [*range(first, last + 1), first - 1]:
            if n not in self.lines or (n == first - 1 and n not in self.alone):
                continue
            kinds = self.lines[n]
            if kinds is None or kind in kinds:
                return n
        for start, end in self.blocks:
            if start < first <= end:
                return start
        return self.whole

    def unused(self) -> list[int]:
        """Lines of markers that silenced nothing."""
        lines = set(self.lines) | {start for start, _ in self.blocks}
        if self.whole is not None:
            lines.add(self.whole)
        return sorted(lines - self.used)


def find_markers(raw: str) -> Markers:
    """Read every ``reconcile:`` marker; unknown kinds are reported, not fatal."""
    found = Markers()
    opened: int | None = None
    for number, line in enumerate(raw.split("\n"), 1):
        for m in SWITCH.finditer(line):
            what = m["what"].lower()
            if what == "ignore-file":
                found.whole = found.whole or number
            elif what == "off" and opened is None:
                opened = number
            elif what == "on" and opened is not None:
                found.blocks.append((opened, number))
                opened = None
        for m in MARKER.finditer(line):
            if not line.replace(m.group(0), "").strip(" \t\r-<>!"):
                found.alone.add(number)
            if m["kinds"] is None:
                found.lines[number] = None
                continue
            named = {k.strip() for k in m["kinds"].split(",") if k.strip()}
            unknown = sorted(named - KINDS)
            if unknown:
                found.problems.append(
                    f"line {number}: unknown finding kind(s) in ignore marker: "
                    f"{', '.join(unknown)} (known: {', '.join(sorted(KINDS))})"
                )
            if not named:
                found.lines[number] = None
                continue
            previous = found.lines.get(number, frozenset())
            if previous is not None:
                found.lines[number] = previous | frozenset(named & KINDS)
    if opened is not None:
        found.blocks.append((opened, raw.count("\n") + 2))
    return found


def sentence_extent(raw: str, span: tuple[int, int], bounds: list[int]) -> tuple[int, int]:
    """Offsets of the sentence around ``span``: from the last boundary before it (a sentence's
    closing mark, a blank line, a comment) to the first after it. ``bounds``: the ends of the
    boundaries in ``raw``, sorted (see ``boundaries``)."""
    i = bisect.bisect_right(bounds, span[0]) - 1
    start = bounds[i] if i >= 0 else 0
    j = bisect.bisect_left(bounds, span[1])
    end = bounds[j] if j < len(bounds) else len(raw)
    while start < span[0] and raw[start].isspace():
        start += 1
    return start, max(end, span[1])


def boundaries(raw: str) -> list[int]:
    return [m.end() for m in _BOUNDARY.finditer(raw)]


class LineIndex:
    """Offsets -> 1-based (line, column) in one text, by bisection.

    Lines end at "\n" (as in reconcile.render.location), so a CRLF file counts the same lines.
    """

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1


def _pattern(surface: str) -> re.Pattern[str]:
    """The surface with any run of spaces matching any run of white space, tags or Markdown
    emphasis marks ("5,900* people" in "*5,900* people")."""
    parts = [re.escape(p) for p in surface.split()]
    return re.compile(r"(?:[\s*_~`]|<[^>]*>|&nbsp;)+".join(parts))


def locate(raw: str, text: str, claims: Sequence[Claim]) -> dict[str, tuple[int, int] | None]:
    """Span in ``raw`` of each claim whose span points into ``text`` (None when not found).

    When the parser kept the text as read, spans are raw spans already. Otherwise the claim's
    surface is searched for in ``raw`` (white space may differ, tags may interrupt it): the k-th
    occurrence in ``text`` is taken to be the k-th in ``raw`` when both have as many; else the
    occurrence at the nearest relative position.
    """
    if raw == text:
        return {c.id: c.span for c in claims}
    out: dict[str, tuple[int, int] | None] = {}
    by_surface: dict[str, list[Claim]] = {}
    for c in claims:
        by_surface.setdefault(text[c.span[0] : c.span[1]] or c.text, []).append(c)
    for surface, group in by_surface.items():
        if not surface.strip():
            out.update((c.id, None) for c in group)
            continue
        rx = _pattern(surface)
        in_text = [m.start() for m in rx.finditer(text)]
        in_raw = [m.span() for m in rx.finditer(raw)]
        for c in group:
            if not in_raw:
                out[c.id] = None
            elif len(in_raw) == len(in_text) and c.span[0] in in_text:
                out[c.id] = in_raw[in_text.index(c.span[0])]
            else:
                where = c.span[0] / max(len(text), 1)
                out[c.id] = min(in_raw, key=lambda r: abs(r[0] / max(len(raw), 1) - where))
    return out


def to_raw(report: Report, raw: dict[str, str]) -> Report:
    """Put each listed document's raw text in place of its parsed text, and move its claims.

    A claim whose surface cannot be found in the raw text keeps its length and is placed at the
    same relative position (an approximation; the document gets a notice saying how many).
    """
    moved: dict[str, Claim] = {}
    documents = []
    for doc in report.documents:
        text = raw.get(doc.id)
        if text is None or text == doc.text:
            documents.append(doc)
            continue
        mine = [c for c in report.claims if c.document == doc.id]
        spans = locate(text, doc.text, mine)
        lost = 0
        for c in mine:
            span = spans[c.id]
            if span is None:
                lost += 1
                start = min(round(c.span[0] * len(text) / max(len(doc.text), 1)), len(text))
                span = (start, min(start + c.span[1] - c.span[0], len(text)))
            mention = c.mention.model_copy(update={"span": span})
            moved[c.id] = c.model_copy(update={"span": span, "mention": mention})
        notices = list(doc.notices)
        if lost:
            notices.append(f"{lost} figure(s) not found in the file as read; positions approximate")
        documents.append(doc.model_copy(update={"text": text, "notices": notices}))
    claims = [moved.get(c.id, c) for c in report.claims]
    report = report.model_copy(update={"documents": documents, "claims": claims})
    return _renamed(report, {old: _claim_id(c) for old, c in moved.items()})


def _claim_id(c: Claim) -> str:
    return f"{c.document}#{c.span[0]}-{c.span[1]}"


def _renamed(report: Report, new: dict[str, str]) -> Report:
    """Claim ids renamed (``doc#start-end`` after their spans moved into the file as read),
    everywhere they are named; an id is kept where the new one would not be unique."""
    new = {old: n for old, n in new.items() if old != n}
    taken = Counter([*new.values(), *(c.id for c in report.claims if c.id not in new)])
    new = {old: n for old, n in new.items() if taken[n] == 1}
    if not new:
        return report

    def ids(xs: list[str]) -> list[str]:
        return [new.get(x, x) for x in xs]

    claims = [
        c.model_copy(update={"id": new.get(c.id, c.id), "linked": ids(c.linked)})
        for c in report.claims
    ]
    groups = [g.model_copy(update={"claims": ids(g.claims)}) for g in report.groups]
    findings = [
        f.model_copy(
            update={
                "claims": ids(f.claims),
                "evidence": [e.model_copy(update={"claims": ids(e.claims)}) for e in f.evidence],
            }
        )
        for f in report.findings
    ]
    return report.model_copy(update={"claims": claims, "groups": groups, "findings": findings})


def locate_findings(report: Report, draft_ids: Iterable[str]) -> Report:
    """Each finding's place in the draft: ``details["line"]`` and ``details["column"]`` (1-based,
    in the file as read) of its first draft claim, and ``details["path"]`` of that draft."""
    drafts = set(draft_ids)
    by_id = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents if d.id in drafts}
    lines = {d: LineIndex(doc.text) for d, doc in docs.items()}
    findings = []
    for f in report.findings:
        mine = [by_id[i] for i in f.claims if i in by_id and by_id[i].document in drafts]
        if not mine:
            findings.append(f)
            continue
        # a draft's self-contradiction is about its first claim; others, their first place
        first = (
            mine[0]
            if f.kind == "self_contradiction"
            else min(mine, key=lambda c: (c.document, c.span))
        )
        line, column = lines[first.document].line_col(first.span[0])
        place = {"path": docs[first.document].path, "line": line, "column": column}
        findings.append(f.model_copy(update={"details": {**f.details, **place}}))
    return report.model_copy(update={"findings": findings})


def keep_draft_findings(report: Report, draft_ids: Iterable[str]) -> Report:
    """Only findings with a claim in a draft; documents, claims, groups trimmed to match.

    Kept: the drafts, every group holding a draft claim or named by a kept finding, the claims
    of the drafts and those the kept findings cite (their evidence too), and every document
    those claims cite. A kept group lists the kept claims only: the sources' other figures of
    the quantity (thousands, against a thousand sources) are not the draft's business, and a
    check's report grows with the draft's findings, not with the sources.
    """
    order = list(draft_ids)
    drafts = set(order)
    doc_of = {c.id: c.document for c in report.claims}
    findings = [f for f in report.findings if any(doc_of.get(cid) in drafts for cid in f.claims)]
    named_groups = {f.group for f in findings if f.group}
    keep_claims = {c.id for c in report.claims if c.document in drafts}
    keep_claims.update(cid for f in findings for cid in f.claims)
    keep_claims.update(cid for f in findings for e in f.evidence for cid in e.claims)
    # (a set of the drafts' claim ids: a group is tested in one look-up per claim, in C)
    drafted = {cid for cid, doc in doc_of.items() if doc in drafts}
    groups = [
        g.model_copy(update={"claims": [cid for cid in g.claims if cid in keep_claims]})
        for g in report.groups
        if g.id in named_groups or not drafted.isdisjoint(g.claims)
    ]
    claims = [c for c in report.claims if c.id in keep_claims]
    keep_docs = {c.document for c in claims} - drafts
    documents = [d for d in report.documents if d.id in drafts]
    documents.sort(key=lambda d: order.index(d.id))
    documents += [d for d in report.documents if d.id in keep_docs]
    return Report(documents=documents, claims=claims, groups=groups, findings=findings)


def suppress(report: Report, raw: dict[str, str]) -> Report:
    """Mark findings silenced by a marker of one of their draft claims' sentences.

    ``raw`` maps each draft id to the file's text as read. A marker silences a sentence when it
    stands on one of the sentence's lines (a wrapped sentence too) or alone on the line above
    it, when the sentence lies in a ``reconcile: off`` ... ``reconcile: on`` block, or when the
    file holds ``reconcile: ignore-file``. Marker problems (unknown kinds) and markers that
    silence nothing (as ruff's unused ``noqa``) are added to the draft's notices.
    """
    claims = {c.id: c for c in report.claims}
    lines_of: dict[str, tuple[int, int]] = {}
    markers: dict[str, Markers] = {}
    for doc in report.documents:
        if doc.id not in raw:
            continue
        text = raw[doc.id]
        markers[doc.id] = find_markers(text)
        mine = [c for c in report.claims if c.document == doc.id]
        spans = locate(text, doc.text, mine)
        raw_lines, doc_lines = LineIndex(text), LineIndex(doc.text)
        bounds = boundaries(text)
        for c in mine:
            span = spans.get(c.id)
            if span is None:
                line = doc_lines.line_col(c.span[0])[0]
                lines_of[c.id] = (line, line)
                continue
            start, end = sentence_extent(text, span, bounds)
            first = raw_lines.line_col(start)[0]
            last = raw_lines.line_col(max(start, end - 1))[0]
            lines_of[c.id] = (min(first, raw_lines.line_col(span[0])[0]), last)
    findings = []
    for f in report.findings:
        silenced = f.suppressed
        for cid in f.claims:
            if silenced:
                break
            if cid in lines_of:
                first, last = lines_of[cid]
                silenced = markers[claims[cid].document].covers(first, f.kind, last)
        findings.append(f.model_copy(update={"suppressed": silenced}) if silenced else f)
    documents = []
    for doc in report.documents:
        found = markers.get(doc.id)
        if found is None:
            documents.append(doc)
            continue
        notices = [f"{doc.path}: {p}" for p in found.problems]
        notices += [
            f"{doc.path}:{n}: warning: this reconcile marker silences no finding (remove it)"
            for n in found.unused()
        ]
        documents.append(
            doc.model_copy(update={"notices": [*doc.notices, *notices]}) if notices else doc
        )
    return report.model_copy(update={"documents": documents, "findings": findings})


# kinds where sources dispute the draft's figure (a near-day different_scope warning says the
# figure may be misdated: sources giving the same figure for the same day settle that too)
DISPUTES = frozenset({"value_mismatch", "scale_mismatch", "qualifier_conflict", "different_scope"})


def weigh_support(report: Report, draft_ids: Iterable[str], settings: Settings) -> Report:
    """A draft figure that as many sources back as dispute is not the draft's error.

    For a dispute (a value, scale or qualifier conflict, or a warning that the days differ) about
    figures of a draft, the sources of each figure's group that give the same figure for the same
    time (intervals meet; the same time, or both undated) are found. The finding names them. When
    they are at least as many as the sources that dispute the figure, the draft's figure is not
    the minority and the finding becomes an info note; a warning that the days differ (the figure
    may be misdated) is settled by one such source. ``details["agreeing_sources"]`` counts them.
    """
    drafts = set(draft_ids)
    tol = settings.tolerance
    by_id = {c.id: c for c in report.claims}
    group_of = {cid: g for g in report.groups for cid in g.claims}
    # each group's sources' claims and each claim's interval, worked out once: a check against
    # many sources has findings by the hundred over groups of hundreds of claims
    sourced: dict[str, list[tuple[Claim, tuple[float, float]]]] = {}
    giving: dict[str, set[str]] = {}

    def backing(a: Claim, disputing: set[str]) -> set[str]:
        """Sources outside the finding that give the draft's figure for the same time."""
        if a.id not in giving:
            group = group_of.get(a.id)
            if group is not None and group.id not in sourced:
                sourced[group.id] = [
                    (c, interval(c, tol))
                    for c in (by_id[i] for i in group.claims if i in by_id)
                    if c.document not in drafts
                ]
            iv = interval(a, tol)
            giving[a.id] = {
                c.document
                for c, civ in (sourced[group.id] if group is not None else [])
                if c.unit == a.unit
                and overlaps(civ, iv)
                and (c.when == a.when or relate(c.when, a.when).same is True)
            }
        return giving[a.id] - disputing

    findings = []
    for f in report.findings:
        # the draft's figures it names (a level and its linked change make one finding)
        mine = [by_id[i] for i in f.claims if i in by_id and by_id[i].document in drafts]
        if f.severity == "info" or f.kind not in DISPUTES or not mine:
            findings.append(f)
            continue
        disputing = {by_id[i].document for i in f.claims if i in by_id} - drafts
        agreeing = sorted(set.intersection(*(backing(a, disputing) for a in mine)))
        if not agreeing:
            findings.append(f)
            continue
        n, a = len(agreeing), mine[0]
        names = _names(agreeing)
        verb = "agrees" if n == 1 else "agree"
        # the draft's figure is the minority only when fewer sources back it than dispute it;
        # "the days differ" is settled by one source giving the draft's figure for its day
        minority = f.kind != "different_scope" and n < len(disputing)
        if minority:
            tail = f"; {names} {verb} with {a.document}'s figure, but more sources dispute it."
        else:
            tail = f"; but {names} {verb} with {a.document}'s figure."
        update: dict[str, object] = {
            "message": f"{f.message.removesuffix('.')}{tail}",
            "details": {**f.details, "agreeing_sources": n},
        }
        if not minority:
            update["severity"] = "info"
        findings.append(f.model_copy(update=update))
    return report.model_copy(update={"findings": findings})


@cache
def _revision_words() -> re.Pattern[str]:
    """Words that give a figure as a revision of another (comparison.toml [self_contradiction])."""
    raw = load("comparison")
    return re.compile(raw["self_contradiction"]["revision_pattern"], re.IGNORECASE)


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s|\n\s*\n")


def _given_as_earlier_or_revised(c: Claim, text: str) -> bool:
    """Whether the text gives ``c`` as an earlier value ("from 4.50%", "compared with") or as a
    revision ("revised to $2.1 billion", "the figure was later corrected from X to Y"): the
    words just before it say so, or its sentence names a revision before it."""
    lead = text[max(0, c.span[0] - 160) : c.span[0]]
    r = rules()
    if r.earlier_cross.search(lead[-80:]) or r.revised.search(lead[-80:]):
        return True
    ends = list(_SENTENCE_END.finditer(lead))
    return bool(_revision_words().search(lead[ends[-1].end() if ends else 0 :]))


def _contradicts(a: Claim, b: Claim, tol: float) -> bool:
    """Two figures of one quantity in one text that cannot both hold at one time: the same
    unit, intervals apart, the same (or unstated) day and session, within the ratio past which
    two figures are more likely two quantities under one name (as ``compare`` reads them)."""
    if a.sentence == b.sentence or a.unit != b.unit or a.role != b.role:
        return False
    if overlaps(interval(a, tol), interval(b, tol)):
        return False
    if a.session is not None and b.session is not None and a.session != b.session:
        return False
    if relate(a.when, b.when).same is False:
        return False
    small, large = sorted((abs(a.value), abs(b.value)))
    return small > 0 and large / small <= rules().unrelated_ratio


class _Intervals:
    """Each claim's interval (``compare.interval`` at one tolerance), worked out when first
    asked for."""

    def __init__(self, tol: float) -> None:
        self.tol = tol
        self.known: dict[str, tuple[float, float]] = {}

    def of(self, c: Claim) -> tuple[float, float]:
        got = self.known.get(c.id)
        if got is None:
            got = self.known[c.id] = interval(c, self.tol)
        return got


def self_contradictions(report: Report, draft_ids: Iterable[str], settings: Settings) -> Report:
    """A ``self_contradiction`` finding for each figure of a draft that another figure of the
    same draft contradicts: one quantity (one group), two figures whose intervals do not meet,
    for the same (or an unstated) day and session, neither given as an earlier value or a
    revision ("revised from X to Y" is a revision, not a contradiction).

    The pair verdicts between the draft and its sources are left as they are (a source that
    gives both figures explains them; a check and a report find the same pairs of sources in
    conflict): this finding is the draft's own. When sources give both figures, the pair
    verdicts already speak (or the group holds two quantities under one name), so there is no
    finding. Of two figures, the one fewer sources back (then
    the one the draft states fewer times, then the later one) is the finding's subject: its
    first claim, where the finding is located; the figures it contradicts follow.
    """
    chosen = settings.severity.get("self_contradiction")
    if chosen == "off":
        return report
    severity = chosen or rules().severity["self_contradiction"]
    drafts = set(draft_ids)
    tol = settings.tolerance
    by_id = {c.id: c for c in report.claims}
    texts = {d.id: d.text for d in report.documents}
    new: list[Finding] = []
    drafted = {c.id for c in report.claims if c.document in drafts}
    for g in report.groups:
        # a contradiction needs two figures of one draft in the group (against a thousand
        # sources, most groups hold none or one: their other claims are not looked at)
        # (the draft's claims of the group, in the group's order; its sources' claims are
        # listed only when a contradiction is weighed)
        members = [by_id[i] for i in g.claims if i in drafted]
        if len(members) < 2:
            continue
        for doc in sorted({c.document for c in members}):
            text = texts.get(doc, "")
            mine = sorted(
                (
                    c
                    for c in members
                    if c.document == doc
                    and (g.metric or "").lower() not in rules().unnamed_metrics
                    and not _given_as_earlier_or_revised(c, text)
                ),
                key=lambda c: c.span,
            )
            if len(mine) < 2:
                continue
            listed: list[list[Claim]] = []  # the group's claims of sources, once asked
            ivs = _Intervals(tol)  # worked out for the figures a contradiction weighs only
            weights: dict[str, tuple[int, int]] = {}

            def weight(
                c: Claim,
                group: Group = g,
                listed: list[list[Claim]] = listed,
                mine: list[Claim] = mine,
                ivs: _Intervals = ivs,
                weights: dict[str, tuple[int, int]] = weights,
            ) -> tuple[int, int]:
                """Sources giving ``c``'s figure for its time, and the draft's statements of
                it (worked out only for figures in a contradiction)."""
                if c.id not in weights:
                    if not listed:
                        listed.append(
                            [
                                by_id[i]
                                for i in group.claims
                                if i in by_id and by_id[i].document not in drafts
                            ]
                        )
                    others = listed[0]
                    iv = ivs.of(c)
                    same = {
                        o.document
                        for o in others
                        if o.unit == c.unit
                        and overlaps(ivs.of(o), iv)
                        and relate(o.when, c.when).same is not False
                    }
                    twins = sum(1 for o in mine if o.unit == c.unit and overlaps(ivs.of(o), iv))
                    weights[c.id] = (len(same), twins)
                return weights[c.id]

            against: dict[str, list[Claim]] = {}
            for i, a in enumerate(mine):
                for b in mine[i + 1 :]:
                    if not _contradicts(a, b, tol):
                        continue
                    # sources giving both figures dispute it among themselves (the pair
                    # verdicts say so), or the group holds two quantities under one name
                    if weight(a)[0] and weight(b)[0]:
                        continue
                    # the subject: fewer sources, then fewer statements, then the later one
                    odd, main = (a, b) if weight(a) < weight(b) else (b, a)
                    against.setdefault(odd.id, []).append(main)
            for odd_id, mains in against.items():
                odd, main = by_id[odd_id], mains[0]
                n_main = weight(main)[0]
                backed = ""
                if n_main:  # (then no source gives the odd figure)
                    backed = (
                        f"; {n_main} source{'s' if n_main != 1 else ''} "
                        f'give{"s" if n_main == 1 else ""} the figure of "{quote(main, text)}", '
                        f"none gives this one"
                    )
                more = f" (and {len(mains) - 1} more of its figures)" if len(mains) > 1 else ""
                new.append(
                    Finding(
                        id="",
                        kind="self_contradiction",
                        severity=severity,
                        group=g.id,
                        claims=[odd.id, *(m.id for m in mains)],
                        message=(
                            f'{g.label}: {doc} says "{quote(odd, text)}" and elsewhere '
                            f'"{quote(main, text)}"{more}; the draft gives two figures for one '
                            f"quantity without giving either as an earlier value or a revision, "
                            f"so they cannot both hold{backed}."
                        ),
                        details={"source": doc, "sources_backing_other": n_main},
                    )
                )
    if not new:
        return report
    taken = {f.id for f in report.findings}
    numbered = []
    n = len(report.findings)
    for f in new:
        n += 1
        while f"f{n}" in taken:
            n += 1
        numbered.append(f.model_copy(update={"id": f"f{n}"}))
    return report.model_copy(update={"findings": [*report.findings, *numbered]})


def _names(docs: list[str], shown: int = 4) -> str:
    """ "a.txt", "a.txt and b.txt", "a.txt, b.txt, c.txt, d.txt and 3 more"."""
    if len(docs) <= shown + 1:
        return docs[0] if len(docs) == 1 else ", ".join(docs[:-1]) + f" and {docs[-1]}"
    return ", ".join(docs[:shown]) + f" and {len(docs) - shown} more"


def check_drafts(
    drafts: Sequence[Document],
    sources: Sequence[Document],
    settings: Settings | None = None,
    *,
    raw: dict[str, str] | None = None,
    cache: ClaimCache | None = None,
    progress: Callable[[str], None] | None = None,
    ahead: Pending | None = None,
) -> Report:
    """Check several drafts at once: each against the sources and against the other drafts.

    ``cache`` reuses the claims of documents seen before (see ``reconcile.cache``); the drafts
    it lacks are extracted in a child process while the sources' claims are read from it
    (``ahead``, when the caller started it earlier: see ``reconcile.pipeline.extract_ahead``).
    """
    ids = [d.id for d in drafts]
    if len(set(ids) | {s.id for s in sources}) != len(ids) + len(sources):
        raise ValueError("document ids must be unique across drafts and sources")
    documents, settings = [*drafts, *sources], settings or Settings()
    texts = {d.id: d.text for d in drafts}
    texts.update(raw or {})
    key = None
    # the same draft against the same sources: the stored report (of this module's pipeline:
    # a caller that put another in its place, as tests do, gets none)
    # (a rehearsal in the warm process runs the whole check: see ``reconcile.warm.rehearse``)
    if cache is not None and reconcile is _PIPELINE and not rehearsing():
        key = cache.check_key(list(drafts), list(sources), settings, texts)
        stored = cache.get_check(key)
        if stored is not None:
            if ahead is not None:
                ahead.close()
            return stored
    # (the warm process extracts a draft itself: its parse is loaded, its sentences kept)
    if ahead is None and cache is not None and reconcile is _PIPELINE and not serving():
        ahead = extract_ahead([d for d in drafts if not cache.holds(d, settings)], settings)
    # the collector stays paused until the report is final: the steps after the pipeline copy
    # claims and findings (no cycles among them), and a collection would scan every live claim
    with _collector_paused():
        # Comparisons among sources alone are skipped (their findings would be dropped below).
        report = reconcile(
            documents, settings, focus=set(ids), cache=cache, progress=progress, ahead=ahead
        )
        # a file the time cap cut short may read further next time: such a check is not stored
        cut = any(_CUT in n for d in report.documents for n in d.notices)
        report = weigh_support(report, ids, settings)
        report = self_contradictions(report, ids, settings)
        report = keep_draft_findings(report, ids)
        report = locate_findings(suppress(to_raw(report, texts), texts), ids)
    if key is not None and cache is not None and not cut:
        cache.put_check(key, report)
    return report


_CUT = ": reading stopped after "  # the time cap's notice (reconcile.timecap)
_PIPELINE = reconcile


def check_draft(
    draft: Document | str | Path,
    sources: Iterable[Document | str | Path],
    settings: Settings | None = None,
    *,
    raw: str | None = None,
    cache: ClaimCache | None = None,
) -> Report:
    """Check one draft against sources: the library call behind ``reconcile check``.

    ``draft`` is a file path or a :class:`Document`; ``sources`` are files, folders or
    documents. Every claim of the draft is compared with the sources and with the draft's other
    claims; the report keeps the findings that involve the draft, located in the file as read
    (``details["line"]``/``["column"]``) and marked ``suppressed`` where a marker silences
    them. ``raw`` is the draft file as read when ``draft`` is a Document whose text differs from
    it (markers and lines are looked up there). Paths that cannot be read raise ``InputError``::

        report = reconcile.check_draft("draft.md", ["sources/"])
        for f in report.findings:
            print(f.details["line"], f.severity, f.message)
    """
    from reconcile.io import InputError, read_sets  # io imports nothing of this module

    paths = [s for s in sources if not isinstance(s, Document)]
    docs = [s for s in sources if isinstance(s, Document)]
    texts: dict[str, str] = {}
    if not isinstance(draft, Document):
        (drafts, read), problems = read_sets([[draft], paths])
        if not drafts:
            raise InputError(problems[0] if problems else f"{draft}: could not be read")
        draft, texts = drafts[0][0], {drafts[0][0].id: drafts[0][1].text}
        docs += [d for d, _ in read]
    elif paths:
        (read,), _problems = read_sets([paths])
        docs += [d for d, _ in read]
    texts.setdefault(draft.id, raw if raw else draft.text)
    return check_drafts([draft], docs, settings, raw=texts, cache=cache)


def failing(report: Report, fail_on: str) -> list[Finding]:
    """Unsuppressed findings at or above ``fail_on`` ('never' -> none)."""
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    if fail_on == "never":
        return []
    floor = RANK[fail_on]
    return [f for f in report.findings if not f.suppressed and RANK[f.severity] >= floor]


def exit_status(report: Report, fail_on: str) -> int:
    """0 when nothing unsuppressed reaches ``fail_on``, else 1."""
    return 1 if failing(report, fail_on) else 0
