"""Helpers every renderer shares: look-ups, ordering, number and interval formatting.

Renderers stay thin: they read a :class:`Report` and never change it. Anything a
renderer needs to decide (which findings come first, which claim stands for a
finding in a draft, how a number reads) is decided here once.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from reconcile.claims.models import Claim, Document, Finding, Group, Report, Severity

SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

#: Stable rule codes with a one-line description, in the order rules are listed.
KIND_DESCRIPTIONS: dict[str, str] = {
    "value_mismatch": "Sources give values for the same quantity whose intervals do not overlap.",
    "qualifier_conflict": "Sources qualify the same figure in incompatible ways "
    "(for example 'over' against 'under').",
    "different_scope": "Figures that look alike refer to different scopes, markets or periods.",
    "arithmetic": "Figures reported together do not add up (change, level and total disagree).",
    "scale_mismatch": "Values differ by a power of ten, a likely scale or unit slip.",
    "self_contradiction": "A draft gives two figures for one quantity, neither as an earlier "
    "value or a revision.",
}


def esc(value: object) -> str:
    """The one escaping function for HTML and SVG output (text and attribute values)."""
    return html.escape(str(value), quote=True)


def one_line(text: str) -> str:
    """Collapse line breaks (and runs of blanks around them) into single spaces."""
    return " ".join(text.split())


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def claims_from(claims: int, sources: int) -> str:
    """ "1 claim from 1 source", "3 claims from 2 sources": a quiet group's line."""
    return f"{plural(claims, 'claim')} from {plural(sources, 'source')}"


@dataclass
class Index:
    """Id look-ups over a report; unknown ids are tolerated (skipped), never a crash."""

    report: Report
    claims: dict[str, Claim] = field(init=False)
    documents: dict[str, Document] = field(init=False)
    groups: dict[str, Group] = field(init=False)

    def __post_init__(self) -> None:
        self.claims = {c.id: c for c in self.report.claims}
        self.documents = {d.id: d for d in self.report.documents}
        self.groups = {g.id: g for g in self.report.groups}

    def claims_of(self, ids: Iterable[str]) -> list[Claim]:
        return [self.claims[i] for i in ids if i in self.claims]

    def finding_claims(self, finding: Finding) -> list[Claim]:
        return self.claims_of(finding.claims)

    def group_claims(self, group: Group) -> list[Claim]:
        return self.claims_of(group.claims)

    def document_of(self, claim: Claim) -> Document | None:
        return self.documents.get(claim.document)

    def path_of(self, claim: Claim) -> str:
        doc = self.document_of(claim)
        return doc.path if doc is not None else claim.document


def finding_key(report: Report) -> dict[str, tuple[int, int, int]]:
    """Sort key per finding id: severity, then unsuppressed first, then report order."""
    return {
        f.id: (SEVERITY_ORDER.get(f.severity, 9), int(f.suppressed), n)
        for n, f in enumerate(report.findings)
    }


def sorted_findings(report: Report) -> list[Finding]:
    keys = finding_key(report)
    return sorted(report.findings, key=lambda f: keys[f.id])


@dataclass
class Section:
    """A group (or the pseudo-group of findings without one) with its findings."""

    group: Group | None
    findings: list[Finding]

    @property
    def label(self) -> str:
        return self.group.label if self.group is not None else "Findings without a group"


def sections(report: Report) -> list[Section]:
    """Groups that have findings, worst first; then findings whose group is unknown or None."""
    idx = Index(report)
    by_group: dict[str, list[Finding]] = {}
    orphans: list[Finding] = []
    for f in sorted_findings(report):
        if f.group is not None and f.group in idx.groups:
            by_group.setdefault(f.group, []).append(f)
        else:
            orphans.append(f)
    order = {g.id: n for n, g in enumerate(report.groups)}
    keys = finding_key(report)
    ranked = sorted(by_group.items(), key=lambda kv: (keys[kv[1][0].id][:2], order[kv[0]]))
    out = [Section(idx.groups[gid], fs) for gid, fs in ranked]
    if orphans:
        out.append(Section(None, orphans))
    return out


def quiet_groups(report: Report) -> list[Group]:
    """Groups without any finding, in report order."""
    flagged = {f.group for f in report.findings}
    return [g for g in report.groups if g.id not in flagged]


def filtered(
    report: Report,
    min_severity: str = "warning",
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> Report:
    """The report with only the findings a reader asked to see (as ruff's and Vale's filters).

    ``min_severity``: the lowest severity shown ("warning" by default: info notes are hidden);
    ``select``: only these kinds (None: every kind); ``ignore``: never these kinds. Documents,
    claims and groups are kept as they are; only the list of findings shrinks.
    """
    floor = SEVERITY_ORDER[min_severity]
    chosen = None if select is None else set(select)
    dropped = set(ignore)
    findings = [
        f
        for f in report.findings
        if SEVERITY_ORDER.get(f.severity, 9) <= floor
        and (chosen is None or f.kind in chosen)
        and f.kind not in dropped
    ]
    if len(findings) == len(report.findings):
        return report
    return report.model_copy(update={"findings": findings})


_OWN_REPORT = re.compile(
    r'\A(?:\s*<!DOCTYPE html>\s*<html[^>]*><head>.{0,300}<meta name="generator" '
    r'content="reconcile">|# reconcile report\n|reconcile: \d+ documents?, \d+ claims?, )',
    re.DOTALL,
)


def is_own_report(text: str) -> bool:
    """Whether a file's text is a report reconcile wrote (HTML, Markdown or text), which must not
    be read back as a source when it was written into the sources' folder."""
    return bool(_OWN_REPORT.match(text[:1000]))


def severity_counts(findings: Iterable[Finding]) -> dict[str, int]:
    counts = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        if not f.suppressed:
            counts[f.severity] = counts.get(f.severity, 0) + 1
    return counts


def severity_phrase(counts: dict[str, int]) -> str:
    """'2 errors, 1 warning, 0 info'."""
    return ", ".join(
        plural(counts[s], s) if s != "info" else f"{counts[s]} info" for s in SEVERITIES
    )


def summary_line(report: Report) -> str:
    counts = severity_counts(report.findings)
    suppressed = sum(1 for f in report.findings if f.suppressed)
    parts = severity_phrase(counts)
    tail = f"; {suppressed} suppressed" if suppressed else ""
    return (
        f"{plural(len(report.documents), 'document')}, {plural(len(report.claims), 'claim')}, "
        f"{plural(len(report.groups), 'group')}, {plural(len(report.findings), 'finding')} "
        f"({parts}{tail})"
    )


def claim_states(report: Report) -> dict[str, str]:
    """For each claim named by a finding: its worst unsuppressed severity, or 'suppressed'."""
    states: dict[str, str] = {}
    for f in report.findings:
        state = "suppressed" if f.suppressed else f.severity
        for cid in f.claims:
            old = states.get(cid)
            if old is None or _state_rank(state) < _state_rank(old):
                states[cid] = state
    return states


def _state_rank(state: str) -> int:
    return SEVERITY_ORDER.get(state, 3)


def findings_by_claim(report: Report) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for f in sorted_findings(report):
        for cid in f.claims:
            out.setdefault(cid, []).append(f)
    return out


# -- numbers -------------------------------------------------------------------------------

_BIG = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_UNIT_SUFFIX = {"percent": "%", "percentage_point": " pp", "basis_point": " bp", "times": "×"}


def finite(x: float | None) -> float | None:
    """``x`` if it is a finite number, else None (None, inf and nan all read as 'no bound')."""
    if x is None or not math.isfinite(x):
        return None
    return x


def fmt_number(x: float) -> str:
    """A number as a reader would write it: 3.2 billion, 23,000, 137.95, 0.7."""
    if not math.isfinite(x):
        return "∞" if x > 0 else ("-∞" if x < 0 else "nan")
    for size, word in _BIG:
        if abs(x) >= size:
            return f"{x / size:.6g} {word}"
    if x == int(x):
        return f"{int(x):,}"
    return f"{x:,.6g}"


_IRREGULAR = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "foot": "feet",
}


def plural_noun(noun: str) -> str:
    """ "person" -> "people", "company" -> "companies", "bus" -> "buses", "job" -> "jobs"."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    return noun + "s"


def _unit_word(unit: str, x: float | None) -> str:
    """A counted noun in the number's form: "1 person", "41.5 people"."""
    if not unit or " " in unit or not unit.isalpha() or not unit.islower() or x == 1:
        return unit
    return plural_noun(unit)


def _is_code(unit: str) -> bool:
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def fmt_value(x: float, unit: str) -> str:
    num = fmt_number(x)
    if unit == "tally":  # a tally's value is its first count ("5-2" -> 5)
        return f"{num} (first count of a tally)"
    if unit in _UNIT_SUFFIX:
        return num + _UNIT_SUFFIX[unit]
    if _is_code(unit):
        return f"{unit} {num}"
    return f"{num} {_unit_word(unit, x)}" if unit else num


def fmt_interval(low: float | None, high: float | None, unit: str) -> str:
    lo, hi = finite(low), finite(high)
    if lo is None and hi is None:
        return "unbounded"
    if lo is None:
        return f"≤ {fmt_value(hi, unit)}"  # type: ignore[arg-type]
    if hi is None:
        return f"≥ {fmt_value(lo, unit)}"
    if lo == hi or fmt_number(lo) == fmt_number(hi):
        return fmt_value(lo, unit)
    if unit and unit not in _UNIT_SUFFIX and not _is_code(unit):
        return f"{fmt_number(lo)} – {fmt_value(hi, unit)}"  # "41.5 – 42.5 people"
    return f"{fmt_value(lo, unit)} – {fmt_value(hi, unit)}"


def claim_interval(claim: Claim) -> str:
    return fmt_interval(claim.low, claim.high, claim.unit)


def quote_of(claim: Claim, width: int = 110) -> str:
    """The claim's sentence (or surface) on one line, shortened around the surface text."""
    sentence = one_line(claim.sentence) if claim.sentence.strip() else one_line(claim.text)
    if len(sentence) <= width:
        return sentence
    surface = one_line(claim.text)
    at = sentence.find(surface) if surface else -1
    if at < 0:
        return sentence[: width - 1].rstrip() + "…"
    room = max(width - len(surface), 10)
    start = max(0, at - room // 2)
    end = min(len(sentence), start + max(width, len(surface) + 2))
    start = max(0, end - width)
    text = sentence[start:end].strip()
    return ("…" if start > 0 else "") + text + ("…" if end < len(sentence) else "")


def find_document(report: Report, draft: str) -> Document:
    """The document named ``draft`` (by id, else by path); ValueError when there is none."""
    for doc in report.documents:
        if doc.id == draft:
            return doc
    for doc in report.documents:
        if doc.path == draft:
            return doc
    known = ", ".join(repr(d.id) for d in report.documents) or "none"
    raise ValueError(f"no document {draft!r} in the report (documents: {known})")


def valid_span(claim: Claim, text: str) -> bool:
    start, end = claim.span
    return 0 <= start <= end <= len(text)


def draft_claim(idx: Index, finding: Finding, draft_id: str) -> Claim | None:
    """The first (by position) claim of ``finding`` that lies in document ``draft_id``."""
    mine = [c for c in idx.finding_claims(finding) if c.document == draft_id]
    return min(mine, key=lambda c: c.span) if mine else None


def primary_claim(idx: Index, finding: Finding, draft_id: str | None) -> Claim | None:
    """The claim a located output points at: the draft's claim if a draft is given."""
    if draft_id is not None:
        return draft_claim(idx, finding, draft_id)
    claims = idx.finding_claims(finding)
    return claims[0] if claims else None


def section_claims(idx: Index, sec: Section) -> tuple[list[Claim], set[str]]:
    """Claims to show under a section (the group's, plus any other claim a finding names)
    and the ids of those a finding names."""
    named = {cid for f in sec.findings for cid in f.claims}
    ordered = list(dict.fromkeys(cid for f in sec.findings for cid in f.claims))
    if sec.group is None:
        return idx.claims_of(ordered), named
    extra = [cid for cid in ordered if cid not in set(sec.group.claims)]
    return idx.claims_of([*sec.group.claims, *extra]), named


def claims_shown(
    claims: list[Claim], named: set[str], total: int, named_max: int | None = None
) -> list[Claim]:
    """The claims listed under a group: those its findings name first (at most ``named_max``),
    then the others, ``total`` in all, in the group's order (a large group's rest is counted)."""
    if len(claims) <= total:
        return claims
    pick = [c.id for c in claims if c.id in named][: named_max or total]
    pick += [c.id for c in claims if c.id not in named][: total - len(pick)]
    keep = set(pick)
    return [c for c in claims if c.id in keep]
