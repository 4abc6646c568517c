"""One verdict per group: how its sources line up, worded around its worst pair."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Finding, Group
from reconcile.compare.camps import camps, scattered
from reconcile.compare.intervals import miscopied
from reconcile.compare.rules import SEVERITY_RANK
from reconcile.compare.wording import NAMED, names, when_words
from reconcile.time.values import time_order

if TYPE_CHECKING:
    from reconcile.compare.camps import Camp
    from reconcile.compare.context import Ctx, Pending


def _lineup(kept: list[Camp], ctx: Ctx) -> str:
    """How the sources line up, or "" when two sources disagree (the pair's wording says it)."""
    n = len({d for k in kept for d in k.docs})
    if len(kept) < 2 or n < 3:
        return ""
    first, second = kept[0], kept[1]

    def said(k: Camp) -> str:
        return f'{names(k.docs)} ("{ctx.q(k.head)}")'

    if len(first.docs) > len(second.docs):
        odd = sorted({d for k in kept[1:] for d in k.docs})
        shown = "; ".join(said(k) for k in kept[1 : 1 + NAMED])
        more = f"; and {len(kept) - 1 - NAMED} other figures" if len(kept) - 1 > NAMED else ""
        verb = "disagrees" if len(odd) == 1 else "disagree"
        return (
            f"{len(first.docs)} of {n} sources agree on {first.head.text} "
            f"({names(first.docs)}); {len(odd)} {verb}: {shown}{more}"
        )
    if all(len(k.docs) == 1 for k in kept):
        shown = "; ".join(said(k) for k in kept[:NAMED])
        more = f"; and {len(kept) - NAMED} more" if len(kept) > NAMED else ""
        return f"no two of the {n} sources agree: {shown}{more}"
    shown = "; ".join(f"{k.head.text} ({names(k.docs)})" for k in kept[:NAMED])
    more = f"; and {len(kept) - NAMED} smaller camps" if len(kept) > NAMED else ""
    return f"the {n} sources split into {len(kept)} camps: {shown}{more}"


_TIMELINE_REASONS = ("the days differ", "one is ")
SCATTERED = "no two sources agree"
_FAR = 0.1
_SCATTERED_WHY = (
    "with no two agreeing, they are more likely figures of different things, places or moments "
    "than errors in all but one source: check what each measures"
)


def demote_scattered(found: list[Pending], members: list[Claim], ctx: Ctx) -> None:
    """Pairs of a time at which no two of three or more sources agree (``camps.scattered``)
    and whose figures lie far apart (the larger exceeds the smaller by more than
    ``_FAR`` of itself) become info notes that say so: the spread is evidence that the group
    mixes quantities. Two figures of such a time that lie close ("48.2%" and "48.4%",
    "1,183,400 votes" and "more than 1.2 million") are slips of rounding or copying of one
    figure, and stay conflicts; so do two figures one slip of typing or of scale apart
    ("6.8 million" / "8.6 million", "£2.9m" / "£29m": ``intervals.miscopied``, a
    ``scale_mismatch``), one figure copied wrong. A draft under check (``ctx.focus``) is not
    a source: its figure must agree with one, however the sources scatter, so its pairs are
    kept. The group's camps are worked out only when some pair is an alarm."""
    if all(p.severity == "info" for p in found):
        return
    spread = scattered(members, ctx)
    for p in found:
        if p.severity == "info" or not all(i in spread for i in p.pair):
            continue
        if any(ctx.by_id[i].document in ctx.focus for i in p.pair):
            continue
        a, b = (ctx.by_id[i] for i in p.pair[:2])
        if abs(a.value - b.value) <= _FAR * max(abs(a.value), abs(b.value)):
            continue
        if p.kind == "scale_mismatch" or miscopied(a, b):
            continue  # one figure copied wrong ("£2.9m" / "£29m", "6.8m" / "8.6m"), however
            # the other sources scatter: a slip, not a third quantity
        n, said = spread[p.pair[0]], p.wording

        def wording(said: Callable[[], str] = said, n: int = n) -> str:
            told = said().removesuffix(".")
            return f"{told}. No two of the {n} sources agree on it; {_SCATTERED_WHY}."

        p.wording, p.severity, p.reason = wording, "info", SCATTERED


def _timeline(pending: list[Pending], ctx: Ctx) -> str:
    """Figures of different days or sessions, in time order: "Mon: HK$138.0 (a); ..."."""
    claims = [
        ctx.by_id[i] for i in sorted({i for p in pending for i in p.claims}) if i in ctx.by_id
    ]
    slots: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        slots[(c.when or "", c.session or "")].append(c)
    parts = []
    for (when, session), cs in sorted(slots.items(), key=lambda s: (time_order(s[0][0]), s[0])):
        cs.sort(key=lambda c: c.id)
        figures = ", ".join(dict.fromkeys(c.text for c in cs))
        label = when_words(when or None) + (f", {session}" if session else "")
        parts.append(f"{label}: {figures} ({names(sorted({c.document for c in cs}))})")
    shown = "; ".join(parts[:6]) + (f"; and {len(parts) - 6} more" if len(parts) > 6 else "")
    return f"the figures form a timeline ({shown}); they differ, but their days or sessions differ"


def verdicts(g: Group, members: list[Claim], pending: list[Pending], ctx: Ctx) -> list[Finding]:
    """One finding for a group: how its sources line up, worded around its worst pair.

    The pairs of sources in disagreement stay in the finding's ``evidence``; the finding names
    the claims of the pairs at its own severity (an info note: every pair's).
    """
    if not pending:
        return []
    # of notes alone, that no two sources agree speaks first: it says why the others differ
    pending.sort(key=lambda p: (SEVERITY_RANK[p.severity], p.reason != SCATTERED, p.kind, p.pair))
    head = pending[0]
    worst = [p for p in pending if p.severity == head.severity]
    claims = sorted({i for p in worst for i in p.claims})
    details: dict[str, int | float | str | None] = dict(head.details)
    involved = [ctx.by_id[i] for i in claims if i in ctx.by_id]
    details["sources"] = len({c.document for c in involved})
    details["pairs"] = len(pending)
    label = g.label
    rest = head.wording().removeprefix(f"{label}: ")
    if head.reason == SCATTERED:
        spread = {i for p in pending if p.reason == SCATTERED for i in p.pair}
        kept = camps([c for c in involved if c.id in spread], ctx)
        lineup = _lineup(kept, ctx)  # "" for two sources: the pair's own wording says it
        message = f"{label}: {lineup}; {_SCATTERED_WHY}." if lineup else head.wording()
    elif head.severity == "info" and all(p.reason.startswith(_TIMELINE_REASONS) for p in worst):
        message = f"{label}: {_timeline(worst, ctx)}." if len(worst) > 1 else head.wording()
    elif head.severity == "info":
        others = len(worst) - 1
        tail = f" The same goes for {others} other pair{'s' if others != 1 else ''} of sources."
        message = head.wording() + (tail if others else "")
    else:
        # the lineup is told for the time of the worst pair; other times are counted
        slot = {(ctx.by_id[i].when, ctx.by_id[i].session) for i in head.pair if i in ctx.by_id}
        here = [c for c in involved if (c.when, c.session) in slot]
        kept = _agreeing(here, members, ctx)
        lineup = _lineup(kept, ctx)
        details["camps"] = len(kept)
        elsewhere = {c.document for c in involved} - {d for k in kept for d in k.docs}
        if lineup and elsewhere:
            lineup += (
                f"; {len(elsewhere)} more source{'s' if len(elsewhere) != 1 else ''} disagree "
                "for other days or sessions"
            )
        message = f"{label}: {lineup}; for instance, {rest}" if lineup else head.wording()
        named = {c.document for c in involved} | {d for k in kept for d in k.docs}
        message += _far_others(pending, named, any(len(k.docs) > 1 for k in kept), ctx)
    return [
        Finding(
            id="",
            kind=head.kind,  # type: ignore[arg-type]
            severity=head.severity,
            group=g.id,
            claims=claims,
            message=message,
            details=details,
            evidence=[p.as_evidence() for p in pending],
        )
    ]


def _far_others(pending: list[Pending], named: set[str], agreeing: bool, ctx: Ctx) -> str:
    """The sources of pairs demoted as scattered (``demote_scattered``) that the alarm's own
    wording (its lineup's sources, ``named``) leaves out: two close figures still conflict
    while a third source's lies far from both, and the reader should see it ("1 more source
    gives a figure far from these: c.txt ("9,200")"). When the lineup has sources that agree
    (``agreeing``), the note does not say that no two agree."""
    far: dict[str, list[str]] = defaultdict(list)
    for p in pending:
        if p.reason != SCATTERED:
            continue
        for i in p.pair:
            c = ctx.by_id.get(i)
            if c is not None and c.document not in named and c.text not in far[c.document]:
                far[c.document].append(c.text)
    if not far:
        return ""
    shown = "; ".join(f'{d} ("{", ".join(far[d])}")' for d in sorted(far)[:NAMED])
    n = len(far)
    gives = "sources give figures" if n != 1 else "source gives a figure"
    why = (
        "check what each measures"
        if agreeing
        else "no two of the sources agree, so check what each measures"
    )
    return f" {n} more {gives} far from these: {shown}; {why}."


def _agreeing(involved: list[Claim], members: list[Claim], ctx: Ctx) -> list[Camp]:
    """The camps of the figures in disagreement, with every other source of the group that gives
    one of them for the same time (or with no time, where they have none)."""
    whens = {c.when for c in involved}
    docs = {c.document for c in involved}
    ids = {c.id for c in involved}
    pool = list(involved) + [
        c
        for c in members
        if c.id not in ids
        and c.document not in docs
        and c.when in whens
        and c.id not in ctx.in_title
    ]
    found = camps(pool, ctx)
    # only camps that hold a figure in disagreement (a member alone agrees with nobody here)
    return [k for k in found if any(c.id in ids for c in k.claims)]
