"""An event folder's own reconcile.toml (a newsroom's names for its story) shapes its evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import reconcile.evaluate as ev_mod
from reconcile.config import Settings
from reconcile.evaluate import evaluate_event
from reconcile.gold import GoldError

A = "Payout\n\nPublished: 2026-05-04\n\nTollbridge will pay a dividend of $1.20 a share.\n"
B = "Dividend raised\n\nPublished: 2026-05-04\n\nTBX will pay a dividend of $1.45 a share.\n"


def _event(root: Path) -> Path:
    folder = root / "payout"
    folder.mkdir()
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    gold = {
        "event": "payout",
        "claims": {
            "a": {"document": "a.txt", "quote": "$1.20"},
            "b": {"document": "b.txt", "quote": "$1.45"},
        },
        "groups": [{"id": "dividend", "claims": ["a", "b"]}],
        "facts": [{"id": "dividend", "verdict": "conflict", "claims": ["a", "b"]}],
    }
    (folder / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return folder


def test_the_events_own_config_is_what_the_pipeline_runs_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[Settings | None] = []
    real = ev_mod.reconcile

    def spy(documents: list, settings: Settings | None = None) -> object:
        seen.append(settings)
        return real(documents, settings)

    monkeypatch.setattr(ev_mod, "reconcile", spy)
    folder = _event(tmp_path)
    evaluate_event(folder)
    aliases = '[entity_aliases]\n"TBX" = "Tollbridge"\n"Tollbridge" = "Tollbridge"\n'
    (folder / "reconcile.toml").write_text(aliases)
    score = evaluate_event(folder)
    assert seen[0] is None
    assert seen[1] is not None and seen[1].entity_aliases["TBX"] == "Tollbridge"
    assert score.conflicts.facts_found == 1


def test_a_broken_event_config_is_a_gold_error_naming_it(tmp_path: Path) -> None:
    folder = _event(tmp_path)
    (folder / "reconcile.toml").write_text("tolerance = [\n")
    with pytest.raises(GoldError, match=r"reconcile\.toml"):
        evaluate_event(folder)
