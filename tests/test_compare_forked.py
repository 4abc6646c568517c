"""A report's groups judged in two processes give the findings judged in one (compare.run)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reconcile.compare import run
from reconcile.io import load_documents
from reconcile.pipeline import reconcile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    # every fixture event's sources in one run: some hundreds of groups
    paths = sorted(p for p in FIXTURES.glob("*/*") if p.suffix in (".txt", ".md"))
    return reconcile(load_documents(paths))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_two_processes_make_the_same_findings(report, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert len(report.groups) >= run.PARALLEL_GROUPS
    forked: list[int] = []
    real = run._fork_judge

    def spy(share, *args):  # type: ignore[no-untyped-def]
        forked.append(len(share))
        return real(share, *args)

    monkeypatch.setattr(run, "_fork_judge", spy)
    one = run.compare_groups(report.groups, report.claims, documents=report.documents)
    assert forked == []
    two = run.compare_groups(report.groups, report.claims, documents=report.documents, processes=2)
    assert forked and 0 < forked[0] < len(report.groups)
    assert [f.model_dump() for f in two] == [f.model_dump() for f in one]
    assert any(f.severity != "info" for f in one)


def test_child_lost_its_groups_judged_here(report, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    one = run.compare_groups(report.groups, report.claims, documents=report.documents)

    def lost(child):  # type: ignore[no-untyped-def]
        process, conn = child
        conn.close()  # the child's findings never arrive
        process.join()

    monkeypatch.setattr(run, "_receive", lost)
    two = run.compare_groups(report.groups, report.claims, documents=report.documents, processes=2)
    assert [f.model_dump() for f in two] == [f.model_dump() for f in one]


def test_share_is_about_half_the_pairs() -> None:
    sizes = [2, 3, 40, 5, 5, 7, 60, 2, 2, 9]
    prepared = [[object()] * n for n in sizes]
    share = run._their_share(prepared)  # type: ignore[arg-type]
    cost = [n * (n - 1) // 2 if n <= run.EXACT_MAX else 4 * n for n in sizes]
    theirs = sum(cost[i] for i in share)
    assert abs(2 * theirs - sum(cost)) <= max(cost)
    assert 0 < len(share) < len(sizes)
