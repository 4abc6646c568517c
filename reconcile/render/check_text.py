"""Compiler-style diagnostics for one draft: ``path:line:col: severity: message [kind]``.

Only findings that name a claim of the draft are reported, each at the start of its
first draft claim, sorted by position. Suppressed findings are left out of the lines
and counted in the closing summary.
"""

from __future__ import annotations

from reconcile.claims.models import Report
from reconcile.render.common import (
    SEVERITIES,
    SEVERITY_ORDER,
    Index,
    draft_claim,
    find_document,
    one_line,
    plural,
    severity_phrase,
    sorted_findings,
    valid_span,
)
from reconcile.render.location import LineIndex


def render_check_text(report: Report, draft: str) -> str:
    """Diagnostics for the document ``draft`` (its id, or else its path).

    Raises ValueError when no document of the report has that id or path.
    """
    doc = find_document(report, draft)
    idx = Index(report)
    lines_of = LineIndex(doc.text)
    rows: list[tuple[tuple[int, int, int, int], str]] = []
    counts = dict.fromkeys(SEVERITIES, 0)
    suppressed = 0
    for n, f in enumerate(sorted_findings(report)):
        claim = draft_claim(idx, f, doc.id)
        if claim is None:
            continue
        if f.suppressed:
            suppressed += 1
            continue
        counts[f.severity] += 1
        start = claim.span[0] if valid_span(claim, doc.text) else 0
        line, col = lines_of.line_col(start)
        text = f"{doc.path}:{line}:{col}: {f.severity}: {one_line(f.message)} [{f.kind}]"
        rows.append(((line, col, SEVERITY_ORDER[f.severity], n), text))
    out = [text for _, text in sorted(rows)]
    total = sum(counts.values())
    detail = severity_phrase(counts)
    tail = f"; {suppressed} suppressed" if suppressed else ""
    if total:
        out.append(f"{doc.path}: {plural(total, 'finding')} ({detail}){tail}")
    else:
        out.append(f"{doc.path}: no conflicts with the other sources{tail}")
    return "\n".join(out) + "\n"
