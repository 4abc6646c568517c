"""reconcile.io: reading files and folders, and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import load_documents
from reconcile.io import (
    MAX_BYTES,
    InputError,
    decode,
    document_ids,
    looks_binary,
    read_inputs,
    read_raw,
    read_sets,
)

ARTICLE = "Alibaba shares rose 2.4% to HK$140.60 on Tuesday.\n"


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_reads_folders_recursively_in_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a.md", ARTICLE)
    write(tmp_path / "sub" / "c.html", f"<p>{ARTICLE}</p>")
    write(tmp_path / "notes.json", "{}")
    write(tmp_path / ".hidden" / "d.txt", ARTICLE)
    docs, problems = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["a.md", "b.txt", "c.html"]
    assert problems == []
    assert all(d.path.startswith(str(tmp_path)) for d in docs)


def test_missing_path_is_a_message_and_the_rest_is_read(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", ARTICLE)
    docs, problems = read_inputs([tmp_path / "nope.txt", good])
    assert [d.id for d in docs] == ["a.txt"]
    assert problems == [f"{tmp_path / 'nope.txt'}: no such file or directory"]


def test_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "empty" / "data.csv", "a,b\n")
    docs, problems = read_inputs([tmp_path / "empty"])
    assert docs == []
    assert len(problems) == 1 and "empty" in problems[0] and "no .txt" in problems[0]


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "img.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    write(tmp_path / "noise.md", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50 + b"text")
    write(tmp_path / "ok.txt", ARTICLE)
    docs, problems = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    assert sorted(problems) == [
        f"{tmp_path / 'img.txt'}: looks like a binary file, skipped",
        f"{tmp_path / 'noise.md'}: looks like a binary file, skipped",
    ]


def test_cp1252_file_is_decoded_with_a_notice(tmp_path: Path) -> None:
    text = "Caf\u00e9 sales rose 5% \u2013 \u201cstrong\u201d, \u20ac3m."
    write(tmp_path / "win.txt", text.encode("cp1252"))
    docs, problems = read_inputs([tmp_path])
    (doc,) = docs
    assert doc.text == text
    assert doc.notices == ["not valid UTF-8; decoded as cp1252"]
    assert problems == [f"{tmp_path / 'win.txt'}: not valid UTF-8; decoded as cp1252"]


def test_latin1_fallback_when_cp1252_fails(tmp_path: Path) -> None:
    # 0x81 and 0x8d are undefined in cp1252
    write(tmp_path / "odd.txt", b"Revenue \x81 rose 5% \x8d\xe9.")
    (doc,), _ = read_inputs([tmp_path])
    # latin-1 gives C1 control characters for 0x81 and 0x8d: they are read as blanks
    assert doc.text == "Revenue   rose 5%  \u00e9."
    assert doc.notices == ["not valid UTF-8; decoded as latin-1"]


def test_utf8_bom_is_dropped_without_notice(tmp_path: Path) -> None:
    write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + ARTICLE.encode())
    (doc,), problems = read_inputs([tmp_path])
    assert doc.text == ARTICLE and doc.notices == [] and problems == []


@pytest.mark.parametrize("content", ["", "   \n\t\n"])
def test_empty_file_is_skipped(tmp_path: Path, content: str) -> None:
    write(tmp_path / "empty.txt", content)
    docs, problems = read_inputs([tmp_path / "empty.txt"])
    assert docs == []
    assert problems == [f"{tmp_path / 'empty.txt'}: empty file, skipped"]


def test_oversized_file_is_skipped_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:  # sparse: the size check comes before any read
        fh.truncate(MAX_BYTES + 1)
    write(tmp_path / "ok.txt", ARTICLE)
    docs, problems = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["ok.txt"]
    assert len(problems) == 1
    assert problems[0].startswith(f"{big}: 20.0 MB is over the 20 MB limit")


def test_size_limit_is_a_parameter(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    assert read_inputs([tmp_path], max_bytes=10)[0] == []
    assert len(read_inputs([tmp_path], max_bytes=len(ARTICLE))[0]) == 1


def test_same_names_get_parent_folders(tmp_path: Path) -> None:
    write(tmp_path / "a" / "x.txt", ARTICLE)
    write(tmp_path / "b" / "x.txt", ARTICLE)
    write(tmp_path / "b" / "y.txt", ARTICLE)
    docs, _ = read_inputs([tmp_path])
    assert sorted(d.id for d in docs) == ["a/x.txt", "b/x.txt", "y.txt"]


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    f = write(tmp_path / "a.txt", ARTICLE)
    docs, _ = read_inputs([f, tmp_path, tmp_path / "." / "a.txt"])
    assert [d.id for d in docs] == ["a.txt"]


def test_read_sets_keeps_ids_unique_and_drops_repeats(tmp_path: Path) -> None:
    draft = write(tmp_path / "draft" / "story.md", ARTICLE)
    write(tmp_path / "src" / "story.md", ARTICLE)
    write(tmp_path / "src" / "other.txt", ARTICLE)
    (drafts, sources), problems = read_sets([[draft], [tmp_path]])
    assert [d.id for d, _ in drafts] == ["draft/story.md"]
    assert sorted(d.id for d, _ in sources) == ["other.txt", "src/story.md"]
    assert problems == []
    assert drafts[0][1].text == ARTICLE


def test_explicit_file_with_any_suffix_is_read(tmp_path: Path) -> None:
    f = write(tmp_path / "story.text", ARTICLE)
    (doc,), problems = read_inputs([f])
    assert doc.id == "story.text" and problems == []


def test_progress_is_called_for_every_file(tmp_path: Path) -> None:
    for i in range(5):
        write(tmp_path / f"{i}.txt", ARTICLE)
    calls: list[tuple[int, int]] = []
    read_inputs([tmp_path], progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, 5) for i in range(1, 6)]


def test_load_documents_raises_on_the_first_bad_input(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    assert [d.id for d in load_documents([tmp_path])] == ["a.txt"]
    with pytest.raises(InputError, match="no such file"):
        load_documents([tmp_path / "missing"])
    write(tmp_path / "e.txt", "")
    with pytest.raises(InputError, match="empty"):
        load_documents([tmp_path])


def test_read_raw_keeps_the_decoded_text(tmp_path: Path) -> None:
    f = write(tmp_path / "a.md", "Line <!-- reconcile: ignore -->\n")
    raw = read_raw(f)
    assert raw.text == "Line <!-- reconcile: ignore -->\n" and raw.encoding == "utf-8"


def test_text_with_tabs_and_form_feeds_is_not_binary() -> None:
    assert not looks_binary(b"a\tb\r\nc\x0cd\n" * 100)
    assert looks_binary(b"abc\x00def")
    assert not looks_binary(b"")


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_decode_never_fails(data: bytes) -> None:
    text, encoding = decode(data)
    assert encoding in ("utf-8", "utf-16", "cp1252", "latin-1")
    if encoding == "utf-8":
        assert text.encode(encoding) == data.removeprefix(b"\xef\xbb\xbf")
    elif encoding == "utf-16":
        assert data[:2] in (b"\xff\xfe", b"\xfe\xff")
    else:  # single-byte fallbacks give back the very bytes
        assert text.encode(encoding) == data


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=100))
def test_decode_round_trips_utf8(text: str) -> None:
    assert decode(text.encode("utf-8")) == (text.removeprefix("\ufeff"), "utf-8")


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=4),
        min_size=1,
        max_size=8,
        unique_by=tuple,
    )
)
def test_document_ids_are_unique_and_end_with_the_file_name(parts: list[list[str]]) -> None:
    paths = [Path("/r", *p, "x.txt") for p in parts]
    ids = document_ids(paths)
    assert len(set(ids.values())) == len(paths)
    assert all(ids[p].endswith("x.txt") for p in paths)
    assert all(str(p).endswith(ids[p]) for p in paths)


def test_utf16_with_bom_is_read_with_a_notice(tmp_path: Path) -> None:
    write(tmp_path / "wide.txt", ARTICLE.encode("utf-16"))
    (doc,), problems = read_inputs([tmp_path])
    assert doc.text == ARTICLE
    assert doc.notices == ["decoded as UTF-16 (byte-order mark)"]
    assert len(problems) == 1
