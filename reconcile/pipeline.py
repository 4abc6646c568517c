"""The whole run: documents -> claims -> groups -> findings -> Report."""

from __future__ import annotations

from collections.abc import Iterable

from reconcile.claims.compare import compare_groups
from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Document, Report
from reconcile.config import Settings


def reconcile(
    documents: Iterable[Document],
    settings: Settings | None = None,
    focus: set[str] | None = None,
) -> Report:
    """Check a set of documents against each other and return the full report.

    The result does not depend on the order of ``documents``: they are sorted by id first.
    ``focus`` (document ids) keeps only findings that involve those documents, and skips the
    comparisons that could not produce one.
    """
    settings = settings or Settings()
    docs = sorted(documents, key=lambda d: d.id)
    claims = [c for d in docs for c in extract_claims(d, settings)]
    groups = group_claims(claims, settings)
    findings = compare_groups(groups, claims, settings, docs, focus)
    return Report(documents=docs, claims=claims, groups=groups, findings=findings)
