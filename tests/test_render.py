"""Renderers over hand-built Reports: text, Markdown, JSON, HTML (+ SVG), SARIF, GitHub,
check-text, and offset <-> line/column.

The sample report below is built directly from models (no pipeline), so each test
knows exactly which findings, claims and spans it renders. One source holds
``<script>alert(1)</script>``, ``&`` and quotes; the draft has overlapping claims.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.models import Claim, Document, Finding, Group, Mention, Report
from reconcile.render.check_text import render_check_text
from reconcile.render.common import one_line
from reconcile.render.github import escape_data, render_github
from reconcile.render.html import anchor, highlight, render_html
from reconcile.render.json import render_json
from reconcile.render.location import line_col, offset_of
from reconcile.render.markdown import md, render_markdown
from reconcile.render.sarif import render_sarif
from reconcile.render.svg import interval_chart
from reconcile.render.text import render_text

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-2.1.0.json").read_text("utf-8"))

WIRE = (
    "Alibaba climbs on AI push\n"
    "Alibaba shares climbed as much as 4% to HK$138.0 in Hong Kong trading on Monday "
    "morning.\nThe company is worth about $303 billion.\n"
    "Its Qwen3-Max-Preview model has over one trillion parameters."
)
DAILY = (
    "Alibaba [HKG: 9988] closed 9.2 percent higher at HKD174.00 a share today.\n"
    "A reader wrote: <script>alert(1)</script> & \"quotes\" 'too' | pipes.\n"
    "Qwen3-Max has over 1 trillion parameters."
)
DIGEST = "Alibaba stock gained 8%, its biggest rise in about two weeks.\n\nIt raised $3.2 billion."
DRAFT = (
    "Draft: Alibaba rally\n"
    "Alibaba shares rose 4% to HK$140 on Tuesday.\n"
    "Alibaba is valued at $3.03 billion, up 8%."
)


def _claim(
    cid: str,
    doc: str,
    text: str,
    surface: str,
    value: float,
    unit: str,
    low: float | None,
    high: float | None,
    *,
    kind: str = "number",
    when: str | None = None,
    span: tuple[int, int] | None = None,
) -> Claim:
    if span is None:
        start = text.index(surface)
        span = (start, start + len(surface))
    mention = Mention(
        surface=surface, span=span, value=value, unit=unit, kind=kind, low=low, high=high
    )
    sentence = next(line for line in text.split("\n") if surface in line)
    return Claim(
        id=cid,
        document=doc,
        span=span,
        text=surface,
        value=value,
        unit=unit,
        low=low,
        high=high,
        kind=kind,
        when=when,
        sentence=sentence,
        mention=mention,
    )


def build_report() -> Report:
    docs = [
        Document(id="wire-a.txt", path="corpus/wire-a.txt", text=WIRE, title="Alibaba climbs"),
        Document(
            id="daily-d.txt",
            path="corpus/daily, d.txt",
            text=DAILY,
            dateline="Sept. 24",
            notices=["decoded as cp1252 <not utf-8>"],
        ),
        Document(id="digest-e.txt", path="corpus/digest-e.txt", text=DIGEST),
        Document(id="draft.md", path="drafts/draft.md", text=DRAFT),
    ]
    price_at = DRAFT.index("HK$140")
    claims = [
        _claim("a1", "wire-a.txt", WIRE, "as much as 4%", 4, "percent", None, 4.0, kind="percent"),
        _claim("a2", "wire-a.txt", WIRE, "HK$138.0", 138.0, "HKD", 137.95, 138.05, kind="money"),
        _claim("a3", "wire-a.txt", WIRE, "about $303 billion", 303e9, "USD", 290e9, 316e9),
        _claim("a4", "wire-a.txt", WIRE, "over one trillion", 1e12, "parameter", 1e12, None),
        _claim("d1", "daily-d.txt", DAILY, "9.2 percent", 9.2, "percent", 9.15, 9.25),
        _claim("d2", "daily-d.txt", DAILY, "HKD174.00", 174.0, "HKD", 173.995, 174.005),
        _claim("d3", "daily-d.txt", DAILY, "over 1 trillion", 1e12, "parameter", 1e12, None),
        _claim("e:1 x", "digest-e.txt", DIGEST, "8%", 8, "percent", 7.5, 8.5, when="2025-09-24"),
        _claim("e2", "digest-e.txt", DIGEST, "$3.2 billion", 3.2e9, "USD", 3.15e9, 3.25e9),
        _claim("r1", "draft.md", DRAFT, "4%", 4, "percent", 3.5, 4.5),
        _claim("r2", "draft.md", DRAFT, "HK$140", 140, "HKD", 139.5, 140.5, kind="money"),
        # crosses r2's end: "140 on"
        _claim(
            "r2b",
            "draft.md",
            DRAFT,
            "140 on",
            140,
            "",
            139.5,
            140.5,
            span=(price_at + 3, price_at + 9),
        ),
        # nested inside "rose 4%"
        _claim("r0", "draft.md", DRAFT, "rose 4%", 4, "percent", 3.5, 4.5),
        _claim("r3", "draft.md", DRAFT, "$3.03 billion", 3.03e9, "USD", 3.025e9, 3.035e9),
        _claim("r4", "draft.md", DRAFT, "8%", 8, "percent", 7.5, 8.5),
    ]
    groups = [
        Group(id="g-price", label="Alibaba Hong Kong share price", claims=["a2", "d2", "r2"]),
        Group(id="g-move", label="Alibaba share move", claims=["a1", "d1", "e:1 x", "r1"]),
        Group(id="g-params", label="Qwen3-Max parameters", claims=["a4", "d3"]),
        Group(id="g-value", label="Alibaba market value", claims=["a3", "r3"]),
    ]
    findings = [
        Finding(
            id="f1",
            kind="value_mismatch",
            severity="error",
            group="g-price",
            claims=["a2", "d2"],
            message='wire-a.txt says "HK$138.0" but daily-d.txt says "HKD174.00" '
            "for the Hong Kong share price.",
        ),
        Finding(
            id="f2",
            kind="value_mismatch",
            severity="error",
            group="g-price",
            claims=["r2", "d2"],
            message='draft.md says "HK$140" but daily-d.txt says "HKD174.00" '
            "for the Hong Kong share price.",
        ),
        Finding(
            id="f3",
            kind="value_mismatch",
            severity="warning",
            group="g-move",
            claims=["e:1 x", "d1"],
            message='digest-e.txt says "8%" but daily-d.txt says "9.2 percent" for the '
            "share move <b>&</b>.",
        ),
        Finding(
            id="f4",
            kind="scale_mismatch",
            severity="info",
            group="g-value",
            claims=["a3", "r3"],
            message='wire-a.txt says "about $303 billion" but draft.md says '
            '"$3.03 billion": a factor of 100, likely a scale slip.',
        ),
        Finding(
            id="f5",
            kind="arithmetic",
            severity="warning",
            group="g-move",
            claims=["r1", "a1"],
            suppressed=True,
            message='draft.md "4%" and wire-a.txt "as much as 4%" do not add up.',
        ),
        Finding(
            id="f6",
            kind="different_scope",
            severity="info",
            group=None,
            claims=["r4", "e:1 x"],
            message='draft.md "8%" and digest-e.txt "8%" refer to different markets.',
        ),
    ]
    return Report(documents=docs, claims=claims, groups=groups, findings=findings)


REPORT = build_report()


# -- location ------------------------------------------------------------------------------


def test_line_col_known_positions() -> None:
    text = "ab\ncd\r\n\nxyz"
    assert line_col(text, 0) == (1, 1)
    assert line_col(text, 2) == (1, 3)  # the newline itself ends line 1
    assert line_col(text, 3) == (2, 1)
    assert line_col(text, 5) == (2, 3)  # the \r of \r\n
    assert line_col(text, 7) == (3, 1)
    assert line_col(text, 8) == (4, 1)
    assert line_col(text, len(text)) == (4, 4)
    assert line_col("", 0) == (1, 1)
    with pytest.raises(ValueError, match="outside"):
        line_col(text, len(text) + 1)
    with pytest.raises(ValueError, match="outside"):
        line_col(text, -1)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab\n\r é😀"), max_size=60), st.data())
def test_line_col_round_trip(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    line, col = line_col(text, offset)
    assert line == text.count("\n", 0, offset) + 1
    assert col == offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert offset_of(text, line, col) == offset


# -- text and markdown ---------------------------------------------------------------------


def test_text_summary_messages_and_order() -> None:
    out = render_text(REPORT)
    first = out.splitlines()[0]
    assert "4 documents, 15 claims, 4 groups, 6 findings" in first
    assert "2 errors, 1 warning, 2 info; 1 suppressed" in first
    for f in REPORT.findings:
        assert f.message in out
    pos = {f.id: out.index(f.message) for f in REPORT.findings}
    assert pos["f1"] < pos["f3"] < pos["f4"]
    assert pos["f2"] < pos["f6"]
    assert "\033" not in out
    f5_line = next(line for line in out.splitlines() if "[f5]" in line)
    assert "(suppressed)" in f5_line
    # claims of a finding's group are listed with document, quote and interval
    assert re.search(r'\* wire-a\.txt: ".*HK\$138\.0.*".*interval HKD 137\.95 – HKD 138\.05', out)
    assert "≤ 4%" in out  # open-ended low bound of "as much as 4%"
    assert "Qwen3-Max parameters: 2 claims from 2 sources" in out


def test_a_quiet_group_of_one_claim_is_counted_in_the_singular() -> None:
    from reconcile.render.common import claims_from

    assert claims_from(1, 1) == "1 claim from 1 source"
    assert claims_from(3, 1) == "3 claims from 1 source"
    text = "Brasswick Ferries carried 9,200 riders."
    doc = Document(id="lone.txt", path="lone.txt", text=text)
    claim = _claim("lone.txt#26-31", "lone.txt", text, "9,200", 9200.0, "riders", 9150, 9250)
    group = Group(id="g1", label="Brasswick Ferries: riders", claims=[claim.id])
    lone = Report(documents=[doc], claims=[claim], groups=[group], findings=[])
    for out in (render_text(lone), render_markdown(lone)):
        assert "Brasswick Ferries: riders: 1 claim from 1 source" in out
        assert "1 claims" not in out and "1 sources" not in out


def test_text_colour_only_on_request() -> None:
    coloured = render_text(REPORT, color=True)
    assert "\033[1;31merror\033[0m" in coloured
    assert re.sub(r"\033\[[0-9;]*m", "", coloured) == render_text(REPORT)


def test_markdown_messages_order_and_escaping() -> None:
    out = render_markdown(REPORT)
    for f in REPORT.findings:
        assert md(f.message) in out
    assert out.index(md(REPORT.findings[0].message)) < out.index(md(REPORT.findings[3].message))
    assert out.index("## Alibaba Hong Kong share price") < out.index("## Alibaba market value")
    assert "| Source | Quote | Value | Interval | When |" in out
    assert "<b>" not in out and "&lt;b&gt;" in out
    assert "| Wed 24 Sep 2025 |" in out
    # every table row has exactly the five cells: escaped pipes do not split cells
    for line in out.splitlines():
        if line.startswith("| ") and "---" not in line:
            assert len(re.findall(r"(?<!\\)\|", line)) == 6, line


def test_markdown_escapes_pipes_and_html() -> None:
    assert md("a | b <script>") == "a \\| b &lt;script&gt;"
    assert md("line\nbreak") == "line break"


def test_json_round_trip() -> None:
    out = render_json(REPORT)
    data = json.loads(out)
    assert list(data) == ["documents", "claims", "groups", "findings", "config"]
    assert Report.model_validate_json(out) == REPORT


# -- HTML ----------------------------------------------------------------------------------

_VOID = {"meta", "br", "hr", "img", "input", "link", "wbr", "col", "source"}
_SVG_EMPTY = {"rect", "line", "polygon", "circle", "path"}


class _Checker(HTMLParser):
    """Balanced-tag check; collects ids, hrefs, and the text of each .text div."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.doc_texts: list[str] = []
        self._text_depth: int | None = None
        self._ref_depth: int | None = None
        self.marks: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if a.get("href"):
            self.hrefs.append(a["href"] or "")
        if tag == "mark" and a.get("id"):
            self.marks.append((a["id"] or "", a.get("class") or ""))
        if tag in _VOID:
            return
        self.stack.append(tag)
        if tag == "div" and a.get("class") == "text":
            self._text_depth = len(self.stack)
            self.doc_texts.append("")
        if tag == "sup" and self._text_depth is not None:
            self._ref_depth = len(self.stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]} ")
            return
        if self._ref_depth == len(self.stack):
            self._ref_depth = None
        if self._text_depth == len(self.stack):
            self._text_depth = None
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self._text_depth is not None and self._ref_depth is None:
            self.doc_texts[-1] += data


def _check(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.errors == []
    assert checker.stack == []
    return checker


def test_html_is_balanced_escaped_and_self_contained() -> None:
    page = render_html(REPORT)
    checker = _check(page)
    assert "script" not in checker.tags
    assert "<script" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;" in page
    assert "&lt;not utf-8&gt;" in page
    for banned in ("src=", "<link", "@import", "url(", 'href="http', "<iframe"):
        assert banned not in page.lower(), banned
    for f in REPORT.findings:
        assert (
            one_line(f.message)
            .replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace('"', "&quot;")
            .replace("'", "&#x27;")
            in page
        )
    # the source texts are shown whole and exactly once, despite overlapping claims
    assert checker.doc_texts == [d.text for d in REPORT.documents]


def test_html_anchors_link_findings_and_marks() -> None:
    checker = _check(render_html(REPORT))
    ids = set(checker.ids)
    assert len(ids) == len(checker.ids), "duplicate ids"
    for href in checker.hrefs:
        assert href.startswith("#") and href[1:] in ids, href
    marks = dict(checker.marks)
    assert "c-error" in marks[anchor("claim", "d2")]
    assert "c-warning" in marks[anchor("claim", "e:1 x")]
    assert "c-info" in marks[anchor("claim", "a3")]
    assert "c-suppressed" in marks[anchor("claim", "a1")]
    assert "c-" not in marks[anchor("claim", "a4")]  # in no finding
    assert anchor("claim", "r2b") not in marks  # crosses r2: not marked itself
    assert anchor("claim", "r1") in marks  # nested inside "rose 4%"
    for fid in ("f1", "f2", "f3", "f4", "f5", "f6"):
        assert anchor("finding", fid) in ids


def test_html_one_chart_per_group_with_findings() -> None:
    page = render_html(REPORT)
    findings_part = page.split('id="findings"')[1].split('id="agree"')[0]
    # three groups have findings, plus the section of findings without a group
    assert findings_part.count("<svg") == 4
    assert page.count("<svg") == 5  # and one for the quiet group
    assert 'data-claim="e:1 x"' in findings_part


def test_html_without_findings_or_documents() -> None:
    page = render_html(Report())
    _check(page)
    assert "No conflicts found" in page


@settings(max_examples=120, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("ab<>&\"' \n"), min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(-2, 45), st.integers(-2, 45)), max_size=8),
)
def test_highlight_keeps_text_whole(text: str, spans: list[tuple[int, int]]) -> None:
    doc = Document(id="d", path="d", text=text)
    claims = [
        Claim(
            id=f"c{n}",
            document="d",
            span=(s, e),
            text="x",
            value=1,
            unit="",
            low=1,
            high=1,
            kind="number",
            mention=Mention(
                surface="x", span=(0, 1), value=1, unit="", kind="number", low=1, high=1
            ),
        )
        for n, (s, e) in enumerate(spans)
    ]
    states = {"c0": "error"}
    result = highlight(doc, claims, states, {})
    checker = _check(f'<div class="text">{result.html}</div>')
    assert checker.doc_texts == [text]
    assert set(result.anchors) == {c.id for c in claims}
    assert len(checker.ids) == len(set(checker.ids))
    assert set(result.anchors.values()) <= set(checker.ids) | {"doc-d"}


# -- SVG -----------------------------------------------------------------------------------

_BAR = re.compile(
    r'<rect class="bar[^"]*" data-claim="([^"]+)" x="([\d.-]+)" y="[\d.-]+" '
    r'width="([\d.]+)"'
)


def _bars(svg: str) -> dict[str, tuple[float, float]]:
    return {cid: (float(x), float(x) + float(w)) for cid, x, w in _BAR.findall(svg)}


def test_svg_non_overlapping_intervals_do_not_overlap_in_pixels() -> None:
    claims = [c for c in REPORT.claims if c.id in ("a2", "d2", "r2")]
    bars = _bars(interval_chart(claims))
    assert set(bars) == {"a2", "d2", "r2"}
    assert bars["a2"][1] < bars["r2"][0] < bars["r2"][1] < bars["d2"][0]


def test_svg_open_ended_runs_to_edge_with_arrow() -> None:
    claims = [c for c in REPORT.claims if c.id in ("a1", "d1", "e:1 x")]
    svg = interval_chart(claims, states={"d1": "warning"})
    bars = _bars(svg)
    assert bars["a1"][0] == min(b[0] for b in bars.values())  # runs to the left edge
    assert bars["a1"][1] < bars["e:1 x"][0] < bars["e:1 x"][1] < bars["d1"][0]
    assert svg.count('class="arrow"') == 1
    assert "#e89f0c" in svg  # warning colour


def test_svg_point_value_is_a_tick_and_text_escaped() -> None:
    claim = _claim("p<1>", "x&y", "a <b> 5", "5", 5, "", 5, 5)
    svg = interval_chart([claim], title="<title & more>")
    assert '<rect class="bar tick" data-claim="p&lt;1&gt;"' in svg
    assert "<title & more>" not in svg and "&lt;title &amp; more&gt;" in svg
    assert "x&amp;y" in svg
    _check(svg)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(-1e6, 1e6, allow_nan=False),
            st.floats(0, 1e6, allow_nan=False),
        ),
        min_size=2,
        max_size=6,
    )
)
def test_svg_bars_follow_the_numbers(intervals: list[tuple[float, float]]) -> None:
    claims = [
        _claim(f"c{n}", "d", "v", "v", lo, "", lo, lo + width)
        for n, (lo, width) in enumerate(intervals)
    ]
    bars = _bars(interval_chart(claims))
    lo_all = min(lo for lo, _ in intervals)
    hi_all = max(lo + w for lo, w in intervals)
    px = (hi_all - lo_all) / 400 if hi_all > lo_all else 1.0  # plot is ~430 px wide
    for a, (alo, aw) in zip(claims, intervals, strict=True):
        for b, (blo, _bw) in zip(claims, intervals, strict=True):
            if alo + aw < blo - 4 * px:  # a wholly left of b by more than a tick's width
                assert bars[a.id][1] <= bars[b.id][0]


# -- SARIF ---------------------------------------------------------------------------------


def test_sarif_validates_and_maps_levels() -> None:
    log = json.loads(render_sarif(REPORT))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    run = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert run["tool"]["driver"]["name"] == "reconcile"
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rule_ids == [
        "value_mismatch",
        "qualifier_conflict",
        "different_scope",
        "arithmetic",
        "scale_mismatch",
        "self_contradiction",
    ]
    by_id = {r["properties"]["findingId"]: r for r in run["results"]}
    assert len(by_id) == 6
    assert by_id["f1"]["level"] == "error"
    assert by_id["f3"]["level"] == "warning"
    assert by_id["f4"]["level"] == "note"
    assert by_id["f5"]["suppressions"] == [{"kind": "inSource"}]
    assert "suppressions" not in by_id["f1"]
    for r in run["results"]:
        assert rule_ids[r["ruleIndex"]] == r["ruleId"]
    loc = by_id["f1"]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "corpus/wire-a.txt"
    start = WIRE.index("HK$138.0")
    assert loc["region"]["startLine"] == 2
    assert loc["region"]["startColumn"] == start - WIRE.index("\n")
    assert loc["region"]["snippet"]["text"] == "HK$138.0"
    related = by_id["f1"]["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "corpus/daily%2C%20d.txt"


def test_sarif_for_a_draft_locates_in_the_draft() -> None:
    log = json.loads(render_sarif(REPORT, draft="draft.md"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    assert {r["properties"]["findingId"] for r in results} == {"f2", "f4", "f5", "f6"}
    for r in results:
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == "drafts/draft.md"
        region = loc["region"]
        start = region["charOffset"]
        assert (region["startLine"], region["startColumn"]) == line_col(DRAFT, start)
        assert DRAFT[start : start + region["charLength"]] == region["snippet"]["text"]
    f2 = next(r for r in results if r["properties"]["findingId"] == "f2")
    assert f2["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == "HK$140"
    assert f2["locations"][0]["physicalLocation"]["region"]["startLine"] == 2


def test_sarif_schema_rejects_a_broken_log() -> None:
    log = json.loads(render_sarif(REPORT))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(SCHEMA).validate(log)


def test_unknown_draft_is_a_clear_error() -> None:
    for render in (render_sarif, render_github, render_check_text):
        with pytest.raises(ValueError, match=r"no document 'nope\.txt'"):
            render(REPORT, "nope.txt")


# -- GitHub --------------------------------------------------------------------------------


def test_github_commands_are_escaped_one_per_line() -> None:
    nasty = Finding(
        id="f9",
        kind="arithmetic",
        severity="info",
        group="g-value",
        claims=["a3"],
        message="100% off\r\nsecond line: a, b",
    )
    daily = Finding(
        id="f10", kind="arithmetic", severity="warning", group="g-move", claims=["d1"], message="m"
    )
    report = REPORT.model_copy(update={"findings": [*REPORT.findings, nasty, daily]})
    out = render_github(report)
    lines = out.splitlines()
    assert len(lines) == 7  # eight findings, one suppressed
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    last = [line for line in lines if "100%25 off" in line]
    assert last == [
        "::notice file=corpus/wire-a.txt,line=3,col=22,endColumn=39,"
        "title=reconcile arithmetic::100%25 off%0D%0Asecond line: a, b"
    ]
    assert "file=corpus/daily%2C d.txt" in out  # comma escaped in a property
    assert "f5" not in out and "do not add up" not in out
    assert escape_data("a%\nb") == "a%25%0Ab"


def test_github_for_a_draft() -> None:
    out = render_github(REPORT, draft="drafts/draft.md")  # by path works too
    assert out.count("\n") == 3  # f2, f4, f6 (f5 suppressed)
    assert all("file=drafts/draft.md" in line for line in out.splitlines())
    assert out.startswith("::error file=drafts/draft.md,line=2,col=")


# -- check-text ----------------------------------------------------------------------------


def test_check_text_lines_sorted_with_summary() -> None:
    out = render_check_text(REPORT, "draft.md")
    lines = out.splitlines()
    pattern = re.compile(r"^drafts/draft\.md:(\d+):(\d+): (error|warning|info): (.+) \[(\w+)\]$")
    diag = [pattern.match(line) for line in lines[:-1]]
    assert all(diag), lines
    positions = [(int(m.group(1)), int(m.group(2))) for m in diag if m]
    assert positions == sorted(positions)
    assert [m.group(5) for m in diag if m] == [
        "value_mismatch",
        "scale_mismatch",
        "different_scope",
    ]
    price = DRAFT.index("HK$140")
    assert positions[0] == line_col(DRAFT, price)
    assert lines[-1] == "drafts/draft.md: 3 findings (1 error, 0 warnings, 2 info); 1 suppressed"


def test_check_text_clean_draft() -> None:
    out = render_check_text(REPORT, "digest-e.txt")
    assert out.splitlines()[-1] == "corpus/digest-e.txt: 2 findings (0 errors, 1 warning, 1 info)"
    assert render_check_text(REPORT, "daily-d.txt").count("\n") == 4
    empty = Report(documents=[Document(id="x", path="x.txt", text="no numbers")])
    assert render_check_text(empty, "x") == "x.txt: no conflicts with the other sources\n"


# -- robustness ----------------------------------------------------------------------------

ALL_RENDERERS = (
    render_text,
    render_markdown,
    render_json,
    render_html,
    render_sarif,
    render_github,
)


def test_dangling_ids_and_bad_spans_render_everywhere() -> None:
    doc = Document(id="only.txt", path="only.txt", text="short\r\ntext 5%")
    lost = _claim("lost", "missing.txt", "x 5%", "5%", 5, "percent", 4.5, 5.5)
    bad = _claim(
        "bad", "only.txt", "x 5%", "5%", 5, "percent", float("-inf"), float("nan"), span=(3, 400)
    )
    good = _claim("good", "only.txt", doc.text, "5%", 5, "percent", 4.5, 5.5)
    report = Report(
        documents=[doc],
        claims=[lost, bad, good],
        groups=[Group(id="g", label="<g>", claims=["lost", "bad", "good", "nowhere"])],
        findings=[
            Finding(
                id="x1",
                kind="value_mismatch",
                severity="error",
                group="g",
                claims=["bad", "lost", "ghost"],
                message="m1",
            ),
            Finding(
                id="x2",
                kind="arithmetic",
                severity="warning",
                group="no-such-group",
                claims=[],
                message="m2",
            ),
            Finding(
                id="x3",
                kind="scale_mismatch",
                severity="info",
                group="g",
                claims=["good"],
                message="m3",
            ),
        ],
    )
    for render in ALL_RENDERERS:
        assert "m1" in render(report)
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(render_sarif(report)))
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(render_sarif(report, "only.txt")))
    checker = _check(render_html(report))
    assert checker.doc_texts == [doc.text]
    assert "unbounded" in render_text(report)  # -inf and nan bounds read as open
    assert render_check_text(report, "only.txt").splitlines() == [
        "only.txt:1:1: error: m1 [value_mismatch]",  # span out of range: start of file
        "only.txt:2:6: info: m3 [scale_mismatch]",
        "only.txt: 2 findings (1 error, 0 warnings, 1 info)",
    ]
    github = render_github(report).splitlines()
    assert "::warning title=reconcile arithmetic::m2" in github


def test_renderers_run_on_pipeline_output() -> None:
    from reconcile import load_documents, reconcile

    folder = Path(__file__).parent.parent / "fixtures" / "alibaba-qwen3-max"
    report = reconcile(load_documents([str(folder)]))
    assert report.documents
    for render in ALL_RENDERERS:
        out = render(report)
        assert out.endswith("\n") or (render is render_github and out == "")
    page = render_html(report)
    assert _check(page).doc_texts == [d.text for d in report.documents]
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(render_sarif(report)))
    for d in report.documents:
        assert render_check_text(report, d.id).endswith("\n")


def test_sarif_names_at_most_25_related_locations_and_counts_the_rest() -> None:
    """A finding summarized around a draft figure may name hundreds of sources."""
    from reconcile.claims.models import Document

    draft = Document(id="draft.md", path="draft.md", text="Revenue was $5 billion.\n")
    sources = [
        Document(id=f"s{i:02}.txt", path=f"s{i:02}.txt", text="Revenue was $4 billion.\n")
        for i in range(40)
    ]
    claims = [_claim("d", "draft.md", draft.text, "$5 billion", 5e9, "USD", 4.95e9, 5.05e9)]
    claims += [
        _claim(f"s{i}", s.id, s.text, "$4 billion", 4e9, "USD", 3.95e9, 4.05e9)
        for i, s in enumerate(sources)
    ]
    finding = Finding(
        id="f1",
        kind="value_mismatch",
        severity="error",
        group=None,
        claims=[c.id for c in claims],
        message="draft.md says $5 billion; the same goes for 40 other sources.",
    )
    report = Report(documents=[draft, *sources], claims=claims, groups=[], findings=[finding])
    log = json.loads(render_sarif(report, draft="draft.md"))
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    [result] = log["runs"][0]["results"]
    assert len(result["relatedLocations"]) == 25
    assert result["properties"]["relatedLocationsOmitted"] == 15
    assert len(result["properties"]["claims"]) == 41
