"""A small inline SVG: every claim's interval low..high as a bar on one shared axis.

One row per claim. A bar spans the interval the words admit; a bound that is
open (None) runs to the plot's edge and ends in an arrowhead; an exact figure
(low == high) is a tick. A dark mark shows the stated value. Bars of intervals
that do not overlap never overlap in pixels (apart from ticks, which are 3 px wide).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence

from reconcile.claims.models import Claim
from reconcile.render.common import claim_interval, esc, finite, fmt_value

FILL = {
    "error": "#d7263d",
    "warning": "#e89f0c",
    "info": "#2f7fc1",
    "suppressed": "#a3a3a3",
    None: "#7d8fa3",
}
LABEL_WIDTH = 200
_UNIT_NAMES = {"percent": "%", "percentage_point": "percentage points", "basis_point": "bp"}
ARROW = 8


def _compact(x: float) -> str:
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= size:
            return f"{x / size:.4g}{suffix}"
    return f"{x:.4g}"


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values inside [lo, hi] (1, 2 or 5 times a power of ten apart)."""
    span = hi - lo
    if span <= 0 or not math.isfinite(span):
        return [lo]
    raw = span / max(count, 1)
    if raw <= 0 or raw < 1e-300:
        return [lo]  # a span too small for ticks (it underflows)
    power = 10 ** math.floor(math.log10(raw))
    if power <= 0:
        return [lo]
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(lo / step) * step
    ticks = []
    n = 0
    while first + n * step <= hi + step * 1e-9 and n < 50:
        ticks.append(round(first + n * step, 12))
        n += 1
    return ticks


def domain(claims: Sequence[Claim]) -> tuple[float, float]:
    """The shared axis: every finite bound and value, with a margin."""
    points = [
        v for c in claims for v in (finite(c.low), finite(c.high), finite(c.value)) if v is not None
    ]
    if not points:
        return 0.0, 1.0
    lo, hi = min(points), max(points)
    pad = (abs(lo) * 0.1 or 1.0) if lo == hi else (hi - lo) * 0.08
    return lo - pad, hi + pad


def _label(claim: Claim, width: int = 30) -> str:
    """The claim's own words first, then its source, shortened in the middle: two rows of one
    source stay apart however long the source's name."""
    words = " ".join(claim.text.split())
    if len(words) >= width - 4:
        return words[: width - 1] + "…"
    room = width - len(words) - 3
    doc = claim.document
    if len(doc) > room:
        half = max((room - 1) // 2, 1)
        doc = doc[:half] + "…" + doc[len(doc) - (room - 1 - half) :]
    return f"{words} · {doc}"


def interval_chart(
    claims: Sequence[Claim],
    *,
    states: Mapping[str, str] | None = None,
    width: int = 680,
    row_height: int = 24,
    title: str | None = None,
) -> str:
    """An SVG (a string) of the claims' intervals on one axis.

    ``states`` maps a claim id to 'error', 'warning', 'info' or 'suppressed' and
    colours its bar; other bars are neutral. Every text goes through ``esc``.
    Each bar is a ``<rect class="bar" data-claim="ID">``.
    """
    states = states or {}
    x0 = LABEL_WIDTH + ARROW + 4
    x1 = width - ARROW - 16
    top = 28
    height = top + row_height * max(len(claims), 1) + 8
    lo, hi = domain(claims)

    def sx(v: float) -> float:
        return x0 + (v - lo) / (hi - lo) * (x1 - x0)

    aria = title or "intervals of the claims on one axis"
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{esc(aria)}" '
        'font-family="system-ui, sans-serif" font-size="11">'
    ]
    if title:
        out.append(f"<title>{esc(title)}</title>")
    out.append(
        f'<rect x="{x0}" y="{top - 4}" width="{x1 - x0}" height="{height - top - 4}" '
        'fill="#f7f8fa"/>'
    )
    for t in nice_ticks(lo, hi):
        x = sx(t)
        out.append(
            f'<line class="grid" x1="{x:.2f}" y1="{top - 6}" x2="{x:.2f}" y2="{height - 8}" '
            'stroke="#d9dde3" stroke-width="1"/>'
        )
        out.append(
            f'<text x="{x:.2f}" y="{top - 10}" text-anchor="middle" fill="#555">'
            f"{esc(_compact(t))}</text>"
        )
    units = {c.unit for c in claims}
    if len(units) == 1 and (unit := units.pop()):
        out.append(
            f'<text class="unit" x="4" y="{top - 10}" text-anchor="start" '
            f'fill="#555">axis: {esc(_UNIT_NAMES.get(unit, unit))}</text>'
        )
    if not claims:
        out.append(f'<text x="{x0}" y="{top + 14}" fill="#555">no claims</text>')
    for row, claim in enumerate(claims):
        out += _row(
            claim, top + row * row_height + row_height / 2, sx, x0, x1, states.get(claim.id)
        )
    out.append("</svg>")
    return "".join(out)


def _row(
    claim: Claim,
    y: float,
    scale: Callable[[float], float],
    x0: float,
    x1: float,
    state: str | None,
) -> list[str]:
    fill = FILL.get(state, FILL[None])
    low, high, value = finite(claim.low), finite(claim.high), finite(claim.value)
    tip = (
        f"{claim.document}: \u201c{' '.join(claim.text.split())}\u201d, "
        f"value {fmt_value(claim.value, claim.unit)}, interval {claim_interval(claim)}"
    )
    cls = f"bar {state}" if state else "bar"
    parts = [
        f'<g class="row"><title>{esc(tip)}</title>',
        f'<text x="{LABEL_WIDTH}" y="{y + 4:.2f}" text-anchor="end" fill="#222">'
        f"{esc(_label(claim))}</text>",
    ]
    xa = scale(low) if low is not None else x0
    xb = scale(high) if high is not None else x1
    if low is not None and high is not None and xb - xa < 3:
        mid = (xa + xb) / 2
        parts.append(
            f'<rect class="{cls} tick" data-claim="{esc(claim.id)}" x="{mid - 1.5:.2f}" '
            f'y="{y - 8:.2f}" width="3" height="16" fill="{fill}"/>'
        )
    else:
        dash = ' fill-opacity="0.55"' if low is None and high is None else ""
        parts.append(
            f'<rect class="{cls}" data-claim="{esc(claim.id)}" x="{xa:.2f}" y="{y - 5:.2f}" '
            f'width="{max(xb - xa, 0):.2f}" height="10" rx="2" fill="{fill}"{dash}/>'
        )
        if high is None:
            parts.append(
                f'<polygon class="arrow" points="{x1:.2f},{y - 8:.2f} {x1 + ARROW:.2f},{y:.2f} '
                f'{x1:.2f},{y + 8:.2f}" fill="{fill}"/>'
            )
        if low is None:
            parts.append(
                f'<polygon class="arrow" points="{x0:.2f},{y - 8:.2f} {x0 - ARROW:.2f},{y:.2f} '
                f'{x0:.2f},{y + 8:.2f}" fill="{fill}"/>'
            )
    if value is not None:
        xv = scale(value)
        if x0 - ARROW <= xv <= x1 + ARROW:
            parts.append(
                f'<line class="value" x1="{xv:.2f}" y1="{y - 7:.2f}" x2="{xv:.2f}" '
                f'y2="{y + 7:.2f}" stroke="#111" stroke-width="1.5"/>'
            )
    parts.append("</g>")
    return parts
