"""Plain-text conflict report, grouped by fact, worst conflicts first."""

from __future__ import annotations

from reconcile.claims.models import Claim, Finding, Report
from reconcile.compare import when_words
from reconcile.render.common import (
    Index,
    claim_interval,
    claims_from,
    claims_shown,
    fmt_value,
    plural,
    quiet_groups,
    quote_of,
    section_claims,
    sections,
    summary_line,
)

_RESET = "\033[0m"
_STYLE = {
    "error": "\033[1;31m",
    "warning": "\033[1;33m",
    "info": "\033[36m",
    "head": "\033[1m",
    "dim": "\033[2m",
}


class _Paint:
    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, style: str, text: str) -> str:
        if not self.color or style not in _STYLE:
            return text
        return f"{_STYLE[style]}{text}{_RESET}"


def _finding_line(f: Finding, paint: _Paint) -> str:
    sev = paint("dim" if f.suppressed else f.severity, f.severity)
    tail = " (suppressed)" if f.suppressed else ""
    return f"  {sev} {f.kind} [{f.id}]{tail}: {' '.join(f.message.split())}"


def _claim_line(c: Claim, doc: str, named: bool, paint: _Paint) -> str:
    mark = "*" if named else " "
    when = f"  when {when_words(c.when)}" if c.when else ""
    body = (
        f'    {mark} {doc}: "{quote_of(c, 90)}"  value {fmt_value(c.value, c.unit)}, '
        f"interval {claim_interval(c)}{when}"
    )
    return body if named else paint("dim", body)


_NAMED_SHOWN = 8  # claims a finding names, listed under it
_CLAIMS_SHOWN = 12  # claims listed under a group in all


def render_text(report: Report, *, color: bool = False) -> str:
    """The report as plain text; ANSI colours only when ``color`` is true.

    One block per group with findings (errors first, then warnings, then info): the
    findings, then every claim of the group; claims named by a finding carry a ``*``.
    Groups where the sources agree are listed by label at the end.
    """
    paint = _Paint(color)
    idx = Index(report)
    lines = [paint("head", "reconcile: " + summary_line(report))]
    for sec in sections(report):
        title = sec.label if sec.group is None else f"{sec.label} ({sec.group.id})"
        lines += ["", paint("head", f"== {title} ==")]
        lines += [_finding_line(f, paint) for f in sec.findings]
        claims, named = section_claims(idx, sec)
        if claims:
            shown = claims_shown(claims, named, _CLAIMS_SHOWN, _NAMED_SHOWN)
            lines.append("  claims (* = named by a finding above):")
            lines += [_claim_line(c, c.document, c.id in named, paint) for c in shown]
            if len(shown) < len(claims):
                rest = len(claims) - len(shown)
                lines.append(
                    paint("dim", f"    … and {plural(rest, 'more claim')} (see --format json)")
                )
    quiet = quiet_groups(report)
    if quiet:
        lines += ["", paint("head", f"== {plural(len(quiet), 'group')} without findings ==")]
        for g in quiet:
            sources = sorted({c.document for c in idx.group_claims(g)})
            lines.append(paint("dim", f"  {g.label}: {claims_from(len(g.claims), len(sources))}"))
    return "\n".join(lines) + "\n"
