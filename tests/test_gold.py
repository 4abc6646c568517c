"""gold.json: every fixture event validates and every quote is found; the schema rejects bad
gold with errors naming event, claim and document."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.models import Document
from reconcile.gold import (
    GoldError,
    load_event,
    load_gold,
    parse_gold,
    resolve_quotes,
    ungrouped_claims,
)

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
EVENTS = sorted(p.parent for p in FIXTURES.glob("*/gold.json"))
HOLDOUT = sorted(p.parent for p in (ROOT / "evaluation" / "holdout").glob("*/gold.json"))
TINY = Path(__file__).parent / "data" / "tiny-event"


def test_there_are_fixture_events() -> None:
    assert EVENTS, f"no */gold.json under {FIXTURES}"
    assert FIXTURES / "alibaba-qwen3-max" in EVENTS


@pytest.mark.parametrize("folder", [*EVENTS, *HOLDOUT, TINY], ids=lambda p: p.name)
def test_fixture_gold_is_valid_and_quotes_resolve(folder: Path) -> None:
    event = load_event(folder)  # raises GoldError naming the problem
    gold = event.gold
    assert gold.event == folder.name
    docs = {d.id: d for d in event.documents}
    assert 2 <= len(docs) <= 5
    for cid, span in event.spans.items():
        quote = gold.claims[cid].quote
        assert docs[span.document].text[span.start : span.end] == quote
    assert ungrouped_claims(gold) == [], "every named claim belongs in exactly one group"
    for fact in gold.conflict_facts():
        assert len(fact.claims) >= 2, fact.id


def _base() -> dict:
    return json.loads((TINY / "gold.json").read_text())


def _error(data: dict) -> str:
    with pytest.raises(GoldError) as info:
        parse_gold(data, "somewhere/gold.json")
    return str(info.value)


def test_extra_key_is_rejected() -> None:
    data = _base()
    data["claims"]["x-move"]["page"] = 3
    msg = _error(data)
    assert "somewhere/gold.json" in msg and "x-move" in msg and "page" in msg


def test_extra_top_level_key_is_rejected() -> None:
    data = _base()
    data["notes"] = "x"
    assert "notes" in _error(data)


def test_unknown_verdict_is_rejected() -> None:
    data = _base()
    data["facts"][0]["verdict"] = "contradiction"
    assert "verdict" in _error(data)


def test_dangling_group_claim() -> None:
    data = _base()
    data["groups"][0]["claims"].append("z-move")
    msg = _error(data)
    assert "'tiny-event'" in msg and "'share-change'" in msg and "'z-move'" in msg


def test_dangling_fact_claim() -> None:
    data = _base()
    data["facts"][1]["claims"].append("z-cash")
    msg = _error(data)
    assert "'cash-level'" in msg and "'z-cash'" in msg


def test_claim_in_two_groups() -> None:
    data = _base()
    data["groups"][1]["claims"].append("x-move")
    assert "two groups" in _error(data)


def test_duplicate_ids() -> None:
    data = _base()
    data["facts"].append(dict(data["facts"][0]))
    assert "duplicate fact id 'share-move'" in _error(data)


def test_conflict_needs_two_claims() -> None:
    data = _base()
    data["facts"][1]["claims"] = ["x-cash"]
    assert "at least two claims" in _error(data)


def test_missing_document_and_quote_are_named() -> None:
    gold = parse_gold(_base())
    docs = [Document(id="x-wire.txt", path="x-wire.txt", text="Acme rose 5% to $20.00; 3%.")]
    with pytest.raises(GoldError) as info:
        resolve_quotes(gold, docs)
    problems = info.value.problems
    assert any("'y-move'" in p and "'y-daily.txt'" in p and "not there" in p for p in problems)
    assert any("'x-cash'" in p and "'$5 billion'" in p and "'x-wire.txt'" in p for p in problems)
    assert all("'tiny-event'" in p for p in problems)
    assert not any("x-move" in p or "x-level" in p for p in problems)


def test_occurrence_picks_the_nth_and_is_checked() -> None:
    data = _base()
    data["claims"] = {
        "one": {"document": "d.txt", "quote": "3%"},
        "two": {"document": "d.txt", "quote": "3%", "occurrence": 2},
    }
    data["groups"] = [{"id": "g", "claims": ["one", "two"]}]
    data["facts"] = []
    doc = Document(id="d.txt", path="d.txt", text="up 3% then 3% again")
    spans = resolve_quotes(parse_gold(data), [doc])
    assert (spans["one"].start, spans["two"].start) == (3, 11)
    data["claims"]["two"]["occurrence"] = 3
    with pytest.raises(GoldError, match=r"occurrence 3 .* only 2"):
        resolve_quotes(parse_gold(data), [doc])


def test_load_gold_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "gold.json"
    bad.write_text("{not json")
    with pytest.raises(GoldError, match=r"gold\.json: not JSON"):
        load_gold(bad)
    with pytest.raises(GoldError, match="cannot read"):
        load_gold(tmp_path / "missing")
    bad.write_text(json.dumps(_base()))
    assert load_gold(tmp_path).event == "tiny-event"


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab 1%$", min_size=1, max_size=40),
    data=st.data(),
)
def test_resolved_span_is_the_nth_occurrence(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    positions = [i for i in range(len(text)) if text.startswith(quote, i)]
    n = data.draw(st.integers(1, len(positions)))
    gold = parse_gold(
        {
            "event": "h",
            "claims": {"c": {"document": "d", "quote": quote, "occurrence": n}},
            "groups": [{"id": "g", "claims": ["c"]}],
        }
    )
    span = resolve_quotes(gold, [Document(id="d", path="d", text=text)])["c"]
    assert text[span.start : span.end] == quote
    assert span.start == positions[n - 1]


def test_flagship_fixture_carries_the_seed_surfaces() -> None:
    """The header and spelling quirks the pipeline must cope with are really in the files."""
    folder = FIXTURES / "alibaba-qwen3-max"
    docs = {d.id: d.text for d in load_event(folder).documents}
    assert set(docs) == {
        "a-market-wire.txt",
        "b-market-wire.txt",
        "c-newsletter.md",
        "d-business-daily.txt",
        "e-ai-digest.txt",
    }
    b, c, d, e = (docs[k] for k in sorted(docs)[1:])
    assert "Published: 09/09/2025, 05:40:00 EDT" in b
    assert "1-Trillion-Parameter" in b.splitlines()[0] and "Qwen-3-Max-Preview" in b
    assert "Qwen3\u2011Max" in c
    assert "Sept. 24" in d and "2 hours ago" in d
    assert "[HKG: 9988]" in d and "[NYSE: BABA]" in d
    lines = [line.strip() for line in e.splitlines()]
    assert "1" in lines or "[2]" in lines
    assert "climbed 4%" in docs["a-market-wire.txt"] and "flat" in docs["a-market-wire.txt"]
    for text in (docs["a-market-wire.txt"], c, e):
        assert "Published" not in text and "Sept." not in text
