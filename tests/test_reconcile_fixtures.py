"""The whole pipeline on the flagship fixture: the editor's verdicts of ../shared/seed-facts.md."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from pair_contract import assert_check_matches_report

from reconcile import Report, load_documents, reconcile

ALIBABA = Path(__file__).resolve().parents[1] / "fixtures" / "alibaba-qwen3-max"


@pytest.fixture(scope="module")
def report() -> Report:
    return reconcile(load_documents([ALIBABA]))


def _alarms(report: Report) -> list:
    return [f for f in report.findings if f.severity in ("error", "warning")]


def _quotes(report: Report, finding) -> set[str]:
    by_id = {c.id: c for c in report.claims}
    return {by_id[i].text for i in finding.claims}


def test_exactly_the_two_named_conflicts_are_alarms(report: Report) -> None:
    alarms = _alarms(report)
    assert len(alarms) == 2, [f.message for f in alarms]
    texts = [" ".join(sorted(_quotes(report, f))) for f in alarms]
    assert any("HK$138.0" in t and "HK$140.60" in t for t in texts), texts
    assert any("380 billion" in t for t in texts), texts


def test_share_move_says_the_days_differ_and_gives_implied_closes(report: Report) -> None:
    [move] = [f for f in _alarms(report) if "HK$140.60" in " ".join(_quotes(report, f))]
    assert move.kind in ("different_scope", "value_mismatch")
    assert "days differ" in move.message
    assert "132.69" in move.message and "137.3" in move.message


def test_capex_is_a_qualifier_conflict(report: Report) -> None:
    [capex] = [f for f in _alarms(report) if "380 billion" in " ".join(_quotes(report, f))]
    assert capex.kind == "qualifier_conflict"
    docs = {c.split("#")[0] for c in capex.claims}
    assert {"c-newsletter.md", "d-business-daily.txt"} <= docs


def test_findings_do_not_depend_on_document_order() -> None:
    docs = load_documents([ALIBABA])
    shuffled = docs[:]
    random.Random(7).shuffle(shuffled)
    assert reconcile(docs).findings == reconcile(shuffled).findings


def test_report_round_trips_through_json(report: Report) -> None:
    assert Report.model_validate_json(report.model_dump_json()) == report


EVENTS = sorted(p.parent for p in ALIBABA.parent.glob("*/gold.json"))


@pytest.mark.parametrize("event", EVENTS, ids=lambda p: p.name)
def test_focus_on_one_source_gives_exactly_its_findings(event: Path) -> None:
    """The pre-publish check's shortcut (focus) finds the same pairs of sources in conflict;
    only the summary differs (each finding is about the focus document), and the severity of a
    pair the report notes because its sources scatter (see pair_contract)."""
    docs = load_documents([event])
    full = reconcile(docs).findings
    for doc in docs:
        focused = reconcile(docs, focus={doc.id}).findings
        assert_check_matches_report(focused, full, doc.id)
        for f in focused:
            assert f.group is None or f.details["source"] == doc.id, f.message
