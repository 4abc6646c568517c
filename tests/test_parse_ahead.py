"""A cold report over many sources parses each claim's sentence in the pool's workers, a
document's sentences in one batch, rather than comparison parsing them in the parent one at a
time; a worker unpacks a sentence an earlier document of its own already had parsed."""

from __future__ import annotations

import random
from typing import Any

import pytest

import reconcile.pipeline as pipeline
from reconcile import Document, reconcile
from reconcile.claims import context, parse
from reconcile.claims.context import extract_claims
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


@pytest.fixture
def fresh_state(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse, "_KEPT", {})
    monkeypatch.setattr(parse, "_PACKED", {})
    monkeypatch.setattr(parse, "_FRESH", {})
    monkeypatch.setattr(parse, "_RECEIVED", set())
    monkeypatch.setattr(parse, "_STORE", None)
    monkeypatch.setattr(parse, "_PACKING", False)
    monkeypatch.setattr(context, "_AHEAD", False)
    monkeypatch.setattr(pipeline, "_READ_PARSES", set())


def _counting(monkeypatch: pytest.MonkeyPatch, phase: list[str]) -> _Counting:
    counting = _Counting(parse.nlp(), phase)
    monkeypatch.setattr(parse, "nlp", lambda: counting)
    return counting


def _briefing(seed: int) -> Document:
    """A short article of several figures in sentences of different forms, the figures drawn
    afresh for each seed."""
    rng = random.Random(seed)
    lines = [
        f"Brackwater Ferries carried {rng.randint(2000, 9000):,} passengers in March.",
        f"Its fares rose {rng.uniform(1, 9):.1f}% after the harbour dues went up.",
        f"The Lusk crossing takes {rng.randint(40, 90)} minutes in calm water.",
        f"A spokeswoman said the company had {rng.randint(3, 12)} vessels in service.",
        f"Analysts expect profit of about £{rng.randint(5, 40)} million this year.",
    ]
    return Document(id=f"b{seed}", path=f"b{seed}.txt", text=" ".join(lines))


@pytest.mark.usefixtures("fresh_state")
def test_parse_ahead_parses_a_document_s_figure_sentences_in_one_batch_and_claims_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    doc, settings = _briefing(1), Settings()
    plain = extract_claims(doc, settings)
    parse._KEPT.clear()  # type: ignore[union-attr]
    counting = _counting(monkeypatch, ["ahead"])
    with context.parse_ahead():
        ahead = extract_claims(doc, settings)
    assert ahead == plain
    sentences = {c.sentence for c in ahead}
    assert len(sentences) == 5
    holding = [texts for _, texts in counting.batches if sentences & set(texts)]
    assert len(holding) == 1  # one batch, and extraction then found every parse kept
    assert sentences <= set(holding[0])


@pytest.mark.usefixtures("fresh_state")
def test_without_parse_ahead_extraction_parses_in_several_batches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counting = _counting(monkeypatch, ["plain"])
    sentences = {c.sentence for c in extract_claims(_briefing(1), Settings())}
    holding = [texts for _, texts in counting.batches if sentences & set(texts)]
    # the control for the test above: extraction alone leaves claims' sentences unparsed or
    # asks for them in more than one batch
    assert len(holding) > 1 or not sentences <= set(holding[0])


@pytest.mark.usefixtures("fresh_state")
def test_a_pooled_report_parses_nothing_in_the_parent_after_extraction(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = [_briefing(seed) for seed in range(8)]
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    alone = reconcile(docs)
    for state in ("_KEPT", "_PACKED", "_FRESH"):
        getattr(parse, state).clear()
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    phase = ["extraction"]
    counting = _counting(monkeypatch, phase)

    def progress(message: str) -> None:
        if message.startswith("grouping"):
            phase[0] = "after"

    pooled = reconcile(docs, progress=progress)
    assert pooled == alone
    assert len(alone.findings) > 0  # the figures differ: comparison weighed the pairs
    after = [t for p, texts in counting.batches if p == "after" for t in texts]
    assert after == []  # (the workers' parses are not counted here: they are other processes)


@pytest.mark.usefixtures("fresh_state")
def test_a_worker_unpacks_a_sentence_an_earlier_document_had_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = "The Lusk crossing takes 55 minutes in calm water."
    first = Document(
        id="w1", path="w1.txt", text=f"Brackwater Ferries sold 4,100 tickets. {shared}"
    )
    second = Document(id="w2", path="w2.txt", text=f"Dunmere Ferries sold 3,700 tickets. {shared}")
    monkeypatch.setattr(parse, "KEPT_MAX", 1)  # the first document's parses leave the kept ones
    counting = _counting(monkeypatch, ["worker"])
    settings = Settings()
    (claims, _), sent = pipeline._extract_sent(first, settings)
    assert shared in sent and shared in {c.sentence for c in claims}
    pipeline._extract_sent(second, settings)
    asked = [t for _, texts in counting.batches for t in texts]
    assert asked.count(shared) == 1
