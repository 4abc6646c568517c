"""A worker of the pool unpacks the parse of a sentence an earlier document of its own had
parsed rather than parsing it again (a cold report over many sources: parses leave the kept
ones long before the worker is done)."""

from __future__ import annotations

from typing import Any

import pytest

import reconcile.pipeline as pipeline
from reconcile import Document
from reconcile.claims import parse
from reconcile.config import Settings


class _Counting:
    """The pipeline, with each batch this process asks it to parse written down (not the
    batches of names alone, ``parse.recognise``, which runs with the other pipes disabled)."""

    def __init__(self, real: Any, phase: list[str]) -> None:
        self.real, self.phase = real, phase
        self.batches: list[tuple[str, list[str]]] = []

    def pipe(self, texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        if "parser" in self.real.pipe_names:
            self.batches.append((self.phase[0], texts))
        return self.real.pipe(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _counting(monkeypatch: pytest.MonkeyPatch, phase: list[str]) -> _Counting:
    counting = _Counting(parse.nlp(), phase)
    monkeypatch.setattr(parse, "nlp", lambda: counting)
    return counting


@pytest.mark.usefixtures("fresh_state")
def test_a_worker_unpacks_a_sentence_an_earlier_document_had_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = "The Lusk crossing takes 55 minutes in calm water."
    later = "The Dunmere crossing takes 70 minutes in calm water."
    first = Document(id="w1", path="w1.txt", text=f"{shared} {later}")
    second = Document(id="w2", path="w2.txt", text=f"Dunmere Ferries sold 3,700 tickets. {shared}")
    monkeypatch.setattr(parse, "KEPT_MAX", 1)  # the first document's parses leave the kept ones
    counting = _counting(monkeypatch, ["worker"])
    settings = Settings()
    (claims, _), sent = pipeline._extract_sent(first, settings)
    assert shared in sent and shared in {c.sentence for c in claims}
    pipeline._extract_sent(second, settings)
    asked = [t for _, texts in counting.batches for t in texts]
    assert asked.count(shared) == 1
