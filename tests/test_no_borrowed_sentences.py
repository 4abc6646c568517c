"""No test sentence is borrowed from a held-out set.

The holdouts and blind sets under ``evaluation/`` measure how reconcile does on copy nobody tuned
it to; a test that quotes them turns them into training data. This guard fails when any file
under ``tests/`` shares seven consecutive words with one of their texts. (Real coverage,
``evaluation/realnews``, is left out: its texts are rebuilt, never committed, and the seed
event's real reports share figure phrases such as "rose 2.4% to HK$140.60" with the fixture
written from their facts.)
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUN = 7
_WORD = re.compile(r"[a-z0-9]+(?:['’.,][a-z0-9]+)*")
TEXT_SUFFIXES = {".txt", ".md", ".html"}
TEST_SUFFIXES = {".py", ".toml", ".json", ".txt", ".md", ".html"}


def _runs(text: str) -> set[tuple[str, ...]]:
    words = _WORD.findall(text.lower())
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _held_out() -> dict[tuple[str, ...], Path]:
    found: dict[tuple[str, ...], Path] = {}
    evaluation = ROOT / "evaluation"
    for path in sorted(evaluation.rglob("*")):
        if "realnews" in path.parts or path.name == "first-run.txt":
            continue
        if len(path.relative_to(evaluation).parts) < 3:
            continue  # a set's own notes (evaluation/HISTORY.md), not an event's text
        if path.suffix in TEXT_SUFFIXES and path.is_file():
            for run in _runs(path.read_text(encoding="utf-8", errors="replace")):
                found.setdefault(run, path)
    return found


def test_the_guard_sees_a_shared_run() -> None:
    a = _runs("Officials said the river rose four metres overnight, flooding the low town.")
    b = _runs("By dawn the river rose four metres overnight, flooding the low town again.")
    c = _runs("The river climbed four metres in the night and flooded the lower town.")
    assert a & b
    assert not a & c


def test_no_test_file_quotes_a_held_out_text() -> None:
    held = _held_out()
    assert held, "no held-out texts found under evaluation/"
    borrowed = []
    for path in sorted((ROOT / "tests").rglob("*")):
        if path.suffix not in TEST_SUFFIXES or path.name == Path(__file__).name:
            continue
        shared = _runs(path.read_text(encoding="utf-8", errors="replace")) & held.keys()
        for run in sorted(shared)[:3]:
            borrowed.append(
                f"{path.relative_to(ROOT)}: {' '.join(run)!r} ({held[run].parent.name})"
            )
    assert not borrowed, "\n".join(borrowed)
