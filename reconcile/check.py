"""Checking a draft against sources: the library behind ``reconcile check``.

``check_draft(draft, sources, settings)`` runs the whole pipeline on the draft and the sources
together and keeps only the findings that involve at least one claim of the draft (a conflict
among sources alone is not the draft's business). Then it marks suppressed findings.

Suppression: a marker on the same line as a draft claim silences findings on that claim::

    Revenue rose 12% to $3.1 billion. <!-- reconcile: ignore -->
    Revenue rose 12% to $3.1 billion. <!-- reconcile: ignore[value_mismatch, scale_mismatch] -->
    Revenue rose 12% to $3.1 billion.  # reconcile: ignore

Without a list every kind is silenced. Suppressed findings stay in the report with
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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import get_args

from reconcile.cache import ClaimCache
from reconcile.claims.compare import interval, overlaps
from reconcile.claims.models import Claim, Document, Finding, FindingKind, Report
from reconcile.claims.when import relate
from reconcile.config import Settings
from reconcile.pipeline import reconcile

RANK = {"info": 0, "warning": 1, "error": 2}
FAIL_ON = ("error", "warning", "info", "never")
KINDS = frozenset(get_args(FindingKind))

MARKER = re.compile(
    r"(?:<!--|#|//)\s*reconcile\s*:\s*ignore(?!\w|-(?!->))(?:\s*\[(?P<kinds>[^\]]*)\])?",
    re.IGNORECASE,
)


@dataclass
class Markers:
    """Suppression markers of one file: line -> kinds silenced (None = every kind)."""

    lines: dict[int, frozenset[str] | None] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def covers(self, line: int, kind: str) -> bool:
        if line not in self.lines:
            return False
        kinds = self.lines[line]
        return kinds is None or kind in kinds


def find_markers(raw: str) -> Markers:
    """Read every ``reconcile: ignore`` marker; unknown kinds are reported, not fatal."""
    found = Markers()
    for number, line in enumerate(raw.split("\n"), 1):
        for m in MARKER.finditer(line):
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
    return found


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
    """The surface with any run of spaces matching any run of white space (or a tag)."""
    parts = [re.escape(p) for p in surface.split()]
    return re.compile(r"(?:\s|<[^>]*>|&nbsp;)+".join(parts))


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
    return report.model_copy(update={"documents": documents, "claims": claims})


def keep_draft_findings(report: Report, draft_ids: Iterable[str]) -> Report:
    """Only findings with a claim in a draft; documents, claims, groups trimmed to match.

    Kept: the drafts, every group holding a draft claim or named by a kept finding, every claim
    of those groups or findings and every draft claim, and every document those claims cite.
    """
    order = list(draft_ids)
    drafts = set(order)
    doc_of = {c.id: c.document for c in report.claims}
    findings = [f for f in report.findings if any(doc_of.get(cid) in drafts for cid in f.claims)]
    named_groups = {f.group for f in findings if f.group}
    groups = [
        g
        for g in report.groups
        if g.id in named_groups or any(doc_of.get(cid) in drafts for cid in g.claims)
    ]
    keep_claims = {c.id for c in report.claims if c.document in drafts}
    keep_claims.update(cid for g in groups for cid in g.claims)
    keep_claims.update(cid for f in findings for cid in f.claims)
    claims = [c for c in report.claims if c.id in keep_claims]
    keep_docs = {c.document for c in claims} - drafts
    documents = [d for d in report.documents if d.id in drafts]
    documents.sort(key=lambda d: order.index(d.id))
    documents += [d for d in report.documents if d.id in keep_docs]
    return Report(documents=documents, claims=claims, groups=groups, findings=findings)


def suppress(report: Report, raw: dict[str, str]) -> Report:
    """Mark findings silenced by a marker on the raw line of one of their draft claims.

    ``raw`` maps each draft id to the file's text as read. Marker problems (unknown kinds) are
    added to the draft's notices.
    """
    claims = {c.id: c for c in report.claims}
    line_of: dict[str, int] = {}
    markers: dict[str, Markers] = {}
    documents = []
    for doc in report.documents:
        if doc.id not in raw:
            documents.append(doc)
            continue
        text = raw[doc.id]
        found = markers[doc.id] = find_markers(text)
        mine = [c for c in report.claims if c.document == doc.id]
        spans = locate(text, doc.text, mine)
        raw_lines, doc_lines = LineIndex(text), LineIndex(doc.text)
        for c in mine:
            span = spans.get(c.id)
            line_of[c.id] = (
                raw_lines.line_col(span[0])[0]
                if span is not None
                else doc_lines.line_col(c.span[0])[0]
            )
        notices = [f"{doc.path}: {p}" for p in found.problems]
        documents.append(
            doc.model_copy(update={"notices": [*doc.notices, *notices]}) if notices else doc
        )
    findings = []
    for f in report.findings:
        silenced = f.suppressed or any(
            markers[claims[cid].document].covers(line_of[cid], f.kind)
            for cid in f.claims
            if cid in line_of
        )
        findings.append(f.model_copy(update={"suppressed": silenced}) if silenced else f)
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

    def backing(a: Claim, disputing: set[str]) -> set[str]:
        """Sources outside the finding that give the draft's figure for the same time."""
        group = group_of.get(a.id)
        members = [by_id[i] for i in group.claims if i in by_id] if group else []
        return {
            c.document
            for c in members
            if c.document not in drafts
            and c.document not in disputing
            and c.unit == a.unit
            and overlaps(interval(c, tol), interval(a, tol))
            and (c.when == a.when or relate(c.when, a.when).same is True)
        }

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
) -> Report:
    """Check several drafts at once: each against the sources and against the other drafts.

    ``cache`` reuses the claims of documents seen before (see ``reconcile.cache``).
    """
    ids = [d.id for d in drafts]
    if len(set(ids) | {s.id for s in sources}) != len(ids) + len(sources):
        raise ValueError("document ids must be unique across drafts and sources")
    documents, settings = [*drafts, *sources], settings or Settings()
    # Comparisons among sources alone are skipped (their findings would be dropped below).
    report = reconcile(documents, settings, focus=set(ids), cache=cache)
    report = weigh_support(report, ids, settings)
    report = keep_draft_findings(report, ids)
    texts = {d.id: d.text for d in drafts}
    texts.update(raw or {})
    return suppress(to_raw(report, texts), texts)


def check_draft(
    draft: Document,
    sources: Sequence[Document],
    settings: Settings | None = None,
    *,
    raw: str | None = None,
) -> Report:
    """Every claim of ``draft`` against ``sources`` and the draft's other claims.

    ``raw`` is the draft file as read, when ``draft.text`` differs from it (markers and lines are
    looked up there); by default ``draft.text``.
    """
    return check_drafts([draft], sources, settings, raw={draft.id: raw if raw else draft.text})


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
