"""The words a vocabulary knows are worked out once per run, not once per document: each
document's vocabulary is the run's with its own places and setting, and shares the fields the
words come from (a cold report over 1,000 sources built them 1,000 times and kept every
document's vocabulary alive)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from reconcile import Document
from reconcile.claims import context
from reconcile.claims.context import extract_claims
from reconcile.claims.vocab import vocab
from reconcile.config import Settings


def test_a_documents_copy_of_the_vocabulary_reads_the_words_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context, "_KNOWN_WORDS", {})
    v = vocab()
    words = context._vocabulary_words(v)
    copy = replace(v, read_places=frozenset({"Marlow Bay"}), setting="Marlow Bay")
    assert context._vocabulary_words(copy) is words
    assert len(context._KNOWN_WORDS) == 1
    assert "revenue" in words


def test_another_vocabulary_gets_its_own_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "_KNOWN_WORDS", {})
    plain = context._vocabulary_words(vocab())
    aliased = vocab(Settings(metric_aliases={"flumpage": "revenue"}))
    words = context._vocabulary_words(aliased)
    assert "flumpage" in words and "flumpage" not in plain


def test_many_documents_keep_one_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(context, "_KNOWN_WORDS", {})
    for n, town in enumerate(["Ashby", "Corlen", "Dunmore", "Elsford"]):
        text = f"In {town}, sales at the co-op rose {n + 3}% to £{n + 2}.4m, the board said."
        extract_claims(Document(id=f"t{n}", path=f"t{n}.txt", text=text), Settings())
    assert len(context._KNOWN_WORDS) <= 1
