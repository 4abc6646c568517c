"""Vocabulary entries that no text of the development data or the tests contains.

    python -m benchmarks.vocab_usage [--files metrics entities ...] [--roots DIR ...]

Every string in the vocabularies of ``reconcile/data/`` (the files named, by stem; the
word-meaning files by default) is looked for, as whole words and ignoring case, in every text,
Markdown, HTML, TOML and Python file under the roots. An entry found nowhere cannot change a
result on this data: it is a candidate for deletion ("if an entry changes no result, delete it"),
unless it is grammar (a unit, a number word) rather than meaning. Entries that hold a pattern
(regular-expression characters) are left out. Prints, per file, the entries found nowhere, and a
count.
"""

from __future__ import annotations

import argparse
import re
import tomllib
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "reconcile" / "data"
MEANING = ("entities", "metrics", "count_nouns", "comparison", "qualifiers", "evidence", "parse")
SUFFIXES = {".txt", ".md", ".html", ".toml", ".py", ".json"}
_PATTERN = re.compile(r"[\\()\[\]{}|?*+^$]")


def strings(node: object, path: str = "") -> Iterator[tuple[str, str]]:
    """(where, entry) for every string in a TOML tree; a table's keys count as entries."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, list):
        for item in node:
            yield from strings(item, path)
    elif isinstance(node, dict):
        for key, value in node.items():
            where = f"{path}.{key}" if path else str(key)
            if isinstance(value, str) and path:  # a mapping's keys ("video-game" = "games")
                yield path, str(key)
            yield from strings(value, where)


def corpus(roots: list[str]) -> str:
    """Every file's text under the roots, lower-cased, joined by newlines."""
    parts = []
    for root in roots:
        for p in sorted(Path(root).rglob("*")):
            if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts:
                parts.append(p.read_text(encoding="utf-8", errors="replace").lower())
    return "\n".join(parts)


def unused(file: Path, text: str) -> list[tuple[str, str]]:
    """The entries of one vocabulary file that the text holds nowhere as whole words."""
    tree = tomllib.loads(file.read_text(encoding="utf-8"))
    out, seen = [], set()
    for where, entry in strings(tree):
        low = entry.strip().lower()
        if not low or _PATTERN.search(low) or (where, low) in seen:
            continue
        seen.add((where, low))
        if not re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text):
            out.append((where, entry))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", nargs="+", default=list(MEANING), help="vocabulary stems")
    ap.add_argument("--roots", nargs="+", default=["fixtures", "evaluation", "tests"])
    args = ap.parse_args(argv)
    text = corpus(args.roots)
    total = 0
    for stem in args.files:
        found = unused(DATA / f"{stem}.toml", text)
        total += len(found)
        print(f"{stem}.toml: {len(found)} entries found nowhere")
        for where, entry in found:
            print(f"    {where}: {entry}")
    print(f"{total} entries in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
