"""One self-contained HTML page: findings, interval charts, and the sources with their
claims highlighted.

No network: no scripts, fonts, stylesheets or images from elsewhere; one inline
``<style>``; no JavaScript. Every piece of text taken from the report (article text,
quotes, messages, labels, ids) goes through :func:`reconcile.render.common.esc`.

In the sources, each claim is a ``<mark id="claim-…">``; claims named by a warning or
error finding are marked as conflicts, with a small link to the finding, and each
finding links back to its claims' marks. Claim spans may overlap: a span inside
another is nested in it, identical spans share one mark, and a span that crosses
another is not marked (links to it go to the mark it crosses).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reconcile.claims.models import Claim, Document, Finding, Report
from reconcile.compare import when_words
from reconcile.render.common import (
    Index,
    claim_interval,
    claim_states,
    claims_shown,
    esc,
    findings_by_claim,
    fmt_value,
    one_line,
    plural,
    quiet_groups,
    quote_of,
    section_claims,
    sections,
    severity_counts,
    summary_line,
)
from reconcile.render.svg import interval_chart

CHART_WIDTH = 860
_UNSAFE_ID = re.compile(r"[^A-Za-z0-9_.-]")


def anchor(prefix: str, raw: str) -> str:
    """A valid, unique HTML id for ``raw`` (any string) under ``prefix``."""
    return f"{prefix}-" + _UNSAFE_ID.sub(lambda m: f"_{ord(m.group()):x}_", raw)


_CSS = """
:root { color-scheme: light; --err: #d7263d; --warn: #e89f0c; --info: #2f7fc1; }
* { box-sizing: border-box; }
body { margin: 0; background: #eef0f3; color: #1d1f23;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 24px 28px 60px; background: #fff;
  min-height: 100vh; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #e3e6ea; }
h3 { font-size: 17px; margin: 0 0 8px; }
h4 { font-size: 15px; margin: 16px 0 4px; }
.summary { color: #444; margin: 0 0 12px; }
.counts span { display: inline-block; margin-right: 8px; padding: 2px 10px; border-radius: 12px;
  font-weight: 600; font-size: 13px; color: #fff; }
nav a { margin-right: 14px; }
a { color: #1f5fa8; }
.badge { display: inline-block; min-width: 62px; text-align: center; padding: 0 6px;
  border-radius: 4px; color: #fff; font-size: 12px; font-weight: 700; text-transform: uppercase; }
.error { background: var(--err); } .warning { background: var(--warn); }
.info { background: var(--info); } .suppressed { background: #9a9a9a; }
.group { border: 1px solid #e3e6ea; border-radius: 8px; padding: 14px 16px; margin: 14px 0; }
.group.sev-error { border-left: 5px solid var(--err); }
.group.sev-warning { border-left: 5px solid var(--warn); }
.group.sev-info { border-left: 5px solid var(--info); }
ul.findings { list-style: none; margin: 0 0 10px; padding: 0; }
ul.findings li { margin: 6px 0; }
li.is-suppressed { opacity: 0.6; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: #f1f3f5; padding: 1px 5px; border-radius: 3px; }
.claim-links { display: block; font-size: 13px; color: #555; margin-left: 70px; }
svg.chart { display: block; max-width: 100%; height: auto; margin: 8px 0; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px;
  border-bottom: 1px solid #eceef1; }
th { background: #f6f7f9; font-weight: 600; }
td.num, td.src, td.when { white-space: nowrap; }
tr.named td:first-child { font-weight: 600; }
.doc { margin: 18px 0 28px; }
.meta { color: #555; font-size: 13px; margin: 0 0 6px; }
.notice { color: #8a5300; font-size: 13px; margin: 2px 0; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fbfbfc;
  border: 1px solid #e3e6ea; border-radius: 6px; padding: 12px 14px; line-height: 1.7; }
mark { background: #fff1a8; color: inherit; border-radius: 2px; padding: 0 1px; }
mark mark { background: #ffe066; }
mark.c-error { background: #ffd3d8; border-bottom: 2px solid var(--err); }
mark.c-warning { background: #ffe7bf; border-bottom: 2px solid var(--warn); }
mark.c-info { background: #dcebf8; border-bottom: 2px dotted var(--info); }
mark.c-suppressed { background: #ececec; border-bottom: 2px dotted #888; }
sup.ref { font-size: 10px; margin-left: 1px; }
sup.ref a { text-decoration: none; font-weight: 700; }
:target { outline: 3px solid #1f5fa8; outline-offset: 2px; }
details summary { cursor: pointer; color: #1f5fa8; }
.legend mark { margin-right: 10px; }
footer { margin-top: 40px; color: #666; font-size: 13px; }
.chart-box { overflow-x: auto; }
ul.findings li, .summary, nav { overflow-wrap: anywhere; }
@media (max-width: 640px) {
  body { font-size: 15px; }
  main { padding: 14px 12px 40px; }
  .group { padding: 10px 10px; }
  .claim-links { margin-left: 0; }
  nav a { display: inline-block; margin: 0 10px 4px 0; }
  svg.chart { max-width: none; width: 600px; }
  table, thead, tbody, tr, td { display: block; width: 100%; }
  thead { display: none; }
  tr { border-bottom: 1px solid #e3e6ea; padding: 6px 0; }
  td { border: 0; padding: 1px 2px; }
  td.num, td.src, td.when { white-space: normal; display: inline-block; width: auto;
    margin-right: 10px; color: #444; }
  td.src { display: block; }
  .text { padding: 10px 10px; }
}
"""


def _chart(svg: str) -> str:
    """A chart in a box of its own: on a narrow screen the chart keeps a readable size and the
    box scrolls, never the page."""
    return f'<div class="chart-box">{svg}</div>'


@dataclass
class _Highlighted:
    html: str
    anchors: dict[str, str] = field(default_factory=dict)


def _mark_open(claim: Claim, state: str | None, mark_id: str, title: str) -> str:
    cls = f"claim c-{state}" if state else "claim"
    return f'<mark id="{esc(mark_id)}" class="{esc(cls)}" title="{esc(title)}">'


def highlight(
    doc: Document,
    claims: Sequence[Claim],
    states: dict[str, str],
    refs: dict[str, list[Finding]],
) -> _Highlighted:
    """The document's text as HTML with its claims in ``<mark>``; overlaps handled.

    Returns the HTML and, for every claim, the id of the element that shows it.
    """
    text = doc.text
    doc_anchor = anchor("doc", doc.id)
    result = _Highlighted("")
    items = sorted(
        (c for c in claims if 0 <= c.span[0] < c.span[1] <= len(text)),
        key=lambda c: (c.span[0], -c.span[1], c.id),
    )
    for c in claims:
        result.anchors[c.id] = doc_anchor

    def build(group: list[Claim], lo: int, hi: int) -> str:
        out: list[str] = []
        pos = lo
        i = 0
        while i < len(group):
            c = group[i]
            start, end = c.span
            mark_id = anchor("claim", c.id)
            result.anchors[c.id] = mark_id
            out.append(esc(text[pos:start]))
            inner: list[Claim] = []
            j = i + 1
            while j < len(group) and group[j].span[0] < end:
                other = group[j]
                if other.span[1] <= end and other.span != c.span:
                    inner.append(other)
                else:  # same span, or crossing our end: shown by this mark
                    result.anchors[other.id] = mark_id
                j += 1
            state = states.get(c.id)
            title = f"{fmt_value(c.value, c.unit)} ({claim_interval(c)})"
            out.append(_mark_open(c, state, mark_id, title) + build(inner, start, end) + "</mark>")
            links = [
                f'<a href="#{esc(anchor("finding", f.id))}">{esc(f.id)}</a>'
                for f in refs.get(c.id, [])
                if not f.suppressed
            ]
            if links:
                out.append('<sup class="ref">' + ",".join(links) + "</sup>")
            pos = end
            i = j
        out.append(esc(text[pos:hi]))
        return "".join(out)

    result.html = build(items, 0, len(text))
    return result


def _quote_html(claim: Claim) -> str:
    quote = quote_of(claim, 140)
    surface = one_line(claim.text)
    at = quote.find(surface) if surface else -1
    if at < 0:
        return esc(quote)
    return esc(quote[:at]) + "<b>" + esc(surface) + "</b>" + esc(quote[at + len(surface) :])


def _claims_table(claims: Sequence[Claim], named: set[str], anchors: dict[str, str]) -> str:
    rows = []
    for c in claims:
        cls = ' class="named"' if c.id in named else ""
        rows.append(
            f'<tr{cls}><td class="src"><a href="#{esc(anchors.get(c.id, ""))}">'
            f"{esc(c.document)}</a></td>"
            f'<td>{_quote_html(c)}</td><td class="num">{esc(fmt_value(c.value, c.unit))}</td>'
            f'<td class="num">{esc(claim_interval(c))}</td>'
            f'<td class="when">{esc(when_words(c.when) if c.when else "")}</td></tr>'
        )
    return (
        "<table><thead><tr><th>Source</th><th>Quote</th><th>Value</th><th>Interval</th>"
        "<th>When</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>"
    )


_ROWS = 40  # claims charted and tabled under a group; a large group's rest is counted
_LINKS = 12  # claims linked from a finding


def _finding_item(f: Finding, idx: Index, anchors: dict[str, str]) -> str:
    sev = "suppressed" if f.suppressed else f.severity
    label = f"{f.severity} · suppressed" if f.suppressed else f.severity
    named = idx.finding_claims(f)
    links = ", ".join(
        f'<a href="#{esc(anchors.get(c.id, ""))}">{esc(c.document)}: '
        f"\u201c{esc(one_line(c.text))}\u201d</a>"
        for c in named[:_LINKS]
    ) + (f" and {len(named) - _LINKS} more" if len(named) > _LINKS else "")
    cls = "finding is-suppressed" if f.suppressed else "finding"
    return (
        f'<li id="{esc(anchor("finding", f.id))}" class="{cls}">'
        f'<span class="badge {esc(sev)}">{esc(label)}</span> <code>{esc(f.kind)}</code> '
        f"{esc(one_line(f.message))}"
        + (f'<span class="claim-links">claims: {links}</span>' if links else "")
        + "</li>"
    )


def render_html(report: Report, *, title: str = "reconcile report") -> str:
    """The whole report as one self-contained HTML document."""
    idx = Index(report)
    states = claim_states(report)
    refs = findings_by_claim(report)
    by_doc: dict[str, list[Claim]] = {}
    for c in report.claims:
        by_doc.setdefault(c.document, []).append(c)
    highlighted = {d.id: highlight(d, by_doc.get(d.id, []), states, refs) for d in report.documents}
    anchors: dict[str, str] = {}
    for h in highlighted.values():
        anchors.update(h.anchors)

    counts = severity_counts(report.findings)
    body: list[str] = [
        f"<header><h1>{esc(title)}</h1>",
        f'<p class="summary">{esc(summary_line(report))}</p>',
        '<p class="counts">'
        + "".join(
            f'<span class="{s}">{esc(plural(counts[s], s) if s != "info" else f"{counts[s]} info")}'
            "</span>"
            for s in counts
        )
        + "</p>",
        '<nav><a href="#findings">Findings</a><a href="#sources">Sources</a>'
        + "".join(
            f'<a href="#{esc(anchor("doc", d.id))}">{esc(d.id)}</a>' for d in report.documents
        )
        + "</nav></header>",
        '<section id="findings"><h2>Findings</h2>',
    ]
    secs = sections(report)
    if not secs:
        body.append("<p>No conflicts found: the sources agree wherever they overlap.</p>")
    for sec in secs:
        worst = next((f.severity for f in sec.findings if not f.suppressed), "suppressed")
        gid = anchor("group", sec.group.id) if sec.group is not None else "group-none"
        claims, named = section_claims(idx, sec)
        if sec.group is not None:
            # one axis, one unit: the group's own claims (a finding may also name linked figures)
            members = set(sec.group.claims)
            chart_claims = [c for c in claims if c.id in members] or claims
        else:
            chart_claims = [c for c in claims if c.id in named]
        shown = claims_shown(claims, named, _ROWS)
        shown_ids = {c.id for c in shown}
        chart_claims = [c for c in chart_claims if c.id in shown_ids] or chart_claims[:_ROWS]
        rest = len(claims) - len(shown)
        more = f'<p class="meta">… and {esc(plural(rest, "more claim"))} in the JSON report</p>'
        body.append(
            f'<article class="group sev-{esc(worst)}" id="{esc(gid)}">'
            f'<h3>{esc(sec.label)}</h3><ul class="findings">'
            + "".join(_finding_item(f, idx, anchors) for f in sec.findings)
            + "</ul>"
            + _chart(
                interval_chart(chart_claims, states=states, title=sec.label, width=CHART_WIDTH)
            )
            + _claims_table(shown, named, anchors)
            + (more if rest else "")
            + "</article>"
        )
    body.append("</section>")
    quiet = quiet_groups(report)
    if quiet:
        body.append(
            f'<section id="agree"><h2>Groups without findings</h2><details><summary>'
            f"{esc(plural(len(quiet), 'group'))} where the sources agree "
            "(or only one source speaks)"
            "</summary>"
        )
        for g in quiet:
            claims = claims_shown(idx.group_claims(g), set(), _ROWS)
            body.append(
                f'<div class="quiet" id="{esc(anchor("group", g.id))}"><h4>{esc(g.label)}</h4>'
                + _chart(interval_chart(claims, states=states, title=g.label, width=CHART_WIDTH))
                + _claims_table(claims, set(), anchors)
                + "</div>"
            )
        body.append("</details></section>")
    body.append('<section id="sources"><h2>Sources</h2>')
    body.append(
        '<p class="legend"><mark class="claim">claim</mark>'
        '<mark class="claim c-error">in an error</mark>'
        '<mark class="claim c-warning">in a warning</mark>'
        '<mark class="claim c-info">in an info finding</mark>'
        '<mark class="claim c-suppressed">suppressed</mark></p>'
    )
    for d in report.documents:
        meta = [d.path]
        if d.title:
            meta.append(d.title)
        if d.published:
            meta.append(d.published.isoformat())
        if d.dateline:
            meta.append(d.dateline)
        body.append(
            f'<article class="doc" id="{esc(anchor("doc", d.id))}"><h3>{esc(d.id)}</h3>'
            f'<p class="meta">{esc(" · ".join(meta))}</p>'
            + "".join(f'<p class="notice">{esc(n)}</p>' for n in d.notices)
            + f'<div class="text">{highlighted[d.id].html}</div></article>'
        )
    body.append("</section>")
    body.append(
        "<footer>Intervals are the values each wording admits (precision and qualifiers "
        "such as “about” or “over”); bars that do not overlap are figures that cannot both "
        "be right. An arrow marks an open end.</footer>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="generator" content="reconcile">'
        f"<title>{esc(title)}</title><style>{_CSS}</style></head>"
        "<body><main>" + "\n".join(body) + "</main></body></html>\n"
    )
