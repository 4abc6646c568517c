"""SARIF 2.1.0 log: one rule per finding kind, one result per finding.

Each result is located at one claim (the draft's claim when a draft is given, else the
finding's first claim); the finding's other claims are ``relatedLocations``. Columns
count Unicode code points (``run.columnKind = "unicodeCodePoints"``), matching
:mod:`reconcile.render.location`. Suppressed findings carry ``suppressions``.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import PurePath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from reconcile.claims.models import Claim, Finding, Report
from reconcile.render.common import (
    KIND_DESCRIPTIONS,
    Index,
    find_document,
    primary_claim,
    sorted_findings,
    valid_span,
)
from reconcile.render.location import LineIndex

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _tool_metadata() -> tuple[str, str | None]:
    """The installed version, and the home page the package metadata names (None when it names
    none: ``informationUri`` is then left out rather than pointing at another project)."""
    try:
        meta = metadata.metadata("reconcile")
        version = meta["Version"] or "0"
        urls = [u.split(",", 1)[-1].strip() for u in meta.get_all("Project-URL") or []]
        home = meta.get("Home-page") or (urls[0] if urls else None)
    except metadata.PackageNotFoundError:
        from reconcile import __version__

        version, home = __version__, None
    return version, home


def artifact_uri(path: str) -> str:
    """A document path as a SARIF artifact URI (relative reference or file: URI)."""
    posix = PureWindowsPath(path).as_posix() if "\\" in path else path
    if PurePath(posix).is_absolute() or PureWindowsPath(path).drive:
        return "file://" + ("" if posix.startswith("/") else "/") + quote(posix, safe="/:")
    return quote(posix, safe="/")


_MAX_RELATED = 25  # related locations per result; a summary can name hundreds of sources


def _location(
    idx: Index, claim: Claim, loc_id: int | None = None, lines: dict[str, LineIndex] | None = None
) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(idx.path_of(claim))}}
    doc = idx.document_of(claim)
    if doc is not None and valid_span(claim, doc.text):
        if lines is None:
            lines = {}
        if doc.id not in lines:
            lines[doc.id] = LineIndex(doc.text)  # one per document, not one per claim
        line_index = lines[doc.id]
        start_line, start_col = line_index.line_col(claim.span[0])
        end_line, end_col = line_index.line_col(claim.span[1])
        physical["region"] = {
            "startLine": start_line,
            "startColumn": start_col,
            "endLine": end_line,
            "endColumn": end_col,
            "charOffset": claim.span[0],
            "charLength": claim.span[1] - claim.span[0],
            "snippet": {"text": doc.text[claim.span[0] : claim.span[1]]},
        }
    loc: dict[str, Any] = {"physicalLocation": physical}
    if loc_id is not None:
        loc["id"] = loc_id
        loc["message"] = {"text": f'{claim.document}: "{claim.text}"'}
    return loc


def _fingerprint(idx: Index, f: Finding) -> str:
    parts = sorted(f"{c.document}\x1f{c.text}" for c in idx.finding_claims(f))
    raw = "\x1e".join([f.kind, *parts]).encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:32]


def _result(
    idx: Index,
    f: Finding,
    claim: Claim | None,
    rule_index: int,
    lines: dict[str, LineIndex] | None = None,
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.kind,
        "ruleIndex": rule_index,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "partialFingerprints": {"reconcileFinding/v1": _fingerprint(idx, f)},
        "properties": {"findingId": f.id, "group": f.group, "claims": list(f.claims)},
    }
    if claim is not None:
        result["locations"] = [_location(idx, claim, lines=lines)]
        others = [c for c in idx.finding_claims(f) if c.id != claim.id]
        if others:
            shown = others[:_MAX_RELATED]
            result["relatedLocations"] = [
                _location(idx, c, n, lines) for n, c in enumerate(shown, 1)
            ]
            if len(others) > len(shown):
                result["properties"]["relatedLocationsOmitted"] = len(others) - len(shown)
    if f.suppressed:
        result["suppressions"] = [{"kind": "inSource"}]
    return result


def sarif_log(report: Report, draft: str | None = None) -> dict[str, Any]:
    """The SARIF log as a dict (see :func:`render_sarif`)."""
    idx = Index(report)
    lines: dict[str, LineIndex] = {}
    draft_id = find_document(report, draft).id if draft is not None else None
    version, home = _tool_metadata()
    kinds = list(KIND_DESCRIPTIONS)
    rules = [
        {
            "id": kind,
            "name": "".join(w.capitalize() for w in kind.split("_")),
            "shortDescription": {"text": KIND_DESCRIPTIONS[kind]},
        }
        for kind in kinds
    ]
    results = []
    for f in sorted_findings(report):
        claim = primary_claim(idx, f, draft_id)
        if draft_id is not None and claim is None:
            continue
        results.append(_result(idx, f, claim, kinds.index(f.kind), lines))
    return {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "reconcile",
                        **({"informationUri": home} if home else {}),
                        "version": version,
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def render_sarif(report: Report, draft: str | None = None) -> str:
    """SARIF 2.1.0 JSON text; with ``draft`` (a document id or path), only that
    document's findings, located in it. ValueError if the draft is unknown."""
    return json.dumps(sarif_log(report, draft), indent=2, ensure_ascii=False) + "\n"
