"""A cold run's claims from the pool go to the cache as they come, while the pool's workers
extract the documents after them (this process waited for the pool idle, then stored them all
with the second CPU idle); each document once, and the cache then holds them all."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import reconcile.pipeline as pipeline
from reconcile import Document, reconcile
from reconcile.cache import ClaimCache

DEPOTS = ["Brackwell", "Tarnmoor", "Ellisford", "Quenlow", "Hadderby", "Marsk", "Pellow", "Osgate"]


def _articles() -> list[Document]:
    return [
        Document(
            id=f"depot-{n}",
            path=f"depot-{n}.txt",
            text=f"The {name} depot loaded {300 + n} vans on Monday, its manager said.",
        )
        for n, name in enumerate(DEPOTS)
    ]


def test_the_pool_s_claims_are_stored_while_it_extracts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    docs = _articles()
    put: Counter[str] = Counter()
    during: list[str] = []
    pooled = [False]
    real_put, real_extract = ClaimCache.put, pipeline._extract

    def spy_put(self: ClaimCache, doc: Document, *args: object) -> None:
        put[doc.id] += 1
        if pooled[0]:
            during.append(doc.id)
        real_put(self, doc, *args)  # type: ignore[arg-type]

    def spy_extract(*args: object, **kwargs: object) -> object:
        pooled[0] = True
        try:
            return real_extract(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            pooled[0] = False

    monkeypatch.setattr(ClaimCache, "put", spy_put)
    monkeypatch.setattr(pipeline, "_extract", spy_extract)
    cache = ClaimCache(tmp_path)
    first = reconcile(docs, cache=cache)
    assert set(during) == {d.id for d in docs[1:]}  # the first is extracted here, before
    assert put == Counter({d.id: 1 for d in docs})
    again = reconcile(docs, cache=cache)
    assert cache.hits == len(docs) and again == first


def test_without_a_pool_the_claims_are_stored_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    docs = _articles()
    cache = ClaimCache(tmp_path)
    reconcile(docs, cache=cache)
    assert all(cache.get(d, pipeline.Settings()) is not None for d in docs)
