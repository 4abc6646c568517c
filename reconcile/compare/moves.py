"""A change one source states against the change another source's pair of figures implies.

"The Greens won 15 seats, up by seven" against another source's "took 15 seats, up from 10": a
move from 10 to 15 is a gain of five, not seven. A source gives a *move* when one sentence holds
a figure and the earlier value it moved from ("up from 10", "compared with £355 million": see
``Ctx.is_earlier``); a source *states a change* when a figure is itself the size of a move (a
claim of role change, or a figure its parse hangs on a comparative, "9 per cent lighter", "a
week longer", or on a noun of change, "an increase of £75m", "a 0.6-point jump").

The two are weighed only when their sentences share a figure of one quantity (two claims of one
group that agree): the stated change's sentence gives the level, the base or the change in the
other measure that the move's sentence gives ("won 15 seats" beside "took 15 seats"). A change
in the move's own unit is weighed against the difference, a percent change against the ratio,
and a change in points of a percent against the difference in points; a move whose own sentence
states the change too is weighed through that figure (the finding sets the two stated changes
against each other). Only magnitudes are weighed: the direction is often read from words the
parse does not tie to the figure.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Finding
from reconcile.compare.context import pair_finding
from reconcile.compare.intervals import overlaps
from reconcile.compare.scope import parsed_figure
from reconcile.compare.wording import fmt
from reconcile.units import DAYS_OF_UNIT

if TYPE_CHECKING:
    from spacy.tokens import Token

    from reconcile.compare.context import Ctx

# nouns and verbs whose object or modifier is the size of a move ("an increase of £75m", "a
# 0.6-point jump", "up by seven", "shedding 13g")
CHANGE_WORDS = frozenset(
    {
        "increase", "rise", "gain", "jump", "growth", "climb", "surge", "hike", "overrun",
        "decrease", "fall", "drop", "decline", "cut", "reduction", "slump", "shed",
        "up", "down",
    }
)  # fmt: skip
POINTS = frozenset({"percentage_point", "point"})


def move_findings(claims: list[Claim], ctx: Ctx, group_of: dict[str, str]) -> list[Finding]:
    """Each stated change that the move of another source's figures contradicts."""
    sentences: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.sentence:
            sentences[(c.document, c.sentence)].append(c)
    moves = [m for cs in sentences.values() if (m := _move(cs, ctx)) is not None]
    if not moves:
        return []
    out: list[Finding] = []
    seen: set[tuple[str, ...]] = set()
    for (doc, _), cs in sorted(sentences.items()):
        for change in cs:
            if not _states_change(change, ctx):
                continue
            others = [x for x in cs if x.id != change.id]
            for move in moves:
                if move[0].document == doc or not _shared(change, others, move, group_of, ctx):
                    continue
                f = _weigh(change, *move, ctx)
                if f is not None and tuple(f.claims) not in seen:
                    seen.add(tuple(f.claims))
                    out.append(f)
    return out


def _move(cs: list[Claim], ctx: Ctx) -> tuple[Claim, Claim, list[Claim]] | None:
    """The move one sentence gives: its one figure from an earlier value, the earlier value, and
    the sentence's other figures (a change it states too); None unless exactly one earlier value
    has exactly one figure of its unit beside it."""
    steady = [c for c in cs if c.role != "change"]
    if len(steady) < 2:
        return None  # no earlier value with a level beside it (asked of the text only when)
    earlier = [c for c in steady if ctx.is_earlier(c)]
    if len(earlier) != 1:
        return None
    base = earlier[0]
    levels = [
        c
        for c in cs
        if c.id != base.id
        and c.role != "change"
        and c.mention.unit == base.mention.unit
        and c.unit == base.unit
        and c.value != base.value
    ]
    if len(levels) != 1 or not _bounded(base) or not _bounded(levels[0]):
        return None
    level = levels[0]
    said = [c for c in cs if c.id not in (base.id, level.id)]
    return level, base, said


def _bounded(c: Claim) -> bool:
    return c.low is not None and c.high is not None


def _states_change(c: Claim, ctx: Ctx) -> bool:
    """Whether the figure is the size of a move: a change, or a figure its parse hangs on a
    comparative or a word of change."""
    if ctx.is_earlier(c) or c.qualifier == "up_to":
        return False
    if c.role == "change":
        return True
    if c.role != "level":
        return False
    span = parsed_figure(c)
    return span is not None and _change_head(span.root)


def _change_head(t: Token) -> bool:
    """The figure's number hangs on a comparative ("9 per cent lighter", "£12,500 more") or on a
    word of change ("an increase of £75m", "a 0.6-point jump", "up by seven")."""
    while t.dep_ in ("nummod", "quantmod", "compound") and t.head.i != t.i:
        t = t.head
    head = t.head
    if t.dep_ == "npadvmod" and head.tag_ in ("JJR", "RBR"):
        return True
    if t.dep_ == "pobj" and head.lower_ in ("of", "by") and head.head.i != head.i:
        return head.head.lemma_.lower() in CHANGE_WORDS
    if t.dep_ in ("amod", "nmod", "dobj") and head.i != t.i:
        return head.lemma_.lower() in CHANGE_WORDS and head.i != t.i
    return False


def _shared(
    change: Claim,
    others: list[Claim],
    move: tuple[Claim, Claim, list[Claim]],
    group_of: dict[str, str],
    ctx: Ctx,
) -> bool:
    """Whether the stated change's sentence shares a figure with the move's sentence, in the
    same part: two claims of one group that agree, both the level, both the earlier value, or
    both a stated change that the move bears out (a sentence of two moves, "up 0.6% from
    September and 3.8% on the year", gives no anchor through the change of the other move). A
    sentence that gives its change its own earlier value, another than the move's, measures
    another move. The shared figure must stand in the stated change's clause: "sales fell by
    2.1%, and homes are taking longer to sell, 41 days" ties the fall to sales, not to the
    41 days."""
    level, base, said = move
    if any(ctx.is_earlier(x) and x.unit == base.unit and not _agree(x, base, ctx) for x in others):
        return False
    for x in others:
        gx = group_of.get(x.id)
        if gx is None or not _one_clause(change, x):
            continue
        for y in (level, base, *said):
            if group_of.get(y.id) != gx or not _agree(x, y, ctx):
                continue
            if y is level and not ctx.is_earlier(x) and x.role != "change":
                return True
            if y is base and ctx.is_earlier(x):
                return True
            if y is not level and y is not base and x.role == y.role == "change":
                implied = _implied(y, level, base, ctx, anchor=True)
                size = _magnitude(ctx.iv(y), _scale(y, level))
                if implied is not None and size is not None and overlaps(size, implied[:2]):
                    return True
    return False


def _one_clause(a: Claim, b: Claim) -> bool:
    """Whether two figures of one sentence stand in one clause: the path between them in the
    parse passes no conjoined verb with a subject of its own ("sales fell by 2.1%, and homes
    are taking longer to sell")."""
    sa, sb = parsed_figure(a), parsed_figure(b)
    if sa is None or sb is None:
        return False
    up_a, up_b = _ancestors(sa.root), _ancestors(sb.root)
    common = next((t for t in up_a if t.i in {u.i for u in up_b}), None)
    if common is None:
        return False
    for path in (up_a, up_b):
        for t in path:
            if t.i == common.i:
                break
            if t.dep_ == "conj" and any(ch.dep_ in ("nsubj", "nsubjpass") for ch in t.children):
                return False
    return True


def _ancestors(t: Token) -> list[Token]:
    """The token and its heads up to the root of its sentence."""
    out = [t]
    while t.head.i != t.i:
        t = t.head
        out.append(t)
    return out


def _agree(x: Claim, y: Claim, ctx: Ctx) -> bool:
    return x.unit == y.unit and overlaps(ctx.iv(x), ctx.iv(y))


def _weigh(change: Claim, level: Claim, base: Claim, said: list[Claim], ctx: Ctx) -> Finding | None:
    implied = _implied(change, level, base, ctx)
    if implied is None:
        return None
    low, high, what = implied
    stated = _magnitude(ctx.iv(change), _scale(change, level))
    if stated is None or overlaps(stated, (low, high)):
        return None
    # the move's sentence may state the change in the same unit: set the two statements apart
    theirs = [
        c
        for c in said
        if c.unit == change.unit
        and c.mention.unit == change.mention.unit
        and (m := _magnitude(ctx.iv(c), 1.0)) is not None
        and overlaps(m, (low, high))
    ]
    ids = {change.id, theirs[0].id} if len(theirs) == 1 else {change.id, level.id, base.id}
    message = (
        f'{change.document} says "{ctx.q(change)}", but {level.document} gives the move as from '
        f'"{base.text}" to "{level.text}" ("{ctx.q(level)}"), {what} of about '
        f"{fmt((low + high) / 2)}: the two cannot both hold."
    )
    return pair_finding(
        "arithmetic", ctx.severity("arithmetic"), None, change, level, message, {}
    ).model_copy(update={"claims": sorted(ids)})


def _scale(change: Claim, level: Claim) -> float:
    """What one unit of the change is worth in the level's unit (a week in days)."""
    if change.unit in DAYS_OF_UNIT and level.unit in DAYS_OF_UNIT:
        return DAYS_OF_UNIT[change.unit] / DAYS_OF_UNIT[level.unit]
    return 1.0


def _magnitude(iv: tuple[float, float], k: float) -> tuple[float, float] | None:
    """The size of a signed interval, times ``k``; None when it holds zero."""
    lo, hi = iv[0] * k, iv[1] * k
    if lo <= 0 <= hi:
        return None
    return (lo, hi) if lo > 0 else (-hi, -lo)


def _implied(
    change: Claim, level: Claim, base: Claim, ctx: Ctx, anchor: bool = False
) -> tuple[float, float, str] | None:
    """The size of the move in the stated change's measure, as an interval, and its name.
    A percent change of role change is weighed only as an anchor (``anchor``: the move's own
    sentence states it), never as a contradiction: "revenue of $7.2bn, up 13%" is often on
    another base than the move's (a year against a quarter)."""
    (l_lo, l_hi), (b_lo, b_hi) = ctx.iv(level), ctx.iv(base)
    cu, lu = change.unit, level.unit
    written = change.mention.unit
    if written == level.mention.unit and any(
        overlaps(ctx.iv(change), ctx.iv(x)) for x in (level, base)
    ):
        return None  # "brings its rate to 4.5%": a level read as a change, not a move's size
    if lu == "percent" or cu in POINTS:
        if written not in POINTS or lu != "percent":
            return None  # "rose 0.4%" of a rate: a relative change or loose points
        return _difference(l_lo - b_hi, l_hi - b_lo)
    if cu == lu or (cu in DAYS_OF_UNIT and lu in DAYS_OF_UNIT):
        return _difference(l_lo - b_hi, l_hi - b_lo)
    if cu == "percent" and written == "percent":
        if (change.role == "change" and not anchor) or b_lo <= 0:
            return None
        got = _magnitude(((l_lo / b_hi - 1) * 100, (l_hi / b_lo - 1) * 100), 1.0)
        return None if got is None else (*got, "a change in percent")
    return None


def _difference(low: float, high: float) -> tuple[float, float, str] | None:
    got = _magnitude((low, high), 1.0)
    return None if got is None else (*got, "a difference")
