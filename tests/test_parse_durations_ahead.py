"""Extraction parses the sentences of the durations that ``_duration_metrics`` will read in the
same pipeline call as the sentences of far metric keywords (``context._parse_far_keywords``),
keeping them in the parse store only, not in the readings' map of parsed sentences: the same
claims, one pipeline call a document instead of two (the figures: ``benchmarks/report_cold.py``,
``benchmarks/RESULTS.md``)."""

from __future__ import annotations

import pytest

from reconcile.claims import parse
from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from tests.test_parse_ahead import Counting

FAR = (
    "Revenue at the small ferry operator, which runs six boats across the bay, reached $41m "
    "last year."
)
LASTS = "Its crews staged a 12-day strike over pay in the spring."
PLAIN = "Ticket prices rose 3% in May."


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> Counting:
    counter = Counting(parse.nlp())
    monkeypatch.setattr(parse, "nlp", lambda: counter)
    monkeypatch.setattr(parse, "_KEPT", {})  # nothing parsed before
    monkeypatch.setattr(parse, "_PACKED", {})
    monkeypatch.setattr(parse, "_STORE", None)
    return counter


def read(text: str) -> list[tuple[str | None, float, str | None]]:
    return [
        (c.metric, c.value, c.subject)
        for c in extract_claims(Document(id="d", path="d", text=text))
    ]


def test_a_duration_sentence_is_parsed_with_the_far_keywords(counting: Counting) -> None:
    got = read(f"{FAR} {LASTS}")
    assert ("strike duration", 12.0) in [(m, v) for m, v, _ in got]
    assert counting.calls == [[FAR, LASTS]]


def test_no_duration_no_sentence_more(counting: Counting) -> None:
    read(f"{FAR} {PLAIN}")  # control: the far keyword's sentence alone, as before
    assert counting.calls == [[FAR]]


def test_the_same_claims_without_kept_parses(counting: Counting) -> None:
    text = f"{FAR} {LASTS} {PLAIN}"
    kept = read(text)
    parse.keep_parses(False)
    try:
        assert read(text) == kept
    finally:
        parse.keep_parses(True)
