"""JSON report: the Report model itself, the stable machine-readable contract.

Top-level keys: ``documents``, ``claims``, ``groups``, ``findings`` (see
:mod:`reconcile.claims.models`). ``Report.model_validate_json`` reads it back.
"""

from __future__ import annotations

from reconcile.claims.models import Report


def render_json(report: Report) -> str:
    return report.model_dump_json(indent=2) + "\n"
