"""One source that gives two figures for one quantity: whether it explains them (a revision, an
earlier value)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim
from reconcile.compare.intervals import overlaps
from reconcile.compare.rules import rules
from reconcile.time.values import (
    is_exact_date,
    relate,
)

FAR_BOUND = 2.0  # how many times past an open bound a figure lies when the bound does not give it
_MODAL = re.compile(r"\b(?:may|might|could|would)\s+(?:[A-Za-z-]+\s+){0,3}$", re.IGNORECASE)

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx


def comparable_in_one_source(a: Claim, b: Claim, same: bool | None, ctx: Ctx) -> bool:
    """One source's two figures: only body figures of the same day, neither an earlier value."""
    if a.sentence == b.sentence or not (same and is_exact_date(a.when)):
        return False
    if a.id in ctx.in_title or b.id in ctx.in_title:
        return False
    text = ctx.texts.get(a.document, "")
    pattern = rules().earlier_value
    return not any(pattern.search(text[max(0, c.span[0] - 48) : c.span[0]]) for c in (a, b))


def source_reports_both(a: Claim, b: Claim, ctx: Ctx) -> str | None:
    """A source that gives both figures itself (a revision, an earlier count) explains them.

    Both figures: besides its own, a figure that matches the other source's, of another number
    than its own. A source that writes its number twice, once with a qualifier and once without
    (a headline's "14.9 million" over the body's "more than 14.9 million"), gives one figure,
    not two, though the plain one meets the other source's.

    An editor matches each figure to the other source's figure told the same way. When the
    source's own figure is told by the same word as the other source's ("priced its shares at
    $21" / "priced its shares at $26"), and its figure that meets the other's is told by another
    word that the other source also uses for a figure of its own ("a range of $18 to $20" /
    "above the $18-20 range"), the source's two figures are two quantities that both sources
    give, and the pair sets one of them side by side: the meeting figure explains nothing, and
    the pair is weighed (see :func:`told_by`). A meeting figure told by a word the other source
    never uses still explains the pair ("a $61 billion deal", "$69 billion with debt" against
    "a $69 billion deal": the other source may mean the larger quantity)."""
    for mine, other in ((a, b), (b, a)):
        key = (mine.document, other.unit, ctx.iv(other), other.when)  # sources share figures
        found = ctx.reports.get(key)
        if found is None:  # the source's claims that match ``other``
            found = ctx.reports[key] = [
                c.id
                for c in ctx.group_by_doc.get(mine.document, ())
                if c.unit == other.unit
                and overlaps(ctx.iv(c), ctx.iv(other))
                and relate(c.when, other.when).same is not False  # this year's, not next year's
            ]
        givers = [ctx.by_id[i] for i in found if i != mine.id]
        givers = [c for c in givers if _gives(c, mine, other, ctx)]
        if givers and (said := told_by(other)) is not None and told_by(mine) == said:
            # like for like: a figure of this source told another way gives the other source's
            # figure only when the other source has no figure of its own told that way (a figure
            # told by no word the parse finds still gives it)
            told = ctx.group_by_doc.get(other.document, ())
            theirs = {told_by(d) for d in told if d.id != other.id} - {None}
            givers = [c for c in givers if told_by(c) == said or told_by(c) not in theirs]
        if givers or _part_given(mine, other, ctx):
            return mine.document
    return None


def _part_given(mine: Claim, other: Claim, ctx: Ctx) -> bool:
    """Whether the sentence of ``mine`` gives ``other``'s figure as a part of its own ("58
    whales had stranded, including 46 pilot whales" against "46 pilot whales had stranded"):
    a count after "including" is a part (its role a share, so in no group of levels), and the
    other source's level is that part, not a rival of the whole."""
    if other.role != "level" or other.kind != "count":
        return False
    return any(
        c.id != mine.id and c.role == "share" and c.kind == "count" and c.value == other.value
        for c in ctx.sentence_of(mine)
    )


def caps_side_by_side(a: Claim, b: Claim, ctx: Ctx) -> str | None:
    """The source of one of two maxima that gives the other's cap right beside its own
    (:func:`_beside`): two caps of two scopes ("Customers may claim up to £800. For shops the
    cap is £3,000."), not one cap told two ways. (Counted for every pair of figures, not only
    two maxima, such a figure excused real conflicts: measured 2026-12-07 over 42 sets, -13
    found and -10 false alarms; a source's other figure of the same unit beside its own is as
    often a quantity the other source did not mean.)"""
    for mine, other in ((a, b), (b, a)):
        if _beside(mine, other, ctx):
            return mine.document
    return None


_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'’”)]|$)")
BESIDE = 240  # characters between a source's figure and its other figure told right beside it


def _beside(mine: Claim, other: Claim, ctx: Ctx) -> bool:
    """Whether the source of ``mine`` gives ``other``'s figure, of the same subject and unit
    though under another name, in ``mine``'s sentence or the one next to it ("Consumers may
    claim up to $500. For businesses the limit is $2,000." against another source's $2,000):
    the source sets its two figures side by side as two quantities (two groups, two bounds),
    and the other source's figure is the one it gives beside its own. Not a bound far from the
    other's figure (see :func:`_gives`), nor an earlier value the other gives as current
    ("4,320 stations, up from 3,100" against "now maintains 3,100": a stale figure)."""
    if mine.subject is None or mine.subject != other.subject:
        return False
    text = ctx.texts.get(mine.document, "")
    for c in ctx.claims_of(mine.document):
        if c.id == mine.id or c.unit != other.unit or c.subject != mine.subject:
            continue
        if abs(c.span[0] - mine.span[0]) > BESIDE or c.value == mine.value:
            continue
        low, high = ctx.iv(c)
        if c.role != mine.role or not low <= other.value <= high:
            continue  # (the figure itself: a cap's interval is open below)
        if relate(c.when, other.when).same is False:
            continue  # "2.6% this year and 2.1% next year" gives no "2.1% this year"
        if not _gives(c, mine, other, ctx) or ctx.is_earlier(c) != ctx.is_earlier(other):
            continue  # a far bound ("far below the 36,000 it aims for") gives no figure; an
            # earlier value ("4,320, up from 3,100") is not the other's current figure
        lo, hi = sorted((mine.span[1], c.span[1]))
        if len(_SENTENCE_END.findall(text[lo:hi])) <= 1:
            return True
    return False


_THROUGH = frozenset(("nummod", "quantmod", "compound", "amod", "nmod", "appos", "conj", "cc"))
_TOLD: dict[tuple[str, str], str | None] = {}
_TOLD_MAX = 100_000


def told_by(c: Claim) -> str | None:
    """The word that tells what a figure is, in the parse of its sentence: the verb or noun
    its number attaches to, through a preposition ("priced its shares at $21": price; "opened
    at $29.40": open; "a range of $18 to $20": range; "a market value of $6 billion": value;
    "closed 4% higher": close). None when the parse ties the figure to no such word."""
    key = (c.sentence, c.text)
    if key in _TOLD:
        return _TOLD[key]
    from reconcile.compare.scope import parsed_figure

    word: str | None = None
    span = parsed_figure(c)
    if span is not None:
        t = span.root
        while t.dep_ in _THROUGH and t.head.i != t.i:
            t = t.head
        head = t.head
        if t.dep_ == "pobj" and head.dep_ == "prep" and head.head.i != head.i:
            head = head.head
        if head.i != t.i and head.pos_ in ("VERB", "NOUN", "AUX", "ADJ"):
            word = head.lemma_.lower()
    if len(_TOLD) >= _TOLD_MAX:
        _TOLD.clear()
    _TOLD[key] = word
    return word


def _gives(c: Claim, mine: Claim, other: Claim, ctx: Ctx) -> bool:
    """Whether ``c`` is a figure of its own beside ``mine`` that gives ``other``: another number,
    and not an open bound far from ``other``. When ``mine`` and ``other`` are both earlier
    values (two sources' figures for the reference event of a superlative, "the largest since
    a 6.9-magnitude tremor" and "since one of magnitude 7.2"), a current figure of the source
    ("a 6.9-magnitude tremor hit on Friday") does not give the other's earlier one.

    A bound more than FAR_BOUND times below (or above) the other source's figure, "at least 36
    vessels" beside 421, "more than 100 hurt" beside "at least 211", admits it without giving
    it: the source's own figure then stands against the other's. A bound near the figure
    ("more than $2B" beside $2.1B) still gives it: near bounds had kept apart figures of two
    quantities under one name (leaving out every bound, measured on 2026-12-04: two conflicts
    more on blind-2026-12-04f, seven false alarms more on the real coverage). So does a far
    bound when either figure of the pair is a speculation ("may leave 2,500 dead", "could
    reach 10,000"): the bound is then the count so far, the speculation's floor.

    An expected, forecast or polled figure ("analysts had expected it to raise between €2bn
    and €2.5bn") gives no outcome: it does not give another source's plain figure, which then
    stands against the source's own outcome. An earlier value under a word of aiming ("aims to
    cut the deficit to 2.8% from 3.4%") is no expectation: its "from" figure still gives it."""
    if c.value == mine.value:
        return False
    if _expected(c, ctx) and not _expected(other, ctx) and not ctx.is_earlier(c):
        return False  # "analysts expected €2bn to €2.5bn" gives no outcome: another quantity
    if ctx.is_earlier(mine) and ctx.is_earlier(other) and not ctx.is_earlier(c):
        return False  # two reference figures ("the strongest since a 6.9"): not the current one
    if (c.low is None) == (c.high is None):
        return True  # a closed interval: a figure of its own
    near, far = sorted((abs(c.value), abs(other.value)))
    if far <= FAR_BOUND * near:
        return True
    return any(_speculative(x, ctx) for x in (mine, other))


def _expected(c: Claim, ctx: Ctx) -> bool:
    """Whether ``c`` is given as an expectation, a forecast, a target, a poll's figure or a
    possibility (see scope.expectation)."""
    from reconcile.compare.scope import _expectation_of

    return _expectation_of(c, ctx)


def _speculative(c: Claim, ctx: Ctx) -> bool:
    """Whether a modal verb right before the figure makes it a speculation ("could reach")."""
    text = ctx.texts.get(c.document, "")
    return bool(_MODAL.search(text[max(0, c.span[0] - 40) : c.span[0]]))


def says_revision(doc: str, a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Whether ``doc``, which gives both figures of a pair, says one revises or follows the
    other: a word of [revision] in the sentence of one of its figures that match ``a`` or
    ``b`` ("revised", "earlier", "later", "up from", "initially")."""
    pattern = rules().revision
    for c in ctx.group_by_doc.get(doc, ()):
        if not (overlaps(ctx.iv(c), ctx.iv(a)) or overlaps(ctx.iv(c), ctx.iv(b))):
            continue
        if pattern.search(c.sentence or ctx._lead(c, 80)):
            return True
    return False
