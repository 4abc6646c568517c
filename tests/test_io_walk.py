"""The folder walk that lists a check's sources stats each file once: the stat that tells it is
a regular file also gives the key that finds it given twice (``io._key``). What it lists is
what ``Path.is_file`` and ``Path.suffix`` choose."""

from __future__ import annotations

import os
from pathlib import Path

from reconcile.io import SUFFIXES, _key, _walk, iter_paths


def _tree(root: Path) -> None:
    (root / "sub").mkdir()
    (root / "sub" / "deep.html").write_text("x", "utf-8")
    for name in ("b.txt", "a.MD", "c.pdf", "notes.txt.bak", "d.", "e.markdown", "plain"):
        (root / name).write_text("x", "utf-8")
    (root / ".hidden.txt").write_text("x", "utf-8")
    (root / "folder.txt").mkdir()  # a folder named like an article: passed by
    os.symlink(root / "b.txt", root / "link.txt")  # a link to a file: listed
    os.symlink(root / "missing.txt", root / "broken.txt")  # a broken link: passed by


def test_the_walk_lists_what_is_file_and_suffix_choose(tmp_path: Path) -> None:
    _tree(tmp_path)
    problems: list[str] = []
    listed = _walk(tmp_path, problems.append)
    expected = sorted(
        Path(folder, name)
        for folder, _dirs, files in os.walk(tmp_path)
        for name in files
        if not name.startswith(".")
        and Path(name).suffix.lower() in SUFFIXES
        and Path(folder, name).is_file()
    )
    assert [p for p, _ in listed] == expected
    assert {p.name for p, _ in listed} == {"a.MD", "b.txt", "e.markdown", "link.txt", "deep.html"}
    assert all(key == _key(p) for p, key in listed)
    assert not problems


def test_a_file_given_twice_is_read_once(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = iter_paths([tmp_path, tmp_path / "b.txt", tmp_path / "sub"], [])
    names = [p.name for p in found]
    assert names.count("deep.html") == 1
    # the link and its target are one file (one device and inode): the first one listed stays
    assert len([n for n in names if n in ("b.txt", "link.txt")]) == 1
