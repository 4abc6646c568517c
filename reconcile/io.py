"""Reading files and folders from disk into Documents.

Rules for bad input (each case gives a one-line message naming the file; the rest still runs):

- a path that does not exist: message, skipped;
- a folder with no .txt/.md/.html file in it: message;
- a binary file (a NUL byte in the first 8 KiB, or more than 10% control characters): skipped;
- a file with a UTF-16 byte-order mark: decoded as UTF-16, with a notice; bytes that are not
  UTF-16 (a lone surrogate, an odd last byte) become U+FFFD with a notice, and a mark that
  contradicts the text's byte order (ASCII text whose zero bytes sit on the other side) is
  overruled with a notice;
- a file that is not valid UTF-8: decoded as cp1252, or latin-1 when cp1252 fails too (latin-1
  never fails); a notice goes to ``Document.notices`` and a message is given;
- an empty file (or only whitespace): skipped;
- a file over ``MAX_BYTES`` (20 MB): skipped, not truncated, since a cut article would give
  figures without the sentences that qualify them.

Inside folders, hidden files and folders (name starting with ".") are not read, nor links to
folders; a folder that cannot be listed is a message. A file named explicitly is read whatever
its suffix (binary files are still refused).

File names are data: every name in an id, a path or a message goes through ``display_name``
(bytes that are not UTF-8 as ``\\xff``, control characters as ``\\n``, ``\\x1b``...), so any
name reads, prints on one line and serializes. Text is cleaned by
:func:`reconcile.documents.clean_text` (control characters other than tab, newline and return
become blanks, so nothing from an article can drive a terminal).

Document ids are file names; files that share a name get as many parent folders as it takes to
tell them apart ("a/x.txt", "b/x.txt"). The same file named twice is read once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reconcile.claims.models import Document
from reconcile.documents import clean_text, parse_document
from reconcile.names import display_name

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
MAX_BYTES = 20 * 1024 * 1024
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
_SNIFF = 8192
_CONTROL_RATIO = 0.10
# Control characters that are normal in text: tab, newline, vertical tab, form feed, return, esc.
_TEXT_CONTROLS = frozenset(b"\t\n\x0b\x0c\r\x1b")
_CONTROLS = bytes(b for b in range(32) if b not in _TEXT_CONTROLS)

Progress = Callable[[int, int], None]


class InputError(Exception):
    """A path or file that cannot be used; the message names it."""


@dataclass
class RawFile:
    """A file as read from disk: its decoded text before any parsing."""

    path: Path
    text: str
    encoding: str = "utf-8"
    notices: list[str] = field(default_factory=list)


def _display(path: Path) -> str:
    return display_name(path)


def _key(p: Path) -> object:
    """What makes two paths one file: its device and inode (one stat, no path resolution)."""
    try:
        st = p.stat()
    except OSError:
        return p.absolute()
    return (st.st_dev, st.st_ino)


def iter_paths(paths: Iterable[str | Path], problems: list[str] | None = None) -> list[Path]:
    """Expand files and folders into a list of files, in a stable order, without duplicates.

    Problems (missing paths, empty folders) go to ``problems`` when given; otherwise the first one
    raises ``InputError``.
    """
    found: list[Path] = []
    seen: set[object] = set()

    def problem(message: str) -> None:
        if problems is None:
            raise InputError(message)
        problems.append(message)

    def add(p: Path, key: object = None) -> None:
        key = _key(p) if key is None else key
        if key not in seen:
            seen.add(key)
            found.append(p)

    for p in map(Path, paths):
        if p.is_dir():
            inside = _walk(p, problem)
            if not inside:
                problem(f"{_display(p)}: no .txt, .md or .html files in this folder")
            for q, key in inside:
                add(q, key)
        elif p.is_file():
            add(p)
        elif p.exists():
            problem(f"{_display(p)}: not a regular file, skipped")
        else:
            problem(f"{_display(p)}: no such file or directory")
    return found


def _walk(root: Path, problem: Callable[[str], None]) -> list[tuple[Path, object]]:
    """The article files under ``root``, sorted, each with its :func:`_key` (from the one
    stat that tells it is a file); hidden names and links to folders are passed by, and each
    folder that cannot be listed is a problem (not a silent gap)."""

    def unreadable(exc: OSError) -> None:
        where = exc.filename if exc.filename is not None else root
        problem(f"{display_name(where)}: cannot list folder ({exc.strerror or exc}), skipped")

    found: list[tuple[Path, object]] = []
    for folder, dirs, files in os.walk(root, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            # (the suffix as ``Path(name).suffix`` gives it, for the names that can have one)
            if name.startswith(".") or name[name.rfind(".") :].lower() not in SUFFIXES:
                continue
            q = Path(folder, name)
            st = _file_stat(q)
            if st is not None:
                found.append((q, (st.st_dev, st.st_ino)))
    found.sort(key=lambda pair: pair[0])
    return found


_STAT_GONE = {errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP}


def _file_stat(p: Path) -> os.stat_result | None:
    """``p``'s stat when ``p.is_file()`` (a regular file, links followed), else None; the
    errors ``Path.is_file`` raises are raised."""
    try:
        st = p.stat()
    except OSError as e:
        if e.errno in _STAT_GONE:
            return None
        raise
    except ValueError:
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def looks_binary(data: bytes) -> bool:
    """True when the start of ``data`` holds a NUL byte or too many control characters."""
    head = data[:_SNIFF]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls / len(head) > _CONTROL_RATIO


def _utf16(data: bytes) -> tuple[str, list[str]]:
    """Decode a file that starts with a UTF-16 byte-order mark: (text, notices)."""
    little = data.startswith(b"\xff\xfe")
    head = data[2 : 2 + _SNIFF]
    zeros_low, zeros_high = head[0::2].count(0), head[1::2].count(0)
    notices = []
    # ASCII-range text in UTF-16 has its zero bytes on the high side: a mark that says the
    # opposite of what the bytes show is wrong
    if little and zeros_low > 2 * zeros_high + 8:
        little = False
        notices.append("the byte-order mark says little-endian but the text is big-endian")
    elif not little and zeros_high > 2 * zeros_low + 8:
        little = True
        notices.append("the byte-order mark says big-endian but the text is little-endian")
    codec = "utf-16-le" if little else "utf-16-be"
    try:
        text = data[2:].decode(codec)
    except UnicodeDecodeError:
        text = data[2:].decode(codec, "replace")
        notices.append(
            f"not valid UTF-16: {text.count(chr(0xFFFD))} character(s) replaced by U+FFFD"
        )
    return text, notices


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8 (a BOM is dropped), else cp1252, else latin-1: (text, encoding).

    A file that starts with a UTF-16 byte-order mark is read as UTF-16 (see ``_utf16``).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _utf16(data)[0], "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in FALLBACK_ENCODINGS:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte string")  # pragma: no cover


def read_raw(path: str | Path, max_bytes: int = MAX_BYTES) -> RawFile:
    """Read and decode one file; raise ``InputError`` (message names the file) when unusable."""
    path = Path(path)
    name = _display(path)
    try:
        st = path.stat()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file or directory") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(st.st_mode):  # a FIFO or a device would block or never end
        raise InputError(f"{name}: not a regular file, skipped")
    size = st.st_size
    if size > max_bytes:
        raise InputError(
            f"{name}: {size / 1024 / 1024:.1f} MB is over the {max_bytes / 1024 / 1024:.0f} MB "
            "limit, skipped"
        )
    try:
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:  # it grew since it was measured
        raise InputError(f"{name}: over the {max_bytes / 1024 / 1024:.0f} MB limit, skipped")
    if looks_binary(data) and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: looks like a binary file, skipped")
    notices = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text, problems = _utf16(data)
        encoding = "utf-16"
        notices = ["decoded as UTF-16 (byte-order mark)", *problems]
    else:
        text, encoding = decode(data)
        if encoding != "utf-8":
            notices.append(f"not valid UTF-8; decoded as {encoding}")
    if not text.strip():
        raise InputError(f"{name}: empty file, skipped")
    if encoding == "utf-16" and looks_binary(text.encode("utf-8", "replace")):
        raise InputError(f"{name}: looks like a binary file, skipped")
    text = clean_text(text)
    return RawFile(path=path, text=text, encoding=encoding, notices=notices)


def document_ids(paths: list[Path]) -> dict[Path, str]:
    """File names as ids; names shared by several files get parent folders until unique."""
    depth = dict.fromkeys(paths, 1)
    parts: dict[Path, tuple[str, ...]] = {}  # the folders of names that are shared, when asked

    def name(p: Path) -> str:
        if depth[p] == 1 and p.name:  # most names are unique: no absolute path is needed
            return display_name(p.name)
        if p not in parts:
            parts[p] = tuple(map(display_name, p.absolute().parts))
        return "/".join(parts[p][-depth[p] :])

    while True:
        by_name: dict[str, list[Path]] = {}
        for p in paths:
            by_name.setdefault(name(p), []).append(p)
        grew = False
        for same in by_name.values():
            if len(same) > 1:
                for p in same:
                    if p not in parts:
                        parts[p] = tuple(map(display_name, p.absolute().parts))
                    if depth[p] < len(parts[p]):
                        depth[p] += 1
                        grew = True
        if not grew:
            break
    ids: dict[Path, str] = {}
    used: set[str] = set()
    for p in paths:  # only files with identical absolute paths could still share a name
        n, k = name(p), 2
        while n in used:
            n, k = f"{name(p)}~{k}", k + 1
        used.add(n)
        ids[p] = n
    return ids


def to_document(raw: RawFile, doc_id: str) -> Document:
    doc = parse_document(doc_id, display_name(raw.path), raw.text, raw.path.suffix.lower())
    if raw.notices:
        doc = doc.model_copy(update={"notices": [*doc.notices, *raw.notices]})
    return doc


def read_sets(
    sets: Sequence[Iterable[str | Path]],
    *,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> tuple[list[list[tuple[Document, RawFile]]], list[str]]:
    """Read several lists of paths at once (e.g. drafts, then sources).

    Ids are unique across all the lists; a file already in an earlier list is left out of later
    ones. Returns, per list, (document, raw file) pairs, and the one-line problem messages.
    """
    problems: list[str] = []
    seen: set[object] = set()
    files: list[list[Path]] = []
    for paths in sets:
        mine = []
        for p in iter_paths(paths, problems):
            key = _key(p)
            if key not in seen:
                seen.add(key)
                mine.append(p)
        files.append(mine)
    total = sum(map(len, files))
    done = 0
    raws: list[list[RawFile]] = []
    for mine in files:
        read: list[RawFile] = []
        for p in mine:
            try:
                raw = read_raw(p, max_bytes)
            except InputError as exc:
                problems.append(str(exc))
            else:
                read.append(raw)
                problems.extend(f"{_display(p)}: {notice}" for notice in raw.notices)
            done += 1
            if progress is not None:
                progress(done, total)
        raws.append(read)
    ids = document_ids([r.path for rs in raws for r in rs])
    out: list[list[tuple[Document, RawFile]]] = []
    for rs in raws:
        pairs = []
        for raw in rs:
            try:
                pairs.append((to_document(raw, ids[raw.path]), raw))
            except Exception as exc:  # a parser bug on one file must not stop the run
                problems.append(f"{_display(raw.path)}: could not be parsed ({exc}), skipped")
        out.append(pairs)
    return out, problems


def read_files(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> tuple[list[tuple[Document, RawFile]], list[str]]:
    """Like ``read_inputs`` but keeps each document's raw text beside it."""
    sets, problems = read_sets([paths], max_bytes=max_bytes, progress=progress)
    return sets[0], problems


def read_inputs(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = MAX_BYTES,
    progress: Progress | None = None,
) -> tuple[list[Document], list[str]]:
    """Read every usable file under ``paths``: (documents, one-line problem messages)."""
    pairs, problems = read_files(paths, max_bytes=max_bytes, progress=progress)
    return [doc for doc, _ in pairs], problems


def load_document(path: str | Path) -> Document:
    """Read one file; raise ``InputError`` if it cannot be used."""
    raw = read_raw(path)
    return to_document(raw, raw.path.name)


def load_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every .txt/.md/.html file under ``paths`` into Documents.

    Raises ``InputError`` for the first path or file that cannot be used; see ``read_inputs``
    for the forgiving version that reads the rest and returns messages.
    """
    files = iter_paths(paths)
    raws = [read_raw(p) for p in files]
    ids = document_ids([r.path for r in raws])
    return [to_document(r, ids[r.path]) for r in raws]
