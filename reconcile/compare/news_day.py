"""Each document's day, weekday names placed on the calendar, and the news day of an undated market
figure."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Document
from reconcile.compare.rules import daily, evolving, rules
from reconcile.compare.wording import title_end
from reconcile.time.values import (
    WEEKDAY_NAMES,
    TimeRelation,
    anchor_month,
    anchor_weekday,
    dateline_date,
    header_day,
    parse,
    sessions_apart,
    told_ahead,
    trading_day,
    weekday_year,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx


def references(documents: list[Document]) -> dict[str, dt.date | None]:
    """Each document's day: its publication date, else its dateline's ("Sept. 24"), else a
    header line's weekday and day ("Updated Wednesday, Aug. 12", "DIGEST - Tuesday 3 February").
    A day without a year takes the year the run's dated documents share (for a header line, the
    year in which the day falls on the weekday it names). When no document gives a year, the
    year is the one the texts' days with weekdays point to (:func:`weekday_year`), if any."""
    years = Counter(d.published.year for d in documents if d.published)
    year = years.most_common(1)[0][0] if years else None
    if year is None:  # no article gives a year: the one its weekdays and days point to
        year = weekday_year((d.text for d in documents), dt.date.today().year + 1)
    ranked = [y for y, _n in years.most_common()] or ([year] if year is not None else [])
    return {
        d.id: d.published
        or dateline_date(d.dateline, year)
        or (header_day(d.text, ranked) if ranked else None)
        for d in documents
    }


_YEAR = re.compile(r"(?<![\w.,$£€-])(?:19|20)\d\d(?![\w.,%-])")


def coverage_year(documents: list[Document]) -> int | None:
    """The year the coverage is of when no article's day is known: the year its texts state
    most often (the later one of a tie), as a story states its own year beside the past years
    it recalls ("set in 2014", "his 2020 mark"). None when no text states a year."""
    counts = Counter(int(m.group(0)) for d in documents for m in _YEAR.finditer(d.text))
    if not counts:
        return None
    return max(counts, key=lambda y: (counts[y], y))


def coverage_day(
    refs: dict[str, dt.date | None],
) -> tuple[dict[str, dt.date | None], frozenset[str]]:
    """Coverage of one day: when two or more articles of a run are dated and all of one day, an
    undated article of the run is taken to be of that day too. Returns the days and the
    articles given the coverage's day."""
    days = {day for day in refs.values() if day is not None}
    dated = sum(day is not None for day in refs.values())
    if dated < 2 or len(days) != 1:
        return refs, frozenset()
    [day] = days
    undated = frozenset(doc for doc, got in refs.items() if got is None)
    return {doc: got or day for doc, got in refs.items()}, undated


def anchor_times(
    claims: list[Claim],
    documents: list[Document],
    refs: dict[str, dt.date | None] | None = None,
    assumed: frozenset[str] = frozenset(),
) -> list[Claim]:
    """Place weekday and month names on the calendar where the document's day
    (:func:`references`) allows: "on Tuesday" in an article of Wednesday 12 August is 11
    August, "in October" in one of 12 November 2026 is October 2026.

    An undated running total (a toll, homes destroyed) takes its article's date, unless its
    sentence puts it at another time ([news_day] in the rules: "a year earlier", "last week"),
    or the article's day is only assumed from its companions' (``assumed``, see
    :func:`coverage_day`: an undated article's toll is of a day no one stated).
    Claims whose time cannot be placed are returned unchanged.
    """
    years = Counter(d.published.year for d in documents if d.published)
    year = years.most_common(1)[0][0] if years else None
    if refs is None:
        refs = references(documents)
    pattern = rules().other_time

    def other(c: Claim) -> bool:  # "a year earlier", "last week": not the article's day
        return pattern.search(c.sentence) is not None

    title_ends = {d.id: title_end(d.text, d.title) for d in documents}
    bodies: dict[str, list[Claim]] = defaultdict(list)  # each titled document's body claims
    for c in claims:
        end = title_ends.get(c.document, -1)
        if end >= 0 and c.span[0] > end:
            bodies[c.document].append(c)
    out = []
    for c in claims:
        when = c.when
        if when is None and c.span[1] <= title_ends.get(c.document, -1):
            when = _dated_twin(c, bodies[c.document])
        ref = refs.get(c.document)
        if (
            when is None
            and ref is not None
            and c.document not in assumed
            and evolving(c.metric)
            and not other(c)
        ):
            when = ref.isoformat()  # a running total stands as of its article's date
        if ref is not None:
            ahead = told_ahead(c.sentence, when)  # "will carry a 14% levy from May"
            when = anchor_month(anchor_weekday(when, ref, ahead), ref, ahead)
            if when and when.startswith("--") and year is not None:
                when = f"{ref.year}{when[1:]}" if when[1:] == ref.strftime("-%m-%d") else when
        out.append(c if when == c.when else c.model_copy(update={"when": when}))
    return _counts_of_the_article_day(out, refs)


_BARE_UNITS = frozenset(("", "person"))  # a number written without a noun of its own


def _dated_twin(c: Claim, claims: list[Claim]) -> str | None:
    """The day its article's body (``claims``) gives a headline's undated figure: "left 260,000
    without heating" over the body's "cut the gas to 260,000 homes on Friday" is Friday's
    figure, not the article's day's. The same number in the same unit, or with no
    noun of its own on one side; None when the body gives no such figure a day, or gives it two
    different days, or only a year or a month ("€90 million to back its 2034 bid": the year
    is another thing's). (Any undated figure of the body taking its twin's day, not only a
    headline's, measured on 2026-12-06: no conflict more, three false alarms fewer, but a real
    conflict lost: a toll's undated restatement took the day of the blast its twin's sentence
    names, against another source's article day.)"""
    days = {
        o.when
        for o in claims
        if o.document == c.document
        and o.id != c.id
        and o.when is not None
        and parse(o.when).kind in ("day", "weekday", "monthday")
        and o.value == c.value
        and (o.unit == c.unit or _bare_beside(c, o) or _bare_beside(o, c))
    }
    return days.pop() if len(days) == 1 else None


def _bare_beside(c: Claim, o: Claim) -> bool:
    """Is ``c`` a number without a noun of its own, and ``o`` a count or another such number?"""
    return c.unit in _BARE_UNITS and c.kind in ("count", "number") and o.kind in ("count", "number")


def _counts_of_the_article_day(claims: list[Claim], refs: dict[str, dt.date | None]) -> list[Claim]:
    """A running total dated only by the day of the event its sentence names stands as of its
    article's day: "five have died as a result of the bridge falling on Tuesday" and "the
    toll of Tuesday's collapse has risen to seven", in articles of Wednesday and Thursday, are
    counts of those days, not of Tuesday (see :func:`event_dated`)."""
    wanted = [
        c
        for c in claims
        if (ref := refs.get(c.document)) is not None
        and evolving(c.metric)
        and (w := parse(c.when or "")).kind == "day"
        and w.first is not None
        and w.first < ref
        and c.sentence.find(c.text) >= 0
    ]
    if not wanted:
        return claims
    from reconcile.claims.parse import parse_sentences

    sentences = list(dict.fromkeys(c.sentence for c in wanted))
    docs = dict(zip(sentences, parse_sentences(sentences), strict=True))
    moved = {}
    for c in wanted:
        start = c.sentence.find(c.text)
        if event_dated(docs[c.sentence], start, start + len(c.text)):
            moved[c.id] = refs[c.document].isoformat()  # type: ignore[union-attr]
    return [c.model_copy(update={"when": moved[c.id]}) if c.id in moved else c for c in claims]


_DAY_WORDS = frozenset(
    [*(w.lower() for w in WEEKDAY_NAMES), "yesterday"]
)  # one-word days a sentence may date an event by


def _clause_verb(tok: Token) -> Token:
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def _present(verb: Token) -> bool:
    """A verb in the present or the present perfect ("have died", "has risen"): its own
    tense or an auxiliary's."""
    return any(
        "Pres" in t.morph.get("Tense")
        for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))
    )


def event_dated(doc: Doc, start: int, end: int) -> bool:
    """Is the figure at characters ``[start, end)`` a count given as it stands now, in a
    sentence whose every day word dates an event? The figure's clause is in the present or the
    present perfect ("five have now died", "the toll has risen to seven"; not
    "2,000 were evacuated during Tuesday's flood", a count of that day), and each day word is
    a possessive on a noun ("Tuesday's collapse") or stands in a clause that does not govern
    the figure ("... after the span fell on Tuesday": "fell", below "died"). A day in a clause
    above the figure ("police said on Monday that four have died") dates it. False when the
    sentence has no day word or the figure no token."""
    from reconcile.claims.parse import figure_span

    span = figure_span(doc, start, end)
    if span is None:
        return False
    verb = _clause_verb(span.root.head if span.root.head.i != span.root.i else span.root)
    if not _present(verb):
        return False  # "were evacuated during Tuesday's flood": the count of the event's day
    above = {t.i for t in span.root.ancestors} | {t.i for t in span}
    days = [t for t in doc if t.lower_ in _DAY_WORDS]
    if not days:
        return False
    for t in days:
        if t.dep_ == "poss" and t.head.pos_ in ("NOUN", "PROPN"):
            continue  # "Tuesday's collapse": the collapse's day
        if _clause_verb(t).i in above:
            return False  # the day is on a verb that governs the figure
    return True


_MODIFIER_CLAUSES = frozenset(("relcl", "acl"))  # a clause that describes a noun


def day_of_another_act(c: Claim) -> bool:
    """Does every day its sentence names date another act than the figure's? So when each day
    word (a weekday, "yesterday", a date with a month's name) stands in a clause that describes
    a noun and does not hold the figure: "the survey, published on Friday, says two-fifths of
    the farms flooded" and "inspectors who went in on Monday found half the deck gone" tell
    when the survey came out and when the inspectors went in, not the day of what the figure
    measures. False when the sentence names no such day, or the figure has no token."""
    start = c.sentence.find(c.text)
    if start < 0:
        return False
    from reconcile.claims.parse import figure_span, parse_sentences

    doc = parse_sentences([c.sentence])[0]
    span = figure_span(doc, start, start + len(c.text))
    if span is None:
        return False
    dated = {t.i for t in doc if t.lower_ in _DAY_WORDS}
    for ent in doc.ents:
        if ent.label_ == "DATE" and _MONTH_WORD.search(ent.text):
            dated.update(t.i for t in ent)
    if not dated:
        return False
    for i in dated:
        clause = next((t for t in (doc[i], *doc[i].ancestors) if t.dep_ in _MODIFIER_CLAUSES), None)
        if clause is None:
            return False  # a day of the main clause (or the figure's own)
        lo, hi = clause.left_edge.i, clause.right_edge.i
        if lo <= span.start and span.end - 1 <= hi:
            return False  # the figure stands in that clause: the day is its own
    return True


_MONTH_WORD = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$)", re.I
)


def news_days(claims: list[Claim], refs: dict[str, dt.date | None]) -> dict[str, dt.date]:
    """The news day of each undated market figure ([time_sensitive] daily) in an article whose
    day is known: the last trading session on or before that day, unless its sentence puts it at
    another time ("a year earlier", "last week", a forecast: [news_day] in the rules)."""
    out = {}
    other = rules().other_time
    for c in claims:
        if c.when is not None or not daily(c.metric):
            continue
        ref = refs.get(c.document)
        if ref is None or other.search(c.sentence):
            continue
        out[c.id] = trading_day(ref)
    return out


_LEAD_LINES = 4  # a header and a lead: the lines that say which day an article's news is of
_WEEKDAY_WORD = re.compile(r"\b(" + "|".join(WEEKDAY_NAMES) + r")\b")


def lead_weekdays(documents: list[Document], refs: dict[str, dt.date | None]) -> dict[str, int]:
    """The weekday (0 for Monday) of each article of no known day whose header and lead name
    one weekday and no other ("Radio news, Tuesday evening"; "the shares' plunge on Monday"):
    the day its news is of, though no calendar date says which week. Articles of a known day
    are left out (:func:`news_days` places their figures)."""
    out = {}
    for d in documents:
        if refs.get(d.id) is not None:
            continue
        lines = [line for line in d.text.splitlines() if line.strip()][:_LEAD_LINES]
        named = {m.group(1) for line in lines for m in _WEEKDAY_WORD.finditer(line)}
        if len(named) == 1:
            out[d.id] = WEEKDAY_NAMES.index(named.pop())
    return out


def lead_session(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> TimeRelation | None:
    """One session when two undated market figures ([time_sensitive] daily) are of one
    weekday's news, and at least one of them is dated only by the weekday its article's lead
    names (:func:`lead_weekdays`): "the benchmark slid 3.1%" in Thursday's morning bulletin and
    "stocks ended 2.2% lower" in an article of Thursday 9 July, or two articles whose leads tell
    of Monday's rout, report one session's move. A figure that its sentence puts at another
    time ("a year earlier", a forecast: [news_day] in the rules) has no such day; nor does a
    figure whose sentence states a day (weighing a lead's weekday against a stated "Thursday"
    as well cost two false alarms more on the real coverage, measured 2026-12-06), nor a pair
    of differing weekdays (unknown, not different: an evening's article may give the
    morning's figure). None otherwise."""
    if not daily(metric):
        return None
    other = rules().other_time

    def weekday(c: Claim) -> tuple[int, bool] | None:  # the weekday, and whether by the lead
        if c.id in ctx.news:
            return ctx.news[c.id].weekday(), False
        if c.when is not None:
            return None  # a stated day is the sentence's own, which the lead does not set
        lead = ctx.lead_weekdays.get(c.document)
        if lead is None or other.search(c.sentence):
            return None
        return lead, True

    wa, wb = weekday(a), weekday(b)
    if wa is None or wb is None or not (wa[1] or wb[1]) or wa[0] != wb[0]:
        return None
    return TimeRelation(True, 0)


def news_relation(a: Claim, b: Claim, ctx: Ctx) -> TimeRelation | None:
    """How an undated market figure's news day relates to the other figure's time, or None
    when the news day does not settle it.

    Two news days: the same session when equal; different days when more than one session
    apart; unknown otherwise (an article of the morning after may give the evening's close).
    A news day against a stated day: different when the day comes after it or more than one
    session before it; unknown otherwise (an undated figure beside another source's dated one
    may be of another session that day: intraday, or the close; seen on development data)."""
    na, nb = ctx.news.get(a.id), ctx.news.get(b.id)
    if na is None and nb is None:
        return None
    if na is not None and nb is not None:
        gap = sessions_apart(na, nb)
        if gap == 0:
            return TimeRelation(True, 0)
        return TimeRelation(False, abs((na - nb).days)) if gap > 1 else None
    news, other = (na, b) if na is not None else (nb, a)
    w = parse(other.when) if other.when else None
    if w is None or w.kind != "day" or w.first is None:
        return None
    day = w.first
    if day > news or sessions_apart(trading_day(day), news) > 1:
        return TimeRelation(False, abs((day - news).days))
    return None
