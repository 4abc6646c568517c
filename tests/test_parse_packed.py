"""Packed parses: a parse that leaves the kept ones within ``parse.packing()`` is packed, and a
run's new parses are stored in the cache, so that a sentence asked for again is unpacked, not
parsed; an unpacked parse answers as a fresh one does."""

from __future__ import annotations

from pathlib import Path

import pytest

import reconcile.pipeline as pipeline
from reconcile import Document, reconcile
from reconcile.cache import ClaimCache, get_parses, put_parses
from reconcile.claims import parse
from tests.reported import parse_signature as _signature

SENTENCES = [
    "Harrowgate Mills cut 320 jobs at its Pellam plant, the union said on Tuesday.",
    "About 14,000 people attended the Corbin Fair, up from 11,500 a year earlier.",
    "Velmont Air's fares rose 7.5% to €129 after the strike in Oskarsby.",
]


@pytest.mark.usefixtures("fresh_state")
def test_within_packing_a_parse_that_leaves_the_kept_is_unpacked_not_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parse, "KEPT_MAX", 1)
    a, b, c = SENTENCES
    with parse.packing():
        first = parse.parse_sentences([a, b, c])
    assert parse.fresh() == [a, b, c]
    assert set(parse._PACKED) == {a, b}  # c is still kept
    again = parse.parse_sentences([a])[0]
    assert parse.fresh() == []  # not parsed again
    assert again is not first[0]
    assert _signature(again) == _signature(first[0]) == _signature(parse.nlp()(a))
    assert [s.text for s in again.sents] == [s.text for s in first[0].sents]
    assert [c.text for c in again.noun_chunks] == [c.text for c in first[0].noun_chunks]


@pytest.mark.usefixtures("fresh_state")
def test_outside_packing_a_parse_that_leaves_the_kept_is_dropped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parse, "KEPT_MAX", 1)
    a, b, _ = SENTENCES
    parse.parse_sentences([a, b])
    assert parse._PACKED == {}
    parse.fresh()
    parse.parse_sentences([a])
    assert parse.fresh() == [a]  # parsed again


@pytest.mark.usefixtures("fresh_state")
def test_a_store_is_read_once_and_only_when_a_text_is_not_kept() -> None:
    a, b, c = SENTENCES
    parse.parse_sentences([a, b])
    packed = parse.packed([a, b, c])
    assert set(packed) == {a, b}  # c neither kept nor packed
    parse._KEPT.clear()  # type: ignore[union-attr]
    parse.fresh()
    loads: list[int] = []

    def load() -> dict[str, bytes]:
        loads.append(1)
        return packed

    parse.use_store(load)
    assert loads == []
    docs = parse.parse_sentences([a, c, b])
    assert loads == [1]
    assert parse.fresh() == [c]  # a and b unpacked
    assert _signature(docs[0]) == _signature(parse.nlp()(a))
    parse._KEPT.clear()  # type: ignore[union-attr]
    parse.parse_sentences([a])
    assert loads == [1]


def test_stored_parses_are_read_back_for_their_pipeline_only(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    put_parses(cache, "pipeline-1", {"One.": b"\x01", "Two.": b"\x02"})
    assert get_parses(cache, "pipeline-1") == {"One.": b"\x01", "Two.": b"\x02"}
    assert get_parses(cache, "pipeline-2") == {}
    for f in (tmp_path / "parses").iterdir():
        f.write_bytes(f.read_bytes()[:-1] + b"\x00")  # tampered: the MAC fails
    assert get_parses(cache, "pipeline-1") == {}


@pytest.mark.usefixtures("fresh_state")
def test_a_run_stores_its_parses_and_the_next_run_unpacks_them(tmp_path: Path) -> None:
    text = " ".join(
        f"Corvell Shipping moved {1200 + 37 * i:,} containers through Brask in week {i + 1}."
        for i in range(20)
    )
    docs = [
        Document(id="a", path="a.txt", text=text),
        Document(id="b", path="b.txt", text=text.replace("1,2", "1,3")),
    ]
    cache = ClaimCache(tmp_path)
    first = reconcile(docs, cache=cache)
    stored = get_parses(cache, parse.pipeline_id())
    assert len(stored) >= 20
    parse._KEPT.clear()  # type: ignore[union-attr]
    parse._PACKED.clear()
    pipeline._READ_PARSES.clear()  # as in a new process
    again = reconcile(docs, cache=cache)
    assert again == first
    assert parse.fresh() == []  # every parse the run needed was stored


@pytest.mark.usefixtures("fresh_state")
def test_a_process_reads_a_cache_s_stored_parses_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ClaimCache(tmp_path)
    put_parses(cache, parse.pipeline_id(), {"Nothing here.": b"\x00"})
    reads: list[int] = []
    import reconcile.cache as cache_module

    def counting(c: ClaimCache, p: str) -> dict[str, bytes]:
        reads.append(1)
        return get_parses(c, p)

    monkeypatch.setattr(cache_module, "get_parses", counting)
    assert pipeline._stored_parses(cache) == {"Nothing here.": b"\x00"}
    assert pipeline._stored_parses(cache) == {}
    assert reads == [1]
