"""File names as printable, serializable text (used by io, config and the command line)."""

from __future__ import annotations

import os

# Control characters (C0, DEL, C1) as escapes; tab, newline and return by their usual names.
_NAME_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(32), *range(127, 160))} | {
    9: "\\t",
    10: "\\n",
    13: "\\r",
}


def display_name(path: str | os.PathLike[str]) -> str:
    """A file name as printable, serializable text: bytes that are not UTF-8 (which Python
    keeps as lone surrogates) as ``\\xNN``, control characters escaped. Never raises."""
    name = os.fsencode(path).decode("utf-8", "backslashreplace")
    return name.translate(_NAME_ESCAPES)
