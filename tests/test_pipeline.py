"""The pipeline's pool of extraction processes gives the same report as extracting in process."""

from __future__ import annotations

from pathlib import Path

import pytest

import reconcile.pipeline as pipeline
from reconcile import load_documents, reconcile
from reconcile.cache import ClaimCache

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def documents() -> list:
    events = sorted(p.parent for p in FIXTURES.glob("*/gold.json"))[:4]
    return [d for event in events for d in load_documents([event])]


def test_a_pool_of_processes_changes_nothing(
    documents: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    alone = reconcile(documents)
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    calls = []
    real = pipeline.ProcessPoolExecutor

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", counting)
    pooled = reconcile(documents)
    assert calls, "the pool was not used"
    assert pooled == alone


def test_the_pool_fills_the_cache_like_the_serial_path(
    documents: list, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    cache = ClaimCache(tmp_path)
    first = reconcile(documents, cache=cache)
    assert cache.misses == len(documents) and cache.hits == 0
    again = reconcile(documents, cache=cache)
    assert cache.hits == len(documents)
    assert again == first


def test_workers_reads_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RECONCILE_WORKERS", "3")
    assert pipeline.workers() == 3
    monkeypatch.setenv("RECONCILE_WORKERS", "auto")
    assert 1 <= pipeline.workers() <= 8
    monkeypatch.setenv("RECONCILE_WORKERS", "zero")
    assert 1 <= pipeline.workers() <= 8
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    assert pipeline.workers() == 1
