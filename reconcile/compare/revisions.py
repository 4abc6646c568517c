"""One source that gives two figures for one quantity: whether it explains them (a revision, an
earlier value)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reconcile.claims.models import Claim
from reconcile.claims.when import (
    is_exact_date,
    relate,
)
from reconcile.compare.intervals import overlaps
from reconcile.compare.rules import rules

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
    """A source that gives both figures itself (a revision, an earlier count) explains them."""
    for mine, other in ((a, b), (b, a)):
        key = (mine.document, other.unit, ctx.iv(other), other.when)  # sources share figures
        found = ctx.reports.get(key)
        if found is None:  # the first two of the source's claims that match ``other``
            found = ctx.reports[key] = [
                c.id
                for c in ctx.group_by_doc.get(mine.document, ())
                if c.unit == other.unit
                and overlaps(ctx.iv(c), ctx.iv(other))
                and relate(c.when, other.when).same is not False  # this year's, not next year's
            ][:2]
        if any(i != mine.id for i in found):
            return mine.document
    return None


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
