"""The contract between a report and a check: a check (a focus on one document) finds the same
pairs of sources in disagreement as the report, for the same kinds. Their severities differ in
one way only: a pair the report notes as info because no two of its sources agree
(``verdicts.demote_scattered``) stays an alarm in a check, where the focus document is a draft
that must agree with some source."""

from __future__ import annotations

from reconcile.claims.models import Finding
from reconcile.compare import conflict_pairs

Pair = tuple[str, str, frozenset[str]]


def assert_check_matches_report(focused: list[Finding], report: list[Finding], doc: str) -> None:
    got = conflict_pairs(focused)
    want = {p for p in conflict_pairs(report) if doc in p[2]}
    assert {(k, d) for k, _s, d in got} == {(k, d) for k, _s, d in want}, doc
    # only a report's info note may be a check's alarm, never the other way round
    assert all(s != "info" and (k, "info", d) in want for k, s, d in got - want), doc
    assert all(s == "info" for _k, s, _d in want - got), doc
