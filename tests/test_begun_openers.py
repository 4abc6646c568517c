"""A name of several words opening a sentence whose first word is an ordinary English word
("Granite Works Cooperative shipped ...") has that word tagged in its sentence's parse, to
tell a name from an opener ("Till Friday", "Despite Arvel Foods"). Short documents begun
together (``context.begin``) find their names before any parse, so those sentences go in the
batch that parses the sentences each document reads first: no sentence is parsed alone for
its opening word, the same sentences are parsed, and the claims are the same."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile import Document
from reconcile.claims import entities, parse
from reconcile.config import Settings

_OPENED = [
    "Granite Works Cooperative shipped {a} tonnes of slate over the spring, its manager said.",
    "Copper Kettle Foods sold {b} million tins of soup last winter.",
    "Meadow Gate Dairies collected {b} million litres of milk in March.",
]
_AFTER = "The firm employs {c} people at two sites."
# control: the name is written inside a sentence too, so the opening word is never asked about
_NAMED_INSIDE = (
    "Silver Birch Homes finished {c} houses in the county this year. "
    "Its buyers paid Silver Birch Homes an average of ${a}."
)


def _documents(count: int) -> list[Document]:
    docs = []
    for i in range(count):
        opened = _OPENED[i % len(_OPENED)].format(a=f"{41 + i},200", b=f"{3 + i}.{i + 1}")
        text = " ".join([opened, _AFTER.format(c=80 + i)])
        docs.append(Document(id=f"o{i}", path=f"o{i}.txt", text=text))
    text = _NAMED_INSIDE.format(c=214, a="312,000")
    docs.append(Document(id="inside", path="inside.txt", text=text))
    return docs


class _Calls:
    """The pipeline, with the texts of each call written down."""

    def __init__(self, real: Any) -> None:
        self.real, self.calls = real, []  # type: list[list[str]]

    def pipe(self, texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        self.calls.append(texts)
        return self.real.pipe(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


_REAL_TAG = entities._opening_tag


def _forget() -> None:
    """No parse kept, no opening word's tag known."""
    for state in ("_KEPT", "_PACKED", "_FRESH"):
        getattr(parse, state).clear()
    getattr(entities, "_OPENING_TAGS", {}).clear()
    if hasattr(_REAL_TAG, "cache_clear"):
        _REAL_TAG.cache_clear()


@pytest.mark.usefixtures("fresh_state")
def test_sentences_opened_by_an_english_word_are_parsed_in_the_begun_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile import timecap

    docs, settings = _documents(6), Settings()
    timecap.extract_within(docs[0], settings)  # (the vocabularies, loaded once)
    calls = _Calls(parse.nlp())
    monkeypatch.setattr(parse, "nlp", lambda: calls)
    asked: list[str] = []

    def tag(sentence: str) -> tuple[str, str] | None:
        asked.append(sentence)
        return _REAL_TAG(sentence)

    monkeypatch.setattr(entities, "_opening_tag", tag)
    _forget()
    alone = [timecap.extract_within(d, settings) for d in docs]
    one_by_one = [t for call in calls.calls for t in call]
    openers = set(asked)
    assert len(openers) == len(docs) - 1  # each opening name's sentence asked about
    assert not any("Silver Birch" in s for s in openers)  # named inside: not asked
    _forget()
    calls.calls.clear()
    together = timecap.extract_all(docs, settings)
    assert together == alone
    assert sorted(t for call in calls.calls for t in call) == sorted(one_by_one)  # no more
    alone_calls = [call[0] for call in calls.calls if len(call) == 1]
    assert not openers & set(alone_calls)  # each in a batch with others


@pytest.mark.usefixtures("fresh_state")
def test_names_found_when_begun_are_those_found_after() -> None:
    from reconcile.claims import context

    settings = Settings()
    for doc in _documents(4):
        plain = context.extract_claims(doc, settings)
        context.begin(doc.text, settings)
        assert context._NAMES  # kept for the claims, with the begun state
        assert context.extract_claims(doc, settings) == plain
        assert not context._NAMES and not context._BEGUN
