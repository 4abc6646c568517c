"""``reconcile.cache.keep_in_memory``: in a long-lived process (the warm process of ``reconcile
check --keep-warm``) what a content key gave from disk is given again without reading it, and
only under that key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile import Document, reconcile
from reconcile import cache as cache_module
from reconcile.cache import ClaimCache
from reconcile.pipeline import PACK_MIN


@pytest.fixture
def memory() -> Iterator[None]:
    cache_module.keep_in_memory()
    try:
        yield
    finally:
        cache_module.keep_in_memory(False)


def _sources(n: int, tonnes: int = 100) -> list[Document]:
    return [
        Document(
            id=f"m{i:02}.txt",
            path=f"m{i:02}.txt",
            text=f"Mill log {i}\nThe Ostrava Falls foundry cast {tonnes + i} tonnes of brass.",
        )
        for i in range(n)
    ]


def _files(root: Path, pattern: str) -> list[Path]:
    return sorted(root.rglob(pattern))


def test_a_pack_read_once_is_given_again_from_memory_for_the_same_documents_only(
    tmp_path: Path, memory: None
) -> None:
    docs = _sources(PACK_MIN + 1)
    first = reconcile(docs, cache=ClaimCache(tmp_path))  # writes the pack
    read = reconcile(docs, cache=ClaimCache(tmp_path))  # reads it from disk, and keeps it
    for pack in _files(tmp_path, "*.pack"):
        pack.unlink()
    for entry in _files(tmp_path, "*.json"):
        entry.unlink()
    kept = ClaimCache(tmp_path)
    assert reconcile(docs, cache=kept) == read == first
    assert (kept.hits, kept.misses) == (len(docs), 0)  # nothing on disk: memory answered
    other = _sources(PACK_MIN + 1, tonnes=300)  # other texts: another key, nothing kept
    missed = ClaimCache(tmp_path)
    reconcile(other, cache=missed)
    assert missed.hits == 0


def test_without_it_nothing_is_kept(tmp_path: Path) -> None:
    docs = _sources(PACK_MIN + 1)
    reconcile(docs, cache=ClaimCache(tmp_path))
    reconcile(docs, cache=ClaimCache(tmp_path))
    for pack in _files(tmp_path, "*.pack"):
        pack.unlink()
    for entry in _files(tmp_path, "*.json"):
        entry.unlink()
    again = ClaimCache(tmp_path)
    reconcile(docs, cache=again)
    assert again.hits == 0


def test_only_the_most_recent_of_a_kind_are_kept(memory: None) -> None:
    kept = cache_module.MEMORY_KEPT["pack"]
    for n in range(kept + 2):
        cache_module._remember("pack", f"k{n}", {"n": n})
    assert cache_module._recalled("pack", "k0") is None
    assert cache_module._recalled("pack", f"k{kept + 1}") == {"n": kept + 1}
