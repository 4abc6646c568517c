"""A report's pool workers parse, besides what extraction parsed, the sentences that comparison
parses ahead of weighing a group's pairs (``scope.ahead_sentences``), and send them back with
the others: comparison then unpacks them in both of its processes instead of parsing them in
the parent before its fork. A check's workers do not (a check weighs only its drafts' pairs)."""

from __future__ import annotations

from typing import Any

import pytest

import reconcile.pipeline as pipeline
from reconcile import Document
from reconcile.claims import parse
from reconcile.config import Settings
from tests.claim_builder import built_claim

FORECAST = "Economists had forecast a rise of roughly 4.4%, a poll showed."  # an expected figure
PLAIN = "The Brackwell depot loaded 310 vans on Monday."  # nothing comparison parses ahead


@pytest.mark.usefixtures("fresh_state")
def test_the_sentences_parsed_ahead_are_parsed_by_the_worker_and_no_others() -> None:
    expected = built_claim("a", "4.4%", 4.4, "percent", 4.4, 4.4, kind="percent", sentence=FORECAST)
    vans = built_claim("a", "310 vans", 310, "van", 310, 310, kind="count", sentence=PLAIN)
    pipeline._parse_ahead_here([expected, vans])
    assert parse.at_hand(FORECAST)
    assert not parse.at_hand(PLAIN)


@pytest.mark.usefixtures("fresh_state")
def test_a_report_s_run_parses_ahead_and_a_check_s_does_not(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[list[str]] = []
    real = pipeline._parse_ahead_here

    def spy(claims: list[Any]) -> None:
        asked.append(sorted({c.sentence for c in claims}))
        real(claims)

    monkeypatch.setattr(pipeline, "_parse_ahead_here", spy)
    doc = Document(id="d", path="d.txt", text=f"{PLAIN} {FORECAST}")
    ((claims, _), sent), *_ = pipeline._extract_run([doc], Settings(), True)
    assert asked == [sorted({c.sentence for c in claims})]
    assert FORECAST in sent  # gone back packed with the run's claims
    asked.clear()
    pipeline._extract_run([doc], Settings())
    assert asked == []


@pytest.mark.usefixtures("fresh_state")
def test_a_sentence_another_worker_took_is_left_to_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # the pool's workers share one table: each sentence parsed ahead is taken by one of them
    monkeypatch.setattr(pipeline, "_AHEAD_TAKEN", pipeline._taken_table())
    other = "Traders had predicted growth of about 2.9%, a survey found."
    assert pipeline._untaken([other]) == [other]  # taken by a worker before this one
    mine = built_claim("a", "4.4%", 4.4, "percent", 4.4, 4.4, kind="percent", sentence=FORECAST)
    theirs = built_claim("b", "2.9%", 2.9, "percent", 2.9, 2.9, kind="percent", sentence=other)
    pipeline._parse_ahead_here([mine, theirs])
    assert parse.at_hand(FORECAST)
    assert not parse.at_hand(other)  # the worker that took it sends its parse
    assert pipeline._untaken([FORECAST, other, PLAIN]) == [PLAIN]


@pytest.mark.usefixtures("fresh_state")
def test_outside_a_pool_every_sentence_is_its_own() -> None:
    assert pipeline._AHEAD_TAKEN is None
    assert pipeline._untaken([FORECAST, FORECAST]) == [FORECAST, FORECAST]
