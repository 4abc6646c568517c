"""Parses batched across documents, results unchanged: extraction begins several short
documents (their figures and keywords) before it parses the sentences each reads first, in one
batch for all of them; the time that start took counts against the file's first try."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile import Document
from reconcile.claims import parse
from reconcile.config import Settings

# a figure whose keyword stands a clause away from it: the sentence is parsed
_FAR = [
    "Turnover at the Hesketh brickworks, its owners told staff on Monday, came to ${n} million.",
    "Deliveries of the Ormside barges, as the yard put it in a note, reached {n} units.",
    "Profit at Pellbridge Ferries, which runs four routes, fell {n}% over the winter.",
]
_NEAR = "The Kelmscott quarry employs {n} people."  # nothing far: not parsed


def _documents(count: int) -> list[Document]:
    docs = []
    for i in range(count):
        text = " ".join(
            [s.format(n=f"{12 + 7 * i + j}.{j + 1}") for j, s in enumerate(_FAR)]
            + [_NEAR.format(n=300 + i)]
        )
        docs.append(Document(id=f"s{i}", path=f"s{i}.txt", text=text))
    return docs


class _Calls:
    """The pipeline, with each call's number of texts written down."""

    def __init__(self, real: Any) -> None:
        self.real, self.calls = real, []  # type: list[int]

    def pipe(self, texts: Any, **kwargs: Any) -> Any:
        texts = list(texts)
        self.calls.append(len(texts))
        return self.real.pipe(texts, **kwargs)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def _forget_parses() -> None:
    for state in ("_KEPT", "_PACKED", "_FRESH"):
        getattr(parse, state).clear()


@pytest.mark.usefixtures("fresh_state")
def test_documents_begun_together_parse_their_first_sentences_in_one_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile import timecap

    docs, settings = _documents(5), Settings()
    timecap.extract_within(docs[0], settings)  # (the vocabularies, loaded once)
    calls = _Calls(parse.nlp())
    monkeypatch.setattr(parse, "nlp", lambda: calls)
    _forget_parses()
    alone = [timecap.extract_within(d, settings) for d in docs]
    one_by_one = list(calls.calls)
    _forget_parses()
    calls.calls.clear()
    together = timecap.extract_all(docs, settings)
    assert together == alone
    assert len(one_by_one) >= len(docs)  # a call or more each
    assert len(calls.calls) < len(one_by_one)
    assert sum(calls.calls) == sum(one_by_one)  # the same sentences, in fewer calls


@pytest.mark.usefixtures("fresh_state")
def test_a_begun_state_is_taken_once_and_for_the_same_text_only() -> None:
    from reconcile.claims import context

    doc, other = _documents(2)
    settings = Settings()
    plain = context.extract_claims(doc, settings)
    assert context.begin(doc.text, settings)  # the far keywords' sentences
    assert context.extract_claims(other, settings) != plain  # another text: its own claims
    assert context.extract_claims(doc, settings) == plain
    assert not context._BEGUN
    assert context.extract_claims(doc, settings) == plain  # again, from the start


def test_a_start_that_took_the_first_try_leaves_the_file_its_prefixes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reconcile import timecap

    doc = Document(id="long", path="long.txt", text="\n\n".join(d.text for d in _documents(6)))
    settings = Settings(max_seconds_per_file=8)
    timecap.extract_within(doc, settings)  # (the vocabularies, loaded once)
    read: list[int] = []
    real = timecap.extract_claims

    def reading(part: Document, s: Settings) -> Any:
        read.append(len(part.text))
        return real(part, s)

    monkeypatch.setattr(timecap, "extract_claims", reading)
    whole, notice = timecap.extract_within(doc, settings)
    assert read == [len(doc.text)] and notice is None  # the whole text, in time
    read.clear()
    timecap._BEGUN_SPENT[doc.text] = timecap.FIRST_TRY * 8  # its start took the whole try
    some, notice = timecap.extract_within(doc, settings)
    assert read and max(read) < len(doc.text)  # a prefix only, as after a first try cut short
    assert len(some) < len(whole)
    assert notice is not None and "figures from line" in notice
    assert not timecap._BEGUN_SPENT
