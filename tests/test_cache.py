"""The claims cache: the same results with or without it, and misses whenever an input changes."""

from __future__ import annotations

from pathlib import Path

from reconcile import Document, Settings, load_documents, reconcile
from reconcile.cache import ClaimCache

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "alibaba-qwen3-max"


def test_cached_run_gives_the_same_report(tmp_path: Path) -> None:
    docs = load_documents([FIXTURES])
    cache = ClaimCache(tmp_path)
    first = reconcile(docs, cache=cache)
    assert (cache.hits, cache.misses) == (0, len(docs))
    second = reconcile(docs, cache=cache)
    assert cache.hits == len(docs)
    assert first == second == reconcile(docs)


def test_a_changed_text_or_setting_misses(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    doc = Document(id="a.txt", path="a.txt", text="Title\nAcme raised $5 million.")
    reconcile([doc], cache=cache)
    reconcile([doc.model_copy(update={"text": doc.text + " Sales rose 3%."})], cache=cache)
    reconcile([doc], Settings(entity_aliases={"Acme Corp": "Acme"}), cache=cache)
    assert (cache.hits, cache.misses) == (0, 3)
    reconcile([doc], cache=cache)
    assert cache.hits == 1


def test_a_corrupt_or_unwritable_cache_is_only_a_miss(tmp_path: Path) -> None:
    doc = Document(id="a.txt", path="a.txt", text="Title\nAcme raised $5 million.")
    cache = ClaimCache(tmp_path)
    reconcile([doc], cache=cache)
    for entry in tmp_path.rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert reconcile([doc], cache=cache) == reconcile([doc])
    blocked = tmp_path / "file"
    blocked.write_text("x", encoding="utf-8")
    assert reconcile([doc], cache=ClaimCache(blocked / "sub")) == reconcile([doc])


def test_currency_symbols_from_settings_reach_the_extractor() -> None:
    doc = Document(id="a.txt", path="a.txt", text="Title\nAcme raised Z$5 million on Monday.")
    plain = reconcile([doc])
    extended = reconcile([doc], Settings(currency_symbols={"Z$": "ZWL"}))
    assert {c.unit for c in plain.claims} == {"USD"}  # read as a bare "$"
    assert {(c.text, c.unit) for c in extended.claims} == {("Z$5 million", "ZWL")}


def _many(n: int, extra: str = "") -> list[Document]:
    return [
        Document(
            id=f"s{i:02}.txt",
            path=f"s{i:02}.txt",
            text=f"Notes {i}\nThe Orvane mill shipped {100 + i} tonnes of copper wire.{extra}",
        )
        for i in range(n)
    ]


def test_a_set_of_sources_is_read_back_as_one_pack(tmp_path: Path) -> None:
    from reconcile.pipeline import PACK_MIN

    docs = _many(PACK_MIN + 2)
    first = reconcile(docs, cache=ClaimCache(tmp_path))
    [pack] = (tmp_path / "packs").glob("*.pack")
    entries = list(tmp_path.rglob("*.json"))
    for entry in entries:  # with the single entries gone, only the pack can answer
        entry.unlink()
    cache = ClaimCache(tmp_path)
    assert reconcile(docs, cache=cache) == first
    assert (cache.hits, cache.misses) == (len(docs), 0)
    # a draft that changes from run to run is no part of its sources' pack
    draft = Document(id="z.md", path="z.md", text="Draft\nThe Orvane mill shipped 7 tonnes.")
    focused = ClaimCache(tmp_path)
    reconcile([*docs, draft], focus={"z.md"}, cache=focused)
    assert (focused.hits, focused.misses) == (len(docs), 1)
    # an edited pack (its MAC no longer matches) is a miss, and the run is the same
    pack.write_bytes(pack.read_bytes().replace(b"copper", b"cobalt"))
    tampered = ClaimCache(tmp_path)
    assert reconcile(docs, cache=tampered) == first
    assert tampered.hits == 0


def test_only_the_latest_packs_are_kept(tmp_path: Path) -> None:
    from reconcile.cache import PACKS_KEPT
    from reconcile.pipeline import PACK_MIN

    cache = ClaimCache(tmp_path)
    for k in range(PACKS_KEPT + 2):
        reconcile(_many(PACK_MIN, extra=f" Stock: {k} reels."), cache=cache)
    assert len(list((tmp_path / "packs").glob("*.pack"))) == PACKS_KEPT
