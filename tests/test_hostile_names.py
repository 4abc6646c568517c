"""File names and text are data: any name reads, prints escaped and serializes; decoding
problems are notices; nothing from an article or a name can drive a terminal or a CI log."""

from __future__ import annotations

import contextlib
import io
import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.cache import ClaimCache
from reconcile.claims.models import Document
from reconcile.cli import main
from reconcile.config import Settings
from reconcile.io import InputError, display_name, read_inputs, read_raw
from reconcile.pipeline import reconcile

ARTICLE = "Fares on the ferry rose {}% to $40 million in the first half, the operator said.\n"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def write(folder: Path, name: bytes | str, text: str) -> Path:
    raw = name if isinstance(name, bytes) else name.encode()
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "html"])
def test_a_file_name_that_is_not_utf8_reads_and_serializes(tmp_path: Path, fmt: str) -> None:
    write(tmp_path, b"caf\xe9.txt", ARTICLE.format(5))
    write(tmp_path, "plain.txt", ARTICLE.format(8))
    out_file = tmp_path.parent / f"{tmp_path.name}-report.{fmt}"
    out_file.write_text("an older report\n", encoding="utf-8")
    code, _, err = run("report", str(tmp_path), "-f", fmt, "-o", str(out_file), "--show-info")
    assert code == 0, err
    report = out_file.read_text(encoding="utf-8")
    assert "caf\\xe9.txt" in report.replace("\\\\", "\\")
    if fmt == "json":
        ids = {d["id"] for d in json.loads(report)["documents"]}
        assert ids == {"caf\\xe9.txt", "plain.txt"}


def test_a_newline_in_a_file_name_never_starts_a_line(tmp_path: Path) -> None:
    write(tmp_path, "a\n::error file=x::forged.txt", ARTICLE.format(5))
    draft = write(tmp_path, "b.txt", ARTICLE.format(9))
    write(tmp_path, "c\n::warning::empty.txt", "  \n")
    for argv in (
        ("report", str(tmp_path), "--show-info"),
        (
            "check",
            str(tmp_path / "b.txt"),
            "--against",
            str(tmp_path),
            "-f",
            "github",
            "--show-info",
        ),
        ("check", str(tmp_path / "b.txt"), "--against", str(tmp_path), "-f", "text", "--show-info"),
    ):
        _, out, err = run(*argv)
        assert "forged" in out
        for line in (out + err).splitlines():  # only the draft's own workflow commands
            assert not line.startswith("::") or line.split(",")[0].endswith(f"file={draft}")
        assert "c\\n::warning::empty.txt" in err


def test_terminal_controls_in_article_text_never_reach_the_output(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Fares \x1b[2J\x1b]0;owned\x07rose 5% to $40 million.\x9b31m\n")
    write(tmp_path, "b.txt", ARTICLE.format(9))
    for fmt in ("text", "markdown", "json"):
        _, out, _ = run("report", str(tmp_path), "-f", fmt, "--show-info")
        assert not any(c in out for c in "\x1b\x07\x9b"), fmt


def test_output_onto_an_input_file_is_refused(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", ARTICLE.format(5))
    write(tmp_path, "b.txt", ARTICLE.format(9))
    code, _, err = run("report", str(tmp_path), "-o", str(a))
    assert code == 2
    assert "refusing to overwrite" in err
    assert a.read_text(encoding="utf-8") == ARTICLE.format(5)
    code, _, _ = run("check", str(a), "--against", str(tmp_path), "-o", str(tmp_path / "b.txt"))
    assert code == 2
    assert (tmp_path / "b.txt").read_text(encoding="utf-8") == ARTICLE.format(9)


def test_utf16_with_a_lone_surrogate_is_a_notice_not_cp1252(tmp_path: Path) -> None:
    text = "Tolls rose 4% to $12 million this year."
    data = b"\xff\xfe" + text.encode("utf-16-le") + b"\x00\xd8" + "ok.".encode("utf-16-le")
    (tmp_path / "s.txt").write_bytes(data)
    raw = read_raw(tmp_path / "s.txt")
    assert raw.text.startswith(text)
    assert "\ufffd" in raw.text
    assert any("not valid UTF-16" in n for n in raw.notices)
    assert not any("cp1252" in n for n in raw.notices)


def test_utf16_whose_mark_contradicts_the_bytes_is_read_in_their_order(tmp_path: Path) -> None:
    text = "Water use fell 6% to 300 litres a day in the valley."
    (tmp_path / "s.txt").write_bytes(b"\xff\xfe" + text.encode("utf-16-be"))
    raw = read_raw(tmp_path / "s.txt")
    assert raw.text == text
    assert any("byte-order mark" in n and "big-endian" in n for n in raw.notices)


def test_lone_surrogates_serialize_and_cache(tmp_path: Path) -> None:
    doc = Document(id="x\udcff.txt", path="x\udcff.txt", text="Costs rose 3% \ud800 to $9 million.")
    assert len(doc.text) == len("Costs rose 3% \ud800 to $9 million.")
    report = reconcile([doc])
    json.loads(report.model_dump_json())
    cache = ClaimCache(tmp_path)
    cache.put(doc, Settings(), report.claims)
    assert cache.get(doc, Settings()) == report.claims


def test_an_unreadable_subfolder_is_a_notice(tmp_path: Path, monkeypatch) -> None:
    write(tmp_path, "a.txt", ARTICLE.format(5))
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked, "b.txt", ARTICLE.format(9))
    real = os.scandir

    def scandir(path=".", *args, **kwargs):  # root reads any folder: simulate the refusal
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    docs, problems = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["a.txt"]
    assert any("locked" in p and "cannot list folder" in p for p in problems)


def test_a_fifo_or_a_device_is_never_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        read_raw(fifo)
    link = tmp_path / "zero.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(InputError, match="not a regular file"):
        read_raw(link)
    write(tmp_path, "a.txt", ARTICLE.format(5))
    docs, _ = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["a.txt"]


@settings(max_examples=200, deadline=None)
@given(st.binary(min_size=1, max_size=40))
def test_any_name_displays_on_one_printable_line(name: bytes) -> None:
    shown = display_name(os.fsdecode(name))
    assert shown.isprintable() or not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in shown)
    shown.encode("utf-8")  # never a lone surrogate
    assert "\n" not in shown and "\r" not in shown
