"""benchmarks/scores.py: every scoring set in one run, and the change from a saved run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmarks import scores

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "zephyr-mobility-ipo"


def test_a_set_is_scored_summed_saved_and_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = tmp_path / "one"
    shutil.copytree(FIXTURE, one / FIXTURE.name)
    saved = tmp_path / "now.json"
    assert scores.main([str(one), "--jobs", "1", "--save", str(saved)]) == 0
    first = capsys.readouterr().out.splitlines()
    row = json.loads(saved.read_text(encoding="utf-8"))["one"]
    assert row["events"] == 1 and row["facts"] >= 1
    assert first[0].startswith("one ") and first[-1].startswith("sum (1 sets)")
    # against itself: nothing moved
    assert scores.main([str(one), "--jobs", "1", "--against", str(saved)]) == 0
    again = capsys.readouterr().out.splitlines()
    assert "+0 found +0 FA" in again[0] and not again[0].endswith("*")
    # against a run that found one fact fewer: the set is marked as moved
    row["found"] -= 1
    saved.write_text(json.dumps({"one": row}), encoding="utf-8")
    assert scores.main([str(one), "--jobs", "1", "--against", str(saved)]) == 0
    moved = capsys.readouterr().out.splitlines()[0]
    assert "+1 found" in moved and moved.endswith("*")


def test_a_missing_folder_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert scores.main([str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err.startswith("not a folder:")


def test_the_default_sets_are_every_scoring_set() -> None:
    names = [p.name for p in scores.default_sets()]
    assert names[:2] == ["fixtures", "realnews"]
    assert any(n.startswith("blind-") for n in names)
    assert any(n.startswith("holdout") for n in names)
