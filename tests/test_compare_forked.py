"""A report's groups judged in two processes, each taking the next group neither has taken,
give the findings judged in one (compare.run)."""

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
    theirs: list[int] = []
    real = run._receive

    def spy(child):  # type: ignore[no-untyped-def]
        got = real(child)
        theirs.append(len(got or {}))
        return got

    monkeypatch.setattr(run, "_receive", spy)
    one = run.compare_groups(report.groups, report.claims, documents=report.documents)
    assert theirs == []
    two = run.compare_groups(report.groups, report.claims, documents=report.documents, processes=2)
    # the child judged some groups; which process takes how many is the scheduler's (a busy
    # parent may find every ticket taken: seen once in CI), so only the findings are compared
    assert theirs and 0 < theirs[0] <= len(report.groups)
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


def test_the_costliest_groups_are_taken_first() -> None:
    sizes = [2, 3, 40, 5, 5, 7, 60, 2, 2, 9]
    prepared = [[object()] * n for n in sizes]
    order = run._by_cost(prepared)  # type: ignore[arg-type]
    cost = [n * (n - 1) // 2 if n <= run.EXACT_MAX else 4 * n for n in sizes]
    assert sorted(order) == list(range(len(sizes)))
    assert [cost[i] for i in order] == sorted(cost, reverse=True)
    assert order[:2] == [2, 6]  # 40 members: 780 pairs; 60, past EXACT_MAX: about 240


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")
def test_each_ticket_is_taken_by_exactly_one_of_two_processes() -> None:
    import multiprocessing

    order = [7, 3, 11, *range(20, 2000)]
    tickets = run.Tickets.of(order)
    assert tickets is not None
    context = multiprocessing.get_context("fork")
    mine_end, theirs_end = context.Pipe(duplex=False)

    def take(conn) -> None:  # type: ignore[no-untyped-def]
        conn.send(list(tickets))
        conn.close()

    child = context.Process(target=take, args=(theirs_end,))
    child.start()
    theirs_end.close()
    mine = list(tickets)
    theirs = mine_end.recv()
    child.join()
    tickets.close()
    assert sorted(mine + theirs) == sorted(order)  # none lost, none taken twice
    assert mine == sorted(mine, key=order.index) and theirs == sorted(theirs, key=order.index)


def test_tickets_that_a_pipe_cannot_hold_are_not_made() -> None:
    assert run.Tickets.of(list(range(1_000_000))) is None  # 4 MB: past a pipe's buffer
    tickets = run.Tickets.of([])
    assert tickets is not None and list(tickets) == []
    tickets.close()
