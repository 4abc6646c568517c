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


def test_the_first_document_is_extracted_here_and_the_rest_in_the_forked_pool(
    documents: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first extraction loads the parse and the vocabularies in this process, which the
    forked workers then share; every document is still extracted once."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=True) not in (None, "fork"):
        pytest.skip("the workers are not forked")
    if multiprocessing.get_all_start_methods()[0] != "fork":
        pytest.skip("the workers are not forked")
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    mapped: list[int] = []
    real = pipeline.ProcessPoolExecutor

    class Counting(real):  # type: ignore[misc, valid-type]
        def map(self, fn, *iterables, **kwargs):  # type: ignore[no-untyped-def]
            items = list(iterables[0])
            mapped.append(len(items))
            return super().map(fn, items, *iterables[1:], **kwargs)

    monkeypatch.setattr(pipeline, "ProcessPoolExecutor", Counting)
    from reconcile.config import Settings

    docs = sorted(documents, key=lambda d: d.id)
    got = pipeline._extract(docs, Settings())
    assert mapped == [len(docs) - 1]
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    assert got == pipeline._extract(docs, Settings())
