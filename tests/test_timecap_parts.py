"""A document far longer than any article is read in parts under one deadline: the parts read
in time keep their claims (spans and ids in the whole text), no figure is cut in two, and the
notice names the line where the first unread part starts."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.timecap as timecap
from reconcile import Document, Settings
from reconcile.claims.context import extract_claims

PARAGRAPH = "Unit {0}\n\nThe Corvell plant said its output climbed {0}% to 70 tonnes in May.\n\n"
TEXT = "".join(PARAGRAPH.format(i) for i in range(1, 61))
DOC = Document(id="big.txt", path="big.txt", text=TEXT)


def _key(claims):
    return [(c.id, c.span, c.text, c.value, c.unit, c.role, c.linked) for c in claims]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab .\n$5", max_size=400), st.integers(8, 120))
def test_parts_cover_the_text_in_order(text: str, size: int) -> None:
    spans = timecap.parts(text, size)
    assert "".join(text[a:b] for a, b in spans) == text
    assert all(a < b for a, b in spans)
    for _a, b in spans[:-1]:  # every cut but the text's end is at a break
        assert text[b - 1] == "\n" or text[b - 1] in ".!?"


def test_a_figure_across_the_window_edge_is_read_whole(monkeypatch) -> None:
    head = "Ferrow Mills said on Tuesday that its new line would start soon. " * 12
    text = head + "It will cost $3.75 billion over four years, the firm said. " + head
    edge = text.index("$3.75") + 3  # the window ends inside the figure
    spans = timecap.parts(text, edge)
    assert len(spans) > 1 and all(not (a < edge - 3 < b <= edge) for a, b in spans)
    monkeypatch.setattr(timecap, "SPLIT_OVER", edge)
    monkeypatch.setattr(timecap, "PART", edge)
    doc = Document(id="e.txt", path="e.txt", text=text)
    claims, notice = timecap.extract_within(doc, Settings(max_seconds_per_file=60))
    assert notice is None
    money = [c for c in claims if c.unit == "USD"]
    assert [(c.text, c.value) for c in money] == [("$3.75 billion", 3.75e9)]
    assert all(text[c.span[0] : c.span[1]] == c.text for c in claims)


def test_parts_read_in_time_give_the_claims_of_the_whole_read(monkeypatch) -> None:
    monkeypatch.setattr(timecap, "SPLIT_OVER", 4000)
    monkeypatch.setattr(timecap, "PART", 1000)
    assert len(timecap.parts(TEXT)) > 4
    claims, notice = timecap.extract_within(DOC, Settings(max_seconds_per_file=60))
    assert notice is None
    assert _key(claims) == _key(extract_claims(DOC, Settings()))


def test_time_up_keeps_the_parts_already_read_and_names_the_next_line(monkeypatch) -> None:
    monkeypatch.setattr(timecap, "SPLIT_OVER", 4000)
    monkeypatch.setattr(timecap, "PART", 1000)
    spans = timecap.parts(TEXT)
    calls = []

    def slow_from_the_third_part(doc: Document, s: Settings):
        if doc.id == "warm-up":  # the one-off load, outside the clock
            return extract_claims(doc, s)
        calls.append(len(doc.text))
        if len(calls) >= 3:
            while True:  # burns CPU until the cap's signal stops it
                pass
        return extract_claims(doc, s)

    monkeypatch.setattr(timecap, "extract_claims", slow_from_the_third_part)
    claims, notice = timecap.extract_within(DOC, Settings(max_seconds_per_file=0.5))
    read_to = spans[1][1]
    whole = [c for c in extract_claims(DOC, Settings()) if c.span[1] <= read_to]
    assert whole and _key(claims) == _key(whole)
    assert notice is not None
    line = TEXT.count("\n", 0, len(TEXT) - len(TEXT[read_to:].lstrip())) + 1
    assert notice.endswith(f"figures from line {line} on are skipped")
    assert len(calls) == 3  # no part was read twice


@pytest.mark.parametrize("size", [50, 400])
def test_a_text_without_breaks_is_one_part(size: int) -> None:
    text = "x" * (size * 3)
    assert timecap.parts(text, size) == [(0, len(text))]


def test_an_except_exception_on_the_way_does_not_swallow_the_cap(monkeypatch) -> None:
    """A library's ``except Exception`` around slow work must not eat the cap's signal (it
    did: the rest of the file then ran with no clock)."""

    def slow_and_forgiving(doc: Document, s: Settings):
        if doc.id != "warm-up":
            stop = time.process_time() + 1.0
            try:
                while time.process_time() < stop:
                    pass
            except Exception:
                pass  # a broad fallback, as optional imports and parsers have
        return extract_claims(doc, s)

    monkeypatch.setattr(timecap, "extract_claims", slow_and_forgiving)
    claims, notice = timecap.extract_within(DOC, Settings(max_seconds_per_file=0.3))
    assert notice is not None and claims == []
    assert notice.endswith("no figure was read")


def test_the_warm_up_loads_pint_outside_the_clock() -> None:
    """pint is imported on the first physical unit; a signal in the middle of that import left
    the module half-loaded ("module 'pint' has no attribute 'errors'") for every later file."""
    code = (
        "import sys, reconcile.timecap as t\n"
        "from reconcile import Settings\n"
        "t._warm(Settings().model_dump_json())\n"
        "print('pint' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "True", done.stderr
