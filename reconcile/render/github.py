"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` per finding.

Data (the message) escapes ``%``, CR and LF; property values additionally escape
``:`` and ``,`` (the rules of the Actions runner's command parser). Suppressed
findings are left out.
"""

from __future__ import annotations

from reconcile.claims.models import Report
from reconcile.render.common import (
    Index,
    find_document,
    primary_claim,
    sorted_findings,
    valid_span,
)
from reconcile.render.location import LineIndex

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, draft: str | None = None) -> str:
    """Workflow commands for every unsuppressed finding (for ``draft``'s findings only,
    located in the draft, when a draft id or path is given)."""
    idx = Index(report)
    draft_id = None
    if draft is not None:
        draft_id = find_document(report, draft).id
    out: list[str] = []
    for f in sorted_findings(report):
        if f.suppressed:
            continue
        claim = primary_claim(idx, f, draft_id)
        if draft_id is not None and claim is None:
            continue
        props: list[tuple[str, str]] = []
        doc = idx.document_of(claim) if claim is not None else None
        if claim is not None:
            props.append(("file", idx.path_of(claim)))
        if claim is not None and doc is not None and valid_span(claim, doc.text):
            lines = LineIndex(doc.text)
            line, col = lines.line_col(claim.span[0])
            # GitHub's end column is inclusive: the last character of the quote
            end_line, end_col = lines.line_col(max(claim.span[1] - 1, claim.span[0]))
            props += [("line", str(line)), ("col", str(col))]
            if end_line == line:
                props.append(("endColumn", str(end_col)))
            else:
                props.append(("endLine", str(end_line)))
        props.append(("title", f"reconcile {f.kind}"))
        prop_text = ",".join(f"{k}={escape_property(v)}" for k, v in props)
        out.append(f"::{_COMMAND[f.severity]} {prop_text}::{escape_data(f.message)}")
    return "\n".join(out) + ("\n" if out else "")
