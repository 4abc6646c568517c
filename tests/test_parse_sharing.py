"""``parse.sharing``: comparison's two processes share the parses either makes, so that a
sentence whose figures fall in groups judged by both is parsed once; the one that did not
parse it unpacks the other's parse, counted as its own for the run's store."""

from __future__ import annotations

import os

import pytest

from reconcile.claims import parse

LINE = "The Tarrow lifeboat crew rescued 14 walkers from the cliffs near Ebbsand on Sunday."
OTHER = "Volunteers at the Kellby shelter served 380 meals over the holiday weekend."


def _words(doc: object) -> list[tuple[str, str, str, int, str]]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]  # type: ignore[attr-defined]


def _another_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process as the other one sharing its parses: none kept, packed or made here."""
    monkeypatch.setattr(parse, "_KEPT", {})
    monkeypatch.setattr(parse, "_PACKED", {})
    monkeypatch.setattr(parse, "_FRESH", {})


@pytest.mark.usefixtures("fresh_state")
def test_a_parse_the_other_process_made_is_not_made_again(monkeypatch: pytest.MonkeyPatch) -> None:
    with parse.sharing():
        made = _words(parse.parse_sentences([LINE])[0])
        folder = parse._SHARED
        assert folder is not None and os.listdir(folder)
        _another_process(monkeypatch)
        pipeline = parse.nlp()

        asked: list[str] = []

        class Counted:
            def pipe(self, texts: list[str], **kw: object) -> object:
                asked.extend(texts)
                return pipeline.pipe(texts, **kw)

        monkeypatch.setattr(parse, "nlp", lambda: Counted())
        got = parse.parse_sentences([LINE, OTHER])
        assert asked == [OTHER]  # the one the other process had not parsed
        assert _words(got[0]) == made
        assert set(parse.fresh()) == {LINE, OTHER}  # both go to the run's store from here
    assert parse._SHARED is None
    assert not os.path.exists(folder)


@pytest.mark.usefixtures("fresh_state")
def test_outside_the_block_nothing_is_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse._SHARED is None
    parse.parse_sentences([LINE])
    _another_process(monkeypatch)
    with parse.sharing():
        made: list[str] = []
        pipeline = parse.nlp()

        class Counted:
            def pipe(self, texts: list[str], **kw: object) -> object:
                made.extend(texts)
                return pipeline.pipe(texts, **kw)

        monkeypatch.setattr(parse, "nlp", lambda: Counted())
        parse.parse_sentences([LINE])
        assert made == [LINE]  # parsed before the block: never written where it is shared
