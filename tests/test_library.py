"""The library: checking a draft is one call from ``reconcile``, and the README's library
example runs as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import reconcile
from reconcile.io import InputError

ROOT = Path(__file__).resolve().parent.parent


def test_check_draft_takes_paths_and_documents(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Orchard news\n\nBrevik Cider sold 3.4 million bottles in 2023.\n")
    draft = tmp_path / "draft.md"
    draft.write_text("A note.\n\nBrevik Cider sold 5.1 million bottles in 2023.\n")
    report = reconcile.check_draft(draft, [src])
    [f] = [f for f in report.findings if f.severity != "info"]
    assert f.details["line"] == 3 and f.details["path"] == str(draft)
    doc = reconcile.load_documents([draft])[0]
    again = reconcile.check_draft(doc, reconcile.load_documents([src]))
    assert [g.message for g in again.findings] == [g.message for g in report.findings]
    with pytest.raises(InputError):
        reconcile.check_draft(tmp_path / "absent.md", [src])


def test_the_readme_library_example_runs_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### As a library", 1)[1]
    block = re.search(r"```python\n(.*?)```", section, re.DOTALL)
    assert block is not None
    monkeypatch.chdir(ROOT)
    exec(compile(block.group(1), "README.md", "exec"), {})
