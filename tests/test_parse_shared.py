"""Parses made once for a whole run: the pool's workers send back the parses extraction made, so
that the parent unpacks them instead of parsing the sentences again one at a time; packing and
unpacking are spaCy's own bytes without srsly's per-call registry look-up, and leave Python's
collector as the run set it. Comparison reads the parse of one side of a pair only when the
other side names no person."""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import reconcile.pipeline as pipeline
from reconcile import Document, reconcile
from reconcile.cache import ClaimCache, get_parses, put_parses
from reconcile.claims import parse
from reconcile.pipeline import _collector_paused

SENTENCES = [
    "Harrowgate Mills cut 320 jobs at its Pellam plant, the union said on Tuesday.",
    "About 14,000 people attended the Corbin Fair, up from 11,500 a year earlier.",
    "Velmont Air's fares rose 7.5% to €129 after the strike in Oskarsby.",
]


def _signature(doc: Any) -> list[tuple[object, ...]]:
    return [
        (t.text, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_type_)
        for t in doc
    ]


@pytest.fixture
def collector_paused() -> Iterator[None]:
    with _collector_paused():
        yield


def test_packed_bytes_are_spacy_s_own_and_unpack_to_the_same_parse() -> None:
    for doc in parse.nlp().pipe(SENTENCES):
        data = parse._pack(doc)
        assert data == doc.to_bytes(exclude=parse._NOT_PACKED)
        back = parse._unpack(data)
        assert back is not None and _signature(back) == _signature(doc)
    assert parse._unpack(b"\x93not a parse") is None


@pytest.mark.usefixtures("collector_paused")
def test_unpacking_a_parse_leaves_the_collector_paused() -> None:
    data = parse._pack(parse.nlp()(SENTENCES[0]))
    assert parse._unpack(data) is not None
    assert not gc.isenabled()  # srsly.msgpack_loads switched it on


@pytest.mark.usefixtures("collector_paused")
def test_reading_stored_parses_leaves_the_collector_paused(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    put_parses(cache, "pipeline-1", {"One.": b"\x01"})
    assert get_parses(cache, "pipeline-1") == {"One.": b"\x01"}
    assert not gc.isenabled()


class _Counting:
    """The pipeline, with the texts this process asks it to parse written down."""

    def __init__(self, real: Any, phase: list[str]) -> None:
        self.real, self.phase, self.asked = real, phase, []  # type: list[tuple[str, str]]

    def pipe(self, texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        self.asked += [(self.phase[0], t) for t in texts]
        return self.real.pipe(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.mark.usefixtures("fresh_state")
def test_a_received_parse_is_unpacked_not_parsed_and_counts_as_the_run_s(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b, _ = SENTENCES
    docs = parse.nlp().pipe([a, b])
    parse.receive({t: parse._pack(d) for t, d in zip([a, b], docs, strict=True)})  # as sent
    counting = _Counting(parse.nlp(), ["run"])
    monkeypatch.setattr(parse, "nlp", lambda: counting)
    doc = parse.parse_sentences([a])[0]
    assert counting.asked == []
    assert _signature(doc) == _signature(counting.real(a))
    assert parse.fresh() == [a]  # stored after the run, as a parse made here would be
    parse.parse_sentences([a])
    assert parse.fresh() == []


def _articles(n: int) -> list[Document]:
    """Articles whose figures all differ, one sentence form per figure, so that comparison
    weighs every pair and reads each claim's parse."""
    rng = random.Random(11)
    docs = []
    for i in range(n):
        lines = [
            f"Quarrydale Tiles said its order book grew {rng.uniform(1, 9):.1f}% this spring.",
            f"The Quarrydale Tiles kiln in Oswick now fires {rng.randint(200, 900)} tonnes a week.",
            f"Staff at Quarrydale Tiles number {rng.randint(1000, 4000):,}, a spokesman said.",
        ]
        docs.append(Document(id=f"d{i}", path=f"d{i}.txt", text=" ".join(lines)))
    return docs


@pytest.mark.usefixtures("fresh_state")
def test_a_pooled_run_that_sends_parses_back_reports_as_one_process_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _articles(8)
    monkeypatch.setenv("RECONCILE_WORKERS", "1")
    alone = reconcile(docs)
    for state in ("_KEPT", "_PACKED", "_FRESH"):
        getattr(parse, state).clear()
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    pooled = reconcile(docs)
    assert pooled == alone
    assert parse._RECEIVED or parse._FRESH  # parses came back from the workers


def _extract_unsent(
    docs: list[Document], settings: Any, ahead: bool = False
) -> list[tuple[Any, dict[str, bytes]]]:
    """A worker's extraction that sends back no parse (the code before parses were sent)."""
    return [(got, {}) for got, _ in _EXTRACT_RUN(docs, settings, ahead)]


_EXTRACT_RUN = pipeline._extract_run


@pytest.mark.usefixtures("fresh_state")
def test_the_parses_extraction_made_in_the_pool_are_not_made_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    docs = _articles(8)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN", 2)
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    real = parse.nlp()
    asked = {}
    for sent in (False, True):
        for state in ("_KEPT", "_PACKED", "_FRESH"):
            getattr(parse, state).clear()
        phase = ["extraction"]
        counting = _Counting(real, phase)
        monkeypatch.setattr(parse, "nlp", lambda c=counting: c)
        monkeypatch.setattr(pipeline, "_extract_run", _EXTRACT_RUN if sent else _extract_unsent)

        def progress(message: str, phase: list[str] = phase) -> None:
            if message.startswith("grouping"):
                phase[0] = "after"

        reconcile(docs, progress=progress)
        asked[sent] = {t for p, t in counting.asked if p == "after"}
    assert asked[True] < asked[False]


def test_a_pair_s_second_side_is_not_read_when_the_first_names_no_person(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile.compare import scope
    from reconcile.compare.context import Ctx
    from reconcile.config import Settings
    from tests.claim_builder import built_claim

    first = "The Tellam depot shipped 40 crates on Monday."
    second = "Ines Marlow, the depot manager, said it shipped 52 crates."
    a = built_claim("a", "40 crates", 40, "crate", 40, 40, kind="count", sentence=first)
    b = built_claim("b", "52 crates", 52, "crate", 52, 52, kind="count", sentence=second)
    read: list[str] = []
    real = scope.person_subject

    def reading(c: Any) -> str | None:
        read.append(c.document)
        return real(c)  # type: ignore[no-any-return]

    monkeypatch.setattr(scope, "person_subject", reading)
    ctx = Ctx(Settings(), {a.id: a, b.id: b}, {}, set())
    assert scope.different_people(a, b, ctx) is None
    assert read == ["a"]  # a names no person: b's parse is not needed
    assert scope.different_people(b, a, ctx) is None
    assert read == ["a"]  # known: nothing read again
