"""The words before a figure that make it an earlier value ("from 16") are read only where a
reading can matter, and kept from one run to the next: a sentence holds a move
(``compare.moves``) only with two figures that are not changes, so its one level is never
asked about; and the answer for the same words is not searched for again (a warm process
weighs the same sources' figures at every check)."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.compare import context
from reconcile.compare.context import Ctx
from reconcile.compare.moves import move_findings
from reconcile.config import Settings

TEXT = (
    "Brellin Ferries carried 41,000 passengers in May. "
    "Its fares rose 4% to £23 on the Tolvik route. "
    "The Tolvik crossing now takes 95 minutes, down from 110 minutes."
)


def _ctx(doc: Document) -> tuple[Ctx, list]:  # type: ignore[type-arg]
    claims = extract_claims(doc)
    return Ctx(Settings(), {c.id: c for c in claims}, {doc.id: doc.text}, set()), claims


def test_a_sentence_with_one_figure_that_is_no_change_is_not_asked_about(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    no_move = TEXT.rsplit(" The Tolvik", 1)[0]  # a count; a change and its level
    doc = Document(id="a.txt", path="a.txt", text=no_move)
    ctx, claims = _ctx(doc)
    assert len(claims) == 3
    asked: list[str] = []
    real = Ctx.is_earlier

    def recording(self: Ctx, c: object) -> bool:
        asked.append(c.sentence)  # type: ignore[attr-defined]
        return real(self, c)  # type: ignore[arg-type]

    monkeypatch.setattr(Ctx, "is_earlier", recording)
    assert move_findings(claims, ctx, {}) == []
    assert asked == []  # no sentence holds two figures that are not changes


def test_the_same_words_before_a_figure_are_searched_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(context, "_EARLIER", {})
    doc = Document(id="a.txt", path="a.txt", text=TEXT)
    first, claims = _ctx(doc)
    answers = [first.is_earlier(c) for c in claims]
    assert any(answers) and not all(answers)
    kept = dict(context._EARLIER)
    assert kept
    monkeypatch.setattr(context, "rules", lambda: pytest.fail("searched again"))
    again, _ = _ctx(doc)
    assert [again.is_earlier(c) for c in claims] == answers
    assert kept == context._EARLIER
