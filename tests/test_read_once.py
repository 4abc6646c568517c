"""What a report reads of each document before its claims are extracted is not read again in
the pool's workers: the outlets at a document's top, read by the child that reads the files
and handed to the parent with the documents, and the evidence of a story's own currency words,
read for the event before the workers are forked. Both are the text's own, wherever read."""

from __future__ import annotations

from pathlib import Path

import pytest

from reconcile import cli, documents, story_words
from reconcile.cli import Progress


def _never(text: str) -> object:
    raise AssertionError(f"read again: {text[:40]!r}")


def test_the_outlets_read_with_the_files_are_not_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECONCILE_WORKERS", "2")
    monkeypatch.setattr(documents, "_OUTLETS", {})
    for n in range(cli.READ_AHEAD_MIN):
        (tmp_path / f"note-{n:02d}.txt").write_text(
            f"THE HARLOW DISPATCH\n\nA canal lock in Fenby reopened after {n + 3} weeks of work.\n"
        )
    docs, _, _ = cli._read_report([str(tmp_path)], Progress())
    assert len(docs) == cli.READ_AHEAD_MIN
    monkeypatch.setattr(documents, "_read_outlets", _never)
    for d in docs:
        assert documents.read_outlets(d.text).masthead == d.outlet


def test_a_text_not_read_yet_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "_OUTLETS", {})
    text = "THE HARLOW DISPATCH\n\nThe ferry carried 212 cars on its first day.\n"
    assert documents.read_outlets(text).masthead is not None
    monkeypatch.setattr(documents, "_read_outlets", _never)
    assert documents.read_outlets(text).masthead is not None  # kept
    with pytest.raises(AssertionError):
        documents.read_outlets(text + "More soon.\n")


def test_the_event_s_evidence_is_read_once_for_each_text(monkeypatch: pytest.MonkeyPatch) -> None:
    story_words._kept_evidence.cache_clear()
    texts = [
        "The fine came to 48 million dorvas (about 5.8 million euros), the court said.",
        "Shops were told to pay 61 million dorvas by the end of May.",
    ]
    event = story_words.event_words(texts)
    monkeypatch.setattr(story_words, "_read_evidence", _never)
    assert story_words.event_words(texts) == event
    assert story_words.story_words(texts[0]) == story_words.story_words(texts[0])
    got = story_words._evidence(texts[0])
    got["changed"] = None  # the caller's own copy
    assert "changed" not in story_words._evidence(texts[0])
