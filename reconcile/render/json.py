"""JSON report: the Report model itself, the stable machine-readable contract.

Top-level keys: ``documents``, ``claims``, ``groups``, ``findings`` (see
:mod:`reconcile.claims.models`). ``Report.model_validate_json`` reads it back.

The output is lean: one record per line (each document, claim, group and finding on a line of
its own, so that ``grep`` and ``diff`` work on it), no indentation, and each claim's fields
left out where they hold their default (an absent ``when`` is null, an absent ``linked`` is
empty; documents, groups and findings keep every key): a report over 1,000 sources stays under
ten times the size of their text.
"""

from __future__ import annotations

from reconcile.claims.models import Report

_LISTS = ("documents", "claims", "groups", "findings")


def render_json(report: Report) -> str:
    parts = [
        _rows("documents", [d.model_dump_json() for d in report.documents]),
        _rows("claims", [c.model_dump_json(exclude_defaults=True) for c in report.claims]),
        _rows("groups", [g.model_dump_json() for g in report.groups]),
        _rows("findings", [f.model_dump_json() for f in report.findings]),
    ]
    rest = report.model_dump_json(exclude=set(_LISTS))  # every other key, e.g. ``config``
    if rest != "{}":
        parts.append(rest[1:-1])
    return "{\n" + ",\n".join(parts) + "\n}\n"


def _rows(key: str, rows: list[str]) -> str:
    return f'"{key}": [\n' + ",\n".join(rows) + "\n]" if rows else f'"{key}": []'
