"""A report's serial steps run beside other work, with the same result: its sources read in a
forked child while the parent imports spaCy (``cli._read_report``), its claims grouped in a
forked child while the parent works out what comparison reads before the groups
(``pipeline._group_beside``, ``compare.run.ready``), and the findings of no group's pairs made
while the other process judges groups (``compare.run.judged``'s ``beside``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import reconcile.cli as cli
import reconcile.pipeline as pipeline
from reconcile.compare import run
from reconcile.config import Settings
from reconcile.io import load_documents
from reconcile.pipeline import reconcile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")


def _sources(folder: Path, n: int) -> None:
    for i in range(n):
        folder.joinpath(f"note-{i:03d}.txt").write_text(
            f"Harbour Ledger {i}\n\nThe ferry line carried {1200 + i} riders on its first "
            f"morning, and the pier crew counted {i % 7 + 2} late boats.\n",
            encoding="utf-8",
        )


@LINUX
def test_sources_read_in_a_child_are_those_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sources(tmp_path, cli.READ_AHEAD_MIN + 3)
    tmp_path.joinpath("summary.md").write_text(  # a report reconcile wrote: left out
        "# reconcile report\n\nNothing to see.\n", encoding="utf-8"
    )
    tmp_path.joinpath("blank.txt").write_text("", encoding="utf-8")  # a problem to tell
    here = cli._read_here([str(tmp_path)])
    monkeypatch.setattr(pipeline, "workers", lambda: 2)
    monkeypatch.setattr(cli, "workers", lambda: 2)
    called: list[bool] = []
    monkeypatch.setattr(cli, "_meanwhile", lambda: called.append(True))
    there = cli._read_report([str(tmp_path)], cli.Progress())
    assert called == [True]  # read by the child, while this process did something else
    assert [d.model_dump() for d in there[0]] == [d.model_dump() for d in here[0]]
    assert there[1:] == here[1:]
    assert len(here[0]) == cli.READ_AHEAD_MIN + 3  # the blank file is a problem, not read
    assert any("summary.md" in m for m in here[2]) and any("blank.txt" in m for m in here[2])


@LINUX
def test_few_sources_or_a_failed_child_are_read_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _sources(tmp_path, 5)
    monkeypatch.setattr(cli, "workers", lambda: 2)
    called: list[bool] = []
    monkeypatch.setattr(cli, "_meanwhile", lambda: called.append(True))
    few = cli._read_report([str(tmp_path)], cli.Progress())
    assert called == [] and len(few[0]) == 5
    _sources(tmp_path, cli.READ_AHEAD_MIN)

    def silent(conn: Any, paths: list[str]) -> None:
        conn.close()  # the child sends nothing

    monkeypatch.setattr(cli, "_read_to", silent)
    got = cli._read_report([str(tmp_path)], cli.Progress())
    assert called == [True]
    assert [d.model_dump() for d in got[0]] == [
        d.model_dump() for d in cli._read_here([str(tmp_path)])[0]
    ]


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    # every fixture event's sources in one run: thousands of claims
    paths = sorted(p for p in FIXTURES.glob("*/*") if p.suffix in (".txt", ".md"))
    return reconcile(load_documents(paths))


@LINUX
def test_claims_grouped_in_a_child_are_those_grouped_here(report, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    texts = {d.id: d.text for d in report.documents}
    here = pipeline._group(report.claims, settings, None, texts)
    asked: list[bool] = []

    def meanwhile() -> run.Ready:
        asked.append(True)
        return run.ready(report.claims, settings, report.documents)

    groups, before = pipeline._group_beside(report.claims, settings, None, texts, meanwhile)
    assert asked == [True]
    assert [g.model_dump() for g in groups] == [g.model_dump() for g in here]
    with_before = run.compare_groups(
        groups, report.claims, settings, report.documents, before=before
    )
    without = run.compare_groups(here, report.claims, settings, report.documents)
    assert [f.model_dump() for f in with_before] == [f.model_dump() for f in without]

    def silent(conn: Any, *args: Any) -> None:
        conn.close()  # the child sends nothing: the claims are grouped here

    monkeypatch.setattr(pipeline, "_group_to", silent)
    again, _ = pipeline._group_beside(report.claims, settings, None, texts, meanwhile)
    assert [g.model_dump() for g in again] == [g.model_dump() for g in here]


def test_the_findings_of_no_group_are_made_before_this_process_judges(report) -> None:  # type: ignore[no-untyped-def]
    order: list[str] = []
    real = run.judge_group

    def spy(*args: Any) -> Any:
        order.append("group")
        return real(*args)

    def rates(*args: Any) -> Any:
        order.append("rates")
        return []

    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(run, "judge_group", spy)
        mp.setattr(run, "rate_findings", rates)
        run.compare_groups(report.groups, report.claims, documents=report.documents)
    finally:
        mp.undo()
    assert order[0] == "rates" and order.count("rates") == 1 and "group" in order


def test_the_pack_left_for_later_is_written_when_run(tmp_path: Path) -> None:
    from reconcile import Document
    from reconcile.cache import ClaimCache

    docs = [
        Document(
            id=f"n{i:02d}",
            path=f"n{i:02d}.txt",
            text=f"The ferry line carried {1200 + i} riders on its first morning.",
        )
        for i in range(pipeline.PACK_MIN)
    ]
    cache = ClaimCache(tmp_path)
    later: list[Any] = []
    got, _ = pipeline._claims_of_all(docs, Settings(), cache, later=later)
    assert len(later) == 1 and ClaimCache(tmp_path).get_pack(docs, Settings()) is None
    pipeline._flush(later)
    assert later == []
    packed = ClaimCache(tmp_path).get_pack(docs, Settings())
    assert packed is not None and [c for c, _ in packed] == [c for c, _ in got]
