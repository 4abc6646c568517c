"""reconcile.check: keeping the draft's findings, suppression markers, exit status.

The pipeline's own findings are few while its stages are thin, so most cases run on hand-made
reports (and a stand-in pipeline) to pin down the filtering and suppression logic exactly.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile.check as check
from reconcile.check import (
    LineIndex,
    check_draft,
    exit_status,
    failing,
    find_markers,
    keep_draft_findings,
    locate,
    suppress,
    to_raw,
)
from reconcile.claims.models import Claim, Document, Finding, Group, Mention, Report
from reconcile.config import Settings


def claim(doc: Document, surface: str, occurrence: int = 1) -> Claim:
    start = -1
    for _ in range(occurrence):
        start = doc.text.index(surface, start + 1)
    end = start + len(surface)
    value = float(re.sub(r"[^\d.]", "", surface) or 0)
    mention = Mention(
        surface=surface,
        span=(start, end),
        value=value,
        unit="percent",
        kind="percent",
        low=value,
        high=value,
    )
    return Claim(
        id=f"{doc.id}#{start}-{end}",
        document=doc.id,
        span=(start, end),
        text=surface,
        value=value,
        unit="percent",
        low=value,
        high=value,
        kind="percent",
        mention=mention,
    )


def finding(
    fid: str, claims: list[Claim], kind: str = "value_mismatch", severity: str = "error"
) -> Finding:
    return Finding(
        id=fid,
        kind=kind,
        severity=severity,
        claims=[c.id for c in claims],  # type: ignore[arg-type]
        message=f"{fid} message",
        group="g1",
    )


DRAFT_TEXT = (
    "Revenue rose 12% in the quarter.\n"
    "Cloud sales grew 30% on the year. <!-- reconcile: ignore -->\n"
    "Margins widened 3% overall. <!-- reconcile: ignore[scale_mismatch] -->\n"
    "Costs fell 5% too.  # reconcile: ignore[value_mismatch, arithmetic]\n"
)
SOURCE_TEXT = "Revenue rose 14%. Cloud sales grew 25%. Margins widened 4%. Costs fell 7%."
OTHER_TEXT = "Revenue rose 15%."


@pytest.fixture
def docs() -> tuple[Document, Document, Document]:
    return (
        Document(id="draft.md", path="drafts/draft.md", text=DRAFT_TEXT),
        Document(id="s1.txt", path="src/s1.txt", text=SOURCE_TEXT),
        Document(id="s2.txt", path="src/s2.txt", text=OTHER_TEXT),
    )


def hand_made(docs: tuple[Document, Document, Document]) -> Report:
    d, s1, s2 = docs
    dc = [claim(d, x) for x in ("12%", "30%", "3%", "5%")]
    sc = [claim(s1, x) for x in ("14%", "25%", "4%", "7%")]
    oc = [claim(s2, "15%")]
    findings = [
        finding("f1", [dc[0], sc[0]]),  # line 1: no marker
        finding("f2", [dc[1], sc[1]]),  # line 2: ignore everything
        finding("f3", [dc[2], sc[2]], kind="value_mismatch"),  # line 3: other kind silenced
        finding("f4", [dc[2], sc[2]], kind="scale_mismatch"),  # line 3: this kind silenced
        finding("f5", [dc[3], sc[3]], kind="arithmetic", severity="warning"),  # line 4: listed
        finding("f6", [sc[0], oc[0]]),  # among sources only: dropped
        finding("f7", [dc[0], dc[1]], kind="arithmetic", severity="info"),  # inside the draft
    ]
    groups = [
        Group(id="g1", label="revenue", claims=[dc[0].id, sc[0].id, oc[0].id]),
        Group(id="g2", label="other sources", claims=[sc[3].id, oc[0].id]),
    ]
    return Report(documents=list(docs), claims=[*dc, *sc, *oc], groups=groups, findings=findings)


def test_sources_only_findings_are_dropped(docs: tuple[Document, Document, Document]) -> None:
    kept = keep_draft_findings(hand_made(docs), ["draft.md"])
    assert [f.id for f in kept.findings] == ["f1", "f2", "f3", "f4", "f5", "f7"]
    assert [g.id for g in kept.groups] == ["g1"]


def test_trimmed_report_is_self_consistent(docs: tuple[Document, Document, Document]) -> None:
    kept = keep_draft_findings(hand_made(docs), ["draft.md"])
    claim_ids = {c.id for c in kept.claims}
    doc_ids = {d.id for d in kept.documents}
    assert all(cid in claim_ids for g in kept.groups for cid in g.claims)
    assert all(cid in claim_ids for f in kept.findings for cid in f.claims)
    assert all(c.document in doc_ids for c in kept.claims)
    assert kept.documents[0].id == "draft.md"
    # every draft claim survives, even one no finding names
    assert sum(c.document == "draft.md" for c in kept.claims) == 4


def test_markers_silence_by_line_and_kind(docs: tuple[Document, Document, Document]) -> None:
    report = suppress(keep_draft_findings(hand_made(docs), ["draft.md"]), {"draft.md": DRAFT_TEXT})
    state = {f.id: f.suppressed for f in report.findings}
    assert state == {"f1": False, "f2": True, "f3": False, "f4": True, "f5": True, "f7": True}
    # f7 has a draft claim on line 2 (ignore all): silenced although line 1 has no marker


def test_exit_status_thresholds(docs: tuple[Document, Document, Document]) -> None:
    report = suppress(keep_draft_findings(hand_made(docs), ["draft.md"]), {"draft.md": DRAFT_TEXT})
    # unsuppressed: f1 (error), f3 (error)
    assert [f.id for f in failing(report, "error")] == ["f1", "f3"]
    assert exit_status(report, "error") == 1
    assert exit_status(report, "never") == 0
    only_warning = report.model_copy(
        update={
            "findings": [
                f.model_copy(update={"severity": "warning", "suppressed": False})
                for f in report.findings
                if f.id == "f5"
            ]
        }
    )
    assert exit_status(only_warning, "error") == 0
    assert exit_status(only_warning, "warning") == 1
    assert exit_status(only_warning, "info") == 1
    info = only_warning.model_copy(
        update={"findings": [only_warning.findings[0].model_copy(update={"severity": "info"})]}
    )
    assert exit_status(info, "warning") == 0
    assert exit_status(info, "info") == 1
    silenced = info.model_copy(
        update={"findings": [info.findings[0].model_copy(update={"suppressed": True})]}
    )
    assert exit_status(silenced, "info") == 0
    with pytest.raises(ValueError, match="fail_on"):
        failing(report, "sometimes")


def test_markers_are_found_on_raw_lines_when_the_parser_strips_them() -> None:
    raw = (
        "<p>Revenue rose <b>12%</b> in the quarter.</p>\n"
        "<p>Revenue rose 12% again. <!-- reconcile: ignore --></p>\n"
    )
    text = "Revenue rose 12% in the quarter.\nRevenue rose 12% again.\n"  # as a parser gives it
    draft = Document(id="d.html", path="d.html", text=text)
    src = Document(id="s.txt", path="s.txt", text="Revenue rose 15%.")
    c1, c2, s = claim(draft, "12%", 1), claim(draft, "12%", 2), claim(src, "15%")
    report = Report(
        documents=[draft, src],
        claims=[c1, c2, s],
        findings=[finding("a", [c1, s]), finding("b", [c2, s])],
    )
    out = suppress(report, {"d.html": raw})
    assert [f.suppressed for f in out.findings] == [False, True]
    moved = to_raw(out, {"d.html": raw})
    assert moved.documents[0].text == raw and moved.documents[1].text == src.text
    spans = [c.span for c in moved.claims]
    first = raw.index("12%")
    second = raw.index("12%", first + 1)
    assert spans == [(first, first + 3), (second, second + 3), s.span]
    assert all(c.mention.span == c.span for c in moved.claims)
    again = suppress(moved, {"d.html": raw}).findings
    assert [f.suppressed for f in again] == [f.suppressed for f in out.findings]
    # the draft's claim ids follow their spans in the file as read, wherever they are named
    mine = [c for c in moved.claims if c.document == "d.html"]
    assert [c.id for c in mine] == [f"d.html#{a}-{b}" for a, b in spans[:2]]
    assert [f.claims for f in moved.findings] == [[mine[0].id, s.id], [mine[1].id, s.id]]


def test_unknown_kind_in_marker_is_a_notice_not_an_error() -> None:
    raw = "Revenue rose 12%. <!-- reconcile: ignore[value_mismatch, typo_kind] -->\n"
    found = find_markers(raw)
    assert found.lines == {1: frozenset({"value_mismatch"})}
    assert len(found.problems) == 1 and "typo_kind" in found.problems[0]
    draft = Document(id="d.md", path="d.md", text=raw)
    out = suppress(Report(documents=[draft]), {"d.md": raw})
    assert any("typo_kind" in n for n in out.documents[0].notices)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("x <!-- reconcile: ignore -->", None),
        ("x <!--reconcile:ignore-->", None),
        ("x # Reconcile: Ignore", None),
        ("x // reconcile: ignore[arithmetic]", frozenset({"arithmetic"})),
        ("x <!-- reconcile: ignore[] -->", None),
        (
            "x <!-- reconcile: ignore [ value_mismatch ,scale_mismatch ] -->",
            frozenset({"value_mismatch", "scale_mismatch"}),
        ),
    ],
)
def test_marker_forms(line: str, expected: frozenset[str] | None) -> None:
    assert find_markers(line).lines == {1: expected}


@pytest.mark.parametrize(
    "line", ["reconcile: ignore", "x <!-- reconcile: ignored -->", "# reconcile: ignore-next"]
)
def test_not_markers(line: str) -> None:
    assert find_markers(line).lines == {}


def test_check_draft_runs_the_pipeline_and_filters(
    monkeypatch: pytest.MonkeyPatch, docs: tuple[Document, Document, Document]
) -> None:
    seen: list[list[str]] = []

    def fake(documents: list[Document], settings: Settings | None = None, **_: object) -> Report:
        seen.append([d.id for d in documents])
        return hand_made(docs)

    monkeypatch.setattr(check, "reconcile", fake)
    d, s1, s2 = docs
    report = check_draft(d, [s1, s2], Settings())
    assert seen == [["draft.md", "s1.txt", "s2.txt"]]
    assert {f.id for f in report.findings} == {"f1", "f2", "f3", "f4", "f5", "f7"}
    assert {f.id for f in report.findings if not f.suppressed} == {"f1", "f3"}
    with pytest.raises(ValueError, match="unique"):
        check_draft(d, [d], Settings())


def test_check_draft_on_the_real_pipeline_keeps_only_draft_findings() -> None:
    draft = Document(id="d.txt", path="d.txt", text="Shares rose 2.4% to HK$140.60 on Tuesday.")
    sources = [
        Document(id="a.txt", path="a.txt", text="Shares rose 4% to HK$138.0 on Tuesday."),
        Document(id="b.txt", path="b.txt", text="Shares rose 3% to HK$139.0 on Tuesday."),
    ]
    report = check_draft(draft, sources, Settings())
    doc_of = {c.id: c.document for c in report.claims}
    assert report.documents[0].id == "d.txt"
    assert all(any(doc_of[c] == "d.txt" for c in f.claims) for f in report.findings)
    assert any(c.document == "d.txt" for c in report.claims)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="ab\n\r ", max_size=60), st.data())
def test_line_index_matches_a_naive_count(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    line, col = LineIndex(text).line_col(offset)
    before = text[:offset]
    lines = before.split("\n")
    assert (line, col) == (len(lines), len(lines[-1]) + 1)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(["12%", "rose", "<b>", "</b>", "\n", " ", "<!-- x -->"]), max_size=30)
)
def test_locate_finds_the_same_figure_after_markup_is_stripped(parts: list[str]) -> None:
    raw = "".join(parts)
    text = re.sub(r"<[^>]*>", "", raw)
    draft = Document(id="d", path="d", text=text or " ")
    claims = [claim(draft, "12%", k + 1) for k in range(text.count("12%"))]
    where = locate(raw, text, claims)
    raw_hits = [m.span() for m in re.finditer("12%", raw)]
    assert [where[c.id] for c in claims] == raw_hits


def test_focus_is_passed_to_a_pipeline_that_takes_it(
    monkeypatch: pytest.MonkeyPatch, docs: tuple[Document, Document, Document]
) -> None:
    seen: list[set[str]] = []

    def focused(
        documents: list[Document],
        settings: Settings | None = None,
        focus: set[str] | None = None,
        **_: object,
    ) -> Report:
        seen.append(set(focus or ()))
        return hand_made(docs)

    monkeypatch.setattr(check, "reconcile", focused)
    d, s1, s2 = docs
    report = check_draft(d, [s1, s2], Settings())
    assert seen == [{"draft.md"}]
    assert "f6" not in {f.id for f in report.findings}  # still filtered here


def test_each_figure_of_the_draft_gets_its_own_summarized_finding() -> None:
    """Two wrong figures for one quantity in a draft: two findings, each on its own figure and
    each naming every source it disagrees with (not one finding per source)."""
    text = "Acme results\n\nAcme revenue was $5.0 billion in 2025, officials said.\n"
    draft = Document(
        id="d.txt",
        path="d.txt",
        text="Acme results\n\nAcme revenue was $6.0 billion in 2025.\n\n"
        "Later that year, Acme revenue was $7.0 billion in 2025.\n",
    )
    sources = [Document(id=f"s{i}.txt", path=f"s{i}.txt", text=text) for i in range(4)]
    report = check_draft(draft, sources, Settings())
    by_id = {c.id: c for c in report.claims}
    errors = [f for f in report.findings if f.severity == "error"]
    assert len(errors) == 2, [f.message for f in errors]
    drafted = sorted(by_id[i].text for f in errors for i in f.claims if i.startswith("d.txt#"))
    assert drafted == ["$6.0 billion", "$7.0 billion"]
    for f in errors:
        assert f.details["source"] == "d.txt" and f.details["other_sources"] == 3
        assert {by_id[i].document for i in f.claims} == {"d.txt", *(s.id for s in sources)}
        assert "the same goes for 3 other sources" in f.message


def test_a_draft_figure_most_sources_back_is_a_note_not_an_error() -> None:
    """Four sources agree with the draft and one disputes it: the draft is not wrong (an info
    note that names the agreeing sources). One for and one against: not the minority either.
    Two disputing and one agreeing: still an error, which names the one that agrees."""
    draft = Document(
        id="d.txt", path="d.txt", text="Acme results\n\nAcme revenue was $5.0 billion in 2025.\n"
    )

    def source(i: int, figure: str) -> Document:
        text = f"Acme results\n\nAcme revenue was {figure} in 2025, officials said.\n"
        return Document(id=f"s{i}.txt", path=f"s{i}.txt", text=text)

    backed = [source(i, "$5.0 billion") for i in range(4)] + [source(9, "$6.0 billion")]
    [note] = [f for f in check_draft(draft, backed, Settings()).findings if f.kind != "arithmetic"]
    assert (note.kind, note.severity) == ("value_mismatch", "info")
    assert note.details["agreeing_sources"] == 4
    assert "s0.txt, s1.txt, s2.txt and s3.txt agree with d.txt's figure" in note.message

    tie = [source(0, "$5.0 billion"), source(9, "$6.0 billion")]
    [note] = check_draft(draft, tie, Settings()).findings
    assert note.severity == "info" and "but s0.txt agrees with d.txt's figure" in note.message

    disputed = [source(0, "$5.0 billion"), source(8, "$6.0 billion"), source(9, "$6.0 billion")]
    [error] = check_draft(draft, disputed, Settings()).findings
    assert (error.kind, error.severity) == ("value_mismatch", "error")
    assert error.details["agreeing_sources"] == 1
    assert "s0.txt agrees with d.txt's figure, but more sources dispute it" in error.message


def test_a_days_differ_warning_is_settled_by_a_source_giving_the_drafts_figure_that_day() -> None:
    draft = Document(
        id="d.txt", path="d.txt", text="Acme results\n\nAcme shares rose 4% to $138 on Monday.\n"
    )
    tuesday = Document(
        id="s1.txt",
        path="s1.txt",
        text="Acme results\n\nAcme shares rose 2% to $140.8 on Tuesday.\n",
    )
    monday = Document(
        id="s2.txt", path="s2.txt", text="Acme results\n\nAcme shares rose 4% to $138 on Monday.\n"
    )
    alone = [f for f in check_draft(draft, [tuesday], Settings()).findings if f.severity != "info"]
    assert alone and all(f.kind == "different_scope" for f in alone)
    settled = check_draft(draft, [tuesday, monday], Settings()).findings
    assert all(f.severity == "info" for f in settled)
    assert any(f.details.get("agreeing_sources") == 1 for f in settled)


def test_counts_in_details_serialize_without_warnings() -> None:
    import warnings

    draft = Document(
        id="d.txt", path="d.txt", text="Acme results\n\nAcme revenue was $5.0 billion in 2025.\n"
    )
    texts = ["$5.0 billion"] * 3 + ["$6.0 billion"]
    sources = [
        Document(
            id=f"s{i}.txt",
            path=f"s{i}.txt",
            text=f"Acme results\n\nAcme revenue was {t} in 2025, officials said.\n",
        )
        for i, t in enumerate(texts)
    ]
    report = check_draft(draft, sources, Settings())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        data = report.model_dump_json()
    assert '"agreeing_sources":3' in data.replace(" ", "")
