"""Comparison parses in one batch, before the first pair, the sentences that
:func:`reconcile.compare.scope.whole_period`, ``_expected_subject`` and the earlier-clause test
of ``Ctx.is_earlier`` will parse and that
this process has no parse of (``scope.parse_ahead``), once for each group where a pair of
differing figures is weighed: the same answers, one pipeline call instead of one per sentence
(the figures: ``benchmarks/report_cold.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from reconcile.claims import parse
from reconcile.claims.models import Claim
from reconcile.compare import scope
from reconcile.compare.context import Ctx
from reconcile.config import Settings
from tests.test_scope import fig, judge

SHARE = {"unit": "percent", "kind": "percent", "metric": "revenue", "qualifier": "up_to"}
SHIPS = {"unit": "ship", "kind": "count", "metric": "ships passing"}

WEEKLY = "A levy of up to 4% of the mill's average weekly takings was set by the board."
YEARLY = "Inspectors may charge as much as 9 per cent of yearly turnover, the ministry said."
PLAIN = "Its exports climbed 6% after the harbour reopened."
EXPECTED = "Some 140 barges were expected to cross the lock on Sunday."


class Counting:
    """The pipeline, counting the texts of each call to ``pipe``."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.calls: list[list[str]] = []

    def pipe(self, texts: Iterator[str], **kw: Any) -> Any:
        texts = list(texts)
        self.calls.append(texts)
        return self.inner.pipe(texts, **kw)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Counting:
    counter = Counting(parse.nlp())
    monkeypatch.setattr(parse, "nlp", lambda: counter)
    return counter


def group_ctx(cs: list[Claim], focus: frozenset[str] = frozenset()) -> Ctx:
    ctx = Ctx(Settings(), {c.id: c for c in cs}, {c.document: c.sentence for c in cs}, set())
    ctx.focus = focus
    ctx.group_by_doc = {c.document: [c] for c in cs}
    return ctx


def claims() -> list[Claim]:
    return [
        fig("a.txt", WEEKLY, "4%", 4, **SHARE),  # type: ignore[arg-type]
        fig("b.txt", YEARLY, "9 per cent", 9, **SHARE),  # type: ignore[arg-type]
        fig("c.txt", PLAIN, "6%", 6, **SHARE),  # type: ignore[arg-type]
        fig("d.txt", EXPECTED, "140", 140, **SHIPS),  # type: ignore[arg-type]
    ]


@pytest.mark.usefixtures("fresh_state")
def test_the_sentences_those_rules_parse_are_parsed_in_one_call(counting: Counting) -> None:
    cs = claims()
    ctx = group_ctx(cs)
    scope.parse_ahead(ctx)
    assert counting.calls == [[WEEKLY, YEARLY, EXPECTED]]  # not PLAIN: no period after "of"
    scope.parse_ahead(ctx)  # once a group
    assert len(counting.calls) == 1
    # the rules now read the kept parses
    assert (scope.whole_period(cs[0]), scope.whole_period(cs[1])) == ("week", "year")
    assert scope.whole_period(cs[2]) is None
    assert scope._expected_subject(cs[3])
    assert len(counting.calls) == 1


@pytest.mark.usefixtures("fresh_state")
def test_a_sentence_at_hand_is_not_parsed_again(counting: Counting) -> None:
    cs = claims()
    parse.parse_sentences([YEARLY])
    scope.parse_ahead(group_ctx(cs))
    assert counting.calls == [[YEARLY], [WEEKLY, EXPECTED]]


@pytest.mark.usefixtures("fresh_state")
def test_a_check_parses_as_it_is_asked(counting: Counting) -> None:
    scope.parse_ahead(group_ctx(claims(), focus=frozenset({"a.txt"})))
    assert counting.calls == []


@pytest.mark.usefixtures("fresh_state")
def test_findings_are_those_of_a_parse_per_sentence(
    counting: Counting, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = claims()[:2]
    texts = {"a.txt": WEEKLY, "b.txt": YEARLY}
    ahead = judge(texts, [a, b], "revenue")
    assert counting.calls == [[WEEKLY, YEARLY]]
    assert [f.kind for f in ahead] == ["different_scope"]
    parse._KEPT.clear()  # type: ignore[union-attr]
    scope.forget_readings()  # (and what the rules read of them, kept by figure)
    monkeypatch.setattr(scope, "parse_ahead", lambda ctx: None)
    assert judge(texts, [a, b], "revenue") == ahead
    assert counting.calls[1:] == [[WEEKLY], [YEARLY]]


EARLIER = "Previously, the guild's pay deal gave 5% rises."
BEFORE = "Its previous offer held 3% rises, the union said."


@pytest.mark.usefixtures("fresh_state")
def test_sentences_the_earlier_clause_test_parses_are_in_the_batch(counting: Counting) -> None:
    cs = [
        *claims()[2:3],
        fig("e.txt", EARLIER, "5%", 5, **SHARE),  # type: ignore[arg-type]
        fig("f.txt", BEFORE, "3%", 3, **SHARE),  # type: ignore[arg-type]
    ]
    ctx = group_ctx(cs)
    scope.parse_ahead(ctx)
    assert counting.calls == [[EARLIER, BEFORE]]  # PLAIN holds no word of an earlier time
    assert ctx.is_earlier(cs[1]) and ctx.is_earlier(cs[2])  # read from the kept parses
    assert not ctx.is_earlier(cs[0])
    assert len(counting.calls) == 1
