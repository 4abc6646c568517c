"""benchmarks.oracle_grouping --list: how a missed conflict's claims and the comparison's verdict
on each pair of them are shown."""

from __future__ import annotations

from benchmarks.oracle_grouping import describe, pair_verdict
from reconcile.claims.models import Document, Group, Report
from reconcile.config import Settings
from tests.test_scope import fig

A = "The ferry Lindqvist Star was carrying 412 passengers when it ran aground."
B = "Coastguards said 431 passengers were aboard the Lindqvist Star."
C = "The operator put the number on board at more than 400 passengers."
PEOPLE = {"unit": "passenger", "kind": "count", "metric": "passengers"}


def _report() -> tuple[Report, list[Group]]:
    a = fig("a.txt", A, "412 passengers", 412, **PEOPLE)  # type: ignore[arg-type]
    b = fig("b.txt", B, "431 passengers", 431, **PEOPLE)  # type: ignore[arg-type]
    c = fig("c.txt", C, "400 passengers", 400, half=None, qualifier="over", **PEOPLE)  # type: ignore[arg-type]
    docs = [Document(id=d, path=d, text=t) for d, t in (("a.txt", A), ("b.txt", B), ("c.txt", C))]
    group = Group(id="g0", label="aboard", claims=[a.id, b.id, c.id], metric="passengers")
    return Report(documents=docs, claims=[a, b, c]), [group]


def test_a_pair_that_conflicts_is_shown_with_its_verdict() -> None:
    report, groups = _report()
    a, b, _ = report.claims
    shown = pair_verdict(a, b, report, Settings(), groups)
    assert shown.startswith("value_mismatch/error")
    assert "412" in shown and "431" in shown


def test_a_pair_that_agrees_says_so() -> None:
    report, groups = _report()
    a, _, c = report.claims
    assert pair_verdict(a, c, report, Settings(), groups).startswith("no finding")


def test_a_claim_is_described_with_what_the_comparison_reads() -> None:
    report, _ = _report()
    c = report.claims[2]
    shown = describe(c, {c.id: "aboard"}, Settings())
    assert "'400 passengers'" in shown and "q=over" in shown and "at least 400" in shown
    assert "group=aboard" in shown
    assert describe(None, {}, Settings()) == "no pipeline claim matches it"
