"""Real coverage is rebuilt, not committed: a document whose text is missing is skipped, said."""

from __future__ import annotations

import json
from pathlib import Path

from reconcile.evaluate import evaluate, render_evaluation_text
from reconcile.gold import load_event

A = "Mill output falls\n\nThe Tarnby mill produced 4,100 tonnes of pulp in May.\n"
B = "Tarnby slows\n\nThe Tarnby mill turned out 5,900 tonnes of pulp in May.\n"


def _event(root: Path, texts: dict[str, str]) -> Path:
    folder = root / "mill"
    folder.mkdir(parents=True)
    gold = {
        "event": "mill",
        "claims": {
            "a1": {"document": "a.txt", "quote": "4,100 tonnes"},
            "b1": {"document": "b.txt", "quote": "5,900 tonnes"},
            "c1": {"document": "c.txt", "quote": "5,900 tonnes"},
        },
        "groups": [{"id": "g", "claims": ["a1", "b1", "c1"]}],
        "facts": [
            {"id": "ab", "verdict": "conflict", "claims": ["a1", "b1"]},
            {"id": "ac", "verdict": "conflict", "claims": ["a1", "c1"]},
            {"id": "bc", "verdict": "consistent", "claims": ["b1", "c1"]},
        ],
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    (folder / "sources.json").write_text("{}", encoding="utf-8")
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_missing_documents_leave_the_gold_with_their_claims(tmp_path: Path) -> None:
    event = load_event(_event(tmp_path, {"a.txt": A, "b.txt": B}))
    assert event.missing == ["c.txt"]
    assert set(event.gold.claims) == {"a1", "b1"}
    assert [f.id for f in event.gold.facts] == ["ab", "bc"]
    assert event.gold.groups[0].claims == ["a1", "b1"]


def test_a_conflict_left_inside_one_document_is_dropped(tmp_path: Path) -> None:
    event = load_event(_event(tmp_path, {"a.txt": A}))
    assert event.missing == ["b.txt", "c.txt"]
    assert event.gold.conflict_facts() == []


def test_an_event_with_no_text_is_skipped_with_a_message(tmp_path: Path) -> None:
    _event(tmp_path, {})
    ev = evaluate(tmp_path)
    assert ev.events == [] and ev.total.events == 0
    assert ev.skipped == [str(tmp_path / "mill")]
    assert "skipped" in render_evaluation_text(ev)


def test_a_partly_rebuilt_event_is_scored_and_names_what_is_missing(tmp_path: Path) -> None:
    _event(tmp_path, {"a.txt": A, "b.txt": B})
    ev = evaluate(tmp_path)
    (score,) = ev.events
    assert score.missing_documents == ["c.txt"]
    assert score.conflicts.facts_total == 1
    assert "c.txt" in render_evaluation_text(ev)
