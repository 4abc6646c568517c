"""Plain-text conflict report."""

from __future__ import annotations

from reconcile.claims.models import Report

_ORDER = {"error": 0, "warning": 1, "info": 2}


def render_text(report: Report) -> str:
    lines = [
        f"{len(report.documents)} documents, {len(report.claims)} claims, "
        f"{len(report.groups)} groups, {len(report.findings)} findings"
    ]
    for f in sorted(report.findings, key=lambda f: (_ORDER[f.severity], f.id)):
        lines.append(f"{f.severity}: [{f.kind}] {f.message}")
    return "\n".join(lines) + "\n"
