"""The whole run: documents -> claims -> groups -> findings -> Report."""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from reconcile.cache import ClaimCache
from reconcile.claims.compare import compare_groups
from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.malformed import malformed_numbers, notices_for
from reconcile.claims.models import Claim, Document, Report
from reconcile.config import Settings


def reconcile(
    documents: Iterable[Document],
    settings: Settings | None = None,
    focus: set[str] | None = None,
    cache: ClaimCache | None = None,
) -> Report:
    """Check a set of documents against each other and return the full report.

    The result does not depend on the order of ``documents``: they are sorted by id first.
    ``focus`` (document ids) keeps only findings that involve those documents, and skips the
    comparisons that could not produce one. ``cache`` reuses each unchanged document's claims.
    """
    settings = settings or Settings()
    with _collector_paused():
        return _run(documents, settings, focus, cache)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the run.

    The run makes tens of thousands of small objects that hold no reference cycles (claims,
    candidate findings); each is freed by reference counting as usual. With the collector on,
    those allocations set off collections that scan every live claim again and again: more than
    half the comparison time on a check against 1,000 sources. The collector is restored after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run(
    documents: Iterable[Document],
    settings: Settings,
    focus: set[str] | None,
    cache: ClaimCache | None,
) -> Report:
    docs, claims = [], []
    for doc in sorted(documents, key=lambda d: d.id):
        bad = malformed_numbers(doc.text)
        if bad:  # reported as notices, and no claim may stand on them
            doc = doc.model_copy(update={"notices": [*doc.notices, *notices_for(doc.text, bad)]})
        docs.append(doc)
        claims += _readable(_claims_of(doc, settings, cache), bad)
    groups = group_claims(_relevant(claims, focus), settings)
    findings = compare_groups(groups, claims, settings, docs, focus)
    return Report(documents=docs, claims=claims, groups=groups, findings=findings)


def _relevant(claims: list[Claim], focus: set[str] | None) -> list[Claim]:
    """With a focus, only claims whose metric a focus document also reports can share a group
    with one of its claims (grouping keys on the metric), so the rest need no grouping."""
    if focus is None:
        return claims
    metrics = {c.metric for c in claims if c.document in focus}
    return [c for c in claims if c.document in focus or c.metric in metrics]


def _claims_of(doc: Document, settings: Settings, cache: ClaimCache | None) -> list[Claim]:
    if cache is None:
        return extract_claims(doc, settings)
    claims = cache.get(doc, settings)
    if claims is None:
        claims = extract_claims(doc, settings)
        cache.put(doc, settings, claims)
    return claims


def _readable(claims: list[Claim], bad: list[tuple[int, int, str]]) -> list[Claim]:
    """Claims that do not stand on a malformed amount (those were reported as notices)."""
    if not bad:
        return claims
    return [c for c in claims if not any(s < c.span[1] and c.span[0] < e for s, e, _ in bad)]
