"""Reading files and folders from disk into Documents. (Thin first version: UTF-8 only.)"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reconcile.claims.models import Document
from reconcile.documents import parse_document

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


class InputError(Exception):
    """A path or file that cannot be used; the message names it."""


def iter_paths(paths: Iterable[str | Path]) -> list[Path]:
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found.extend(sorted(q for q in p.rglob("*") if q.suffix.lower() in SUFFIXES))
        elif p.exists():
            found.append(p)
        else:
            raise InputError(f"{p}: no such file or directory")
    return found


def load_document(path: str | Path) -> Document:
    path = Path(path)
    return parse_document(path.name, str(path), path.read_text(encoding="utf-8"), path.suffix)


def load_documents(paths: Iterable[str | Path]) -> list[Document]:
    """Read every .txt/.md/.html file under ``paths`` into Documents."""
    return [load_document(p) for p in iter_paths(paths)]
