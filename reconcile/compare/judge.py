"""The verdict on one pair of claims of a group: agreement, a conflict, or a difference of scope."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Group, Severity, rate_unit
from reconcile.compare.arithmetic import chain_reconciles
from reconcile.compare.context import Pending
from reconcile.compare.conversions import unit_symbol, unstated_scales
from reconcile.compare.currencies import two_currencies, unstated_rate
from reconcile.compare.intervals import (
    digit_slip,
    dot_grouped,
    far_apart,
    inverted_conversion,
    maxima_differ,
    miscopied,
    overlaps,
    qualifier_collision,
    same_unit,
    scale_slip,
    slipped_scale,
    tallies_differ,
    tally_counts,
    unit_slip,
)
from reconcile.compare.news_day import day_of_another_act, lead_session, news_relation
from reconcile.compare.revisions import (
    caps_side_by_side,
    comparable_in_one_source,
    says_revision,
    source_reports_both,
)
from reconcile.compare.rules import (
    SESSIONS,
    STRICT,
    daily,
    day_level,
    evolving,
    moments_apart,
    one_off,
    rules,
    undated_blocks,
)
from reconcile.compare.scope import (
    apart,
    one_counted_thing,
    one_named_thing,
    one_noun_narrowed,
    one_period,
    one_quote,
    one_unnamed_count,
    same_update,
    shared_tally,
)
from reconcile.compare.wording import fmt, fmt_interval
from reconcile.time.values import (
    TimeRelation,
    is_weekday_only,
    parse,
    relate,
    within,
)

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx


def judge(a: Claim, b: Claim, group: Group, ctx: Ctx) -> Pending | None:
    """The finding for one pair of claims in a group, or None when they agree."""
    tol = ctx.settings.tolerance
    # units as read and as written (a measurement's were brought to the group's unit: see
    # selection.common_measure_unit)
    # counts of two nouns are weighed as one count when their phrases name one thing ("24
    # Stormhawk jets", "36 Stormhawk aircraft": see scope.one_named_thing)
    # and when the parse puts both nouns in one slot of one act ("arrested two suspects" /
    # "arrested three men": see scope.one_counted_thing), and a number with no noun of its own
    # against a count of a noun ("climbed to 4.8 million" / "4.1 million visits": see
    # scope.one_unnamed_count)
    named = (
        {a.kind, b.kind} <= {"count", "number"}
        and a.unit != b.unit
        and not (rate_unit(a.unit) or rate_unit(b.unit))  # a rate's unit names its base
        # and population whole ("per 10,000 prepaid line")
        and (
            one_noun_narrowed(a, b)
            or one_named_thing(a, b)
            or one_counted_thing(a, b, ctx)
            or one_unnamed_count(a, b, ctx)
            or miscopied(a, b)  # "employs 740 workers" / "the loss of 470 jobs": one figure
            # copied wrong, whatever noun each source counts it by
        )
    )
    written = (
        named or a.kind == b.kind == "physical" or same_unit(a.mention.unit, b.mention.unit, a, b)
    )
    if not ((named or same_unit(a.unit, b.unit, a, b)) and written):
        if (in_two := two_currencies(a, b, group, ctx)) is not None:
            return in_two
        return _points_against_percent(a, b, group, ctx)
    ia, ib = ctx.iv(a), ctx.iv(b)
    maxima = maxima_differ(a, b, tol)
    # two tallies meet only when both counts do: "won 3-1" and "won 3-2" are two results
    met = overlaps(ia, ib) and not tallies_differ(a, b)
    if met and a.qualifier not in STRICT and b.qualifier not in STRICT and not maxima:
        return None  # the common case, decided before any wording is built
    unnamed = (group.metric or "").lower() in rules().unnamed_metrics
    if unnamed and not miscopied(a, b, MISCOPIED_OVER_TIME):
        return None  # "four months", "three years": what they measure is not known (but
        # "1:52.07" / "1:52.70" is one time copied wrong, whatever it measures)
    rel = relate(a.when, b.when)
    if rel.same is None and ctx.news and (on_news := news_relation(a, b, ctx)) is not None:
        rel = on_news  # an undated market figure is its article's news day's
    if (
        rel.same is None
        and ctx.lead_weekdays
        and (lead := lead_session(a, b, group.metric, ctx)) is not None
    ):
        rel = lead  # two undated market figures of one weekday's news: one session's
    if (
        rel.same is None
        and a.document != b.document
        and (a.when is None or b.when is None)
        and daily(group.metric)
        and one_quote(a, b, ctx)
    ):
        rel = TimeRelation(True, 0)  # a move and its price told by both: one session's
    if (
        rel.same is None
        and ctx.days
        and not one_off(group.metric)  # one deal, one repair's length: whichever day told it
        and (earlier := _written_before(a, b, ctx)) is not None
    ):
        rel = earlier  # an article cannot report a day after its own
    if (
        rel.same is None
        and not _span_of_years(a, b, group.metric)
        and (past := _recalled(a, b, ctx)) is not None
    ):
        rel = past  # "her 2.34 of 2019" is not the undated figure of this story's year
    if (
        rel.same is False
        and one_off(group.metric)
        and ((day_level(a.when) and day_level(b.when)) or within(a.when, b.when))
    ):
        # one deal reported on two days is still one deal; one stoppage placed in its month by
        # one source and in its quarter by another is still one stoppage
        rel = TimeRelation(None)
    if rel.same is False and _day_of_its_week(a, b, group.metric):
        rel = TimeRelation(None)  # "set on Monday" / "decided last week": one act
    if rel.same is False and _one_update(a, b, ctx):
        rel = TimeRelation(None)  # an article's day set on an undated figure is no evidence
        # against the other's stated day when the two sentences share another figure
    if rel.same is False and one_period(a, b):
        rel = TimeRelation(None)  # "in its first year" on Tuesday, "in year one" a week later:
        # one period's figure, whatever day each article gave it
    if a.document == b.document and not comparable_in_one_source(a, b, rel.same, ctx):
        return None
    label = group.label

    def src() -> str:
        # the focus document (a draft under check) speaks first
        x, y = (b, a) if b.document in ctx.focus and a.document not in ctx.focus else (a, b)
        qx, qy = ctx.q(x), ctx.q(y)
        if x.when or y.when or x.id in ctx.news or y.id in ctx.news:
            return (
                f'{x.document} says "{qx}" ({ctx.when_words(x)}) and {y.document} says '
                f'"{qy}" ({ctx.when_words(y)})'
            )
        return f'{x.document} says "{qx}" and {y.document} says "{qy}"'

    details: dict[str, int | float | str | None] = {}

    def pending(
        kind: str, severity: Severity, wording: Callable[[], str], reason: str = ""
    ) -> Pending:
        if a.document == b.document:
            severity = "info"  # one source's own two figures: worth a look, never an alarm
        return Pending(
            kind, severity, group, {a.id, b.id}, wording, details, (a.id, b.id), reason=reason
        )

    if maxima:
        sessions = a.session is not None and b.session is not None and a.session != b.session
        sessions = sessions or moments_apart(a, b, group.metric)
        if rel.same is False or sessions or a.document == b.document:
            return None
        if "range" in (a.qualifier, b.qualifier):
            cap, spread = (b, a) if a.qualifier == "range" else (a, b)
            return pending(
                "qualifier_conflict",
                ctx.severity("qualifier_conflict"),
                lambda: (
                    f"{label}: {src()}; {cap.document} gives a maximum of {fmt(cap.value)} and "
                    f"{spread.document} a range that reaches above it "
                    f"({fmt_interval(spread, tol)}): they cannot both give the top of one "
                    "estimate."
                ),
                "maxima",
            )
        if (kept_apart := apart(a, b, group.metric, ctx)) is not None:
            return pending(  # two caps of two scopes: "5% of daily turnover", "10% of revenue"
                "different_scope",
                ctx.severity("different_scope", "different_scope_far"),
                lambda: f"{label}: {src()}; the figures differ, but {kept_apart.why}.",
                kept_apart.reason,
            )
        if (both := caps_side_by_side(a, b, ctx)) is not None:
            return pending(  # two caps side by side: "$500 for consumers; for businesses $2,000"
                "different_scope",
                ctx.severity("different_scope", "different_scope_far"),
                lambda: (
                    f"{label}: {src()}; the figures differ, but {both} gives both maxima "
                    "itself: two caps of two scopes."
                ),
                "reports both",
            )
        return pending(
            "qualifier_conflict",
            ctx.severity("qualifier_conflict"),
            lambda: (
                f"{label}: {src()}; both give a maximum, {fmt(a.value)} against "
                f"{fmt(b.value)}, and a maximum is one figure: they cannot both be right."
            ),
            "maxima",
        )
    if met:
        if rel.same is False or not qualifier_collision(a, b, tol, ctx.in_title):
            return None
        if a.document != b.document and ctx.is_earlier(a) != ctx.is_earlier(b):
            # "beyond the previously announced 380 billion": the precise figure is the earlier
            # mark the bound goes past, as the other source's "beyond 380 billion" says too
            return None
        if (kept_apart := apart(a, b, group.metric, ctx)) is not None:
            return pending(
                "different_scope",
                ctx.severity("different_scope", "different_scope_far"),
                lambda: f"{label}: {src()}; the figures differ, but {kept_apart.why}.",
                kept_apart.reason,
            )
        if (rated := unstated_rate(a, b, ctx)) is not None:  # a conversion is not that precise
            return pending(
                "different_scope",
                ctx.severity("different_scope", "different_scope_far"),
                lambda: f"{label}: {src()}; the figures differ, but {rated}.",
                "unstated rate",
            )
        bound, exact = (a, b) if a.qualifier in STRICT else (b, a)
        return pending(
            "qualifier_conflict",
            ctx.severity("qualifier_conflict"),
            lambda: (
                f"{label}: {src()}; the qualifier puts one figure strictly "
                f"{'above' if bound.qualifier == 'over' else 'below'} {fmt(bound.value)} while "
                f"the other states {fmt(exact.value)} exactly, so they cannot both hold."
            ),
        )
    bases = [(a, ctx.base(a)), (b, ctx.base(b))]
    have_bases = bases[0][1] is not None and bases[1][1] is not None
    if have_bases:
        for c, base in bases:
            details[f"implied_base:{c.id}"] = round(base, 4)  # type: ignore[arg-type]

    def base_text() -> str:
        if not have_bases:
            return ""
        return "; the implied previous values are " + " and ".join(
            f"{fmt(base)} ({c.document})"
            for c, base in bases  # type: ignore[arg-type]
        )

    def scoped(
        reason: str, wording: Callable[[], str], key: str = "different_scope_far"
    ) -> Pending:
        return pending("different_scope", ctx.severity("different_scope", key), wording, reason)

    # a figure the text gives as an earlier value ("from 4.50%") or as a revision ("cut its
    # reported profit to ...") is of another vintage than a plain figure of another source
    for marked, reason, what in (
        (ctx.is_earlier, "earlier value", "an earlier value, not the current one"),
        (ctx.is_revised, "revised value", "a revision of an earlier one"),
    ):
        if a.document != b.document and marked(a) != marked(b):
            doc = (a if marked(a) else b).document
            return scoped(
                reason,
                lambda doc=doc, what=what: (
                    f"{label}: {src()}; the figures differ, but {doc} gives its figure as "
                    f"{what}{base_text()}."
                ),
            )
    # one amount converted at two rates: "$48 million (₹4 billion)" against "$49 million"
    if (rated := unstated_rate(a, b, ctx)) is not None:
        return scoped(
            "unstated rate",
            lambda: f"{label}: {src()}; the figures differ, but {rated}{base_text()}.",
        )
    sessions_differ = a.session is not None and b.session is not None and a.session != b.session
    moments = not sessions_differ and moments_apart(a, b, group.metric)
    scope_differs = rel.same is False or sessions_differ or moments
    if a.document != b.document and slipped_scale(a, b) is not None:
        # "£4.72bn" one day and "£4.72 million" the next: a slipped scale word, not a
        # change over time; the slip's finding below says so whatever days they are given for
        scope_differs, rel = False, TimeRelation(True)
    if a.document != b.document and miscopied(a, b, MISCOPIED_OVER_TIME):
        # "4,862 nests" one day and "4,682 nests" the next: two digits swapped, which no
        # change over time explains either
        scope_differs, rel = False, TimeRelation(True)
    # Days known only by weekday name, a day apart: the figure may be misdated, so the
    # difference is worth a warning. Calendar dates that differ are an informational note.
    # A running total (a toll, the area burned) is expected to move from one day to the next.
    near = (
        scope_differs
        and not moments
        and rel.days is not None
        and rel.days <= rules().near_days
        and (is_weekday_only(a.when) or is_weekday_only(b.when))
        and not evolving(group.metric)
        and "pre-listing" not in (a.session, b.session)  # a grey-market quote is no misdated close
    )
    # A source that gives both figures itself explains a difference that the days do not.
    if (
        a.document != b.document
        and (near or not scope_differs)
        and (both := source_reports_both(a, b, ctx))
    ):
        said = says_revision(both, a, b, ctx)
        details["revision"] = "stated" if said else "not stated"
        why = (
            "so the difference is a revision or a change over time"
            if said
            else "without saying that one revises the other: two quantities under one name, "
            "or a source contradicting itself"
        )
        return scoped(
            "reports both",
            lambda: (
                f"{label}: {src()}; the figures differ, but {both} gives both figures itself, "
                f"{why}{base_text()}."
            ),
        )
    # the sentences may say the two figures are not one measurement (see scope.apart); days a
    # day apart that may be misdated are still worth their warning unless they do
    if (not scope_differs or near) and (set_apart := apart(a, b, group.metric, ctx)):
        return scoped(
            set_apart.reason,
            lambda: f"{label}: {src()}; the figures differ, but {set_apart.why}{base_text()}.",
        )
    if scope_differs:
        why = (
            "the days differ"
            if rel.same is False
            else f"they were quoted at different times of the session ({a.clock} and {b.clock})"
            if moments
            else f"one is {SESSIONS.get(a.session or '', a.session)}, the other "
            f"{SESSIONS.get(b.session or '', b.session)}"
        )
        if near and chain_reconciles(a, b, ctx.by_id, tol):
            near = False
            why += ", and one day's figure is the base the other's change implies"
        elif near and (echo := _day_echoed(a, b, ctx)) is not None:
            near = False  # a timeline the two sources agree on, not a misdated figure
            why += f", and {echo}"
        return scoped(
            why,
            lambda: f"{label}: {src()}; the figures differ, but {why}{base_text()}.",
            "different_scope_near" if near else "different_scope_far",
        )
    if rel.same is None and undated_blocks(a, b, group.metric) and not _undated_alike(a, b, ctx):
        undated = sorted({c.document for c in (a, b) if c.when is None})
        who = (
            f"neither {undated[0]} nor {undated[1]} says"
            if len(undated) > 1
            else (f"{undated[0]} does not say")
        )
        return scoped(
            "undated",
            lambda: (
                f"{label}: {src()}; the figures differ, but {who} which day its figure is for"
                f"{base_text()}."
            ),
        )
    # the same significant digits a power of ten apart: one figure slipped, however far apart
    factor = digit_slip(a, b)
    if factor is None and far_apart(a, b) and unit_slip(a, b):
        # "45 hectares" / "45 square kilometres": one number, two units, too far apart to be
        # one figure rounded (a nearer pair, "50 km/h" / "50 mph", is a plain mismatch)
        return pending(
            "scale_mismatch",
            ctx.severity("scale_mismatch"),
            lambda: (
                f"{label}: {src()}; the figures give the same number in two units of one "
                f"measure, {a.mention.unit} and {b.mention.unit}: one source likely has the "
                "unit wrong."
            ),
            "unit slip",
        )
    if factor is None and far_apart(a, b) and (turned := inverted_conversion(a, b)):
        # "6,800 hectares" / "2,750 acres": one figure converted the wrong way round
        return pending(
            "scale_mismatch",
            ctx.severity("scale_mismatch"),
            lambda: (
                f"{label}: {src()}; one figure is the other converted the wrong way round "
                f"between {a.mention.unit} and {b.mention.unit} (divided by {fmt(turned)} "
                "instead of multiplied, or the reverse): one source likely has the conversion "
                "wrong."
            ),
            "conversion inverted",
        )
    if factor is None and far_apart(a, b):
        return scoped(
            "far apart",
            lambda: (
                f"{label}: {src()}; the figures are more than {fmt(rules().unrelated_ratio)} "
                f"times apart, more likely two different quantities under one name than a "
                f"disagreement."
            ),
        )
    if (reconciled := unstated_scales(a, b, tol)) is not None:
        return scoped(
            "scale not given",
            lambda: (
                f"{label}: {src()}; the figures differ, but neither gives its scale of degrees: "
                f"{reconciled}{base_text()}."
            ),
        )
    slip = (
        "a misplaced decimal point or scale word" if factor else "a likely slip between scale words"
    )
    factor = factor or scale_slip(a, b, tol)
    if factor is not None and dot_grouped(a, b, factor):
        return None  # "215.900 RMB" is 215,900 written with dots
    if factor is not None:
        details["factor"] = factor
        return pending(
            "scale_mismatch",
            ctx.severity("scale_mismatch"),
            lambda: (
                f"{label}: {src()}; the figures agree but for a factor of {fmt(factor)}, {slip}."
            ),
        )
    direction = ""
    if a.value * b.value < 0:
        direction = "; they disagree even on the direction"
    # measurements written in two units are weighed in one (selection.common_measure_unit):
    # the intervals say which
    in_unit = ""
    if a.kind == b.kind == "physical" and a.mention.unit != b.mention.unit:
        in_unit = f" {unit_symbol(a)}"
    ta, tb = tally_counts(a), tally_counts(b)
    if ta is not None and tb is not None:  # a tally is shown whole: "3-1 against 3-2"
        shown = f"{ta[0]}-{ta[1]} against {tb[0]}-{tb[1]}"
    else:
        shown = f"{fmt_interval(a, tol)}{in_unit} against {fmt_interval(b, tol)}{in_unit}"
    return pending(
        "value_mismatch",
        ctx.severity("value_mismatch"),
        lambda: f"{label}: {src()}; these cannot both hold ({shown}){direction}{base_text()}.",
    )


MISCOPIED_OVER_TIME = 3  # significant digits of a slip of typing no change over time explains


def _written_before(a: Claim, b: Claim, ctx: Ctx) -> TimeRelation | None:
    """Two different days when one figure has no stated day and its article was written
    before the day the other figure is dated to ("9 helicopters were on the fire" in
    Tuesday's article, "13 on Thursday" in Friday's): an article reports no later day's
    figure. Not when the later day dates another act than the figure's, named in a clause that
    describes a noun ("surveyors who went up on Thursday found a third of the roof gone", "the
    survey, published on Friday, says two-fifths of the farmland flooded": see
    news_day.day_of_another_act): the earlier article may well report the same past fact.
    None otherwise."""
    for x, y in ((a, b), (b, a)):
        written = ctx.days.get(x.document)
        if x.when is not None or written is None or y.when is None:
            continue
        w = parse(y.when)
        if w.kind == "day" and w.first is not None and w.first > written:
            if day_of_another_act(y):
                continue  # "engineers who went in on Wednesday found a third of it gone"
            return TimeRelation(False, (w.first - written).days)
    return None


def _span_of_years(a: Claim, b: Claim, metric: str | None) -> bool:
    """A one-off length ([time_sensitive] one_off) dated to a year whose sentence names two
    years ("from 2016 to March 2024, nearly eight years"): the year ends the span the figure
    measures, not a past event it recalls, and an undated length of the same thing ("lasted
    more than ten years") is weighed against it. A length of a past event of one year ("in
    2019, when repairs took 30 days") is still that year's."""
    if not one_off(metric):
        return False
    for x, y in ((a, b), (b, a)):
        if x.when is None and y.when is not None and len(set(_YEARS.findall(y.sentence))) >= 2:
            return True
    return False


_YEARS = re.compile(r"(?<![\w.,$£€-])(?:19|20)\d\d(?![\w%-]|[.,]\d)")


def _recalled(a: Claim, b: Claim, ctx: Ctx) -> TimeRelation | None:
    """Two different times when one figure has no stated day and the other is dated to a
    year at least two years before its article's (or, with no article's day known, the
    coverage's) year: a story gives its own figures undated and dates the past ones it
    recalls ("cleared 2.34m in June 2019" against "cleared 2.36m"). A year just before
    stays comparable (last year's annual figure is often reported undated), and so does an
    undated figure whose own sentence names that year ("the old mark, from 2019"; "grew by
    12,400 residents since 2014"): it is of that past too. None otherwise."""
    for x, y in ((a, b), (b, a)):
        if x.when is not None or y.when is None:
            continue
        year = ctx.years.get(x.document) or ctx.coverage
        last = parse(y.when).last
        if (
            year is not None
            and last is not None
            and last.year <= year - 2
            and str(last.year) not in x.sentence
        ):
            return TimeRelation(False, (dt.date(year, 1, 1) - last).days)
    return None


def _day_of_its_week(a: Claim, b: Claim, metric: str | None) -> bool:
    """One figure is dated to a day and the other to the week that holds it ("the council set
    a 6% rent rise on Monday" / "rents go up 4%, the council decided last week"): a week
    names no more than when one act took place, and the two are weighed as one act's figures.
    Not for a figure that moves from day to day ([time_sensitive] daily and evolving: a
    share's move of one day is not its move over the week, a toll grows within a week)."""
    if daily(metric) or evolving(metric) or not within(a.when, b.when):
        return False
    wa, wb = parse(a.when or ""), parse(b.when or "")
    return {wa.kind, wb.kind} == {"day", "period"} and "week" in (wa.unit, wb.unit)


def _one_update(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """One figure's day is only its article's (the text leaves it undated: a running total,
    see news_day.anchor_times), and its sentence shares another figure with the other's
    ("4,215 in shelters and 2,627 unsheltered" in May's article; "4,215 in shelters and 2,267
    unsheltered on the night of 28 January"): the two sentences give one update of the count,
    and the article's later day does not set the figures apart. The shared figure must be
    distinctive (four significant digits or more): "three" or "2026" in both sentences does not
    make one update (with any shared figure, or one around the sentences as scope.same_update
    takes it: three conflicts more, three false alarms more)."""
    if a.id not in ctx.article_dated and b.id not in ctx.article_dated:
        return False
    return a.document != b.document and shared_tally(a, b, ctx)


def _undated_alike(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Neither text dates its figure: one is dated only by its article's day (a running total,
    see news_day.anchor_times), the other is undated in an article of no known day, and their
    sentences give one update of the count (they share another figure: "12 missing" and "12
    still missing", see scope.same_update). The articles' days cannot set them apart, so
    they are weighed as one update's figures. Without a shared figure the undated article may
    be of a later update ("has since climbed to 310"): the excuse stands (measured on
    2026-12-04: without that condition, one false alarm more on the real coverage)."""
    for x, y in ((a, b), (b, a)):
        if x.id in ctx.article_dated and y.when is None and y.document not in ctx.years:
            return same_update(a, b, ctx)
    return False


def _points_against_percent(a: Claim, b: Claim, group: Group, ctx: Ctx) -> Pending | None:
    """A change in percentage points reported by another source as a percent change."""
    units = {a.mention.unit, b.mention.unit}  # as written, before any reading of the context
    if units != {"percent", "percentage_point"} or "change" not in (a.role, b.role):
        return None
    if not overlaps(ctx.iv(a), ctx.iv(b)):
        return None  # different numbers: a relative change may well match a point change
    if a.document == b.document:
        return None
    pts, pct = (a, b) if a.mention.unit == "percentage_point" else (b, a)
    return Pending(
        "value_mismatch",
        ctx.severity("value_mismatch"),
        group,
        {a.id, b.id},
        lambda: (
            f'{group.label}: {pts.document} says "{ctx.q(pts)}" (percentage points) and '
            f'{pct.document} says "{ctx.q(pct)}" (percent); a change of {fmt(pts.value)} '
            f"points is not a {fmt(pct.value)}% change, so one source has the unit wrong."
        ),
        {},
    )


def _day_echoed(a: Claim, b: Claim, ctx: Ctx) -> str | None:
    """How the two sources agree day by day, when one of them also gives the other's day a
    figure in the same unit that the other's meets (one source: "31.6GW on Wednesday"; the
    other: "30.2GW on Thursday", and "Wednesday's 31.6GW" too): two days' figures that both
    sources agree on, not one figure misdated. None when neither does."""
    for x, y in ((a, b), (b, a)):
        for c in ctx.claims_of(y.document):
            if c.id == y.id or c.unit != x.unit or c.role != x.role:
                continue
            if relate(c.when, x.when).same and overlaps(ctx.iv(c), ctx.iv(x)):
                return f'{y.document} gives {x.document}\'s day the same figure ("{ctx.q(c)}")'
    return None
