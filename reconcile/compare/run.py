"""The entry point: groups of claims in, findings out."""

from __future__ import annotations

import multiprocessing
import os
import struct
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
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
    one_word_for_one_thing,
    representative_pairs,
    signed_alike,
)
from reconcile.compare.sentences import sentence_findings
from reconcile.compare.summary import dedupe_document_pairs, merge_linked, summarize
from reconcile.compare.sums import sum_findings
from reconcile.compare.verdicts import demote_scattered, verdicts
from reconcile.compare.wording import title_end
from reconcile.config import Settings
from reconcile.forking import fork_safe

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from reconcile.compare.context import Pending


class Ready:
    """What comparison reads of a run before its groups (:func:`ready`): the claims as it
    weighs them (orders of magnitude left out, times anchored, qualifiers taken) by id, and
    the context of the judgements before the groups' members join it."""

    __slots__ = ("by_id", "claims", "ctx")

    def __init__(self, claims: list[Claim], by_id: dict[str, Claim], ctx: Ctx) -> None:
        self.claims, self.by_id, self.ctx = claims, by_id, ctx


def ready(
    claims: list[Claim],
    settings: Settings | None = None,
    documents: list[Document] | None = None,
    focus: set[str] | None = None,
) -> Ready:
    """The part of :func:`compare_groups` that reads no group: worked out while grouping runs
    in another process (``reconcile.pipeline``), or by ``compare_groups`` itself."""
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
    return Ready(claims, by_id, ctx)


def compare_groups(
    groups: list[Group],
    claims: list[Claim],
    settings: Settings | None = None,
    documents: list[Document] | None = None,
    focus: set[str] | None = None,
    progress: Callable[[str], None] | None = None,
    processes: int = 1,
    before: Ready | None = None,
) -> list[Finding]:
    """All findings for ``groups`` of ``claims``, the same for the input in any order.

    ``focus``: document ids; when given, only findings that involve one of them are made (the
    pre-publish check compares a draft with its sources, not the sources with each other).
    ``processes``: with 2 or more, a report of many groups judges about half of them in a
    forked child process (the findings are the same: see :func:`judged`). ``before``: what
    :func:`ready` gave for the same claims, settings, documents and focus (worked out here
    when not given).
    """
    settings = settings or Settings()
    got = before or ready(claims, settings, documents, focus)
    claims, by_id, ctx = got.claims, got.by_id, got.ctx
    in_title = ctx.in_title
    # each group's members as comparison weighs them (units made common, headlines' times),
    # all before any pair is judged, so that a judgement reading claims of other groups sees
    # the same claims whichever group is judged first (and in whichever process)
    prepared = [_members(g, by_id, in_title, settings) for g in groups]
    for members in prepared:
        ctx.by_id.update((c.id, c) for c in members)
    ordered = sorted(claims, key=lambda c: c.id)
    in_focus = ordered if focus is None else [c for c in ordered if c.document in focus]
    extra: list[Finding] = []

    def beside() -> None:
        """The findings of no group's pairs: read from the claims and ``ctx`` as it stands
        before any group is judged (what judging adds to it are memos of pure answers, which
        these fill or read alike, and per-group state, which they do not read), so made
        while a forked child judges groups (see :func:`judged`), not after both."""
        extra.extend(
            rate_findings(ordered, ctx)
            + conversion_findings(in_focus, ctx)
            + sentence_findings(in_focus, ctx)
            + sum_findings(in_focus, ctx)
            + move_findings(ordered, ctx, {i: g.id for g in groups for i in g.claims})
        )

    findings: list[Finding] = []
    for found in judged(groups, prepared, ctx, focus, progress, processes, beside):
        findings += found
    findings += currency_findings(groups, ctx, focus)
    findings = merge_linked(findings, by_id)
    if focus is not None:
        extra = [f for f in extra if any(by_id[i].document in focus for i in f.claims)]
    findings += extra
    off = {k for k, v in settings.severity.items() if v == "off"}
    findings = [f for f in findings if f.kind not in off]
    findings.sort(key=lambda f: (SEVERITY_RANK[f.severity], f.kind, f.claims))
    return [f.model_copy(update={"id": f"f{i + 1}"}) for i, f in enumerate(findings)]


def _members(
    g: Group, by_id: dict[str, Claim], in_title: set[str], settings: Settings
) -> list[Claim]:
    """The group's claims as comparison weighs them: sorted by id, a headline's figure taking
    its body's time, units made common across the group, signs alike."""
    members = sorted((by_id[i] for i in g.claims if i in by_id), key=lambda c: c.id)
    members = headlines_take_body_times(members, in_title, settings.tolerance)
    return signed_alike(
        common_count_unit(one_word_for_one_thing(common_measure_unit(common_time_unit(members))))
    )


def judged(
    groups: list[Group],
    prepared: list[list[Claim]],
    ctx: Ctx,
    focus: set[str] | None,
    progress: Callable[[str], None] | None = None,
    processes: int = 1,
    beside: Callable[[], None] | None = None,
) -> list[list[Finding]]:
    """Each group's findings, in the order of ``groups`` (see :func:`judge_group`).
    ``beside``, when given, is run once before this process judges a group (after the fork:
    meanwhile the child takes the groups).

    A report of at least ``PARALLEL_GROUPS`` groups, given 2 ``processes`` where forking is
    safe, is judged by this process and a forked child together: each takes the next group
    neither has taken, the costliest first (:class:`Tickets`), until none is left, so that
    both end about together however far a group's cost is from its count of pairs. A group's
    findings depend only on the group and on ``ctx`` as it stands before any group is judged
    (what judging adds to ``ctx`` is memos of pure answers and per-group state that each
    group resets), so either process makes the same findings for it, in any order. If the
    child fails, the groups it took are judged here."""
    tickets = Tickets.of(_by_cost(prepared)) if _may_fork(len(groups), focus, processes) else None
    if tickets is None:
        return _judged(groups, prepared, ctx, focus, progress, None, beside)
    from reconcile.claims.parse import sharing

    with sharing():  # the two processes' new parses, each made once (see parse.sharing)
        return _judged(groups, prepared, ctx, focus, progress, tickets, beside)


def _judged(
    groups: list[Group],
    prepared: list[list[Claim]],
    ctx: Ctx,
    focus: set[str] | None,
    progress: Callable[[str], None] | None,
    tickets: Tickets | None,
    beside: Callable[[], None] | None,
) -> list[list[Finding]]:
    """:func:`judged` with the ``tickets`` it made (None: every group judged here)."""
    child = _fork_judge(tickets, groups, prepared, ctx, focus) if tickets is not None else None
    mine: Iterable[int] = range(len(groups))
    if tickets is not None:
        if child is not None:
            mine = tickets
        else:
            tickets.close()
    if beside is not None:
        beside()
    out: dict[int, list[Finding]] = {}
    for done, n in enumerate(mine):
        if progress is not None and done % 50 == 0 and done:
            progress(f"comparing: {done} of {len(groups)} groups")
        out[n] = judge_group(groups[n], prepared[n], ctx, focus)
    if tickets is not None:
        tickets.close()
    got = _receive(child) if child is not None else None
    out.update((n, found) for n, found in (got or {}).items() if n not in out)
    return [
        out[n] if n in out else judge_group(g, members, ctx, focus)
        for n, (g, members) in enumerate(zip(groups, prepared, strict=True))
    ]


PARALLEL_GROUPS = 64  # groups of a report before a forked second process pays for itself


def _may_fork(groups: int, focus: set[str] | None, processes: int) -> bool:
    """A report (a check judges only a draft's pairs), enough groups, a second CPU, and a
    process where forking is safe (:func:`reconcile.forking.fork_safe`)."""
    return focus is None and processes >= 2 and groups >= PARALLEL_GROUPS and fork_safe()


def _by_cost(prepared: list[list[Claim]]) -> list[int]:
    """The groups' indexes, the costliest first: cost counted in pairs judged (all pairs up to
    ``EXACT_MAX`` members, above that about four a member)."""

    def cost(n: int) -> int:
        return n * (n - 1) // 2 if n <= EXACT_MAX else 4 * n

    return sorted(range(len(prepared)), key=lambda i: (-cost(len(prepared[i])), i))


class Tickets:
    """Group indexes shared by two processes, each taken by one of them: written in order into
    a pipe before the fork, each read as 4 bytes (a pipe's reader takes them whole, one reader
    at a time), none left once the pipe is empty. Nothing is locked: a process that dies takes
    no other's ticket with it."""

    TICKET = struct.Struct("<I")

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def of(cls, order: list[int]) -> Tickets | None:
        """Tickets for ``order``; None when the pipe cannot be made or cannot hold them all
        (some 16,000 in a pipe of 64 KB)."""
        data = b"".join(cls.TICKET.pack(n) for n in order)
        try:
            r, w = os.pipe()
        except OSError:
            return None
        try:
            os.set_blocking(w, False)
            written = os.write(w, data) if data else 0
        except OSError:
            written = -1
        os.close(w)
        if written != len(data):
            os.close(r)
            return None
        return cls(r)

    def __iter__(self) -> Iterator[int]:
        while self._fd is not None:
            got = os.read(self._fd, self.TICKET.size)
            if len(got) != self.TICKET.size:
                return
            yield self.TICKET.unpack(got)[0]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def _fork_judge(
    tickets: Tickets,
    groups: list[Group],
    prepared: list[list[Claim]],
    ctx: Ctx,
    focus: set[str] | None,
) -> tuple[multiprocessing.process.BaseProcess, Connection] | None:
    """A forked child judging the groups whose ``tickets`` it takes; None when it cannot
    start."""
    context = multiprocessing.get_context("fork")
    try:
        mine, theirs = context.Pipe(duplex=False)
        args = (theirs, tickets, groups, prepared, ctx, focus)
        process = context.Process(target=_judge_to, args=args, daemon=True)
        process.start()
    except (OSError, ValueError):
        return None
    theirs.close()
    return process, mine


def _judge_to(
    conn: Connection,
    tickets: Tickets,
    groups: list[Group],
    prepared: list[list[Claim]],
    ctx: Ctx,
    focus: set[str] | None,
) -> None:
    """In the child: the findings of the groups whose tickets it took, by group index, and the
    parses it made (which the parent stores with the run's, as if it had made them:
    ``parse.adopt``)."""
    from reconcile.claims import parse

    parse.fresh()  # (the parent's, from before the fork)
    try:
        found = {n: judge_group(groups[n], prepared[n], ctx, focus) for n in tickets}
        conn.send((found, parse.packed(parse.fresh())))
    except Exception:  # the parent judges the groups itself (and raises there, if it must)
        pass
    conn.close()


def _receive(
    child: tuple[multiprocessing.process.BaseProcess, Connection],
) -> dict[int, list[Finding]] | None:
    """The child's findings; None when it died or sent nothing."""
    from reconcile.claims import parse

    process, conn = child
    try:
        found, parses = conn.recv()
    except (EOFError, OSError, ValueError, TypeError):
        found, parses = None, {}
    conn.close()
    process.join()
    parse.adopt(parses)
    return found


def judge_group(g: Group, members: list[Claim], ctx: Ctx, focus: set[str] | None) -> list[Finding]:
    """The findings of one group: its pairs judged, then a report's one verdict for the group
    or a check's findings for each figure of the draft."""
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
    deduped = dedupe_document_pairs(found, ctx.by_id, focus, ctx.in_title)
    if focus is None:  # a report: one verdict per group
        return verdicts(g, members, deduped, ctx)
    # a check: one finding per figure of the draft and kind of disagreement
    return [p.finding() for p in summarize(deduped, ctx, focus)]
