"""The entry point: groups of claims in, findings out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import combinations
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.claims.sized import stated_by_size
from reconcile.compare.context import Ctx
from reconcile.compare.conversions import conversion_findings
from reconcile.compare.currencies import currency_findings, rate_findings
from reconcile.compare.judge import judge
from reconcile.compare.moves import move_findings
from reconcile.compare.news_day import (
    anchor_times,
    coverage_day,
    coverage_year,
    lead_weekdays,
    news_days,
    references,
)
from reconcile.compare.qualified import take_qualifiers
from reconcile.compare.rules import SEVERITY_RANK
from reconcile.compare.selection import (
    EXACT_MAX,
    common_count_unit,
    common_measure_unit,
    common_time_unit,
    headlines_take_body_times,
    representative_pairs,
    signed_alike,
)
from reconcile.compare.sentences import sentence_findings
from reconcile.compare.summary import dedupe_document_pairs, merge_linked, summarize
from reconcile.compare.sums import sum_findings
from reconcile.compare.verdicts import demote_scattered, verdicts
from reconcile.compare.wording import title_end
from reconcile.config import Settings

if TYPE_CHECKING:
    from reconcile.compare.context import Pending


def compare_groups(
    groups: list[Group],
    claims: list[Claim],
    settings: Settings | None = None,
    documents: list[Document] | None = None,
    focus: set[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> list[Finding]:
    """All findings for ``groups`` of ``claims``, the same for the input in any order.

    ``focus``: document ids; when given, only findings that involve one of them are made (the
    pre-publish check compares a draft with its sources, not the sources with each other).
    """
    settings = settings or Settings()
    docs = documents or []
    # an order of magnitude ("hundreds of homes", "tens of thousands of jobs") is grouped with
    # its quantity but held against nothing: its interval admits the figures it restates, and
    # beside them it made a source seem to give two figures (a headline's "hundreds of homes"
    # over the body's exact count, against another source's count) or met a figure of another
    # scope
    claims = [c for c in claims if not stated_by_size(c.mention)]
    refs, assumed = coverage_day(references(docs))
    undated = {c.id for c in claims if c.when is None}
    claims = anchor_times(claims, docs, refs, assumed)
    by_id = {c.id: c for c in claims}
    texts = {d.id: d.text for d in docs}
    title_ends = {d.id: title_end(d.text, d.title) for d in docs}
    in_title = {c.id for c in claims if c.span[1] <= title_ends.get(c.document, -1)}
    claims = take_qualifiers(claims, in_title)
    by_id = {c.id: c for c in claims}
    ctx = Ctx(settings, by_id, texts, in_title, frozenset(focus or ()))
    ctx.news = news_days(claims, refs)
    ctx.assumed = assumed
    # running totals their text leaves undated, dated by their article's day (anchor_times)
    ctx.article_dated = frozenset(c.id for c in claims if c.id in undated and c.when is not None)
    ctx.years = {doc: day.year for doc, day in refs.items() if day is not None}
    ctx.days = {doc: day for doc, day in refs.items() if day is not None and doc not in assumed}
    ctx.lead_weekdays = lead_weekdays(docs, refs)
    if ctx.years:
        ctx.years[""] = Counter(ctx.years.values()).most_common(1)[0][0]  # the run's year
    ctx.coverage = ctx.years.get("") or coverage_year(docs)
    findings: list[Finding] = []
    for n, g in enumerate(groups):
        if progress is not None and n % 50 == 0 and n:
            progress(f"comparing: {n} of {len(groups)} groups")
        members = sorted((by_id[i] for i in g.claims if i in by_id), key=lambda c: c.id)
        members = headlines_take_body_times(members, in_title, settings.tolerance)
        members = signed_alike(common_count_unit(common_measure_unit(common_time_unit(members))))
        ctx.by_id.update((c.id, c) for c in members)
        ctx.group_by_doc = defaultdict(list)
        ctx.reports = {}
        ctx.camp_bodies = {}
        for c in members:
            ctx.group_by_doc[c.document].append(c)
        if len(members) > EXACT_MAX:  # the same pairs for a report and a check (see there)
            pairs = iter(representative_pairs(members, ctx, focus))
            if focus is not None:
                pairs = (p for p in pairs if p[0].document in focus or p[1].document in focus)
        elif focus is None:
            pairs = combinations(members, 2)
        else:
            mine = [c for c in members if c.document in focus]
            pairs = (
                (a, b)
                for a in mine
                for b in members
                if b.document not in focus or a.id < b.id
                if a.id != b.id
            )
        found: list[Pending] = []
        for a, b in pairs:
            a, b = (a, b) if a.id < b.id else (b, a)
            f = judge(a, b, g, ctx)
            if f is not None:
                found.append(f)
        demote_scattered(found, members, ctx)
        # summarized and worded group by group, so that memory holds one group's pairs at most
        deduped = dedupe_document_pairs(found, by_id, focus, in_title)
        if focus is None:  # a report: one verdict per group
            findings += verdicts(g, members, deduped, ctx)
        else:  # a check: one finding per figure of the draft and kind of disagreement
            findings += (p.finding() for p in summarize(deduped, ctx, focus))
    findings += currency_findings(groups, ctx, focus)
    findings = merge_linked(findings, by_id)
    ordered = sorted(claims, key=lambda c: c.id)
    in_focus = ordered if focus is None else [c for c in ordered if c.document in focus]
    extra = (
        rate_findings(ordered, ctx)
        + conversion_findings(in_focus, ctx)
        + sentence_findings(in_focus, ctx)
        + sum_findings(in_focus, ctx)
        + move_findings(ordered, ctx, {i: g.id for g in groups for i in g.claims})
    )
    if focus is not None:
        extra = [f for f in extra if any(by_id[i].document in focus for i in f.claims)]
    findings += extra
    off = {k for k, v in settings.severity.items() if v == "off"}
    findings = [f for f in findings if f.kind not in off]
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.kind, f.claims))
    return [f.model_copy(update={"id": f"f{i + 1}"}) for i, f in enumerate(findings)]
