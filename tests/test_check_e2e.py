"""``reconcile check`` end to end: the agreeing-draft message, suppression forms, standard input
and the integration fixes of issue 13. Sentences are written for these tests."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from reconcile.cli import main

PLAN = "Corvale Freight plans to invest CNY250 billion in new ports over five years, it said.\n"
BEYOND = (
    "Corvale Freight will lift its outlay beyond the 250 billion yuan it pledged last spring.\n"
)


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Freight group expands\n\n" + PLAN, encoding="utf-8")
    (src / "b.txt").write_text("Port spending rises\n\n" + BEYOND, encoding="utf-8")
    return tmp_path


def test_a_draft_that_matches_one_source_is_not_blocked_by_another(here: Path) -> None:
    draft = here / "draft.md"
    draft.write_text("Corvale Freight will invest CNY250 billion in new ports.\n", "utf-8")
    code, out, _ = cli("check", str(draft), "--against", "src")
    assert code == 0 and "1 info note not shown" in out
    code, out, _ = cli("check", str(draft), "--against", "src", "--show-info")
    assert code == 0
    assert "a.txt agrees with draft.md's figure" in out and "b.txt" in out
