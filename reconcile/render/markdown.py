"""Markdown conflict report: a heading per group with findings, a table of its claims."""

from __future__ import annotations

import html

from reconcile.claims.models import Claim, Report
from reconcile.compare import when_words
from reconcile.render.common import (
    Index,
    claim_interval,
    claims_from,
    fmt_value,
    one_line,
    quiet_groups,
    quote_of,
    section_claims,
    sections,
    summary_line,
)


def md(text: str) -> str:
    """Inline Markdown text: one line, raw HTML neutralised, emphasis characters escaped."""
    out = html.escape(one_line(text), quote=False)
    for ch in "\\`*_[]|":
        out = out.replace(ch, "\\" + ch)
    return out


def _row(c: Claim, named: bool) -> str:
    quote = md(quote_of(c, 120))
    surface = md(c.text)
    if surface and surface in quote:
        quote = quote.replace(surface, f"**{surface}**", 1)
    source = md(c.document) + (" ⚑" if named else "")
    cells = [
        source,
        quote,
        md(fmt_value(c.value, c.unit)),
        md(claim_interval(c)),
        md(when_words(c.when) if c.when else ""),
    ]
    return "| " + " | ".join(cells) + " |"


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown. Claims named by a finding carry ⚑."""
    idx = Index(report)
    out = ["# reconcile report", "", md(summary_line(report)) + "."]
    secs = sections(report)
    if not secs:
        out += ["", "No conflicts found."]
    for sec in secs:
        out += ["", f"## {md(sec.label)}", ""]
        for f in sec.findings:
            tag = " *(suppressed)*" if f.suppressed else ""
            out.append(f"- **{f.severity}** `{f.kind}` ({md(f.id)}){tag}: {md(f.message)}")
        claims, named = section_claims(idx, sec)
        if claims:
            out += [
                "",
                "| Source | Quote | Value | Interval | When |",
                "| --- | --- | --- | --- | --- |",
            ]
            out += [_row(c, c.id in named) for c in claims]
    quiet = quiet_groups(report)
    if quiet:
        out += ["", "## Groups without findings", ""]
        for g in quiet:
            sources = sorted({c.document for c in idx.group_claims(g)})
            out.append(f"- {md(g.label)}: {claims_from(len(g.claims), len(sources))}")
    return "\n".join(out) + "\n"
