"""Camps: the claims of a group whose intervals meet, link by link, give one figure."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim
from reconcile.compare.intervals import overlaps, tally_counts

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx


@dataclass
class Camp:
    """Claims of a group that give one figure (their intervals meet, link by link)."""

    claims: list[Claim]
    docs: list[str]

    @property
    def head(self) -> Claim:
        return self.claims[0]


def camps(
    claims: list[Claim], ctx: Ctx, unit_of: Callable[[Claim], str] | None = None
) -> list[Camp]:
    """The figures the claims give: claims whose intervals meet (directly or through another
    claim) make one camp; tallies whose second counts differ never do. Largest first (by
    sources), then by the first claim's id; a sweep over the intervals sorted by their lower
    bound, so n log n for n claims. Claims of different units (``unit_of``, the claim's own by
    default) are never one camp."""
    out: list[Camp] = []
    # a tally's value is its first count: tallies whose second counts differ ("3-1", "3-2")
    # are two figures, kept apart by their second count
    by_unit: dict[tuple[str, int], list[Claim]] = defaultdict(list)
    for c in claims:
        counts = tally_counts(c)
        unit = c.unit if unit_of is None else unit_of(c)
        by_unit[(unit, -1 if counts is None else counts[1])].append(c)
    for _unit, cs in sorted(by_unit.items()):
        cs.sort(key=lambda c: (ctx.iv(c)[0], c.id))
        current: list[Claim] = []
        start = reach = -math.inf
        for c in cs:
            lo, hi = ctx.iv(c)
            if current and not overlaps((lo, hi), (start, reach)):
                out.append(_camp(current))
                current = []
            if not current:
                start, reach = lo, hi
            current.append(c)
            reach = max(reach, hi)
        if current:
            out.append(_camp(current))
    out.sort(key=lambda k: (-len(k.docs), k.head.id))
    return out


def _camp(claims: list[Claim]) -> Camp:
    ordered = sorted(claims, key=lambda c: c.id)
    return Camp(ordered, sorted({c.document for c in ordered}))


def scattered(members: list[Claim], ctx: Ctx, least: int = 3) -> dict[str, int]:
    """The claims of each time of a group (day and session) at which ``least`` or more sources
    give a figure and no two of them agree: each claim with the number of those sources.

    When every source gives its own figure, the likelier reading of two that lie far apart is
    that the group holds figures of different things, places or moments (a toll that rose from
    one report to the next, seats won against seats forecast) rather than that all but one
    source are wrong (see ``verdicts.demote_scattered``).
    Computed from the group's members alone, so a report and a check on one of its sources
    read the group alike.
    """
    slots: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in members:
        slots[(c.when or "", c.session or "")].append(c)
    out: dict[str, int] = {}
    for here in slots.values():
        sources = {c.document for c in here}
        if len(sources) < least:
            continue
        # counts of two nouns in one group count one thing ("142 homes", "142 houses")
        found = camps(here, ctx, lambda c: "" if c.kind == "count" else c.unit)
        if all(len(k.docs) == 1 for k in found):
            out.update((c.id, len(sources)) for c in here)
    return out
