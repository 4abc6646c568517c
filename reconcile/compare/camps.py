"""Camps: the claims of a group whose intervals meet, link by link, give one figure."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim
from reconcile.compare.intervals import far_apart, overlaps, tally_counts

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
        if (spread := _no_two_agree(here, ctx, least)) is not None:
            out.update((c.id, spread) for c in here)
    # A figure of no stated day may stand at any dated time of its session: with the figures
    # of one such time it may make a time at which no two sources agree ("30% below parity" and
    # "up 15% in a month" beside "a quarter more than in June"). Such a time marks only the
    # figures no other source gives anywhere in the group: a figure another source confirms
    # (the same 83 containers on another day) is one figure of the story, not a stray. A
    # figure more than ``unrelated_ratio`` times from every other source's of the time is
    # another quantity already ("two firefighters" hurt beside 1,400 and 1,150 on the lines),
    # no third source that scatters.
    confirmed: set[str] | None = None
    for (when, session), dated in slots.items():
        undated = slots.get(("", session), [])
        if not when or not undated:
            continue
        here = [
            c
            for c in dated + undated
            if any(x.document != c.document and not far_apart(c, x) for x in dated + undated)
        ]
        if (spread := _no_two_agree(here, ctx, least)) is None:
            continue
        if confirmed is None:
            confirmed = _confirmed(members, ctx)
        out.update((c.id, max(spread, out.get(c.id, 0))) for c in here if c.id not in confirmed)
    return out


def _unit_of_camp(c: Claim) -> str:
    # counts of two nouns in one group count one thing ("142 homes", "142 houses")
    return "" if c.kind == "count" else c.unit


def _no_two_agree(here: list[Claim], ctx: Ctx, least: int) -> int | None:
    """The number of sources of the claims when ``least`` or more give a figure and no two of
    them agree; None otherwise."""
    sources = {c.document for c in here}
    if len(sources) < least:
        return None
    found = camps(here, ctx, _unit_of_camp)
    return len(sources) if all(len(k.docs) == 1 for k in found) else None


def _confirmed(members: list[Claim], ctx: Ctx) -> set[str]:
    """The claims whose figure another source of the group gives too, at any time (their
    camp, over the whole group, holds two sources)."""
    return {c.id for k in camps(members, ctx, _unit_of_camp) if len(k.docs) > 1 for c in k.claims}
