"""The evaluation harness: scoring a hand-built Report against tests/data/tiny-event by hand,
then the harness end to end (structure and invariants, independent of the extractor)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reconcile import evaluate as ev_mod
from reconcile.claims.models import Claim, Document, Finding, Group, Mention, Report
from reconcile.evaluate import (
    Evaluation,
    EventScore,
    evaluate,
    evaluate_event,
    main,
    precision,
    recall,
    render_evaluation_text,
    score_report,
)
from reconcile.gold import Gold, GoldClaim, GoldEvent, GoldFact, GoldGroup, load_event

TINY = Path(__file__).parent / "data" / "tiny-event"


def _claim(cid: str, doc: Document, surface: str, occurrence: int = 1) -> Claim:
    start = -1
    for _ in range(occurrence):
        start = doc.text.index(surface, start + 1)
    span = (start, start + len(surface))
    mention = Mention(
        surface=surface, span=span, value=1.0, unit="", kind="number", low=1.0, high=1.0
    )
    return Claim(
        id=cid,
        document=doc.id,
        span=span,
        text=surface,
        value=1.0,
        unit="",
        low=1.0,
        high=1.0,
        kind="number",
        mention=mention,
    )


def _finding(fid: str, severity: str, claims: list[str], suppressed: bool = False) -> Finding:
    return Finding(
        id=fid,
        kind="value_mismatch",
        severity=severity,  # type: ignore[arg-type]
        claims=claims,
        message=f"message of {fid}",
        suppressed=suppressed,
    )


@pytest.fixture()
def tiny_report() -> tuple[Report, GoldEvent]:
    event = load_event(TINY)
    x, y = sorted(event.documents, key=lambda d: d.id)
    assert (x.id, y.id) == ("x-wire.txt", "y-daily.txt")
    claims = [
        _claim("p1", x, "5%"),
        _claim("p2", x, "$20.00"),
        _claim("p3", x, "3%"),
        _claim("p8", x, "$5 billion"),
        _claim("p4", y, "2%"),
        _claim("p5", y, "$19.40"),
        _claim("p6", y, "3%"),
        _claim("p7", y, "Acme", occurrence=2),  # a figure the gold never names
    ]  # y-cash ("$4 billion") is not extracted
    groups = [
        Group(id="G1", label="", claims=["p1", "p4"]),
        Group(id="G2", label="", claims=["p2", "p5", "p3"]),
        Group(id="G3", label="", claims=["p6", "p7"]),
    ]
    findings = [
        _finding("F1", "error", ["p1", "p4"]),  # true: share-move
        _finding("F2", "warning", ["p2", "p5"]),  # true: share-move (the levels)
        _finding("F3", "warning", ["p3", "p6"]),  # false: revenue is consistent
        _finding("F4", "error", ["p6", "p7"]),  # false: p7 unknown to the gold
        _finding("F5", "info", ["p1", "p5"]),  # info: never scored
        _finding("F6", "warning", ["p3", "p6"], suppressed=True),  # suppressed: not scored
        _finding("F7", "error", ["p1", "p5"]),  # true: change and level in one conflict fact
        _finding("F8", "warning", ["p8", "p2"]),  # false: two different conflict facts
    ]
    report = Report(documents=event.documents, claims=claims, groups=groups, findings=findings)
    return report, event


def test_score_hand_built_report(tiny_report: tuple[Report, GoldEvent]) -> None:
    report, event = tiny_report
    s = score_report(event.gold, report, event.spans)
    # claims: 7 of 8 gold claims overlapped (y-cash missing); p7 matches nothing
    assert (s.claims.matched, s.claims.total) == (7, 8)
    assert s.claims.recall == pytest.approx(7 / 8)
    assert s.missed_claims == ["y-cash"]
    assert s.claims.unmatched_pipeline_claims == 1
    # grouping: predicted pairs (x-move,y-move) (x-level,y-level) (x-level,x-revenue)
    # (y-level,x-revenue); expected among matched: the move, level and revenue pairs.
    assert (s.grouping.right_pairs, s.grouping.predicted_pairs, s.grouping.expected_pairs) == (
        2,
        4,
        3,
    )
    assert s.grouping.precision == pytest.approx(0.5)
    assert s.grouping.recall == pytest.approx(2 / 3)
    assert s.grouping.gold_pairs_all == 4  # the cash pair counts here, matched or not
    # conflicts: alarms F1 F2 F3 F4 F7 F8; true F1 F2 F7; fact share-move found, cash-level not
    assert (s.conflicts.true_findings, s.conflicts.alarm_findings) == (3, 6)
    assert s.conflicts.precision == pytest.approx(0.5)
    assert (s.conflicts.facts_found, s.conflicts.facts_total) == (1, 2)
    assert s.conflicts.recall == pytest.approx(0.5)
    assert s.conflicts.info_findings == 1
    assert s.false_alarms == 3
    assert [fa.finding for fa in s.false_alarm_findings] == ["F3", "F4", "F8"]
    assert "p7" in s.false_alarm_findings[1].why
    assert s.false_alarm_findings[0].message == "message of F3"
    assert s.missed_conflicts == ["cash-level"]


def test_score_resolves_spans_from_report_documents(tiny_report: tuple[Report, GoldEvent]) -> None:
    report, event = tiny_report
    with_spans = score_report(event.gold, report, event.spans)
    without = score_report(event.gold, report)
    assert with_spans == without


def test_empty_report_conventions() -> None:
    event = load_event(TINY)
    s = score_report(event.gold, Report(documents=event.documents))
    assert s.claims.matched == 0
    # nothing predicted -> precision 1.0; nothing expected (no matched claims) -> recall 1.0
    assert (s.grouping.precision, s.grouping.recall) == (1.0, 1.0)
    assert s.conflicts.precision == 1.0
    assert s.conflicts.recall == 0.0
    assert s.missed_conflicts == ["share-move", "cash-level"]
    assert s.false_alarms == 0


def test_claim_in_other_document_does_not_match() -> None:
    event = load_event(TINY)
    x, y = sorted(event.documents, key=lambda d: d.id)
    span = event.spans["x-level"]
    moved = _claim("q", x, "$20.00").model_copy(update={"document": y.id})
    assert moved.span == (span.start, span.end)
    s = score_report(event.gold, Report(documents=event.documents, claims=[moved]), event.spans)
    assert "x-level" in s.missed_claims


def test_finding_on_claim_missing_from_report_is_false_alarm() -> None:
    event = load_event(TINY)
    report = Report(documents=event.documents, findings=[_finding("F", "error", ["ghost"])])
    s = score_report(event.gold, report, event.spans)
    assert s.false_alarms == 1
    assert "missing from the report" in s.false_alarm_findings[0].why
    assert s.conflicts.precision == 0.0


def test_one_pipeline_claim_spanning_two_gold_claims() -> None:
    """A long pipeline claim over the move and the level counts for both."""
    event = load_event(TINY)
    x, y = sorted(event.documents, key=lambda d: d.id)
    wide = _claim("w", x, "5% to $20.00")
    other = _claim("v", y, "2%")
    report = Report(
        documents=event.documents,
        claims=[wide, other],
        groups=[Group(id="g", label="", claims=["w", "v"])],
        findings=[_finding("F", "error", ["w", "v"])],
    )
    s = score_report(event.gold, report, event.spans)
    assert s.claims.matched == 3  # x-move, x-level, y-move
    # (x-move,x-level) same pipeline claim: predicted but not expected
    assert (s.grouping.right_pairs, s.grouping.predicted_pairs, s.grouping.expected_pairs) == (
        1,
        3,
        1,
    )
    assert s.conflicts.true_findings == 1


def test_precision_recall_conventions() -> None:
    assert precision(0, 0) == 1.0
    assert recall(0, 0) == 1.0
    assert precision(1, 4) == 0.25
    assert recall(3, 4) == 0.75


def _check_invariants(s: EventScore) -> None:
    for p in (s.claims.recall, s.grouping.precision, s.grouping.recall):
        assert 0.0 <= p <= 1.0
    assert 0.0 <= s.conflicts.precision <= 1.0
    assert 0.0 <= s.conflicts.recall <= 1.0
    assert 0 <= s.claims.matched <= s.claims.total
    assert len(s.missed_claims) == s.claims.total - s.claims.matched
    assert s.grouping.right_pairs <= min(s.grouping.predicted_pairs, s.grouping.expected_pairs)
    assert s.conflicts.true_findings <= s.conflicts.alarm_findings
    assert s.false_alarms == s.conflicts.alarm_findings - s.conflicts.true_findings
    assert s.false_alarms == len(s.false_alarm_findings)
    assert s.conflicts.facts_found + len(s.missed_conflicts) == s.conflicts.facts_total


def test_evaluate_tiny_event_end_to_end() -> None:
    s = evaluate_event(TINY)
    assert s.error is None
    assert s.event == "tiny-event"
    assert s.documents == 2
    assert s.claims.total == 8
    assert s.conflicts.facts_total == 2
    _check_invariants(s)


def test_total_is_micro_average(tmp_path: Path) -> None:
    for name in ("one", "two"):
        shutil.copytree(TINY, tmp_path / name)
    (tmp_path / "two" / "y-daily.txt").unlink()
    gold = json.loads((TINY / "gold.json").read_text())
    gold["claims"] = {k: v for k, v in gold["claims"].items() if k.startswith("x-")}
    for g in gold["groups"]:
        g["claims"] = [c for c in g["claims"] if c.startswith("x-")]
    gold["facts"] = [{"id": "x-only", "verdict": "consistent", "claims": ["x-move"]}]
    (tmp_path / "two" / "gold.json").write_text(json.dumps(gold))
    result = evaluate(tmp_path)
    assert [e.folder for e in result.events] == [str(tmp_path / "one"), str(tmp_path / "two")]
    for e in result.events:
        _check_invariants(e)
    t = result.total
    assert t.events == 2
    assert t.claims.total == 8 + 4
    assert t.claims.matched == sum(e.claims.matched for e in result.events)
    assert t.conflicts.facts_total == 2
    assert t.false_alarms == sum(e.false_alarms for e in result.events)
    assert t.grouping.expected_pairs == sum(e.grouping.expected_pairs for e in result.events)
    assert t.grouping.recall == recall(t.grouping.right_pairs, t.grouping.expected_pairs)
    assert t.conflicts.recall == recall(t.conflicts.facts_found, t.conflicts.facts_total)


def test_pipeline_crash_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*_: object, **__: object) -> Report:
        raise ValueError("stage exploded")

    monkeypatch.setattr(ev_mod, "reconcile", boom)
    s = evaluate_event(TINY)
    assert s.error is not None and "stage exploded" in s.error
    assert s.claims.matched == 0
    assert s.missed_conflicts == ["share-move", "cash-level"]
    assert main([str(TINY)]) == 1


def test_json_output_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(TINY), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"events", "total", "skipped"}
    total = data["total"]
    for key in ("grouping", "conflicts"):
        assert 0.0 <= total[key]["precision"] <= 1.0
        assert 0.0 <= total[key]["recall"] <= 1.0
    assert isinstance(total["false_alarms"], int)
    assert data["events"][0]["event"] == "tiny-event"
    assert Evaluation.model_validate(data).total.events == 1


def test_text_output_lists_alarms_and_misses(tiny_report: tuple[Report, GoldEvent]) -> None:
    report, event = tiny_report
    s = score_report(event.gold, report, event.spans)
    text = render_evaluation_text(Evaluation(events=[s], total=ev_mod.sum_scores([s])))
    assert "tiny-event" in text and "total (1 events)" in text
    assert "message of F3" in text and "message of F8" in text
    assert "missed conflicts: cash-level" in text
    assert "y-cash" in text


def test_cli_no_gold_anywhere(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("Shares rose 2%.")
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(tmp_path) in err and "no gold.json" in err


def test_cli_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_cli_invalid_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copytree(TINY, tmp_path / "ev")
    gold = json.loads((TINY / "gold.json").read_text())
    gold["claims"]["x-move"]["quote"] = "rose 50%"
    (tmp_path / "ev" / "gold.json").write_text(json.dumps(gold))
    assert main([str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "gold.json" in err and "x-move" in err and "x-wire.txt" in err


def test_a_summarized_finding_is_scored_once_per_pair_of_sources() -> None:
    from reconcile.claims.models import Finding
    from reconcile.evaluate import _statements

    doc_of = {"b#1": "b", "a#1": "a", "c#1": "c", "d#1": "d"}
    star = Finding(
        id="f1",
        kind="value_mismatch",
        severity="error",
        group="g1",
        claims=["a#1", "b#1", "c#1", "d#1"],
        message="m",
        details={"source": "b", "other_sources": 2},
    )
    pair = star.model_copy(update={"id": "f2", "claims": ["a#1", "b#1"], "details": {}})
    note = star.model_copy(update={"id": "f3", "severity": "info"})
    got = [(ids, label) for _f, ids, label in _statements([star, pair, note], doc_of)]
    assert got == [
        (["a#1", "b#1"], "f1 (b vs a)"),
        (["b#1", "c#1"], "f1 (b vs c)"),
        (["b#1", "d#1"], "f1 (b vs d)"),
        (["a#1", "b#1"], "f2"),
    ]


def test_a_verdict_is_scored_once_per_alarming_pair_of_its_evidence() -> None:
    from reconcile.claims.models import Evidence, Finding
    from reconcile.evaluate import _statements

    doc_of = {"a#1": "a", "b#1": "b", "c#1": "c"}
    verdict = Finding(
        id="f1",
        kind="value_mismatch",
        severity="error",
        group="g1",
        claims=["a#1", "b#1", "c#1"],
        message="2 of 3 sources agree",
        evidence=[
            Evidence(kind="value_mismatch", severity="error", claims=["a#1", "c#1"]),
            Evidence(kind="value_mismatch", severity="error", claims=["b#1", "c#1"]),
            Evidence(kind="different_scope", severity="info", claims=["a#1", "b#1"]),
        ],
    )
    got = [(ids, label) for _f, ids, label in _statements([verdict], doc_of)]
    assert got == [(["a#1", "c#1"], "f1 (1: a vs c)"), (["b#1", "c#1"], "f1 (2: b vs c)")]


def _three_way_gold_and_report() -> tuple[Report, Gold]:
    """Three outlets count the crew of one vessel: two say 58, one says 85. The gold's conflict
    fact names only the first 58 against the 85; a consistent fact ties the two 58s."""
    docs = [
        Document(id="p.txt", path="p.txt", text="The harbour office counted 58 crew aboard."),
        Document(id="q.txt", path="q.txt", text="Rescuers lifted 85 crew from the deck."),
        Document(id="r.txt", path="r.txt", text="All 58 crew were safe, the owner said."),
    ]
    gold = Gold(
        event="crew",
        claims={
            "p1": GoldClaim(document="p.txt", quote="58 crew"),
            "q1": GoldClaim(document="q.txt", quote="85 crew"),
            "r1": GoldClaim(document="r.txt", quote="58 crew"),
        },
        groups=[GoldGroup(id="g", claims=["p1", "q1", "r1"])],
        facts=[
            GoldFact(id="f_conflict", verdict="conflict", claims=["p1", "q1"]),
            GoldFact(id="f_same", verdict="consistent", claims=["p1", "r1"]),
        ],
    )
    claims = [
        _claim(f"c{n}", d, t)
        for n, (d, t) in enumerate(zip(docs, ["58 crew", "85 crew", "58 crew"], strict=True))
    ]
    return Report(documents=docs, claims=claims), gold


def test_a_finding_quoting_an_agreeing_claim_states_the_gold_conflict() -> None:
    report, gold = _three_way_gold_and_report()
    report.findings = [_finding("f1", "error", ["c1", "c2"])]  # q's 85 against r's 58
    score = score_report(gold, report)
    assert score.false_alarms == 0
    assert score.conflicts.facts_found == 1


def test_a_finding_setting_one_side_against_itself_is_a_false_alarm() -> None:
    report, gold = _three_way_gold_and_report()
    report.findings = [_finding("f1", "error", ["c0", "c2"])]  # the two 58s
    score = score_report(gold, report)
    assert score.false_alarms == 1
    assert score.conflicts.facts_found == 0


def _conversion_gold_and_report() -> tuple[Report, Gold]:
    """Two outlets give a glacier's retreat in metres with a conversion in feet; one converts
    wrongly. The gold quotes each figure with its conversion as one claim."""
    docs = [
        Document(id="m.txt", path="m.txt", text="The ice front drew back 30m (98ft) this summer."),
        Document(id="n.txt", path="n.txt", text="The ice front drew back 30m (130ft) in July."),
    ]
    gold = Gold(
        event="ice",
        claims={
            "m1": GoldClaim(document="m.txt", quote="30m (98ft)"),
            "n1": GoldClaim(document="n.txt", quote="30m (130ft)"),
        },
        groups=[GoldGroup(id="g", claims=["m1", "n1"])],
        facts=[GoldFact(id="f_conv", verdict="conflict", claims=["m1", "n1"])],
    )
    claims = [
        _claim("c0", docs[0], "30m"),
        _claim("c1", docs[0], "98ft"),
        _claim("c2", docs[1], "30m"),
        _claim("c3", docs[1], "130ft"),
    ]
    return Report(documents=docs, claims=claims), gold


def test_a_restatement_that_does_not_convert_states_the_gold_conflict_on_its_claim() -> None:
    report, gold = _conversion_gold_and_report()
    finding = _finding("f1", "warning", ["c2", "c3"]).model_copy(update={"kind": "arithmetic"})
    report.findings = [finding]
    score = score_report(gold, report)
    assert score.false_alarms == 0 and score.conflicts.facts_found == 1


def test_control_a_value_finding_within_one_claim_is_still_a_false_alarm() -> None:
    report, gold = _conversion_gold_and_report()
    report.findings = [_finding("f1", "warning", ["c2", "c3"])]  # not an arithmetic finding
    score = score_report(gold, report)
    assert score.false_alarms == 1 and score.conflicts.facts_found == 0


def _sum_gold_and_report() -> tuple[Report, Gold]:
    """One outlet's change does not follow from its own base and result; the gold sets only the
    wrong percentage against another outlet's right one."""
    docs = [
        Document(id="p.txt", path="p.txt", text="Fares went from 80 to 100 crowns, a rise of 15%."),
        Document(id="q.txt", path="q.txt", text="Fares rose 25% this spring."),
    ]
    gold = Gold(
        event="fares",
        claims={
            "p1": GoldClaim(document="p.txt", quote="80"),
            "p2": GoldClaim(document="p.txt", quote="100 crowns"),
            "p3": GoldClaim(document="p.txt", quote="15%"),
            "q1": GoldClaim(document="q.txt", quote="25%"),
        },
        groups=[GoldGroup(id="g", claims=["p3", "q1"])],
        facts=[GoldFact(id="f_rise", verdict="conflict", claims=["p3", "q1"])],
    )
    claims = [
        _claim("c0", docs[0], "80"),
        _claim("c1", docs[0], "100 crowns"),
        _claim("c2", docs[0], "15%"),
        _claim("c3", docs[1], "25%"),
    ]
    return Report(documents=docs, claims=claims), gold


def test_a_sum_that_does_not_add_up_states_the_fact_on_its_wrong_figure() -> None:
    report, gold = _sum_gold_and_report()
    finding = _finding("f1", "warning", ["c0", "c1", "c2"]).model_copy(
        update={"kind": "arithmetic"}
    )
    report.findings = [finding]
    score = score_report(gold, report)
    assert score.false_alarms == 0 and score.conflicts.facts_found == 1


def test_control_a_sum_across_sources_needs_the_facts_sides() -> None:
    report, gold = _sum_gold_and_report()
    finding = _finding("f1", "warning", ["c0", "c3"]).model_copy(update={"kind": "arithmetic"})
    report.findings = [finding]
    score = score_report(gold, report)
    assert score.false_alarms == 1 and score.conflicts.facts_found == 0
