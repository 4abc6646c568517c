"""The warm process rehearses a check it has answered (``reconcile.warm.rehearse``): the whole
check runs once more, the stored check and grouping left aside, so that the check after the
writer's first edit finds the sources' claims, the grouping's and the comparison's code already
loaded. A rehearsal changes no result and writes no file but the cache."""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reconcile import cache as cache_module
from reconcile import check as check_module
from reconcile import pipeline, warm
from reconcile.cli import main

SOURCE_A = """Harbour dredging contract

Port of Velmouth awarded a dredging contract worth $84 million on Monday. Work on the
4.2 km channel starts in March and should take 18 months.
"""
SOURCE_B = """Velmouth dredging deal

The Port of Velmouth signed an $84 million dredging contract. The 4.2 km channel will be
deepened over 18 months, the port said.
"""
DRAFT = """Velmouth draft

Port of Velmouth awarded a dredging contract worth $91 million on Monday.

The work on the channel should take 18 months.
"""


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A draft and two sources, and a cache of the test's own."""
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(Path(tempfile.mkdtemp(prefix="rcr-"))))
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.md").write_text(SOURCE_A, encoding="utf-8")
    (sources / "b.md").write_text(SOURCE_B, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    yield tmp_path


def _request(folder: Path, *extra: str) -> warm.Request:
    argv = ["check", "draft.md", "--against", "sources", "--format", "json", *extra]
    env = {"RECONCILE_CACHE_DIR": os.environ["RECONCILE_CACHE_DIR"]}
    return argv, str(folder), env, None


def test_a_rehearsal_runs_the_whole_check_once_and_changes_nothing(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While rehearsing, the stored check and the stored grouping are neither read nor written
    (grouping runs); the result of the check before and after is the same; each request is
    rehearsed once."""
    request = _request(folder)
    code, before, _ = warm._execute(*request)  # the check as the warm process runs it
    assert code == 1 and json.loads(before)["findings"]  # $91 million against $84 million

    asked: list[str] = []
    grouped: list[int] = []
    for name in ("get_check", "put_check", "get_groups", "put_groups"):
        original = getattr(cache_module.ClaimCache, name)

        def spy(self: object, *a: object, _name: str = name, _f: object = original) -> object:
            asked.append(_name)
            return _f(self, *a)  # type: ignore[operator]

        monkeypatch.setattr(cache_module.ClaimCache, name, spy)
    real_group = pipeline._group

    def counting(*a: object, **k: object) -> object:
        grouped.append(1)
        return real_group(*a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_group", counting)
    monkeypatch.setattr(warm, "_REHEARSED", set())
    assert warm.rehearse(request)
    assert not warm.rehearsing()
    assert asked == [] and grouped == [1]
    assert not warm.rehearse(request)  # once per request
    assert grouped == [1]
    asked.clear()
    code_after, after, _ = warm._execute(*request)  # the stored check again, as before
    assert (code_after, after) == (code, before)
    assert "get_check" in asked


def test_a_rehearsed_check_gives_what_a_cold_check_gives(folder: Path) -> None:
    """The check a rehearsal runs says what a cold check (no cache) says."""
    request = _request(folder)
    warm._execute(*request)
    out = io.StringIO()
    with (
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(io.StringIO()),
        contextlib.chdir(folder),
    ):
        cold = main(["check", "draft.md", "--against", "sources", "--format", "json", "--no-cache"])
    seen: list[tuple[int, str]] = []
    real = warm._execute

    def keep(*a: object) -> tuple[int, str, str]:
        result = real(*a)  # type: ignore[arg-type]
        seen.append(result[:2])
        return result

    warm._REHEARSED.clear()
    with pytest.MonkeyPatch.context() as m:
        m.setattr(warm, "_execute", keep)
        assert warm.rehearse(request)
    assert seen == [(cold, out.getvalue())]


def test_a_check_that_writes_a_file_is_not_rehearsed(folder: Path) -> None:
    """A check with ``--output`` (or what may abbreviate it) is not run again: the rehearsal
    would write that file (with the draft as it is while the writer edits)."""
    warm._REHEARSED.clear()
    for extra in (["--output", "out.json"], ["-o", "out.json"], ["--out=out.json"], ["-oout"]):
        assert not warm.rehearse(_request(folder, *extra))
    assert not (folder / "out.json").exists() and not (folder / "out").exists()
    assert not warm.rehearsing()


def test_a_rehearsal_reads_no_stored_check(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The control: a check outside a rehearsal reads the stored check back (the pipeline does
    not run), so the rehearsal is what makes the pipeline run."""
    request = _request(folder)
    warm._execute(*request)

    def no_pipeline(*a: object, **k: object) -> object:
        raise AssertionError("the pipeline ran")

    monkeypatch.setattr(check_module, "reconcile", no_pipeline)
    monkeypatch.setattr(check_module, "_PIPELINE", no_pipeline)
    code, out, _ = warm._execute(*request)
    assert code == 1 and json.loads(out)["findings"]


pytestmark = pytest.mark.skipif(sys.version_info < (3, 11), reason="contextlib.chdir")
