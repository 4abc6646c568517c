"""Why two differing figures of one group are of different scope, read from their sentences.

Grouping puts figures under one name; the sentences can still say that two of them are not one
measurement, and then a difference is no conflict (an info note says why):

- **measuring bodies**: two measurements (a physical quantity, a magnitude) attributed to
  different bodies ("according to X", "X said", "X put it at"), in the figure's sentence or the
  one before; a figure that names no body takes the bodies of the figures of its group that
  give the same value (the sources agreeing with it report the same measurement);
- **stages of a count**: a figure given at a stated stage of a count ("with 99 percent of the
  vote counted", "after counting nearly all ballots") against a figure of another stage or of
  none, or two figures whose sentences name different stages ("preliminary" / "final");
- **a further move**: a change given as a move on top of an earlier one ("down another 63%", "a
  further 5%") against one that is not; a count a verb adds ("could add another six stops")
  against a whole count;
- **different bases**: changes measured against different periods ("12% quarter-on-quarter",
  "34% from a year earlier");
- **extended hours**: a market move in premarket or after-hours trading ("down 63% in premarket
  trading") against one of the regular session;
- **an expectation**: a figure given as expected, forecast, targeted, proposed or required
  ("analysts expect it to carry 40.6 million", "had proposed a fine of 23.25 million pounds",
  "needs to sell 90,000"), or a poll's ("a poll on Sunday put Leave at 56%"), against an
  outcome;
- **a threshold**: a figure in a condition or a definition ("is used when winds exceed 250
  km/h", "once turnout tops 60%", "is defined as") against a reported figure;
- **different people**: figures in apposition to two different names ("Derek Fallon, 74" /
  "June Hale, 67");
- **a running count**: a running total (a toll, the injured) given as a lower bound ("at least",
  "so far") above the figure of another source written on an earlier day (or any day, when the
  bound's sentence says "so far"), or any count its sentence calls running ("19 arrests so
  far") against a different one, when the two sentences share no other figure (then they may
  give two tallies of a growing count; sharing one, they give the same update); a running
  total given as risen to its figure ("the toll has climbed to 17") below another source's:
  the higher one may be a later tally;
- **a running duration**: a length so far of a state still going on ("a strike that has lasted
  for 23 days", "the crew have been detained for 40 days now") against another source's
  duration a day off, or off by no more than the days between the two articles;
- **what is left**: a count or a measurement given as what is still left ("with 212 people
  still missing", "was still holding 900 tonnes") below another source's figure of no later
  day: what was left has gone down since;
- **shares of different wholes**: percentages of wholes counted over different periods ("4% of
  its average daily turnover" / "8 per cent of its annual revenue");
- **a gain and a level**: a figure written with a plus sign ("a swing of +63 seats") against one
  written without;
- **a titled work**: a figure in brackets right after a quoted title (a film's budget in a list,
  “Gravity” ($100 million)) against a figure whose sentence does not name that title;
- **before and after tax**: an amount given before tax against one given after it;
- **part of a period**: a count for a whole period ("over the three days", "in total") against
  one for a day within it ("287 treated today");
- **part and whole**: a count written as the whole a part is taken from ("four of its six
  carriages") or as a part ("eight of their shots") against another source's count not
  written so;
- **a place's figure**: a figure its own clause narrows to a named place ("employs roughly
  1,700 people in Marlow Bay") against another source's figure, when that source never names the
  place: a place's figure against the whole's;
- **debt included**: an amount given with a company's debt included ("including net debt, the
  deal is worth ...", an enterprise value) against one given without: the whole business and
  its shares;
- **a time of day**: a figure given as of a time of day ("38.9% by 14:00", "as of 2pm", "at the
  same point"), or in a sentence that opens with the time since the event ("Four hours after the
  sinking, ..."), against one given at another time or at none: a stage of a running count;
- **a peak and a reading**: a measurement given as a peak ("hit 33.4C", "peaked at", a gust)
  against a lower one of another source given as no peak; a measurement given as eased to its
  figure ("winds had dropped to 70 km/h") below another source's reading;
- **the day's extreme**: a market level reached by a move given as a maximum ("jumped as much
  as 8% to 5,400 yen": the day's high; "fell as much as 9%": its low) against another source's
  price below the high (above the low).

Vocabulary: ``[scope]`` in ``data/comparison.toml``; the bodies and the stage words are read as
the grouping reads them (:mod:`reconcile.claims.evidence`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reconcile.claims.evidence import bodies, stages
from reconcile.claims.models import Claim
from reconcile.claims.parse import PERIOD_ITEM
from reconcile.claims.vocab import vocab
from reconcile.compare.intervals import far_apart, overlaps
from reconcile.compare.rules import comparison_toml, daily, evolving, rules
from reconcile.time.clock import entry_stamp, stage_of
from reconcile.time.values import parse as parse_when
from reconcile.units import currency_for

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from reconcile.compare.context import Ctx


@dataclass(frozen=True)
class ScopeRules:
    measured_kinds: frozenset[str]
    further: re.Pattern[str]
    counted_beside: frozenset[str]
    progress: re.Pattern[str]
    progress_words: frozenset[str]
    running: re.Pattern[str]
    running_qualifiers: frozenset[str]
    running_said: re.Pattern[str]
    whole_period: re.Pattern[str]
    part_day: re.Pattern[str]
    clock_stage_window: int
    elapsed_stage: re.Pattern[str]
    gross: re.Pattern[str]
    net: re.Pattern[str]
    early_stages: frozenset[str]
    final_tally: re.Pattern[str]
    whole: re.Pattern[str]
    rest: re.Pattern[str]
    debt_included: re.Pattern[str]
    peak: re.Pattern[str]
    peak_window: int
    extended: re.Pattern[str]
    extended_window: int
    index_futures: re.Pattern[str]
    day_stage: re.Pattern[str]
    expectation: re.Pattern[str]
    expectation_window: int
    threshold: re.Pattern[str]
    threshold_window: int
    apposition: re.Pattern[str]
    change_bases: dict[str, re.Pattern[str]]
    change_base_window: int
    rise_verbs: frozenset[str]
    fall_verbs: frozenset[str]
    reach_verbs: frozenset[str]
    carry_verbs: frozenset[str]
    periodic: re.Pattern[str]
    stand_verbs: frozenset[str]
    now_words: frozenset[str]
    tally_nouns: frozenset[str]
    remaining_words: frozenset[str]
    remainder_verbs: frozenset[str]
    expected_verbs: frozenset[str]
    poll_nouns: frozenset[str]
    rule_verbs: frozenset[str]
    limit_verbs: frozenset[str]
    rule_modals: frozenset[str]
    possibility_modals: frozenset[str]
    rule_nouns: frozenset[str]
    part_verbs: frozenset[str]
    earlier_instance_words: frozenset[str]
    market_wide_words: frozenset[str]
    stated_basis: re.Pattern[str]
    stated_basis_ignored: frozenset[str]


@cache
def scope_rules() -> ScopeRules:
    """``[scope]`` of ``reconcile/data/comparison.toml``."""
    s = comparison_toml()["scope"]
    return ScopeRules(
        measured_kinds=frozenset(s["measured_kinds"]),
        further=re.compile(s["further_pattern"]),
        counted_beside=frozenset(s["counted_beside"]),
        progress=re.compile(s["count_progress_pattern"]),
        progress_words=frozenset(s["count_progress_words"]),
        running=re.compile(s["running_pattern"]),
        running_qualifiers=frozenset(s["running_qualifiers"]),
        running_said=re.compile(s["running_said_pattern"]),
        whole_period=re.compile(s["whole_period_pattern"]),
        part_day=re.compile(s["part_day_pattern"]),
        clock_stage_window=int(s["clock_stage_window"]),
        elapsed_stage=re.compile(s["elapsed_stage_pattern"]),
        gross=re.compile(s["gross_pattern"]),
        net=re.compile(s["net_pattern"]),
        early_stages=frozenset(s["early_stage_words"]),
        final_tally=re.compile(s["final_tally_pattern"]),
        whole=re.compile(s["whole_pattern"]),
        rest=re.compile(s["rest_pattern"]),
        debt_included=re.compile(s["debt_included_pattern"]),
        peak=re.compile(s["peak_pattern"]),
        peak_window=int(s["peak_window"]),
        extended=re.compile(s["extended_hours_pattern"]),
        extended_window=int(s["extended_hours_window"]),
        index_futures=re.compile(s["index_futures_pattern"]),
        day_stage=re.compile(s["day_stage_pattern"]),
        expectation=re.compile(s["expectation_pattern"]),
        expectation_window=int(s["expectation_window"]),
        threshold=re.compile(s["threshold_pattern"]),
        threshold_window=int(s["threshold_window"]),
        apposition=re.compile(s["apposition_pattern"]),
        change_bases={k: re.compile(v) for k, v in s["change_bases"].items()},
        change_base_window=int(s["change_base_window"]),
        rise_verbs=frozenset(s["rise_verbs"]),
        fall_verbs=frozenset(s["fall_verbs"]),
        reach_verbs=frozenset(s["reach_verbs"]),
        carry_verbs=frozenset(s["carry_verbs"]),
        periodic=re.compile(s["periodic_pattern"]),
        stand_verbs=frozenset(s["stand_verbs"]),
        now_words=frozenset(s["now_words"]),
        tally_nouns=frozenset(s["tally_nouns"]),
        remaining_words=frozenset(s["remaining_words"]),
        remainder_verbs=frozenset(s["remainder_verbs"]),
        expected_verbs=frozenset(s["expected_verbs"]),
        poll_nouns=frozenset(s["poll_nouns"]),
        rule_verbs=frozenset(s["rule_verbs"]),
        limit_verbs=frozenset(s["limit_verbs"]),
        rule_modals=frozenset(s["rule_modals"]),
        possibility_modals=frozenset(s["possibility_modals"]),
        rule_nouns=frozenset(s["rule_nouns"]),
        part_verbs=frozenset(s["part_verbs"]),
        earlier_instance_words=frozenset(s["earlier_instance_words"]),
        market_wide_words=frozenset(s["market_wide_words"]),
        stated_basis=re.compile(s["stated_basis_pattern"]),
        stated_basis_ignored=frozenset(s["stated_basis_ignored"]),
    )


def _one_side(
    a: Claim, b: Claim, marked: Callable[[Claim], bool], reason: str, why: str
) -> Apart | None:
    """Apart when exactly one of the two figures is ``marked``; ``why`` follows the marked
    figure's document ("x.txt gives its figure as ...")."""
    ma, mb = marked(a), marked(b)
    if ma == mb:
        return None
    return Apart(reason, f"{(a if ma else b).document} {why}")


@dataclass(frozen=True)
class Apart:
    """Why two figures are of different scope: a short reason (findings are summarized by it)
    and the clause that says it."""

    reason: str
    why: str


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def sentence_start(c: Claim, text: str) -> int:
    """Where the claim's sentence starts in its text (the claim's own start when unknown)."""
    at = c.sentence.find(c.text)
    if at < 0:
        return c.span[0]
    return max(0, c.span[0] - at)


def previous_sentence(c: Claim, text: str) -> str:
    """The sentence before the claim's, within its paragraph ("" when there is none)."""
    start = sentence_start(c, text)
    before = text[max(0, start - 600) : start]
    if before.rstrip(" \t").endswith("\n") or not before.strip():
        return ""  # a new paragraph or line: the line before is another item
    pieces = [p for p in _SENTENCE_END.split(before) if p.strip()]
    return pieces[-1] if pieces else ""


def own_bodies(c: Claim, ctx: Ctx) -> frozenset[str]:
    """The bodies the claim's sentence, or else the sentence before it, attributes it to."""
    found = ctx.claim_bodies.get(c.id)
    if found is None:
        found = bodies(c.sentence) or bodies(previous_sentence(c, ctx.texts.get(c.document, "")))
        ctx.claim_bodies[c.id] = found
    return found


def camp_bodies(c: Claim, ctx: Ctx) -> frozenset[str]:
    """The claim's bodies; without any, those of the figures of its group that meet it
    (computed once per claim and group)."""
    got = ctx.camp_bodies.get(c.id)
    if got is not None:
        return got
    found = own_bodies(c, ctx)
    if not found:
        out: set[str] = set()
        for members in ctx.group_by_doc.values():
            for m in members:
                if m.id != c.id and m.kind == c.kind and overlaps(ctx.iv(m), ctx.iv(c)):
                    out |= own_bodies(m, ctx)
        found = frozenset(out)
    ctx.camp_bodies[c.id] = found
    return found


def _shown(body: str, *sentences: str) -> str:
    """A body as one of the sentences writes it (``bodies`` lower-cases)."""
    for s in sentences:
        at = s.lower().find(body)
        if at >= 0 and len(s.lower()) == len(s):
            return s[at : at + len(body)]
    return body


def _named(side: frozenset[str], texts: list[str]) -> bool:
    """Whether a body of ``side`` is written as a name in the texts (a capital in it as
    written: "the Coastal Geophysics Institute", "USGS"; not "the state storm bureau")."""
    return any(
        any(ch.isupper() for ch in m.group(0))
        for x in side
        for text in texts
        for m in re.finditer(re.escape(x).replace("'", "['’]"), text, re.IGNORECASE)
    )


def measuring_bodies(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """Two measurements attributed to different bodies; not a running total (an area burned,
    a toll), which outlets quote from one count however they attribute it."""
    if a.kind not in scope_rules().measured_kinds or b.kind not in scope_rules().measured_kinds:
        return None
    if evolving(metric):
        return None
    texts = [ctx.texts.get(a.document, ""), ctx.texts.get(b.document, "")]
    ba, bb = camp_bodies(a, ctx), camp_bodies(b, ctx)
    if not ba or not bb or ba & bb:
        return None
    # a side whose bodies are all written without a capital ("according to the state
    # storm bureau") names none: a description may be the very body the other source names
    group_texts = [ctx.texts.get(d, "") for d in sorted(ctx.group_by_doc)]  # camps' bodies too
    if not (_named(ba, group_texts) and _named(bb, group_texts)):
        return None
    # a body one figure is attributed to, named in the other figure's sentence too ("the
    # Institute, which has a station in Lorvik, said it measured 6.4"): one body, read twice
    sa, sb = a.sentence.lower(), b.sentence.lower()
    if any(x in sa for x in bb) or any(x in sb for x in ba):
        return None
    names = [" and ".join(sorted(_shown(x, *texts) for x in side)) for side in (ba, bb)]
    return Apart(
        "measuring bodies",
        f"the figures are attributed to different measuring bodies ({names[0]}; {names[1]}), "
        "two measurements rather than one figure",
    )


def count_stage(c: Claim) -> tuple[str, ...] | None:
    """The stage of a count the claim's sentence states ("with 99 percent of the vote counted":
    ("99",)), as its numbers and quantity words; None when it states none."""
    m = scope_rules().progress.search(c.sentence)
    if m is None:
        return None
    words = scope_rules().progress_words
    found = re.findall(r"\d+(?:[.,]\d+)?|[a-z]+", m.group(0).lower())
    return tuple(w for w in found if w[0].isdigit() or w in words)


def count_stages(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """Figures given at different stages of a count, unless they share the count's other
    figures (then they report one tally, whatever stage each says it was). A figure its
    sentence calls provisional or preliminary against one called neither is an early stage
    unless the two sentences share another figure (a live blog's neighbouring lines of results
    do not make it the final count)."""
    if daily(metric):
        return None  # a market's move is no count in progress ("its initial public offering")
    sa, sb = count_stage(a), count_stage(b)
    wa, wb = stages(a.sentence), stages(b.sentence)
    early = scope_rules().early_stages
    ea, eb = wa & early, wb & early
    one_early = bool(ea) != bool(eb)
    if sa == sb and not (wa and wb and not wa & wb) and not one_early:
        return None
    if one_early and sa == sb:  # an early figure is its own update unless a sentence is shared
        if any(_same_figure(x, y) for x in _figures(a, ctx) for y in _figures(b, ctx)):
            return None
        if wa and wb and not wa & wb:
            return _named_stages(wa, wb)
        said = a if ea else b
        return Apart(
            "stages of a count",
            f"{said.document} gives its figure as {', '.join(sorted(ea or eb))}, an early "
            "stage of the count; the other source's may be the later one",
        )
    if same_update(a, b, ctx):
        return None
    if (sa is not None or sb is not None) and sa != sb:
        return Apart(
            "stages of a count",
            "they are given at different stages of the count"
            + ("" if sa is not None and sb is not None else " (one of them part-way through)"),
        )
    if wa and wb and not wa & wb:
        return _named_stages(wa, wb)
    return None


def _named_stages(wa: frozenset[str], wb: frozenset[str]) -> Apart:
    return Apart(
        "stages of a count",
        f"their sentences name different stages ({', '.join(sorted(wa))}; {', '.join(sorted(wb))})",
    )


def is_further(c: Claim, ctx: Ctx) -> bool:
    """Whether the text gives the figure as a move on top of an earlier one ("another 63%")."""
    text = ctx.texts.get(c.document, "")
    return scope_rules().further.search(text[max(0, c.span[0] - 24) : c.span[0]]) is not None


def further_move(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """One change a further move, the other not; or one count an addition, the other not (see
    :func:`is_addition`). "Another 141 people were injured" counts others beside the dead,
    not a second wave of the same count: a count is an addition only as what a verb adds."""
    if a.role == "change" and b.role == "change":
        return _one_side(
            a,
            b,
            lambda c: is_further(c, ctx),
            "further move",
            "gives its figure as a further move on top of an earlier one, not the whole move",
        )
    if a.role == b.role == "level" and a.kind == b.kind == "count":
        return _one_side(
            a,
            b,
            lambda c: is_addition(c, ctx),
            "addition",
            "gives its figure as an addition to an existing count, not the whole count",
        ) or _one_side(
            a,
            b,
            # both counted beside others ("4,210 other homes" / "4,180 other homes"): neither
            # is the whole, so the two are one part, counted twice
            lambda c: (
                counts_beside(c)
                and c.value < (other := b if c is a else a).value
                and not counts_beside(other)
            ),
            "counted beside others",
            "counts items beside others, not all of them; the larger figure may be the whole",
        )
    if a.role == b.role == "level" and a.kind == b.kind and a.kind in ("money", "physical"):
        return _one_side(
            a,
            b,
            lambda c: more_after(c, ctx),
            "addition",
            "gives its figure as an amount on top of another ('45mm more rain'), not the whole",
        )
    return None


_RX_MORE_AFTER = re.compile(r"\s+more\b(?!\s+than\b)", re.I)


def more_after(c: Claim, ctx: Ctx) -> bool:
    """Whether "more" follows the figure as an amount added to another ("60mm more rain",
    "$2bn more in aid"), not a comparison ("60mm more than in May")."""
    text = ctx.texts.get(c.document, "")
    return _RX_MORE_AFTER.match(text, c.span[1]) is not None


def counts_beside(c: Claim, words: frozenset[str] | None = None) -> bool:
    """A count whose own noun carries, between it and the number, a word of items beside
    others ("besides 12 more rifles found at the house", "covers 71 additional items",
    "12 other sites"; ``counted_beside``): it is not the whole of its noun, only part of it,
    whatever its clause or verb. "50 or more birds" is a bound, not such a count."""
    span = parsed_figure(c)
    if span is None:
        return False
    head = counted_head(span)
    words = scope_rules().counted_beside if words is None else words
    for t in head.doc[span.start : head.i]:  # "19 more rifles"; "Forty more people": on the number
        if t.lower_ not in words or t.dep_ not in ("amod", "advmod") or t.i == 0:
            continue
        if t.doc[t.i - 1].like_num and t.head.i in (head.i, t.i - 1):
            return True
    return False


# the words of :func:`counts_beside` that add to a count ("six more bodies"); "4,293 other
# buildings" counts others beside, no step
_ADDED = frozenset({"more", "additional", "further", "extra"})


def _a_step(c: Claim, ctx: Ctx) -> bool:
    """A count given as a step added to a count so far: written as a further one ("another 6
    bodies") or with a word of addition between its number and noun ("six more bodies";
    :func:`counts_beside`, parsed only when such a word is written)."""
    if is_further(c, ctx):
        return True
    words = _ADDED & scope_rules().counted_beside
    return bool(words & set(re.findall(r"[a-z]+", c.sentence.lower()))) and counts_beside(c, words)


def steps_of_a_count(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """Two sources' counts of a running total (a toll) each given as a step added to the count
    so far ("crews found five more victims overnight" / "another nine victims were found"):
    steps of two updates, not two readings of one count, unless their sentences share another
    figure (one update told twice)."""
    if a.document == b.document or a.kind != "count" or b.kind != "count":
        return None
    if not evolving(metric) or not (_a_step(a, ctx) and _a_step(b, ctx)):
        return None
    if same_update(a, b, ctx):
        return None
    return Apart(
        "steps of a count",
        "both give a step added to a running count, not the count: steps of different updates",
    )


def is_addition(c: Claim, ctx: Ctx) -> bool:
    """A count written as a further one ("another six stations", "a further 40 beds") that is
    the object of its verb ("could add another six stations", "will hire a further 200"): what
    the verb adds on top of an existing count. A further count that is the subject ("another 120
    were hurt") is another group beside one named before, read as its own count."""
    if not is_further(c, ctx):
        return False
    span = parsed_figure(c)
    return span is not None and counted_head(span).dep_ == "dobj"


def counted_head(span: Span) -> Token:
    """The word a figure's number counts: from the number up through its modifiers ("could
    add another six stations": stations; "24 Corvo jets": jets)."""
    t = span.root
    while t.dep_ in ("nummod", "quantmod", "compound", "amod") and t.head.i != t.i:
        t = t.head
    return t


def parsed_figure(c: Claim) -> Span | None:
    """The tokens of the claim's figure in the parse of its sentence (None: not found)."""
    return figure_in(c.sentence, c.text)


def figure_in(sentence: str, figure: str) -> Span | None:
    """The tokens of ``figure`` (its first occurrence) in the parse of ``sentence``."""
    at = sentence.find(figure)
    if at < 0:
        return None
    from reconcile.claims.parse import figure_span, parse_sentences

    return figure_span(parse_sentences([sentence])[0], at, at + len(figure))


def _figures(c: Claim, ctx: Ctx) -> list[Claim]:
    """The other claims of the claim's sentence."""
    return [x for x in ctx.sentence_of(c) if x.id != c.id]


def _nearby(c: Claim, ctx: Ctx) -> list[Claim]:
    """The other claims of the claim's document within ``NEAR_CHARS`` of it (the sentences
    around it)."""
    return [
        x
        for x in ctx.claims_of(c.document)
        if x.id != c.id and abs(x.span[0] - c.span[0]) <= NEAR_CHARS
    ]


NEAR_CHARS = 400


def _same_figure(x: Claim, y: Claim) -> bool:
    """One figure written twice: the same value of one kind, with the same qualifier ("14
    incidents", "fourteen ruptures"; not "nearly 99 percent" and "99 percent")."""
    return x.kind == y.kind and x.value == y.value and x.qualifier == y.qualifier


def _distinctive(x: Claim) -> bool:
    """A figure written with many significant digits ("24,789,242 votes"): two sources giving
    it give one tally, not two that happen to agree."""
    digits = re.sub(r"\D", "", x.mention.surface).strip("0")
    return len(digits) >= DISTINCTIVE_DIGITS


DISTINCTIVE_DIGITS = 4


def same_update(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Whether the two figures come from one update of a count: their sentences share another
    figure, or the sentences around them share a distinctive one."""
    if any(_same_figure(x, y) for x in _figures(a, ctx) for y in _figures(b, ctx)):
        return True
    near_b = [y for y in _nearby(b, ctx) if _distinctive(y)]
    return any(_same_figure(x, y) for x in _nearby(a, ctx) if _distinctive(x) for y in near_b)


def shared_tally(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Whether the two figures' sentences share another figure that is distinctive ("4,215",
    not "three"): one tally's sentences, not two updates that happen to share a number."""
    ys = _figures(b, ctx)
    return any(_same_figure(x, y) for x in _figures(a, ctx) if _distinctive(x) for y in ys)


def one_quote(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Whether the two figures' sentences share another figure written with a decimal point
    or distinctive ("rose 12% to $5.84" / "jumped by more than a fifth, closing at $5.84";
    "closed up 7.1% at $2.16" / "gained 7.1% to $2.61"): a market's move and its price (or a
    price and its move) of one session, told by two sources, whatever day each left unsaid.
    The shared figure is of another kind than theirs (a price beside two moves, a move beside
    two prices): a move shared beside two others ("ended 2.4% higher, having been up nearly 5%
    before the open" / "closed up 2.4%, though still 9% down on the year") ties the
    sentences, not their other moves. A whole number of few digits ("two", "30") is shared by
    chance too often."""
    ys = _figures(b, ctx)
    return any(
        _same_figure(x, y)
        for x in _figures(a, ctx)
        if x.kind not in (a.kind, b.kind)
        and (_distinctive(x) or re.search(r"\d\.\d", x.mention.surface))
        for y in ys
    )


def is_running(c: Claim) -> bool:
    """Whether the figure is given as a lower bound of a count still growing."""
    r = scope_rules()
    return c.qualifier in r.running_qualifiers or r.running.search(c.sentence) is not None


def said_running(c: Claim) -> bool:
    """Whether the figure's sentence calls its count running ("so far", "to date"); a bare
    number counts too ("it has shipped 31,200 so far this year": the noun is the verb's)."""
    return (
        c.kind in ("count", "number") and scope_rules().running_said.search(c.sentence) is not None
    )


def _move_verb(c: Claim) -> Token | None:
    """The verb whose "to" phrase holds the figure ("has risen to 23": risen), or None."""
    span = parsed_figure(c)
    if span is None:
        return None
    t = span.root
    while t.dep_ in ("nummod", "quantmod", "compound", "amod", "npadvmod") and t.head.i != t.i:
        t = t.head
    prep = t.head
    if t.dep_ != "pobj" or prep.lower_ != "to" or prep.head.i == prep.i:
        return None
    verb = prep.head
    while verb.dep_ == "advmod" and verb.head.i != verb.i:  # "rose again to"
        verb = verb.head
    return verb


def moved_to(c: Claim) -> str | None:
    """ "up" or "down" when the parse gives the figure as the level a move took its quantity
    to: the object of "to" hung on a verb of rising ("the toll has risen to 23", "rises to 40",
    "climbed to 112") or of falling ("its winds had eased to 65 km/h", "the river dropped to
    3.1 metres"); None otherwise."""
    verb = _move_verb(c)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    r = scope_rules()
    if lemma in r.rise_verbs:
        return "up"
    if lemma in r.fall_verbs:
        return "down"
    return None


_AMOUNT_DEPS = frozenset({"npadvmod", "dobj", "prep", "advmod"})


def _move_stated(verb: Token) -> bool:
    """Whether the verb states how far the quantity moved ("fell 6% to", "dropped by a third
    to"): a number in a phrase of the verb other than its "to" phrase."""
    return any(
        t.like_num or any(ch.isdigit() for ch in t.text)
        for child in verb.children
        if child.dep_ in _AMOUNT_DEPS and child.lower_ != "to"
        for t in child.subtree
    )


def _eased(c: Claim) -> bool:
    """A figure given as the level a fall took it to, with no amount of the fall stated."""
    if moved_to(c) != "down":
        return False
    verb = _move_verb(c)
    return verb is not None and not _move_stated(verb)


def risen_count(c: Claim) -> bool:
    """A count given as the level a rise took it to ("the toll has risen to 23"): one tally of
    a count still growing, as of the moment its source wrote."""
    return c.kind == "count" and c.role == "level" and moved_to(c) == "up"


def _subject_lemma(verb: Token) -> str | None:
    """The lemma of the verb's subject, lower-cased (None: no subject)."""
    return next((t.lemma_.lower() for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)


def _stated_as_fact(verb: Token) -> bool:
    """Whether the verb states what happened or holds, in a tense of its own ("rises", "has
    risen", "reached", "stands"), not what may or will happen ("could rise", "is expected to
    reach": a base form after a modal or "to")."""
    return verb.tag_ != "VB" and not any(
        t.dep_ == "aux" and (t.tag_ == "MD" or t.lower_ == "to") for t in verb.children
    )


def _tally_verb(c: Claim) -> Token | None:
    """The verb of the figure's own clause that gives it as the tally a count has come to, read
    from the parse: a verb of rising whose "to" phrase holds it ("rises to 19", "has grown to
    14"), a verb that carries a tally, its object, to it ("bringing the total to 23"), a verb
    of reaching whose subject is a noun of a tally ("the toll reached 40"), or a verb of
    standing whose "at" phrase holds it, said of now or of a tally ("now stands at 40", "the
    total stands at 40"), or a verb with "now" before it whose object it is ("the order now
    covers 11 carmakers"). None otherwise."""
    r = scope_rules()
    verb = _move_verb(c)
    if verb is not None:
        lemma = verb.lemma_.lower()
        if lemma in r.rise_verbs:
            return verb
        carried = any(x.dep_ == "dobj" and x.lemma_.lower() in r.tally_nouns for x in verb.children)
        return verb if lemma in r.carry_verbs and carried else None
    span = parsed_figure(c)
    if span is None:
        return None
    t = counted_head(span)
    head = t.head
    if t.dep_ == "dobj" and head.lemma_.lower() in r.reach_verbs:
        return head if _subject_lemma(head) in r.tally_nouns else None
    if t.dep_ == "dobj" and any(
        x.dep_ == "advmod" and x.lower_ in r.now_words and x.i < head.i for x in head.children
    ):
        return head  # "the order now covers 11 carmakers": what the count has come to
    if t.dep_ == "pobj" and head.lower_ == "at" and head.head.i != head.i:
        verb = head.head
        if verb.lemma_.lower() in r.stand_verbs and (
            _subject_lemma(verb) in r.tally_nouns
            or any(x.dep_ == "advmod" and x.lower_ in r.now_words for x in verb.children)
        ):
            return verb
    return None


def tally_rose(c: Claim) -> bool:
    """A count its own clause gives as the tally a count has come to ("the number of people
    taken ill rises to 19", "the toll reached 40", "now stands at 40"; see :func:`_tally_verb`),
    stated as what happened, not as what may happen; a figure dated to a period is that
    period's total ("sales rose to 1,200 units in the quarter"), no tally."""
    if c.kind != "count" or c.role != "level" or _of_period(c):
        return False
    verb = _tally_verb(c)
    return verb is not None and _stated_as_fact(verb) and not _periodic(verb, c)


def told_as_tally(c: Claim, ctx: Ctx) -> bool:
    """A count given as the tally a count has come to (:func:`tally_rose`), or one its own
    source restates so elsewhere in the group ("41 confirmed dead" in a headline, "the toll
    has risen to 41" in the body): the same figure of one source is one reading of it."""
    if tally_rose(c):
        return True
    return any(
        x.id != c.id and x.value == c.value and x.kind == c.kind and tally_rose(x)
        for x in ctx.group_by_doc.get(c.document, ())
    )


def _of_period(c: Claim) -> bool:
    """Whether the figure is dated to a period (a month, a quarter, a year), not to a day."""
    return c.when is not None and parse_when(c.when).kind not in ("day", "monthday", "weekday")


_PERCENT_WORDS = frozenset({"%", "percent", "pc"})


def _periodic(verb: Token, c: Claim) -> bool:
    """Whether the rise is a periodic statistic's, not a running tally's: stated as a
    percentage in the verb's amount ("rose 14% to", "has grown by 5.4 percent ... to", "grew
    to 2,200, up 47%"; not "reached 1,301, with 83 percent of them ...") or measured against a
    year before (the change bases, :attr:`ScopeRules.periodic`)."""
    r = scope_rules()
    if any(
        t.lower_ in _PERCENT_WORDS
        or (t.lower_ == "cent" and t.i > 0 and t.nbor(-1).lower_ == "per")
        for child in verb.children
        if child.dep_ in ("npadvmod", "advmod") or (child.dep_ == "prep" and child.lower_ == "by")
        for t in child.subtree
    ):
        return True
    return r.periodic.search(c.sentence) is not None or any(
        rx.search(c.sentence) for rx in r.change_bases.values()
    )


def _group_of_period(ctx: Ctx) -> bool:
    """Whether any figure of the group being compared is dated to a period (see
    :func:`later_tally`): worked out once a group (``ctx.period_group``), not once a pair (a
    group of 200 claims has about 20,000 pairs)."""
    group = ctx.group_by_doc
    if ctx.period_group is None or ctx.period_group[0] is not group:
        found = any(_of_period(x) for members in group.values() for x in members)
        ctx.period_group = (group, found)
    return ctx.period_group[1]


def _day_of(c: Claim, ctx: Ctx) -> dt.date | None:
    """The day a figure stands as of: its own day, or else its article's as the text dates it
    (None: no day known, or a period)."""
    if c.when is None:
        return ctx.days.get(c.document)
    w = parse_when(c.when)
    return w.first if w.kind == "day" else None


def later_tally(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A count given as the tally it has come to (:func:`tally_rose`: "the number of people
    taken ill rises to 19") against another source's lower figure of no later day: the lower
    one is an earlier stage of the same count, not a contradiction. Both days known and the
    same (or the lower one's later: a count that fell), or the two sentences sharing another
    figure (one update), leave the difference standing. A higher figure of the other source is
    not excused here (see :func:`running_count` for a running total's). A group any of whose
    figures is dated to a period ("1.27 million out of work in October") measures a periodic
    statistic, whose rise ("the number of unemployed rose to 1.37 million") is no tally of a
    count still running."""
    if a.document == b.document or _group_of_period(ctx):
        return None
    for up, other in ((a, b), (b, a)):
        if ctx.iv(other)[1] > ctx.iv(up)[0] or not tally_rose(up):
            continue
        day_up, day_other = _day_of(up, ctx), _day_of(other, ctx)
        if day_up is not None and day_other is not None and day_other >= day_up:
            return None
        if same_update(a, b, ctx):
            return None
        when = (
            "is of an earlier day"
            if day_up is not None and day_other is not None
            else "is given for no later day"
        )
        return Apart(
            "running count",
            f"{up.document} gives its figure as the tally the count has come to, and "
            f"{other.document}'s lower figure {when}: an earlier stage of the same count",
        )
    return None


def final_tally(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A count its sentence gives as the final tally ("on the board's final tally, 305
    residents fell ill", "the final toll stands at 52") against another source's lower count
    whose sentence names no final tally: the lower one may be a tally taken while the count
    still ran, unless the two sentences share another figure (one update)."""
    if a.document == b.document or a.kind != "count" or b.kind != "count":
        return None
    rx = scope_rules().final_tally
    for fin, other in ((a, b), (b, a)):
        if rx.search(fin.sentence) is None or rx.search(other.sentence) is not None:
            continue
        if ctx.iv(other)[1] > ctx.iv(fin)[0] or same_update(a, b, ctx):
            return None
        if other.when is not None and other.when == fin.when and _given_whole(other, ctx):
            return None  # "said on Sunday police had arrested a total of 1,340": that day's
            # whole count, no tally taken while it ran
        return Apart(
            "stages of a count",
            f"{fin.document} gives its figure as the final tally, and {other.document}'s lower "
            "figure may be a tally taken while the count still ran",
        )
    return None


# words that give a count as a whole ("a total of 1,340", "310 in all", "altogether")
_RX_WHOLE_COUNT = re.compile(r"(?i)\ba\s+total\s+of\b|\bin\s+(?:total|all)\b|\baltogether\b")


def _given_whole(c: Claim, ctx: Ctx) -> bool:
    """Whether the words next to the count give it as a whole ("a total of 1,340 people")."""
    return _said_near(c, ctx, _RX_WHOLE_COUNT, 20, 20)


_REMAINING_KINDS = frozenset({"count", "physical"})
_ANAPHORS = frozenset({"that", "this", "which"})


def remaining(c: Claim) -> bool:
    """A level its own clause gives as what is left at the moment of writing: an adverb of
    ``remaining_words`` on the verb over the figure's noun ("with 212 people still missing",
    "the ship was still holding 900 tonnes")."""
    if c.kind not in _REMAINING_KINDS or c.role != "level":
        return False
    r = scope_rules()
    words = r.remaining_words
    lowered = c.sentence.lower().split()
    if not any(w in words or w in r.remainder_verbs for w in lowered) and not any(
        w.startswith("leav") for w in lowered
    ):
        return False
    span = parsed_figure(c)
    if span is None:
        return False
    head = counted_head(span)
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in scope_rules().remainder_verbs:
        # "That leaves 96 boats in the regatta": what the sentence before took away left this
        return any(t.dep_ == "nsubj" and t.lower_ in _ANAPHORS for t in verb.children)
    return verb.pos_ in ("VERB", "AUX", "ADJ") and any(
        t.dep_ == "advmod" and t.lower_ in words for t in verb.children
    )


def remainder(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A figure given as what is left (:func:`remaining`) below another source's figure not so
    given, of no later day: what was left has gone down since the other was written (people
    found, fuel pumped off, riders abandoned), an earlier stage and no contradiction, of the
    same day too. The other figure of a later day, or the two sentences sharing another figure
    (one update), leave the difference standing."""
    if a.document == b.document:
        return None
    for left, other in ((a, b), (b, a)):
        if ctx.iv(left)[1] > ctx.iv(other)[0] or not remaining(left) or remaining(other):
            continue
        day_left, day_other = _day_of(left, ctx), _day_of(other, ctx)
        if day_left is not None and day_other is not None and day_other > day_left:
            return None  # (the same day: what is left goes down through the day too)
        if same_update(a, b, ctx):
            return None
        return Apart(
            "what is left",
            f"{left.document} gives its figure as what is still left, below "
            f"{other.document}'s figure of no later day: an earlier stage of the same quantity",
        )
    return None


@cache
def _rx_of_period() -> re.Pattern[str]:
    from reconcile.claims.parse import period_words

    words = "|".join(sorted(map(re.escape, period_words()), key=len, reverse=True))
    return re.compile(rf"(?<![a-z])of(?![a-z])[^,;:()]{{0,60}}?(?<![a-z])(?:{words})(?![a-z])")


def _may_name_period(sentence: str) -> bool:
    """Whether a sentence may hold an "of" phrase whose noun a period word modifies: an "of"
    followed by a period word within 60 characters, with no comma, colon or bracket between
    ("of its mean daily sales", "of 5-year bonds"). Without one, :func:`whole_period` finds
    nothing, and its parse (most of a cold report's own parsing) is not needed."""
    return _rx_of_period().search(sentence.lower()) is not None


def _may_read_period(c: Claim) -> bool:
    """Whether :func:`whole_period` parses the claim's sentence (a percentage whose sentence
    may name a period: :func:`_may_name_period`)."""
    return c.kind == "percent" and _may_name_period(c.sentence)


def whole_period(c: Claim) -> str | None:
    """The period the whole of a percentage is counted over, read from the words before the
    noun of its "of" phrase ("3% of its mean daily sales": day; "8 per cent of yearly
    income": year); None when no period word stands there (parse.toml ``[periods]``). Kept
    by figure and sentence (see :data:`BY_FIGURE`)."""
    return _whole_period(c.kind, c.sentence, c.text)


# a reading of one figure's parse, kept by the figure and its sentence: comparison asks about
# a claim once for each pair it weighs (on the 1,000-source benchmark some 4,600 times for
# about 300 figures), and a sentence's parse is its own in any batch and process
BY_FIGURE = 1 << 16


def forget_readings() -> None:
    """Forget the readings kept by figure and sentence (:data:`BY_FIGURE`): a test that
    counts the parses comparison makes, or makes again after forgetting the parses."""
    for kept in (_whole_period, _whole_noun, _marked_at):
        kept.cache_clear()


@lru_cache(maxsize=BY_FIGURE)
def _whole_period(kind: str, sentence: str, text: str) -> str | None:
    if kind != "percent" or not _may_name_period(sentence):
        return None
    span = figure_in(sentence, text)
    if span is None:
        return None
    from reconcile.claims.parse import period_words

    periods = period_words()
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            found = {
                periods[t.lower_]
                for t in noun.children
                if t.dep_ in ("amod", "compound") and t.lower_ in periods
            }
            if len(found) == 1:
                return found.pop()
    return None


def wholes_of_periods(a: Claim, b: Claim) -> Apart | None:
    """Two percentages of wholes counted over different periods ("as much as 3% of its mean
    weekly sales" / "as much as 8 per cent of yearly income"): shares of two different wholes."""
    pa, pb = whole_period(a), whole_period(b)
    if pa is None or pb is None or pa == pb:
        return None
    return Apart(
        "shares of different wholes",
        f"{a.document} gives a share of a whole of one {pa}, {b.document} of one {pb}",
    )


_RX_PLUS_BEFORE = re.compile(r"(?:^|[\s(])\+\s?$")


def plus_signed(c: Claim, ctx: Ctx) -> bool:
    """A level written with a plus sign of its own ("a swing of +63 seats"): a gain, not the
    level itself. (A sign is no part of the figure as read.)"""
    text = ctx.texts.get(c.document, "")
    lo = c.span[0]
    return (
        c.role != "change"
        and bool(text)
        and _RX_PLUS_BEFORE.search(text, max(0, lo - 3), lo) is not None
    )


def gain_and_level(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A figure written with a plus sign ("+63 seats") against one written without: a gain
    against the level it took the quantity to."""
    return _one_side(
        a,
        b,
        lambda c: plus_signed(c, ctx),
        "gain and level",
        "writes its figure with a plus sign, a gain; the other gives a level",
    )


# a quoted title closed right before the bracket the figure opens: “Gravity” ($100 million)
_RX_TITLE_BEFORE = re.compile(r"[“\"]([^“”\"\n]{1,80})[”\"]\s*\(\s*$")


def quoted_title(c: Claim, ctx: Ctx) -> str | None:
    """The quoted title whose bracket the figure stands in, written right after it (a film's
    budget in a list, “Gravity” ($100 million)): the figure is that title's; None otherwise."""
    text = ctx.texts.get(c.document, "")
    lo = c.span[0]
    m = _RX_TITLE_BEFORE.search(text, max(0, lo - 90), lo) if text else None
    return None if m is None else m.group(1).strip()


def titled(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A figure in brackets after a quoted title against a figure whose sentence does not name
    that title: a figure of the titled work (a film, a book, a song) against the story's."""
    for mine, other in ((a, b), (b, a)):
        title = quoted_title(mine, ctx)
        if title is None or title.lower() in other.sentence.lower():
            continue
        return Apart(
            "a titled work",
            f"{mine.document} gives its figure in brackets after the quoted title “{title}”, "
            f"a figure of that work, which {other.document}'s sentence does not name",
        )
    return None


def tax_basis(c: Claim) -> str | None:
    """ "gross" or "net" when the amount's sentence says it is before tax or after it (one of
    the two only); None otherwise."""
    if c.kind != "money":
        return None
    r = scope_rules()
    gross, net = r.gross.search(c.sentence), r.net.search(c.sentence)
    if (gross is None) == (net is None):
        return None
    return "gross" if gross is not None else "net"


def tax_bases(a: Claim, b: Claim) -> Apart | None:
    """Two amounts, one given before tax and the other after it ("£19m a year before tax"
    / "will earn her £12m a year after tax"): two quantities, not one the sources disagree on."""
    ta, tb = tax_basis(a), tax_basis(b)
    if ta is None or tb is None or ta == tb:
        return None
    return Apart(
        "before and after tax",
        f"{a.document} gives an amount {'before' if ta == 'gross' else 'after'} tax, "
        f"{b.document} one {'before' if tb == 'gross' else 'after'} tax",
    )


def stated_basis(c: Claim, ctx: Ctx | None = None) -> str | None:
    """The basis its sentence says a figure is on ("On the broader alliance definition, the
    figure is ...": broader alliance definition; "on the parallel market": parallel market);
    None when it says none, or only a period's ("on an annual basis") or an empty one. With
    ``ctx``, a basis after figures is the nearest one's only: in "revenue of €4.3bn, down 7% on a
    reported basis" the basis is the change's."""
    r = scope_rules()
    m = r.stated_basis.search(c.sentence)
    if m is None:
        return None
    if ctx is not None and _basis_of_another(c, m.start(), ctx):
        return None
    words = m["words"].lower().split()
    if not words or any(w in r.stated_basis_ignored for w in words):
        return None
    return " ".join([*words, m["noun"].lower()])


def _basis_of_another(c: Claim, lo: int, ctx: Ctx) -> bool:
    """Whether a basis phrase at ``lo`` (an offset within the claim's sentence) is another
    figure's: a phrase after figures is the nearest one's ("down 7% on a reported basis"), a
    phrase before them all is the sentence's ("On the wider definition, ...")."""
    text = ctx.texts.get(c.document, "")
    start = sentence_start(c, text)
    before = [
        x for x in ctx.claims_of(c.document) if start <= x.span[0] and x.span[1] <= start + lo
    ]
    return bool(before) and max(before, key=lambda x: x.span[1]).id != c.id


def stated_bases(a: Claim, b: Claim, ctx: Ctx | None = None) -> Apart | None:
    """A figure its sentence puts on a stated basis ("on the broader alliance definition, the
    figure is €24.0bn", "on the black market, traders asked 118") against one on none or on
    another: two measures of one thing, not one figure the sources disagree on."""
    ba, bb = stated_basis(a, ctx), stated_basis(b, ctx)
    if ba == bb:
        return None
    said, basis = (a, ba) if ba is not None else (b, bb)
    return Apart("a stated basis", f"{said.document} gives its figure on the {basis}")


def running_count(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """A running total's lower bound above the figure of another source written on an earlier
    day ("at least 211 injured" in Thursday's article, "141 injured" in Wednesday's: a tally of
    a count still growing) or below a bound its sentence calls running ("at least 211 so
    far"); a lower figure of the same day's or an undated article is no earlier tally that
    anything in the texts points to, so the two conflict; or a count its sentence
    calls running ("19 arrests so far") against a different one, not of the same update; or
    a running total (a toll) given as the level a rise took it to ("the toll has risen to
    23") below another source's figure: the higher one may be a later tally of a count
    growing through the day ("rises to 40", "rises to 41"), unless the sentences share another
    figure; a figure its own source restates as risen to (a headline's "41 dead" beside "the
    toll has risen to 41", :func:`told_as_tally`) is read so too. (A figure below the risen
    one stands against it: a toll does not fall.)"""
    if a.document == b.document:
        return None
    said = [c for c in (a, b) if said_running(c)]
    if len(said) == 1 and not same_update(a, b, ctx):
        return Apart(
            "running count",
            f"{said[0].document} gives a running count, which may be another tally than "
            "the other source's",
        )
    if not evolving(metric):
        return None
    for up, other in ((a, b), (b, a)):
        if ctx.iv(other)[0] < ctx.iv(up)[1] or not told_as_tally(up, ctx):
            continue
        if same_update(a, b, ctx):
            return None
        return Apart(
            "running count",
            f"{up.document} gives the count as risen to its figure, a tally of a count still "
            f"growing; {other.document}'s higher figure may be a later tally",
        )
    for hi, lo in ((a, b), (b, a)):
        if not is_running(hi) or ctx.iv(lo)[1] > ctx.iv(hi)[0]:
            continue
        if same_update(a, b, ctx):
            return None
        if not (scope_rules().running.search(hi.sentence) or written_earlier(lo, hi, ctx)):
            return None  # neither "so far" nor the days say the lower figure is an earlier tally
        return Apart(
            "running count",
            f"{hi.document} gives a running count as a lower bound above {lo.document}'s figure, "
            "which may be an earlier tally",
        )
    return None


# a duration's units in days, for the days between two articles (a duration still running grows
# by the time between them)
_DAYS_OF_UNIT = {"hour": 1 / 24, "day": 1.0, "week": 7.0}


def running_duration(c: Claim) -> bool:
    """Whether a duration is given as the length so far of a state still going on: its figure
    the "for" span or the object of a verb in the present perfect ("a strike that has lasted
    for 23 days", "the crew have been detained for 40 days now", "has been shut for 16 hours").
    "lasted for 23 days", "had been detained for 40 days" and "after 22 days" give a span as told
    at its end, no running one."""
    if c.kind != "count" or c.unit not in _DAYS_OF_UNIT or " ha" not in f" {c.sentence.lower()}":
        return False  # (no "has" or "have" written: the sentence need not be parsed)
    span = parsed_figure(c)
    if span is None:
        return False
    t = counted_head(span)
    if t.dep_ == "pobj" and t.head.lower_ == "for":
        t = t.head
    verb = t.head
    if t.dep_ not in ("prep", "dobj", "npadvmod") or verb.i == t.i:
        return False
    return verb.tag_ == "VBN" and any(
        x.dep_ == "aux" and x.lemma_ == "have" and x.tag_ in ("VBZ", "VBP") for x in verb.children
    )


def running_durations(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A duration given as the length so far of a state still going on ("the strike has lasted
    for 23 days") against another source's different duration ("after 22 days on strike"):
    the running length grows day by day, and the two may be told on different days. Not when
    the sentences share another figure (one update), nor when the figures differ by more than
    the days between the two articles, or, a day unknown, by more than one day (the day of
    writing counted or not: "the valley has now gone 33 days without rain" against "more than
    five weeks" stands)."""
    if a.document == b.document or a.unit != b.unit:
        return None
    said = [c for c in (a, b) if running_duration(c)]
    if not said or same_update(a, b, ctx):
        return None
    da, db = ctx.days.get(a.document), ctx.days.get(b.document)
    gap = abs(a.value - b.value) * _DAYS_OF_UNIT[a.unit]
    if gap > (abs((da - db).days) if da is not None and db is not None else 1):
        return None  # the days say the two are no tellings of one running length
    return Apart(
        "running duration",
        f"{said[0].document} gives a length so far of a state still going on, which grows "
        "from one day's telling to the next",
    )


def written_earlier(x: Claim, y: Claim, ctx: Ctx) -> bool:
    """Whether ``x``'s article is dated to an earlier day than ``y``'s (both days known, by a
    publication date, a dateline or a header line; not a day only assumed for the coverage)."""
    dx, dy = ctx.days.get(x.document), ctx.days.get(y.document)
    return dx is not None and dy is not None and dx < dy


def _near_bounds(
    c: Claim, text: str, before: int, after: int | None = None
) -> tuple[int, int, int]:
    """Where the figure's sentence starts in ``text``, and the window of :func:`_near` (from
    ``before`` characters before the figure to ``after`` characters after it; None: up to the
    figure's start)."""
    start = sentence_start(c, text)
    lo = max(start, c.span[0] - before)
    hi = c.span[0] if after is None else min(start + len(c.sentence), c.span[1] + after)
    return start, lo, hi


def _near(c: Claim, ctx: Ctx, before: int, after: int | None = None) -> str:
    """The figure's sentence from ``before`` characters before the figure to ``after``
    characters after it (None: up to the figure's start)."""
    text = ctx.texts.get(c.document, "")
    _, lo, hi = _near_bounds(c, text, before, after)
    return text[lo:hi]


def _said_near(
    c: Claim, ctx: Ctx, pattern: re.Pattern[str], before: int, after: int | None = None
) -> bool:
    """Whether ``pattern`` occurs in the window of :func:`_near`."""
    return pattern.search(_near(c, ctx, before, after)) is not None


def _said_of(
    test: str, c: Claim, ctx: Ctx, pattern: re.Pattern[str], before: int, after: int | None = None
) -> bool:
    """:func:`_said_near`, once per figure of the run for the one-sided test named ``test``
    (``ctx.said``), which asks of both figures of every pair it weighs."""
    key = (test, c.document, c.span, c.sentence, c.text)
    return ctx.once(ctx.said, key, lambda: _said_near(c, ctx, pattern, before, after))


PERIOD_WINDOW = 60  # characters either side of a figure read for its period


def _periods(c: Claim, ctx: Ctx) -> tuple[bool, bool]:
    """(whole period, day within it) as the figure's sentence says, or, when it says neither,
    as the sentence before it says ("Organisers say 287 were treated today. Seven have been
    taken to hospital.")."""
    r = scope_rules()
    whole = _said_near(c, ctx, r.whole_period, PERIOD_WINDOW, PERIOD_WINDOW)
    part = _said_near(c, ctx, r.part_day, PERIOD_WINDOW, PERIOD_WINDOW)
    if whole or part:
        return whole, part
    before = previous_sentence(c, ctx.texts.get(c.document, ""))
    return r.whole_period.search(before) is not None, r.part_day.search(before) is not None


def part_of_period(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A count for a whole period ("over the three days", "in total") against one for a day
    within it ("today", "on Saturday"): a part and its whole. The sentence before a figure
    speaks for it when its own says neither."""
    if a.kind != "count" or b.kind != "count":
        return None
    (wa, pa), (wb, pb) = _periods(a, ctx), _periods(b, ctx)
    if wa == wb:
        return None
    whole, part = (a, b) if wa else (b, a)
    if not (pb if wa else pa):
        return None
    return Apart(
        "part of a period",
        f"{whole.document} gives a count for a whole period, {part.document} one for a day "
        "within it",
    )


def _clock_stage(c: Claim, ctx: Ctx, elapsed: bool = False) -> str | None:
    """The time of day a figure is given as of ("by 14:00", "at the same point";
    :func:`reconcile.time.clock.stage_of`), or None. With ``elapsed``, also the time since the
    event that opens the figure's sentence, in a phrase closed by a comma before the figure
    ("Three hours after the blast, ... 21 hurt"; not "Nine days after the 5.7-magnitude
    tremor"). Once per figure of the run (``ctx.clock_stages``): :func:`clock_stage` asks of
    both figures of every pair it weighs (about 41,000 times for some 10,000 figures in a
    report over 1,000 sources)."""
    key = (c.document, c.span, c.sentence, c.text, elapsed)
    return ctx.once(ctx.clock_stages, key, lambda: _clock_stage_of(c, ctx, elapsed))


def _clock_stage_of(c: Claim, ctx: Ctx, elapsed: bool) -> str | None:
    r = scope_rules()
    text = ctx.texts.get(c.document, "")
    _, lo, hi = _near_bounds(c, text, r.clock_stage_window, r.clock_stage_window)
    found = stage_of(text, lo, hi, (x.span for x in ctx.claims_of(c.document)))
    if found is not None or not elapsed:
        return found
    since = r.elapsed_stage.match(c.sentence)
    at = c.sentence.find(c.text)
    if since is None or at < 0 or "," not in c.sentence[since.end() : at]:
        return None
    return " ".join(since.group(0).lower().split())


def _entry_stamp(c: Claim, ctx: Ctx) -> str | None:
    """The time stamp of the live blog's entry a figure stands in, or None."""
    return entry_stamp(ctx.texts.get(c.document, ""), c.span[0])


def clock_stage(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """A figure given as of a time of day ("turnout was 38.9% by 14:00") against one given at
    another time or at none: a stage of a count still running, not its final figure. A running
    count's figure in a live blog's entry (:func:`_entry_stamp`) is given as of the entry's
    time when it is below the other source's figure."""
    if a.document == b.document:
        return None
    running = evolving(metric)  # the time since the event stages a count still running only
    sa, sb = _clock_stage(a, ctx, running), _clock_stage(b, ctx, running)
    if sa is None and sb is None and evolving(metric):
        # a running count in a live blog's entry, below the other source's: the count as it
        # stood at the entry's time ("16:05 Officials confirm four people have died" against a
        # later report's three); above it, no stage of a growing count explains the gap
        low = a if a.value < b.value else b
        stamp = _entry_stamp(low, ctx)
        if stamp is not None and _entry_stamp(b if low is a else a, ctx) is None:
            return Apart(
                "time of day",
                f"{low.document} gives its figure in its entry of {stamp}, a stage of a count "
                "still running",
            )
    if sa == sb:
        return None
    if sa is not None and sb is not None:
        return Apart(
            "time of day",
            f"{a.document} gives its figure as of {sa} and {b.document} as of {sb}, two "
            "stages of a count still running",
        )
    staged, other = (a, b) if sa is not None else (b, a)
    if other.clock == (sa or sb):
        return None  # the other figure's own clause or live-blog entry gives that very time
    return Apart(
        "time of day",
        f"{staged.document} gives its figure as of {sa or sb}, a stage of a count still running",
    )


def is_peak(c: Claim, ctx: Ctx) -> bool:
    """Whether the words just before the figure, in its sentence, give it as a peak ("hit
    33.4C", "peaked at 4.7 metres", "a high of 31C", "the strongest gust of 150 km/h"). A peak
    word the parse puts on another thing of the sentence is not the figure's ("the bloc's
    biggest producer, will shoulder the largest share, cutting output by 380,000 barrels a
    day": the share is the largest)."""
    r = scope_rules()
    text = ctx.texts.get(c.document, "")
    start, lo, hi = _near_bounds(c, text, r.peak_window)
    hits = [m.start() - start for m in r.peak.finditer(text, lo, hi)]
    if not hits:
        return False
    span = parsed_figure(c)
    return span is None or any(_peak_word_on(span, word) for word in hits)


def _peak_word_on(span: Span, at: int) -> bool:
    """Whether the word at character ``at`` of the parsed sentence is a peak of the figure
    ``span``: it stands over the figure ("peaked at", "hit", "a high of") or modifies a word
    that does ("the strongest gust of", "a record high of"); not a superlative of another
    noun ("the biggest share, cutting output by ..."). True when no token stands there."""
    from reconcile.claims.parse import token_at

    word = token_at(span.doc, at)
    if word is None:
        return True
    over = {t.i for t in span.root.ancestors} | {t.i for t in span}
    return word.i in over or word.head.i in over


def is_whole(c: Claim, ctx: Ctx) -> bool:
    """Whether the figure is written as the whole a part is taken from ("four of its six
    carriages": six), or its count's noun carries a fraction in the parse ("laid off half the
    company's 7,500 employees", "most of the 300 passengers": ``parse.whole_of``)."""
    text = ctx.texts.get(c.document, "")
    if scope_rules().whole.search(text[max(0, c.span[0] - 30) : c.span[0]]) is not None:
        return True
    if c.kind != "count" or not _may_hold_fraction(c.sentence):
        return False
    span = parsed_figure(c)
    if span is None:
        return False
    from reconcile.claims.parse import whole_of

    return whole_of(span.doc, span.start_char, span.end_char) is not None


@cache
def _rx_fraction() -> re.Pattern[str]:
    from reconcile.claims.parse import fraction_words

    words = "|".join(map(re.escape, sorted(fraction_words())))
    return re.compile(rf"(?i)\b(?:{words})\b")


def _may_hold_fraction(sentence: str) -> bool:
    """Whether a word of a fraction is in the sentence (no parse is needed without one)."""
    return _rx_fraction().search(sentence) is not None


_RX_DIGIT = re.compile(r"\d")
_PART_OF = re.compile(r"(?i)^\s+of\s+(?:its|their|the|his|her|our|those|them)\b")
# parts named after their whole by a relative, up to the clause's end: "5,200 staff, of whom
# 3,100 are engineers", "2,000 jobs, of which about 1,300 at the plant and 700 elsewhere"
_OF_WHICH = re.compile(r"(?i)\bof\s+(?:which|whom)\s[^.;:!?]{0,80}$")


def is_part(c: Claim, ctx: Ctx) -> bool:
    """Whether the figure is written as a part taken from a whole ("eight of their shots"),
    the "of" phrase after the figure or inside its words after the number, or named after its
    whole by "of which" / "of whom" ("5,200 staff, of whom 3,100 ..."), or its sentence goes
    on to the rest of the whole after it ("19 died at the scene, while the rest died later in
    the clinic", ``rest_pattern``)."""
    text = ctx.texts.get(c.document, "")
    number = c.text.split(" ", 1)[0]
    after_number = c.text[len(number) :]
    if any(_PART_OF.match(t) for t in (text[c.span[1] : c.span[1] + 20], after_number)):
        return True
    if _after_of_which(c, ctx):
        return True  # "2,900 jobs, of which 1,500 at the dock"
    at = c.sentence.find(c.text)
    rest = scope_rules().rest.search(c.sentence, at + len(c.text)) if at >= 0 else None
    # the figure right before "the rest", no other number between: "All 40 miners were
    # brought up, 28 in the cage and the rest up the ladder" makes 28 a part, not 40
    return rest is not None and not _RX_DIGIT.search(c.sentence, at + len(c.text), rest.start())


def _after_of_which(c: Claim, ctx: Ctx) -> bool:
    """Whether the figure follows "of which" or "of whom" in its clause (see _OF_WHICH)."""
    text = ctx.texts.get(c.document, "")
    return _OF_WHICH.search(text, max(0, c.span[0] - 100), c.span[0]) is not None


def part_and_whole(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A count written as a whole ("four of its six carriages") or as a part ("eight of their
    shots") against another source's count not written so: the two may count the part and the
    whole. Not when the part and the other count are taken by one verb ("cancelled 212 of
    them", "221 flights were cancelled"): what the verb did is the part, and the other source
    counts the same part (see :func:`governing_verb`)."""
    if a.document == b.document or not all(
        c.kind == "count" or (c.kind == "number" and _after_of_which(c, ctx)) for c in (a, b)
    ):
        return None  # (a bare number counts here only as a part: "of which 1,500 at the dock")
    ra = "whole" if is_whole(a, ctx) else "part" if is_part(a, ctx) else None
    rb = "whole" if is_whole(b, ctx) else "part" if is_part(b, ctx) else None
    if ra == rb:
        return None
    said, role = (a, ra) if ra is not None else (b, rb)
    other = b if said is a else a
    if role == "part" and (verb := governing_verb(said)) and verb == governing_verb(other):
        return None  # "cancelled 212 of them" and "221 were cancelled": one part, counted
    return Apart(
        "part and whole",
        f"{said.document} gives its figure as the {role} of a count, which the other source's "
        "figure may not be",
    )


def listed_part(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A figure its own source lists as one part of a total it gives ("funded with $210m from
    the development bank, $90m from a climate fund and $168m from the treasury, a total of
    $486m"; :func:`reconcile.compare.sums.parts_of_totals`) against another source's figure
    that is no such part: the part is not the whole the other may give."""
    if a.document == b.document:
        return None
    found = [(c, _total_of(c, ctx)) for c in (a, b)]
    listed = [(c, t) for c, t in found if t is not None]
    if len(listed) != 1:
        return None
    part, total = listed[0]
    return Apart(
        "listed part",
        f'{part.document} lists its figure as one part of a total it gives ("{total.text}")',
    )


# the source an amount comes from, written right after it: "£65m came from the city's transport
# levy", "a grant of €90m from the development bank", "$40m from its own reserves"
_RX_FROM = re.compile(
    r"\s*(?:(?:came|comes|coming|will\s+come|was|were|is|are)\s+)?"
    r"(?:(?:raised|received|collected|borrowed|drawn)\s+)?from\s+"
    r"(?P<src>[A-Za-z][^,;.()\n]*?)(?=\s*(?:[,;.()\n]|\band\b|$))"
)
# a "from" that gives a time or an earlier value, not a source ("up from last year")
_RX_FROM_TIME = re.compile(
    r"^(?:the\s+)?(?:last|previous|prior|earlier|a\s+year|this|next|same|start|end|beginning"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
# a source written before the figure, in the clause the figure completes ("its funding from the
# city council was 1.9 million crowns"), the figure perhaps restating another amount beside it
# ("was 1.9 million crowns, roughly US$170,000")
_RX_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?P<src>[A-Za-z][^,;.()\n]*?)\s+"
    r"(?:was|were|is|are|came\s+to|totall?ed|amounted\s+to|stood\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost)\s+)?"
    r"(?:[^,;()\n]*?\d[^,;()\n]*?(?:,\s*|\s*\(\s*)(?:about|around|roughly|some|or)\s+)?$"
)
_SOURCE_STOP = frozenset({"the", "a", "an", "its", "their", "his", "her", "own", "of", "s"})


def _source_words(c: Claim, ctx: Ctx) -> frozenset[str] | None:
    """The words of the source a money figure is said to come from, when one is written right
    after it ("EUR250m from the national government", "$95,000 raised from private donors") or
    before it in the clause it completes ("its funding from the city council was 1.9 million
    crowns, roughly $170,000"); None if none."""
    if c.kind != "money":
        return None
    text = ctx.texts.get(c.document, "")
    m = _RX_FROM.match(text, c.span[1])
    if m is None:
        m = _RX_FROM_BEFORE.search(text, max(0, c.span[0] - 160), c.span[0])
    if m is None or _RX_FROM_TIME.match(m["src"]):
        return None
    words = frozenset(_one(w) for w in re.findall(r"[a-z]+", m["src"].lower()))
    return (words - _SOURCE_STOP) or None


def _one(word: str) -> str:
    """A plural noun's singular, as far as its ending says ("penalties": penalty, "fines":
    fine; "business" stays): "penalty charges" and "penalties" share a word."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def different_funders(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """Two amounts each said to come from a source, the sources sharing no word ("the
    last $44m from the operator's cash" / "a grant of $46m from a federal transit fund"): two
    parts of a funding, not one amount told twice."""
    if a.document == b.document:
        return None
    sa, sb = _source_words(a, ctx), _source_words(b, ctx)
    if sa is None or sb is None or sa & sb:
        return None
    return Apart(
        "different sources of money",
        "each amount is said to come from a different source: two parts of the money, not one",
    )


def _total_of(c: Claim, ctx: Ctx) -> Claim | None:
    """The total ``c``'s source lists it as a part of, if any (built once per document)."""

    def made() -> dict[str, Claim]:
        from reconcile.compare.sums import parts_of_totals

        return parts_of_totals(ctx.claims_of(c.document), ctx.texts.get(c.document, ""))

    return ctx.once(ctx.listed_parts, c.document, made).get(c.id)


def part_named(c: Claim) -> Token | None:
    """The part a figure is the share of, when its clause names one as the subject of a verb
    of making up a whole ("the hatchback accounted for 131,300", "weaving makes up about 35%
    of its staff", "exports to Asia represent 31%": hatchback, weaving, exports); None for
    any other figure, or a pronoun ("it accounted for 12%": the story's own subject)."""
    if not _part_verb_rx().search(c.sentence):
        return None  # (no such verb written: the sentence need not be parsed)
    span = parsed_figure(c)
    if span is None:
        return None
    head = counted_head(span)
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
        if verb.lemma_.lower() != "account":
            return None
    elif head.dep_ != "dobj" or verb.lemma_.lower() not in scope_rules().part_verbs:
        return None
    elif verb.lemma_.lower() == "make" and not any(t.dep_ == "prt" for t in verb.children):
        return None  # "makes 35%" is no share of a whole; "makes up 35%" is
    subject = next((t for t in verb.children if t.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    return subject


@cache
def _part_verb_rx() -> re.Pattern[str]:
    """Any written form of a verb :func:`part_named` reads ("made", "comprising", "accounts")."""
    stems = {v[:-1] if v.endswith("e") else v for v in scope_rules().part_verbs}
    return re.compile(rf"(?i)\b(?:{'|'.join(sorted(stems | {'account', 'made'}))})")


def share_of_a_part(a: Claim, b: Claim) -> Apart | None:
    """A figure its clause gives as what a named part makes up ("the hatchback accounted for
    131,300", "weaving makes up about 35% of its staff") against another source's figure
    whose sentence names no such part: one is a part's share, the other may be the whole's
    (the deliveries of all models, the share of the workforce cut). When the other sentence
    names the part too ("it delivered 131,000 hatchbacks"), the two give one part's figure,
    and a difference stands; so too when two shares are of one whole ("nearly a quarter of the
    payroll", "11% of the payroll") and the other names a word narrowing the part, and
    when a part's count or amount is not below the other figure (a part of it would be)."""
    pa, pb = part_named(a), part_named(b)
    if (pa is None) == (pb is None):
        return None
    said, part = (a, pa) if pa is not None else (b, pb)
    other = b if said is a else a
    # the part's words: its noun and the words that narrow it ("weaving jobs", "compact saloon")
    words = [part] + [t for t in part.children if t.dep_ in ("compound", "amod") and t.is_alpha]
    if all(_written_in(t, other.sentence) for t in words):
        return None
    if said.kind == "percent":
        # "Roe's basic salary ... nearly a quarter of the payroll", "Roe's basic pay is 11% of
        # the payroll": one whole, and a word narrowing the part (or its owner) in both
        owners = [t for t in part.children if t.dep_ == "poss" and t.pos_ == "PROPN"]
        whole = _share_whole(said)
        if (
            whole is not None
            and whole == _share_whole(other)
            and any(_written_in(t, other.sentence) for t in words[1:] + owners)
        ):
            return None
    elif said.value >= other.value:
        return None  # a part above the other figure cannot be a part of it
    return Apart(
        "share of a part",
        f"{said.document} gives its figure as what one part ({part.text}) makes up, the other "
        "source's figure may be the whole's",
    )


def shares_of_other_wholes(a: Claim, b: Claim) -> Apart | None:
    """Two shares "of" different wholes ("holding 27% of the bonds", "owns 61% of the stock";
    "41% of the vote", "38% of the seats") when neither sentence writes the other's whole: a
    share is a quantity only with its whole."""
    if a.kind != "percent" or b.kind != "percent":
        return None
    if " of " not in a.sentence or " of " not in b.sentence:
        return None  # (no whole written: the sentences need not be parsed)
    wa, wb = _share_whole(a), _share_whole(b)
    if wa is None or wb is None or wa == wb:
        return None
    if _lemma_written(wa, b.sentence) or _lemma_written(wb, a.sentence):
        return None
    units = vocab().unit_specs
    if set(units.get(wa, ())) & set(units.get(wb, ())):
        return None  # one whole in two words: "13% of its workforce", "a fifth of its staff"
    return Apart(
        "shares of different wholes",
        f"{a.document} gives a share of the {wa}, {b.document} a share of the {wb}",
    )


def _lemma_written(lemma: str, sentence: str) -> bool:
    """Whether ``lemma`` starts a word of ``sentence``, whatever its case."""
    return re.search(rf"(?i)\b{re.escape(lemma)}", sentence) is not None


def _share_whole(c: Claim) -> str | None:
    """The noun of the whole a share is "of" ("11% of the payroll": payroll), None without,
    and None for a pronoun ("cover only 23% of that", "half of it"): it points back to a whole
    named before, not to one of its own. Kept by figure and sentence (see :data:`BY_FIGURE`)."""
    return _whole_noun(c.sentence, c.text)


@lru_cache(maxsize=BY_FIGURE)
def _whole_noun(sentence: str, text: str) -> str | None:
    span = figure_in(sentence, text)
    if span is None:
        return None
    head = counted_head(span)
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            whole = next((x for x in prep.children if x.dep_ == "pobj"), None)
            if whole is None or whole.pos_ in ("PRON", "DET"):
                return None
            return whole.lemma_.lower()
    return None


def _written_in(t: Token, sentence: str) -> bool:
    """Whether the word, as written or as its lemma, starts a word of ``sentence``."""
    return any(_lemma_written(w, sentence) for w in (t.lower_, t.lemma_.lower()))


def earlier_instance(c: Claim) -> Token | None:
    """The thing a figure is told of, when the text marks it as an earlier one of its kind
    ("the lodge's previous refurbishment, costing $30 million", "the prior sale: $90m", "the
    prior contract paid 4%"; ``earlier_instance_words``): the noun the figure's phrase hangs
    on, or the subject of the verb that gives it; None when no such word narrows them. Not
    the counted noun itself ("the last four boys" are the final ones of a group, not an
    earlier group), and not a period ("last year", "the previous quarter": a time, read as
    one)."""
    return _marked_thing(c, scope_rules().earlier_instance_words)


def _marked_thing(c: Claim, words: frozenset[str]) -> Token | None:
    """The noun the figure's phrase hangs on, or the subject of the verb that gives it, when a
    bare adjective of ``words`` modifies it (see :func:`earlier_instance`); None otherwise.
    Where it stands is kept by figure and sentence (see :data:`BY_FIGURE`)."""
    at = _marked_at(c.sentence, c.text, words)
    if at is None:
        return None
    from reconcile.claims.parse import parse_sentences

    return parse_sentences([c.sentence])[0][at]


@lru_cache(maxsize=BY_FIGURE)
def _marked_at(sentence: str, text: str, words: frozenset[str]) -> int | None:
    """Where :func:`_marked_thing` finds its noun in the parse of ``sentence``, or None."""
    if not any(w in words for w in _WORDS.findall(sentence.lower())):
        return None  # (no such word written: the sentence need not be parsed)
    span = figure_in(sentence, text)
    if span is None:
        return None
    from reconcile.claims.parse import _series_nouns

    periods = _series_nouns()[1] | {"time"}
    t = counted_head(span)
    while t.head.i != t.i:
        p = t.head
        things = [p] if p.pos_ in ("NOUN", "PROPN") else []
        if p.pos_ in ("VERB", "AUX"):
            things = [x for x in p.children if x.dep_ in ("nsubj", "nsubjpass")]
        for x in things:
            if x.lemma_.lower() in periods or x.ent_type_ in ("DATE", "TIME"):
                continue
            if any(_bare_adjective(m, words) for m in x.children):
                return int(x.i)
        if p.pos_ in ("VERB", "AUX") and p.dep_ not in ("acl", "relcl"):
            return None  # the figure's own clause ends at its verb
        t = p
    return None


def _bare_adjective(m: Token, words: frozenset[str]) -> bool:
    """Whether a modifier is a bare adjective of ``words`` (``earlier_instance_words``: "the
    old record"; ``market_wide_words``: "national sales"), not one with words of its own ("the
    32-year-old ferry", "a 30 year old ferry": an age)."""
    return m.dep_ == "amod" and m.lower_ in words and not any(True for _ in m.children)


def _marked_side(
    a: Claim, b: Claim, mark: Callable[[Claim], Token | None]
) -> tuple[Claim, Token, Claim] | None:
    """(the figure ``mark`` finds a word on, that word, the other figure) when it finds one on
    exactly one of the two; None otherwise."""
    ma, mb = mark(a), mark(b)
    if ma is not None and mb is None:
        return a, ma, b
    if mb is not None and ma is None:
        return b, mb, a
    return None


def market_wide(c: Claim) -> Token | None:
    """The thing a figure is told of when a word makes it the whole market's or country's
    ("national car sales fell 9%", "nationwide prices rose 3%";
    ``market_wide_words``), None otherwise."""
    return _marked_thing(c, scope_rules().market_wide_words)


def market_and_own(a: Claim, b: Claim) -> Apart | None:
    """A figure of the whole market or country ("national car sales fell 9%")
    against another source's figure whose sentence writes no such word (the carmaker's own
    sales, down 23%): two quantities, the market's and the subject's."""
    if not all(c.kind == "percent" or c.role == "change" for c in (a, b)):
        return None  # a market's move or share; a thing's level is the thing's own ("the
        # national record of 41.2C", "a nationwide count costing 2 million")
    if (marked := _marked_side(a, b, market_wide)) is None:
        return None
    said, thing, other = marked
    marks = [m for m in thing.children if _bare_adjective(m, scope_rules().market_wide_words)]
    if any(_written_in(t, other.sentence) for t in marks):
        return None
    return Apart(
        "the whole market's figure",
        f"{said.document} gives the {marks[0].lower_} figure for {thing.lemma_.lower()}, the "
        "other source's may be its subject's own",
    )


_RX_AMONG = re.compile(r"(?i)\bamong(?:st)?\b")


def among_group(c: Claim) -> Token | None:
    """The group a figure's clause narrows it to with "among" ("Among the over-70s, just 58%
    log in", "support was 41% among renters"): the noun after "among", when the
    preposition hangs on the figure or on a verb of the figure's own clause; None otherwise."""
    if _RX_AMONG.search(c.sentence) is None:
        return None  # (no "among" written: the sentence need not be parsed)
    span = parsed_figure(c)
    if span is None:
        return None
    head = counted_head(span)
    above = {head.i}
    for t in head.ancestors:
        above.add(t.i)
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "aux", "auxpass"):
            break  # the figure's own clause ends at its verb
    for t in span.doc:
        if t.lower_ in ("among", "amongst") and t.head.i in above:
            group = next((x for x in t.children if x.dep_ == "pobj"), None)
            if group is not None and _narrowed_group(group):
                return group
    return None


def _narrowed_group(group: Token) -> bool:
    """A group "among" names that narrows a population: a noun with words of its own ("young
    voters", "customers over 70") or a figure in it ("the over-70s"); not a pronoun ("among
    them", "among those killed") or a bare noun ("among patients": often the whole)."""
    if group.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(ch.isdigit() for ch in group.text):
        return True  # "the over-70s"; not a count of the whole ("among the 240 patients")
    return any(x.dep_ in ("amod", "compound", "prep") for x in group.children)


def among_and_all(a: Claim, b: Claim) -> Apart | None:
    """A figure its clause narrows to a group with "among" ("among the over-70s, just 58% log
    in") against another source's figure whose sentence does not name the group
    (87% of all customers): a sub-group's figure and the whole's."""
    return _part_and_whole(a, b, among_group, "among {}")


def _part_and_whole(
    a: Claim, b: Claim, narrowed: Callable[[Claim], Token | None], told: str
) -> Apart | None:
    """A figure that ``narrowed`` reads as told of a part (its group, ``told`` worded with the
    group's words) against another source's figure whose sentence does not name that part."""
    if (marked := _marked_side(a, b, narrowed)) is None:
        return None
    said, group, other = marked
    if _written_in(group, other.sentence):
        return None
    return Apart(
        "a sub-group's figure",
        f"{said.document} gives its figure {told.format(group.text)}, the other source's may "
        "be the whole's",
    )


_RX_SUBSET = re.compile(r"(?i)\b(?:some|several|many|aged)\b")
_SUBSET_DETS = frozenset({"some", "several", "many"})


def subset_subject(c: Claim) -> Token | None:
    """The narrowed group that is the subject of a figure's own clause: a plural noun under
    "some", "several" or "many" ("Some valleys in the north saw over a third of their
    vines frozen": valleys) or a noun narrowed by an age band ("Deliveries to mothers aged 35 or
    over fell 4%": mothers); None otherwise, and for the figure's own noun ("some 400 people",
    an approximation)."""
    if _RX_SUBSET.search(c.sentence) is None:
        return None  # (no such word written: the sentence need not be parsed)
    span = parsed_figure(c)
    if span is None:
        return None
    head = counted_head(span)
    verb = next(
        (
            t
            for t in [head, *head.ancestors]
            if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("xcomp", "aux", "auxpass")
        ),
        None,
    )
    if verb is None:
        return None
    figure = {t.i for t in span}
    for subject in (x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")):
        if figure & {t.i for t in subject.subtree}:
            continue  # the figure's own noun: "Some 400 people were evacuated"
        if subject.tag_ in ("NNS", "NNPS") and any(
            d.dep_ == "det" and d.lower_ in _SUBSET_DETS for d in subject.children
        ):
            return subject
        for t in subject.subtree:
            if t.lower_ == "aged" and any(x.like_num for x in t.subtree) and t.head.pos_ == "NOUN":
                return t.head
    return None


def subset_and_all(a: Claim, b: Claim) -> Apart | None:
    """A figure whose clause is told of a narrowed group ("some districts", "mothers aged 35
    or over") against another source's figure whose sentence does not name that group: a part's
    figure and, maybe, the whole's."""
    return _part_and_whole(a, b, subset_subject, "for a narrowed group ({})")


def earlier_and_current(a: Claim, b: Claim) -> Apart | None:
    """A figure of an earlier instance of a thing ("the lodge's previous refurbishment, costing
    $30 million") against another source's figure of no earlier one ("will spend $85 million
    on a refurbishment"): the previous refurbishment and the planned one, two things. When the
    other sentence names the same earlier thing ("the last refurbishment cost $38 million"),
    or marks its own figure as an earlier one ("the old high of 41.3C" / "the previous
    high of 41.8C"), the two give one figure and a difference stands."""
    if (marked := _marked_side(a, b, earlier_instance)) is None:
        return None
    said, thing, other = marked
    marks = [m for m in thing.children if _bare_adjective(m, scope_rules().earlier_instance_words)]
    if all(_written_in(t, other.sentence) for t in [thing, *marks]):
        return None
    return Apart(
        "an earlier instance",
        f"{said.document} gives its figure for an earlier {thing.lemma_.lower()}, the other "
        "source's figure may be of the current one",
    )


def nationalities(c: Claim) -> frozenset[str]:
    """The nationality or affiliation words that narrow a count's noun in the parse of its
    sentence ("two British divers": british; "three Thai navy divers": thai; spaCy's NORP
    entities among the noun's modifiers); empty for a count its noun does not narrow so."""
    if c.kind != "count" or not _CAPITAL_AFTER_START.search(c.sentence):
        return frozenset()  # (a nationality is written with a capital)
    span = parsed_figure(c)
    if span is None:
        return frozenset()
    noun = counted_head(span)
    return frozenset(
        t.lower_
        for t in noun.subtree
        if t.i < noun.i and t.ent_type_ == "NORP" and t.head.i in (noun.i, *_modifiers(noun))
    )


_CAPITAL_AFTER_START = re.compile(r"(?<=.)\b[A-Z]", re.DOTALL)
_WORDS = re.compile(r"[a-z]+")


def _modifiers(noun: Token) -> list[int]:
    """The indices of the compound words before a noun ("navy" in "Thai navy divers")."""
    return [t.i for t in noun.children if t.dep_ == "compound" and t.i < noun.i]


def different_nationalities(a: Claim, b: Claim) -> Apart | None:
    """Two counts whose nouns are narrowed by different nationalities or affiliations ("two
    British divers", "three Thai navy divers"): two groups of people, not one count. A count
    whose noun no such word narrows ("three divers") may be either, and is weighed."""
    na, nb = nationalities(a), nationalities(b)
    if not na or not nb or na & nb:
        return None
    return Apart(
        "different groups",
        f"the counts are of different groups ({', '.join(sorted(na))}; "
        f"{', '.join(sorted(nb))}), not one count",
    )


_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE = frozenset({"in", "at", "on", "off", "to"})
# a preposition of place, up to five lower-case words, then a capital that opens no day or month:
# what a place name hung on the figure needs (a place's name is written with a capital)
_PLACE_AFTER = re.compile(
    r"\b(?i:in|at|on|off|to)\s+(?:[a-z’'-]+\s+){0,5}(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-Z]"
)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’'&-]*(?:[ \t]+[A-Z][\w.’'&-]*)*")


@lru_cache(maxsize=1 << 16)
def _place_candidates(sentence: str) -> tuple[str, ...]:
    """The capitalised runs that open after a preposition of place (see _PLACE_AFTER). A place
    :func:`narrowing_place` finds starts one of them, unless more than five lower-case words
    stand between its preposition and its name (such a pair is then not set apart by place)."""
    out = []
    for m in _PLACE_AFTER.finditer(sentence):
        run = _CAPITALISED_RUN.match(sentence, m.end() - 1)
        if run is not None:
            out.append(run.group(0).rstrip("."))
    return tuple(out)


def _unnamed_candidate(c: Claim, other: Claim, ctx: Ctx) -> bool:
    """Whether a place ``c``'s sentence may narrow it to is one ``other``'s source never names:
    the pair :func:`a_places_figure` may set apart, for which ``c``'s sentence is parsed."""
    return any(not _names_place(other.document, p, ctx) for p in _place_candidates(c.sentence) if p)


def _names_place(document: str, place: str, ctx: Ctx) -> bool:
    """Whether ``document``'s text writes ``place`` as a whole word, in any case (``name_rx``),
    or the word for its people (``people_word_rx``: "Carvanian" names Carvania), once per
    document and place of the run (``ctx.places_named``): each pair of a group asks
    of the other source's whole text, about 25 µs a search."""

    def made() -> bool:
        from reconcile.claims.placed import name_rx, people_word_rx

        text = ctx.texts.get(document, "")
        people = people_word_rx(place)  # "Carvanian output" names Carvania
        return bool(name_rx(place).search(text) or (people and people.search(text)))

    return ctx.once(ctx.places_named, (document, place), made)


def narrowing_place(c: Claim) -> str | None:
    """The named place a figure's own clause narrows it to: a place name (spaCy's GPE, LOC or
    FAC) in the object of a preposition of place hung on the figure's noun, on a noun over it
    or on its verb ("employs roughly 1,700 people in Marlow Bay", "brought 300mm of rain to the
    town of Sella"); None when no such place narrows it. The subject of that verb narrows it
    too ("the League's vote share in Dunmere slid to 18.6 per cent", "prices at Denbury Airport
    rose 4%"); a place hung on a proper name only says where that named thing is."""
    if not _place_candidates(c.sentence):
        return None  # (no preposition of place before a capital: the sentence is not parsed)
    span = parsed_figure(c)
    if span is None:
        return None
    holders = [counted_head(span)]
    for t in holders[0].ancestors:
        holders.append(t)
        if t.pos_ in ("VERB", "AUX"):
            subjects = [x for x in t.children if x.dep_ in ("nsubj", "nsubjpass")]
            holders += [x for s in subjects for x in s.subtree if x.pos_ in ("NOUN", "PROPN")]
            break
    for h in holders:
        if h.pos_ == "PROPN":
            continue  # "the Ridgeback Fire in Tarn County": where a named thing is, no narrowing
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
                continue
            for place in prep.subtree:
                if not _of_locative(place):
                    continue
                if (name := _place_name(place) or _site_name(place)) is not None:
                    return name
    return None


def _site_name(t: Token) -> str | None:
    """The name of a site the figure is given at, written as a proper name right after "at"
    ("at Brackley Grammar School", "at St Ann's Hospital"): a school, a hospital, a plant the
    tagger takes for no place, or for an organisation; the words of the name from its first
    modifier to its head. None for anything else: not after "in" or "on" ("in Middle Jurassic
    sandstones"), not a lower-case object ("at the airport", "at Kellisport harbour"), not a
    name with a digit."""
    if t.dep_ != "pobj" or t.head.lower_ != "at" or t.pos_ != "PROPN" or not t.text[:1].isupper():
        return None  # (not "at Kellisport harbour": a common noun a name modifies)
    if t.ent_type_ in _NOT_SITE:
        return None
    lefts = [x for x in t.lefts if x.dep_ in ("compound", "poss") and x.text[:1].isupper()]
    first = min((x.left_edge.i for x in lefts), default=t.i)
    written = t.doc[first : t.i + 1].text
    if not written[:1].isupper() or any(ch.isdigit() for ch in written):
        return None
    return written


_NOT_SITE = frozenset({"PERSON", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def _of_locative(t: Token) -> bool:
    """Whether a word is the object of a preposition of place ("in Uppsala"), or of the "of" of
    such an object ("to the town of Sella"); not of any other "of" ("some 20 miles west of
    Corby": where a quake's centre lies, no place a figure is narrowed to)."""
    if t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ == "of" and prep.head.dep_ == "pobj":
        prep = prep.head.head
    return prep.lower_ in _LOCATIVE


def _place_name(t: Token) -> str | None:
    """The place name a preposition's object is ("Marlow Bay", "the U.S.", "the town of Sella":
    a preposition's object inside the phrase counts too): a place entity of spaCy's holding
    that word, written with a capital and lower-case letters or as an abbreviation with stops
    (not "in AI", not "in the north-east"; not "in Middle Jurassic sandstones" either, a
    modifier of the object; never a word with a digit); None otherwise."""
    if t.ent_type_ not in _PLACE_ENTITIES:
        return None
    ent = next(e for e in t.doc.ents if e.start <= t.i < e.end)
    written = ent.text
    if any(ch.isdigit() for ch in written):
        return None  # "rose 19% to HK$251.50": a price the tagger took for a place
    if written[:1].isupper() and (any(ch.islower() for ch in written) or "." in written):
        return written
    return None


def a_places_figure(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A figure its clause narrows to a named place ("employs roughly 1,700 people in Marlow
    Bay") against another source's figure, when that source never names the place: the
    figure of a place (a town, a site, a region) against one of the whole (the company, the
    country). When the other source names the place anywhere, the place may be the story's
    own setting ("12 died in Wexholt" / "the storm killed 14"), and a difference stands."""
    if not (_unnamed_candidate(a, b, ctx) or _unnamed_candidate(b, a, ctx)):
        return None  # (every place either sentence could name, the other source names too)
    pa, pb = narrowing_place(a), narrowing_place(b)
    if (pa is None) == (pb is None):
        return None
    said, place = (a, pa) if pa is not None else (b, pb)
    other = b if said is a else a
    if _names_place(other.document, place, ctx):
        return None
    return Apart(
        "a place's figure",
        f"{said.document} gives its figure for {place}, which the other source does not name",
    )


def debt_included(a: Claim, b: Claim, metric: str | None) -> Apart | None:
    """An amount its sentence gives with the company's debt included (an enterprise value)
    against one whose sentence does not: the whole business against its shares (not for the
    debt itself: "including debt of £460m")."""
    if a.kind != "money" or b.kind != "money":
        return None
    if any(w in (metric or "").lower() for w in ("debt", "borrowing")):
        return None
    pattern = scope_rules().debt_included
    da, db = pattern.search(a.sentence) is not None, pattern.search(b.sentence) is not None
    if da == db:
        return None
    said = a if da else b
    return Apart(
        "debt included",
        f"{said.document} gives a value with the company's debt included, the other source "
        "the value of its shares",
    )


def included_thing(c: Claim) -> Token | None:
    """What an amount's own phrase says it includes ("the total cost, including pensions, was
    £4m", "the bill came to £4m including delivery fees"): the noun after "including" hung on
    the amount, on a word over it up to its verb, or on that verb's subject; None for any other
    figure, or when what is included is itself counted or priced ("including £1m for fees",
    "including 30 children": a part of the figure, not a scope of it)."""
    if c.kind != "money" or "includ" not in c.sentence.lower():
        return None  # (no such word written: the sentence need not be parsed)
    span = parsed_figure(c)
    if span is None:
        return None
    holders = [span.root]
    for t in span.root.ancestors:
        holders.append(t)
        if t.pos_ in ("VERB", "AUX"):
            holders += [x for x in t.children if x.dep_ in ("nsubj", "nsubjpass")]
            break
    for h in holders:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ != "including":
                continue
            thing = next((x for x in prep.children if x.dep_ == "pobj"), None)
            if thing is not None and not any(x.like_num for x in thing.subtree):
                return thing
    return None


def included_scope(a: Claim, b: Claim) -> Apart | None:
    """An amount its phrase gives with something included ("the cost, including pensions, was
    more than £4m") against another source's amount whose sentence names no such thing ("the
    scheme will cost about £5.2m"): the whole with an addition against what may be the bare
    amount. When the other sentence names the thing too ("covers pensions"), the two give one
    amount and a difference stands; a company's debt is :func:`debt_included`'s to weigh."""
    ia, ib = included_thing(a), included_thing(b)
    if (ia is None) == (ib is None):
        return None
    said, thing = (a, ia) if ia is not None else (b, ib)
    other = b if said is a else a
    pattern = scope_rules().debt_included
    if pattern.search(said.sentence) or pattern.search(other.sentence):
        return None
    if _written_in(thing, other.sentence):
        return None
    return Apart(
        "an addition included",
        f"{said.document} gives its amount including {thing.text}, the other source's amount "
        "may leave it out",
    )


_OF_BEFORE = re.compile(r"\bof(?:\s+[\w-]+){0,2}\s*$", re.I)
_NAMED_KINDS = frozenset({"money", "percent"})


def _may_name_value(c: Claim) -> bool:
    """Whether "of" stands right before the figure (up to two words between: "of roughly"), so
    that the figure may be the value of a noun: a word test before any parse."""
    if c.kind not in _NAMED_KINDS:
        return False
    at = c.sentence.find(c.text)
    return at >= 0 and _OF_BEFORE.search(c.sentence, max(0, at - 40), at) is not None


def value_noun(c: Claim) -> str | None:
    """The noun an amount or a percentage is the value of through "of", read from the parse
    ("a bonus of £2.3m": bonus; "a salary of about $700,000": salary; "a coupon of
    5.75%": coupon); None for any other figure."""
    return _value_noun(c.sentence, c.text) if _may_name_value(c) else None


@lru_cache(maxsize=65536)
def _value_noun(sentence: str, figure: str) -> str | None:
    span = figure_in(sentence, figure)
    if span is None:
        return None
    root = span.root
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.i == root.i:
        return None
    noun = of.head
    return noun.lemma_.lower() if noun.pos_ == "NOUN" and noun.i != of.i else None


def _named_values(ctx: Ctx) -> dict[tuple[str, str], dict[str, list[Claim]]]:
    """The run's figures by the noun they are the value of and their unit, and by source (see
    :func:`value_noun`): worked out once a run, on first need, their sentences parsed in one
    batch."""
    if ctx.named_values is None:
        from reconcile.claims.parse import parse_sentences

        candidates = [x for x in ctx.by_id.values() if _may_name_value(x)]
        parse_sentences(list(dict.fromkeys(x.sentence for x in candidates)))
        found: dict[tuple[str, str], dict[str, list[Claim]]] = {}
        for x in candidates:
            if (noun := value_noun(x)) is not None:
                found.setdefault((noun, x.unit), {}).setdefault(x.document, []).append(x)
        ctx.named_values = found
    return ctx.named_values


def named_apart(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """Two amounts given as the values of two different nouns ("a bonus of £1.6m" / "a base
    salary of £1.05m") when some source gives figures of both nouns, in the pair's unit, that
    cannot both hold: that source tells the two things apart, so they are two quantities under
    one name, not one figure the sources disagree on. Nouns no source tells apart ("a salary of
    $2m" / "pay of $2.4m") leave the difference standing."""
    if a.unit != b.unit:
        return None
    na, nb = value_noun(a), value_noun(b)
    if na is None or nb is None or na == nb:
        return None
    named = _named_values(ctx)
    xs_of, ys_of = named.get((na, a.unit), {}), named.get((nb, b.unit), {})
    for doc in sorted(xs_of.keys() & ys_of.keys()):
        if not any(overlaps(ctx.iv(x), ctx.iv(y)) for x in xs_of[doc] for y in ys_of[doc]):
            return Apart(
                "two named things",
                f"{a.document} gives its figure as the {na}, {b.document} as the {nb}, and "
                f"{doc} gives both, apart: two quantities under one name",
            )
    return None


_COST_VERBS = frozenset({"cost"})
_COST_FIGURE_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd", "prep", "advmod"})
_ROUGHLY = frozenset({"about", "around", "over", "under", "nearly", "almost", "roughly"})


def cost_subject(c: Claim) -> Token | None:
    """The common noun an amount is the cost of, as the thing that costs it ("a monthly pass
    costs $30": pass; "the one-off payment will cost about $5m": payment; "a depot, costing
    $40m": depot; "the launch, which cost $60m": launch); None for any other amount, for a
    thing the sentence names (a proper noun) or a pronoun."""
    if c.kind != "money" or "cost" not in c.sentence.lower():
        return None  # (no such word written: the sentence need not be parsed)
    span = parsed_figure(c)
    if span is None:
        return None
    root = span.root
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ in _ROUGHLY and verb.head.i != verb.i:
        root, verb = verb, verb.head  # "will cost about $5m": "about" parsed as a preposition
    if root.dep_ not in _COST_FIGURE_DEPS or verb.lemma_.lower() not in _COST_VERBS:
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        thing: Token | None = verb.head
    else:
        thing = next((x for x in verb.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if thing is None and verb.dep_ == "conj":  # "has a 6in screen and will cost £799"
            first = verb.head
            thing = next((x for x in first.children if x.dep_ in ("nsubj", "nsubjpass")), None)
        if thing is None and verb.pos_ == "NOUN":
            # "a family pass costs €48" read as a noun compound: the noun before is the thing
            thing = next((x for x in verb.lefts if x.dep_ == "compound"), None)
    return thing if thing is not None and thing.pos_ == "NOUN" else None


def _cost_words(thing: Token) -> frozenset[str]:
    """The lemmas naming a thing that costs: its noun and the nouns compounded on it ("the six
    strike days": day, strike)."""
    return frozenset(
        {thing.lemma_.lower()}
        | {x.lemma_.lower() for x in thing.children if x.dep_ == "compound" and x.pos_ == "NOUN"}
    )


def _indefinite(thing: Token) -> bool:
    """A noun with "a" or "an": any one of a kind ("a monthly pass costs $30"), a unit price."""
    return any(x.dep_ == "det" and x.lower_ in ("a", "an") for x in thing.children)


def _costs_told_apart(la: str, lb: str, ctx: Ctx) -> bool:
    """Whether some source gives what a thing named ``la`` costs and what a thing named ``lb``
    costs, in one unit, as figures that cannot both hold."""
    by_doc: dict[str, list[tuple[Claim, frozenset[str]]]] = {}
    for x in ctx.by_id.values():
        if (t := cost_subject(x)) is not None:
            by_doc.setdefault(x.document, []).append((x, _cost_words(t)))
    for told in by_doc.values():
        xs = [x for x, words in told if la in words]
        ys = [y for y, words in told if lb in words]
        if any(x.unit == y.unit and not overlaps(ctx.iv(x), ctx.iv(y)) for x in xs for y in ys):
            return True
    return False


def _written_beside(thing: Token, other: Token) -> bool:
    """Whether the other thing's sentence writes ``thing``'s word (as written or as its lemma)
    anywhere but as a noun compounded on the other thing ("the launch" against "a second launch
    pad": a launch pad is no launch)."""
    words = {thing.lower_, thing.lemma_.lower()}
    return any(
        (t.lower_ in words or t.lemma_.lower() in words)
        and not (t.dep_ == "compound" and t.head.i == other.i)
        for t in other.doc
    )


def cost_subjects_apart(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """Two amounts given as what two different things cost, when neither sentence writes the
    other's thing at all: the price of one thing against the price of another when either
    thing is any one of a kind ("a monthly pass costs $30" / "a single ride costs $4": two unit
    prices), or when some source gives the costs of both things apart ("the one-off bonus will
    cost $5m" / "the strike days cost about $4m"). Two definite things no source tells apart
    ("the bridge would cost $90m" / "the crossing will cost $120m") may be one thing under two
    words, and the difference stands."""
    ta, tb = cost_subject(a), cost_subject(b)
    if ta is None or tb is None:
        return None
    la, lb = ta.lemma_.lower(), tb.lemma_.lower()
    if la == lb or _written_beside(ta, tb) or _written_beside(tb, ta):
        return None
    if not (_indefinite(ta) or _indefinite(tb) or _costs_told_apart(la, lb, ctx)):
        return None
    return Apart(
        "two things' costs",
        f"{a.document} gives what the {la} costs, {b.document} what the {lb} costs: two "
        "quantities under one name",
    )


def _measured(c: Claim) -> bool:
    """A measurement: a physical quantity or a magnitude (a number on a scale)."""
    return c.kind == "physical" or c.unit == "magnitude"


def peak_and_reading(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A measurement given as a peak against another source's lower one given as no peak: a
    reading at another moment (a reading above the stated peak still conflicts)."""
    if not (_measured(a) and _measured(b)):
        return None
    pa, pb = is_peak(a, ctx), is_peak(b, ctx)
    if pa != pb:
        peak, reading = (a, b) if pa else (b, a)
        if ctx.iv(reading)[1] <= ctx.iv(peak)[0]:
            return Apart(
                "peak and a reading",
                f"{peak.document} gives the peak, {reading.document} a lower reading, which may "
                "be of another moment",
            )
    return eased_reading(a, b, ctx)


def eased_reading(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A measurement given as the level a fall took it to ("its winds had eased to 65 km/h")
    against a higher one of another source not so given: a reading after the fall, the other
    one of before it (a reading below the eased one still conflicts, and so does a higher one
    given as the level a fall took it to as well: "have fallen by 9 km/h, to 49 km/h"
    against "have dropped to 45 km/h" are two readings after one fall). Not a period's total
    whose move is stated ("output fell 6% quarter on quarter to 112,400 ounces"): that is one
    period's figure, compared with the period before, not a reading of a moment."""
    da, db = _eased(a), _eased(b)
    if da == db:
        return None
    eased, other = (a, b) if da else (b, a)
    if ctx.iv(other)[0] < ctx.iv(eased)[1]:
        return None
    if moved_to(other) == "down":
        return None  # "fallen by 9 km/h, to 49 km/h" is a reading after the fall too
    return Apart(
        "eased reading",
        f"{eased.document} gives a reading after a fall, {other.document} a higher one, which "
        "may be of before it",
    )


def day_extreme(c: Claim, ctx: Ctx) -> str | None:
    """ "peak" or "trough" when the figure is a level reached by a move given as a maximum ("rose
    as much as 7% to 84,300 won": the day's high; "fell as much as 9% to $41.20": its low),
    else None. The move is a claim linked to the level whose qualifier gives a maximum."""
    for i in c.linked:
        move = ctx.by_id.get(i)
        if move is None or move.role != "change" or move.qualifier not in rules().maxima:
            continue
        down = move.direction == "down" or (move.direction is None and move.value < 0)
        return "trough" if down else "peak"
    return None


def extreme_and_reading(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """A market level given as the day's high (or low) against another source's level below
    (or above) it, given as no extreme: a price at another moment of the session, which the
    extreme does not contradict (a price beyond the high still conflicts)."""
    if not daily(metric) or a.role != "level" or b.role != "level":
        return None
    ea, eb = day_extreme(a, ctx), day_extreme(b, ctx)
    if (ea is None) == (eb is None):
        return None
    extreme, reading = (a, b) if ea else (b, a)
    kind = ea or eb
    (lo, hi), (rlo, rhi) = ctx.iv(extreme), ctx.iv(reading)
    if (kind == "peak" and rhi > lo) or (kind == "trough" and rlo < hi):
        return None
    side = "high" if kind == "peak" else "low"
    return Apart(
        "day's extreme",
        f"{extreme.document} gives the day's {side}, {reading.document} a price "
        f"{'below' if kind == 'peak' else 'above'} it, which may be of another moment of the "
        "session",
    )


def in_extended_hours(c: Claim, ctx: Ctx) -> bool:
    """Whether the words next to the figure put it in trading outside the regular session
    ("down 63% in premarket trading", "a 68% premarket plunge", "rose 9% after hours")."""
    w = scope_rules().extended_window
    return _said_near(c, ctx, scope_rules().extended, w, w)


def extended_hours(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """A market move in premarket or after-hours trading against one of the regular session (a
    figure that names no session is the regular session's)."""
    if not daily(metric):
        return None
    return _one_side(
        a,
        b,
        lambda c: in_extended_hours(c, ctx),
        "extended hours",
        "gives a move in trading outside the regular session, the other source one of the "
        "regular session",
    )


def index_futures(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A move of a stock index's futures ("the index's futures rose 420 points") against a move
    of the index itself: two instruments, the futures trading before the session opens. (The
    words name a market, whatever the group's metric: "points" is none of the daily ones.)"""
    w = scope_rules().extended_window
    return _one_side(
        a,
        b,
        lambda c: _said_of("index futures", c, ctx, scope_rules().index_futures, w, w),
        "index futures",
        "gives a move of the index's futures, the other source one of the index",
    )


def day_stage_and_now(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """A figure given as reached by a stated day ("crews had cleared 40 tonnes by Tuesday
    evening") below another source's figure its sentence gives as reached now ("more than 55
    tonnes have now been cleared"): an earlier stage of a count still growing, not another
    reading of its latest one. A higher figure given by a day, a lower one given now, or one
    given now in an article of an earlier day stands against it."""
    if a.document == b.document or daily(metric):
        return None
    w = scope_rules().clock_stage_window
    for staged, now in ((a, b), (b, a)):
        if ctx.iv(staged)[1] > ctx.iv(now)[0] or written_earlier(now, staged, ctx):
            continue  # (a count does not fall; "now" in an earlier article is no later stage)
        if _NOW.search(now.sentence) and _said_near(staged, ctx, scope_rules().day_stage, w, w):
            return Apart(
                "stage of a count",
                f"{staged.document} gives its figure as reached by a stated day, "
                f"{now.document} a higher one as reached now: an earlier stage of a growing count",
            )
    return None


_NOW = re.compile(r"(?i)\bnow\b")


def _definite_count(c: Claim) -> bool:
    """Whether the noun phrase of the figure is definite ("the 11,000 cells", "its 40 staff"):
    the figure names a set the text takes as known."""
    span = parsed_figure(c)
    if span is None:
        return False
    before = span.doc[max(0, span.start - 2) : span.start]  # "the some 11,000", "its 40"
    return any(t.lower_ in _DEFINITE or t.tag_ == "PRP$" for t in before)


_DEFINITE = frozenset({"the", "these", "those"})


def now_and_another_day(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A figure its sentence gives as it stands now ("around 150 volunteers are now helping"),
    told on a known day, against another source's figure of another known day that is further
    on in the direction of growth: higher if of a later day ("more than 240 volunteers" in an
    article two days on), lower if of an earlier one. "Now" dates the figure to its telling, so
    the two are two stages of a count that grew between the days, not two readings of one. The
    same day, a day unknown, a figure that would have fallen between the two days, or the
    sentences sharing another figure (one update) leave the difference standing; so does a
    count written as a known set ("the 11,000 cells on its wings are now charging"): "now" tells
    what they do, not how many there are by now."""
    if a.document == b.document:
        return None
    for now, other in ((a, b), (b, a)):
        if not _NOW.search(now.sentence) or _definite_count(now):
            continue
        day_now, day_other = _day_of(now, ctx), _day_of(other, ctx)
        if day_now is None or day_other is None or day_now == day_other:
            continue
        (nlo, nhi), (olo, ohi) = ctx.iv(now), ctx.iv(other)
        grew = nhi <= olo if day_now < day_other else ohi <= nlo
        if not grew or same_update(a, b, ctx):
            continue
        return Apart(
            "stage of a count",
            f"{now.document} gives its figure as it stands on its day, {other.document} a "
            "figure of another day further on in the count's growth: two stages, not one reading",
        )
    return None


# a figure (and at most two words of its own) that closes a clause ("of 90,000 tonnes,", "a
# projected 52 million seats,"), the next clause not continuing it (a relative clause or a
# participle: "140 jets, which could fly ...", "..., taking the rate to"): the words before it
# are its own, not a later figure's
_FIGURE_CLAUSE_END = re.compile(
    r"\d[\w.%’'-]*(?:\s+[A-Za-z]+){0,2}(?:\s*[,;:]|\s+[–—-])\s+"
    r"(?!(?:which|that|who|whom|whose|where|when|while)\b|[a-z]+ing\b)"
)


def is_expected(c: Claim, ctx: Ctx) -> bool:
    """Whether the words before the figure, in its sentence, give it as an expectation, a
    forecast, a target or a proposal ("analysts expect it to carry 40.6 million", "had proposed
    a fine of 23.25 million pounds", "its forecast of 41 million"). Words before another figure
    that closes a clause are that figure's ("against a projected output of 90,000 tonnes, the
    mine's share is 12%": the output is projected, not the share; "analysts had expected 2.1%,
    but the economy grew 1.8%": the 1.8% is the outcome), and so is a word the parse puts in
    no phrase over the figure (see :func:`_bears_on`)."""
    if _expected_subject(c):
        return True
    window = _near(c, ctx, scope_rules().expectation_window)
    closed = [m.end() for m in _FIGURE_CLAUSE_END.finditer(window)]
    if closed:
        window = window[closed[-1] :]
    found = list(scope_rules().expectation.finditer(window))
    at = c.sentence.find(c.text)
    if not found or at < 0:
        return bool(found)
    base = at - len(window)  # the window ends where the figure starts
    return any(_bears_on(c.sentence, (at, at + len(c.text)), base + m.start()) for m in found)


def _expected_subject(c: Claim) -> bool:
    """A figure counting the subject of a passive verb of expecting ("113 ships were expected
    to transit", ``expected_verbs``), or one a participle of expecting follows as its
    modifier, on the figure or on the noun it is "of" ("winds of 120km/h forecast for the
    coast", "a surge of up to 2m expected overnight"; a headline's "Rainfall of 80mm predicted",
    parsed as the participle's subject, too): what is expected, not what happened."""
    if not _may_be_expected(c.sentence):
        return False
    verbs = scope_rules().expected_verbs
    span = parsed_figure(c)
    if span is None:
        return False
    head = counted_head(span)
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in verbs:
        return True
    holders = [head]
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        holders.append(head.head.head)  # "winds of 120km/h forecast": the winds are forecast
    for h in holders:
        if any(
            x.dep_ == "acl" and x.tag_ == "VBN" and x.lemma_.lower() in verbs for x in h.children
        ):
            return True
        verb = h.head
        if (
            h.dep_ in ("nsubj", "nsubjpass")
            and verb.tag_ == "VBN"
            and verb.lemma_.lower() in verbs
            and not any(x.dep_ == "aux" and x.lemma_ == "have" for x in verb.children)
        ):
            return True  # a headline's "Winds of 120km/h expected", parsed as the participle's
    return False


@lru_cache(maxsize=1 << 16)
def _may_be_expected(sentence: str) -> bool:
    """Whether a word of the sentence starts as a verb of expecting does (``expected_verbs``):
    without one, :func:`_expected_subject` is False and parses nothing. Kept by sentence (a
    report over 1,000 sources asks about 39,000 times, of about 7,000 sentences)."""
    verbs = scope_rules().expected_verbs
    return any(w.startswith(v) for w in sentence.lower().split() for v in verbs)


def parse_ahead(ctx: Ctx) -> None:
    """Parse in one batch, once a group, the sentences of the group's claims that
    :func:`whole_period`, :func:`_expected_subject` and the earlier-clause test of
    ``Ctx.is_earlier`` will parse (those their cheap tests let through) and that this process
    has no parse of: the pool's workers parse most sentences that hold a figure, and the rest
    were parsed here one at a time as each pair asked (about 4 ms a sentence, against 2 ms in
    a batch; a sentence's parse is the same in any batch).
    Only in a group where a pair of differing figures is weighed (:func:`apart`), and not in
    a check (``ctx.focus``), where only the pairs that take a draft's claim are weighed."""
    if ctx.parsed_ahead is ctx.group_by_doc or ctx.focus:
        return
    ctx.parsed_ahead = ctx.group_by_doc
    from reconcile.claims.parse import at_hand, parse_sentences

    todo = dict.fromkeys(
        s
        for s in ahead_sentences(c for cs in ctx.group_by_doc.values() for c in cs)
        if not at_hand(s)
    )
    if len(todo) > 1:  # (one is parsed as before, when it is asked for)
        parse_sentences(list(todo))


def ahead_sentences(claims: Iterable[Claim]) -> Iterator[str]:
    """The sentences of ``claims`` that :func:`parse_ahead` parses for their group (those the
    cheap tests of :func:`whole_period`, :func:`_expected_subject` and the earlier-clause test
    let through), in the claims' order, parsed or not."""
    from reconcile.compare.context import may_read_earlier_clause

    for c in claims:
        if (
            _may_read_period(c)
            or _may_be_expected(c.sentence)
            or may_read_earlier_clause(c.sentence)
        ) and c.text in c.sentence:
            yield c.sentence


_OBJECT_DEPS = frozenset({"dobj", "conj"})


def _bears_on(sentence: str, figure: tuple[int, int], word: int) -> bool:
    """Does the word at character ``word`` of ``sentence`` bear on the figure at ``figure``:
    govern it ("analysts expect it to carry 40.6 million", "its forecast of 41 million"), or
    stand in a phrase hung on a word that governs it ("the forecast is for 41 million", "on its
    projected path it flies 36 million")? A word in the object of a verb over the figure ("cut
    its forecast after a six-day stoppage": the forecast is what was cut, the stoppage
    happened; but "cut its forecast to 40 million" gives the forecast's new value) or in a
    coordinated phrase does not. True when the parse has no token there."""
    from reconcile.claims.parse import figure_span, parse_sentences, token_at

    doc = parse_sentences([sentence])[0]
    span = figure_span(doc, *figure)
    kw = token_at(doc, word) if word >= 0 else None
    if span is None or kw is None:
        return True
    over = {t.i for t in span.root.ancestors} | {t.i for t in span}
    t = kw
    while t.i not in over:
        if t.head.i == t.i:
            return False
        if t.dep_ in _OBJECT_DEPS and not _new_value(span.root, t.head):
            return False
        t = t.head
    return True


_VALUE_PREPS = frozenset({"to", "from", "by", "at"})


def _new_value(figure: Token, verb: Token) -> bool:
    """Does the figure stand in a "to"/"from"/"by"/"at" phrase of ``verb`` ("cut its
    forecast to 40 million": the figure is the object's new value), not in another ("after a
    six-day stoppage")?"""
    t = figure
    while t.head.i != t.i and t.head.i != verb.i:
        t = t.head
    return t.head.i == verb.i and t.dep_ == "prep" and t.lower_ in _VALUE_PREPS


def is_polled(c: Claim) -> bool:
    """Whether the parse gives the figure as what a poll or survey says: a poll noun ([scope]
    poll_nouns) heads the subject of a verb over the figure, or sits in it under "of" ("a
    survey last week put the Yes side at 53%", "the average of opinion polls gave Yes 53%"),
    or follows "according to" over it. A poll noun in another phrase of the subject ("turnout
    at the polls was 64%") is the place of a vote, not its source. A sentence no word of which
    could have a poll noun as its lemma is not parsed (see ``parse.may_hold_lemma``)."""
    from reconcile.claims.parse import may_hold_lemma

    nouns = scope_rules().poll_nouns
    if not nouns or c.text not in c.sentence or not may_hold_lemma(c.sentence, nouns):
        return False
    span = parsed_figure(c)
    if span is None:
        return False
    for verb in span.root.ancestors:
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and _polls_in(child, nouns):
                return True
            if (
                child.dep_ == "prep"
                and child.lower_ == "according"
                and any(_polls_in(t, nouns) for t in child.subtree if t.dep_ == "pobj")
            ):
                return True
    return False


def _polls_in(head: Token, nouns: frozenset[str]) -> bool:
    """A poll noun at ``head``, or below it through "of" phrases and compounds only; a common
    noun, not a word of a name ("the Geological Survey")."""
    if _poll_noun(head, nouns):
        return True
    for child in head.children:
        if child.dep_ == "compound" and _poll_noun(child, nouns):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and any(_polls_in(g, nouns) for g in child.children if g.dep_ in ("pobj", "conj"))
        ):
            return True
    return False


def _poll_noun(t: Token, nouns: frozenset[str]) -> bool:
    return t.pos_ == "NOUN" and not t.ent_type_ and t.lemma_.lower() in nouns


def expectation(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """An expected, forecast, targeted or proposed figure, or a poll's, against an outcome."""
    return _one_side(
        a,
        b,
        lambda c: _expectation_of(c, ctx),
        "expectation",
        "gives its figure as an expectation, a forecast, a target or a proposal, the other "
        "source as an outcome",
    )


def _expectation_of(c: Claim, ctx: Ctx) -> bool:
    """``is_expected(c, ctx) or is_polled(c)``, once per figure of the run (``ctx.expected``):
    comparison weighs a figure against many others."""
    key = (c.document, c.span, c.sentence, c.text)
    got = ctx.expected.get(key)
    if got is None:
        got = ctx.expected[key] = is_expected(c, ctx) or is_polled(c) or is_possible(c)
    return got


def is_possible(c: Claim) -> bool:
    """Whether a modal of possibility ([scope] possibility_modals) stands over the figure's
    clause: "claims could top $2 billion", "the bill might come to $40m", "analysts said the
    toll may reach 40" (the verb nearest above the figure, or a verb whose open complement holds
    it); not a figure in the subject of such a verb ("the 6,825-ton ferry may have struck a
    rock") nor the amount of a possible change ("could rise by another €15 million": add-ons
    are that amount). A sentence none of whose words is such a modal is not parsed."""
    modals = scope_rules().possibility_modals
    if c.text not in c.sentence or not any(w in modals for w in _words(c.sentence)):
        return False
    span = parsed_figure(c)
    if span is None:
        return False
    t = span.root
    if t.head.lower_ == "by":
        return False  # "could rise by another €15 million": the possible rise is the amount
    while True:
        if t.pos_ in ("VERB", "AUX"):
            aux = {ch.lower_ for ch in t.children if ch.dep_ == "aux" and ch.lower_ in modals}
            if aux == {"could"} and any(ch.dep_ == "neg" for ch in t.children):
                return False  # "said it could not pay interest on a $750m bond": what it
                # was unable to do, no figure it thinks possible
            if aux:
                return True
            if t.dep_ not in ("xcomp",):
                return False
        if t.dep_ in ("nsubj", "nsubjpass"):
            return False  # "the 6,825-ton ferry may have struck a rock": what the verb is about
        if t.head.i == t.i:
            return False
        t = t.head


def _words(sentence: str) -> set[str]:
    return set(re.findall(r"[a-z]+", sentence.lower()))


def is_threshold(c: Claim, ctx: Ctx) -> bool:
    """Whether the words right before the figure put it in a condition ("which is used when
    winds exceed 250 km/h", "once turnout tops 60%") or a definition ("is defined as three days
    above 30C"): a threshold, not a value the story reports."""
    r = scope_rules()
    return _said_of("threshold", c, ctx, r.threshold, r.threshold_window)


def threshold(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A threshold of a condition or a definition against a reported figure."""
    return _one_side(
        a,
        b,
        lambda c: is_threshold(c, ctx),
        "threshold",
        "gives its figure as a threshold in a condition or a definition, the other source as "
        "a value it reports",
    )


def is_rule(c: Claim) -> bool:
    """Whether the parse gives the figure as what a rule sets ([scope] rule_verbs, rule_modals,
    rule_nouns): a noun of a rule the figure is the amount of ("a cap of 70%", "a 70% cap") or
    that is the subject of the figure's clause ("the speed limit is 40 mph"), or a verb of a
    rule or a modal of obligation over the figure's clause, climbing through the clauses a
    verb of a rule takes ("requires issuers to hold at least 80%": hold <- require) and through
    a clause on a verb's object ("requires audits covering at least 30%": covering <- audits
    <- require; on a subject it sets nothing), or a verb
    of a limit whose "at" or "to" holds the figure ("capped fees at 3%"; not "capped a season
    of seven wins", which crowns it).
    A sentence no word of which could have one of those lemmas is not parsed."""
    r = scope_rules()
    if c.text not in c.sentence or not _may_hold_rule(c.sentence):
        return False
    span = parsed_figure(c)
    if span is None:
        return False
    t = span.root
    below = t  # the node of the climb under t
    while True:
        lemma = t.lemma_.lower()
        if t.i != span.root.i and t.pos_ == "NOUN" and lemma in r.rule_nouns:
            return True
        if t.pos_ in ("VERB", "AUX"):
            # "capped fees at 3%" sets a limit; "capped a season of seven wins" crowns it
            at = below.dep_ == "prep" and below.lower_ in ("at", "to")
            limits = lemma in r.limit_verbs and at
            if (
                limits
                or lemma in r.rule_verbs
                or any(
                    (ch.dep_ == "aux" and ch.lower_ in r.rule_modals)
                    or (ch.dep_ in ("nsubj", "nsubjpass") and ch.lemma_.lower() in r.rule_nouns)
                    # "sets the bar at 10%", "fixed the threshold at 5,000": the figure is the
                    # level the verb puts its rule noun at
                    or (at and ch.dep_ == "dobj" and ch.lemma_.lower() in r.rule_nouns)
                    for ch in t.children
                )
            ):
                return True
            if t.dep_ in ("acl", "relcl") and t.head.dep_ == "dobj":
                below, t = t, t.head  # "requires surveys covering at least 60%": the
                continue  # clause says what the rule's object must do
            if t.dep_ not in ("xcomp", "ccomp"):
                return False
        if t.head.i == t.i:  # the root
            return False
        below, t = t, t.head


@lru_cache(maxsize=1 << 16)
def _may_hold_rule(sentence: str) -> bool:
    """``parse.may_hold_lemma`` of the sentence and the words of a rule, kept by sentence
    (:func:`rule` asks of both figures of every pair it weighs: about 41,000 times for the
    7,000 sentences of a report over 1,000 sources)."""
    from reconcile.claims.parse import may_hold_lemma

    r = scope_rules()
    return may_hold_lemma(sentence, r.rule_verbs | r.rule_modals | r.rule_nouns)


def rule(a: Claim, b: Claim) -> Apart | None:
    """A figure a rule sets against one the story measures."""
    return _one_side(
        a, b, is_rule, "rule", "gives its figure as what a rule sets, the other source as a value"
    )


def named_owner(c: Claim, ctx: Ctx) -> str | None:
    """The name a figure stands in apposition to, right after it and a comma ("said Derek
    Fallon, 74": Derek Fallon); None when no name of two or more capitalised words on the
    figure's line is there."""
    text = ctx.texts.get(c.document, "")
    m = scope_rules().apposition.search(text[max(0, c.span[0] - 60) : c.span[0]])
    return None if m is None else m.group(1)


def different_people(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """Figures in apposition to two names that share no word: two people's figures (ages);
    or figures of clauses whose subjects are two people sharing no name ("Ann Roe was
    found guilty on two charges" / "Ben Ode was jailed for his part in three thefts")."""
    na, nb = named_owner(a, ctx), named_owner(b, ctx)
    if na is not None and nb is not None and not set(na.lower().split()) & set(nb.lower().split()):
        return Apart("different people", f"the figures stand beside different names ({na}; {nb})")
    pa, pb = _people(a, b, ctx)
    if pa is None or pb is None or set(pa.lower().split()) & set(pb.lower().split()):
        return None
    return Apart("different people", f"the figures are said of different people ({pa}; {pb})")


def _people(a: Claim, b: Claim, ctx: Ctx) -> tuple[str | None, str | None]:
    """``person_subject`` of both claims, or None for one of them when the other has none (the
    pair then holds no two people, whatever it is). Each claim's answer is kept in the run's
    ``ctx.people``; the side read first is the one whose answer is known, else whose parse is
    at hand (extraction made most), else the one asked about more often: in a large group each
    claim is weighed against its slot's reference, whose parse, once made, spares the rest."""
    from reconcile.claims.parse import at_hand

    asked = ctx.asked
    asked[a.id] = asked.get(a.id, 0) + 1
    asked[b.id] = asked.get(b.id, 0) + 1
    known = ctx.people

    def rank(c: Claim) -> tuple[bool, bool, int]:
        return (c.sentence, c.text) in known, at_hand(c.sentence), asked[c.id]

    first, second = (b, a) if rank(b) > rank(a) else (a, b)
    found: dict[str, str | None] = {}
    for c in (first, second):
        key = (c.sentence, c.text)
        if key not in known:
            known[key] = person_subject(c)
            if known[key] is not None:
                _people_ahead(ctx)
        found[c.id] = known[key]
        if found[c.id] is None:
            break
    return found.get(a.id), found.get(b.id)


PEOPLE_AHEAD = 8  # people named in a group before its other sentences are parsed in a batch


def _people_ahead(ctx: Ctx) -> None:
    """Parse in one batch the sentences of the group's claims whose person this process has
    not read yet and has no parse of, once ``PEOPLE_AHEAD`` of the group's figures were found
    said of a person (:func:`person_subject`). Where the people are named, most pairs take
    both sides' persons, so nearly every sentence of the group is parsed, one at a time as each
    pair asked (on the 1,000-source benchmark five groups took about 800 single parses, about
    6 ms each, against 2.5 ms in a batch); where few are, the single parses stay (a group of
    250 sentences that took 50). A sentence's parse is the same in any batch. Not in a check
    (``ctx.focus``), where only the pairs that take a draft's claim are weighed."""
    if ctx.people_group is not ctx.group_by_doc:
        ctx.people_group, ctx.people_named = ctx.group_by_doc, 0
    ctx.people_named += 1
    if ctx.people_named != PEOPLE_AHEAD or ctx.focus:
        return
    from reconcile.claims.parse import at_hand, parse_sentences

    todo = dict.fromkeys(
        c.sentence
        for cs in ctx.group_by_doc.values()
        for c in cs
        if (c.sentence, c.text) not in ctx.people
        and c.text in c.sentence
        and not at_hand(c.sentence)
    )
    if len(todo) > 1:
        parse_sentences(list(todo))


def person_subject(c: Claim) -> str | None:
    """The person the parse makes the subject of the figure's clause: the nearest verb over
    the figure that has a subject, when that subject holds a person's name and not the figure
    ("Kay Voss, 44, was found guilty on two charges": Kay Voss). A figure that is itself the
    subject ("five died, said Kay Voss") has none: the name is the reporter's."""
    span = parsed_figure(c)
    if span is None:
        return None
    figure = {t.i for t in span}
    for verb in span.root.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        tokens = list(subj.subtree)
        if figure & {t.i for t in tokens}:
            return None
        names = [t.text for t in tokens if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"]
        return " ".join(names) if names else None
    return None


SCORES = re.compile(r"(?<![\d.,-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d.,]?\d|-)")


def one_of_several_scores(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """A tally that its sentence lists with other tallies ("6-3, 7-6, 4-6", two motions' votes)
    is one of several scores: a set's, a round's or a motion's, not the one another source gives
    alone."""
    if a.unit != "tally" or b.unit != "tally":
        return None
    for c in (a, b):
        # other tallies read from the sentence, or score-shaped pairs the reader left alone
        # ("6-4, 3-6, 7-6 (7-5)": a second count above the first is no tally of its own)
        if any(x.unit == "tally" for x in _figures(c, ctx)) or len(SCORES.findall(c.sentence)) > 1:
            return Apart(
                "one of several scores",
                f"{c.document} gives its figure as one of several scores in one sentence",
            )
    return None


def match_moments(a: Claim, b: Claim) -> Apart | None:
    """A score given at a moment of the match (:mod:`reconcile.compare.moments`) against the
    result or another moment: two stages of one match, not one quantity."""
    from reconcile.compare.moments import events_apart, moments_apart

    if events_apart(a, b):
        return Apart("events of the match", "the two minutes date different events of the match")
    found = moments_apart(a, b)
    if found is None:
        return None
    document, stage = found
    return Apart("stage of the match", f"{document} gives its score at {stage}, not as the result")


_NEXT_FIGURE = re.compile(r"[+-]?\d")


def change_base(c: Claim, ctx: Ctx) -> str | None:
    """The period a change is measured against, as its words right after it say ("12%
    quarter-on-quarter", "a 4% rise on the prior three months": quarter; "34% y/y", "rose 8%
    on the same quarter of last year": year), up to the next figure; None when they say
    none ([scope] change_bases in the rules)."""
    text = ctx.texts.get(c.document, "")
    after = text[c.span[1] : c.span[1] + scope_rules().change_base_window]
    if (m := _NEXT_FIGURE.search(after)) is not None:
        after = after[: m.start()]
    for base, pattern in scope_rules().change_bases.items():
        if pattern.search(after):
            return base
    return None


MULTI_YEAR = "years"  # the base of a change over several years ([scope.change_bases] years)


def change_bases(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """Two changes measured against different periods: a quarter-on-quarter move and a
    year-on-year one are two quantities; so are a change over several years ("risen by almost
    60% in four years") and one that names no base."""
    if a.role != "change" or b.role != "change":
        return None
    ba, bb = change_base(a, ctx), change_base(b, ctx)
    if ba == bb or ((ba is None or bb is None) and MULTI_YEAR not in (ba, bb)):
        return None
    if ba is None or bb is None:  # a change over several years against one of no stated base
        several = a if ba == MULTI_YEAR else b
        return Apart(
            "different bases",
            f"{several.document} measures its change over several years, the other source "
            "names no such span",
        )
    return Apart(
        "different bases",
        f"{a.document} measures its change against the previous {ba}, {b.document} against "
        f"the previous {bb}",
    )


# what a change is measured against, written right after it ("fell 2.1% against the dollar",
# "0.4% lower versus the euro", "up 3% relative to the index"): one word may stand between
_RX_REFERENCE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:against|versus|vs\.?|relative\s+to)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<ref>[A-Za-z][\w.-]*(?:\s+[A-Za-z][\w-]*)?)",
    re.I,
)


def change_reference(c: Claim, ctx: Ctx) -> str | None:
    """What a change is measured against, as the words right after it name it ("the lira slid
    3.4% against the dollar": USD, a currency by its code; "against the trade-weighted
    basket": basket); None when they name nothing."""
    if c.role != "change":
        return None
    text = ctx.texts.get(c.document, "")
    m = _RX_REFERENCE.match(text, c.span[1], c.span[1] + 60)
    if m is None:
        return None
    words = m.group("ref").lower().rstrip(".").split()
    for n in (2, 1):
        if len(words) >= n and (money := currency_for(" ".join(words[:n]))) is not None:
            return money[0]  # a currency by its code, however written ("euros": EUR)
    return words[0].removesuffix("s")


def change_references(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """Two changes measured against different things ("the peso dropped 3.3% against the
    dollar" / "shed 0.9% against the yen"): two quantities. A change naming nothing it is
    measured against leaves the difference standing."""
    ra, rb = change_reference(a, ctx), change_reference(b, ctx)
    if ra is None or rb is None or ra == rb:
        return None
    return Apart(
        "different references",
        f"{a.document} measures its change against {ra}, {b.document} against {rb}",
    )


def numbered_items(a: Claim, b: Claim) -> Apart | None:
    """Two figures told of different numbered items or periods of a series ("game one" and
    "the fourth game", "the second day" and "the third day"; ``Claim.item``)."""
    if not a.item or not b.item or a.item == b.item:
        return None
    return Apart(
        "numbered item",
        f"{a.document} gives its figure for {_item_words(a.item)}, {b.document} for "
        f"{_item_words(b.item)} of the series",
    )


def one_period(a: Claim, b: Claim) -> bool:
    """Two figures told of the same numbered period of a series ("in its first year", "in
    year one"; ``Claim.item``): figures of that period, whatever day their articles appeared."""
    return a.item is not None and a.item == b.item and a.item.startswith(PERIOD_ITEM)


def _item_words(item: str) -> str:
    """ "period no. 3" -> "period 3", "no. 4" -> "item 4"."""
    return item.replace(PERIOD_ITEM, "period").replace("no.", "item")


_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")


def figure_given_by_both(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """One source writes, elsewhere in its text, the other source's figure too, with the same
    digits (a distinctive number: "2,900 staff" at a site, "91.3%" for the whole country), in
    the same unit, kind and role, and beside it a figure of its own that differs: when the other
    source's sentence reads like the one that gives the shared figure (it shares more words with
    it than with the sentence of the differing figure), the source does not contradict it, it
    gives it, and its differing figure is of another quantity (the whole company's staff, one
    school's pass rate) that grouping put under the same name. When the other source's sentence
    reads like the differing figure's, it gives the shared figure under that figure's name (a
    mean called a median): a conflict; so are figures too far apart to be weighed at all."""
    if a.document == b.document or far_apart(a, b):
        return None
    for x, y in ((a, b), (b, a)):
        digits = _digits(x)
        if digits is None:
            continue
        for z in _with_digits(ctx, y.document, x, digits):
            if z.id == y.id or z.sentence == y.sentence:
                continue
            wx, wy, wz = (_sentence_words(w.sentence) for w in (x, y, z))
            if len((wx & wz) - wy) > len((wx & wy) - wz):
                return Apart(
                    "figure given by both",
                    f'{y.document} gives {x.document}\'s figure too ("{z.text}"), so its own '
                    "differing figure is of another quantity",
                )
    return None


def _with_digits(ctx: Ctx, document: str, x: Claim, digits: str) -> list[Claim]:
    """The claims of ``document`` (in :meth:`Ctx.claims_of` order) written with ``digits``
    (see :func:`_digits`) in ``x``'s unit, kind and role: an index of the run's claims built on
    first use, so that each pair weighed looks up the few such claims instead of reading every
    claim of the other source."""
    index = ctx.digit_claims
    if index is None:
        index = {}
        for z in sorted(ctx.by_id.values(), key=lambda z: z.span):
            if (d := _digits(z)) is not None:
                index.setdefault((z.document, z.unit, z.kind, z.role, d), []).append(z)
        ctx.digit_claims = index
    return index.get((document, x.unit, x.kind, x.role, digits), [])


def _digits(c: Claim) -> str | None:
    """The digits a distinctive figure is written with ("2,900" -> "2900"); None for a figure
    of fewer than three digits or one written as a year."""
    return _digits_of(c.text)


@lru_cache(maxsize=65536)
def _digits_of(text: str) -> str | None:
    m = _NUMBER.search(text)
    if m is None or _YEAR_LIKE.fullmatch(m.group(0)):
        return None
    digits = "".join(ch for ch in m.group(0) if ch.isdigit())
    return digits if len(digits) >= 3 else None


_WORD = re.compile(r"[a-z]{3,}")
_FUNCTION_WORDS = frozenset(
    (
        "the",
        "and",
        "for",
        "from",
        "with",
        "that",
        "this",
        "was",
        "were",
        "are",
        "has",
        "have",
        "had",
        "its",
        "their",
        "his",
        "her",
        "than",
        "into",
        "about",
        "over",
        "after",
        "before",
        "which",
        "who",
        "what",
        "will",
        "would",
        "said",
        "says",
        "not",
        "but",
        "also",
    )
)


def _sentence_words(sentence: str) -> frozenset[str]:
    """A sentence's words of three letters or more, less the commonest function words."""
    return frozenset(_WORD.findall(sentence.lower())) - _FUNCTION_WORDS


# the words between a count and the span it was counted over: "10 points in the first six
# minutes", "19 points in 12 minutes", "three goals inside the opening 20 minutes"
_RX_COUNTED_IN = re.compile(
    r"[ \t]+(?:in|inside|within|over)[ \t]+(?:(?:the|his|her|their|its)[ \t]+)?"
    r"(?:(?:first|last|opening|final|closing|next|past)[ \t]+)?$",
    re.IGNORECASE,
)


def _framed_count(c: Claim, ctx: Ctx) -> Claim | None:
    """The count of the figure's sentence that the duration ``c`` is the span of ("10 points
    in the first six minutes": the 10 points), or None."""
    text = ctx.texts.get(c.document, "")
    for x in ctx.claims_of(c.document):
        if x.id == c.id or x.kind != "count" or x.span[1] > c.span[0]:
            continue
        if x.span[1] >= c.span[0] - 40 and _RX_COUNTED_IN.fullmatch(text, x.span[1], c.span[0]):
            return x
    return None


def spans_of_counts(a: Claim, b: Claim, ctx: Ctx) -> Apart | None:
    """Two durations each the span a count was made over ("10 points in the first six
    minutes" / "19 points in 12 minutes"), the counts different: two spans of two counts, not
    one span told twice."""
    if a.document == b.document or a.unit != b.unit or a.kind != "count":
        return None
    fa, fb = _framed_count(a, ctx), _framed_count(b, ctx)
    if fa is None or fb is None or fa.unit != fb.unit or overlaps(ctx.iv(fa), ctx.iv(fb)):
        return None
    return Apart(
        "spans of different counts",
        f"each duration is the span of a count ({fa.text}; {fb.text}), and the counts differ: "
        "two spans, not one",
    )


def apart(a: Claim, b: Claim, metric: str | None, ctx: Ctx) -> Apart | None:
    """Why the two differing figures are of different scope, or None when nothing says so."""
    parse_ahead(ctx)
    return (
        numbered_items(a, b)
        or measuring_bodies(a, b, metric, ctx)
        or count_stages(a, b, metric, ctx)
        or further_move(a, b, ctx)
        or steps_of_a_count(a, b, metric, ctx)
        or change_bases(a, b, ctx)
        or change_references(a, b, ctx)
        or wholes_of_periods(a, b)
        or gain_and_level(a, b, ctx)
        or titled(a, b, ctx)
        or tax_bases(a, b)
        or stated_bases(a, b, ctx)
        or running_count(a, b, metric, ctx)
        or running_durations(a, b, ctx)
        or spans_of_counts(a, b, ctx)
        or part_of_period(a, b, ctx)
        or part_and_whole(a, b, ctx)
        or listed_part(a, b, ctx)
        or different_funders(a, b, ctx)
        or share_of_a_part(a, b)
        or shares_of_other_wholes(a, b)
        or earlier_and_current(a, b)
        or market_and_own(a, b)
        or among_and_all(a, b)
        or subset_and_all(a, b)
        or different_nationalities(a, b)
        or later_tally(a, b, ctx)
        or final_tally(a, b, ctx)
        or remainder(a, b, ctx)
        or debt_included(a, b, metric)
        or included_scope(a, b)
        or named_apart(a, b, ctx)
        or cost_subjects_apart(a, b, ctx)
        or clock_stage(a, b, metric, ctx)
        or peak_and_reading(a, b, ctx)
        or extreme_and_reading(a, b, metric, ctx)
        or extended_hours(a, b, metric, ctx)
        or index_futures(a, b, ctx)
        or day_stage_and_now(a, b, metric, ctx)
        or now_and_another_day(a, b, ctx)
        or expectation(a, b, ctx)
        or threshold(a, b, ctx)
        or rule(a, b)
        or different_people(a, b, ctx)
        or one_of_several_scores(a, b, ctx)
        or match_moments(a, b)
        or a_places_figure(a, b, ctx)  # a more telling reason speaks first
        or figure_given_by_both(a, b, ctx)
    )


def governing_verb(c: Claim) -> str | None:
    """The lemma of the nearest verb over the figure in the parse of its sentence ("cancelled
    212 of them", "221 flights were cancelled": cancel); None when the parse has none."""
    span = parsed_figure(c)
    if span is None:
        return None
    return next((t.lemma_.lower() for t in span.root.ancestors if t.pos_ == "VERB"), None)


def _counted_noun(c: Claim) -> Token | None:
    """The noun a count counts in the parse of its sentence: from the number up through its
    modifiers ("24 Corvo jets": jets); None when no noun is there."""
    span = parsed_figure(c)
    if span is None:
        return None
    t = counted_head(span)
    return t if t.pos_ in ("NOUN", "PROPN") else None


def _names_on(noun: Token) -> frozenset[str]:
    """The proper names that modify a counted noun ("24 Stormhawk jets": stormhawk)."""
    return frozenset(t.lower_ for t in noun.children if t.dep_ == "compound" and t.pos_ == "PROPN")


def one_named_thing(a: Claim, b: Claim) -> bool:
    """Do two counts written with different nouns count one named thing: their nouns carry
    the same proper name ("a fleet of 24 Stormhawk jets", "a contract for 36 Stormhawk
    aircraft")? The grouping put them under one measured thing; the name says the nouns are
    two words for it, so the counts are weighed against each other. Counts of two nouns
    without a shared name ("3,120 participants", "a 1,050-patient subgroup") stay apart."""
    na, nb = _counted_noun(a), _counted_noun(b)
    if na is None or nb is None:
        return False
    return bool(_names_on(na) & _names_on(nb))


def one_noun_narrowed(a: Claim, b: Claim) -> bool:
    """Are two counts' nouns one noun, written once with a word before it ("2,400 police
    officers" / "1,800 officers")? The grouping put both under one name; a retelling drops
    the word its first mention gave, so the counts are weighed."""
    if a.kind != "count" or b.kind != "count" or not a.unit or not b.unit:
        return False
    ua, ub = a.unit.lower(), b.unit.lower()
    return ua != ub and (ua.endswith(f" {ub}") or ub.endswith(f" {ua}"))


def _bare_number(c: Claim) -> bool:
    """Is the count's figure a number standing alone in its clause, with no noun of its own and
    no phrase naming what it is a part of ("left 48,000 without power"; not "48,000 of them")?"""
    span = parsed_figure(c)
    if span is None:
        return False
    t = counted_head(span)
    return t.pos_ == "NUM" and not any(x.dep_ == "prep" for x in t.children)


def one_unnamed_count(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Is one of two grouped figures a number with no noun of its own, standing alone in its
    clause, that the parse ties to the very noun the other figure counts ("visits climbed to
    4.8 million" / "4.1 million visits")? The clause names what the bare number counts, so the
    two are weighed. A bare number its clause ties to another noun or to none ("leaving about
    150,000", "the SUV managed 40,100") stays apart, and a source of the group that gives a
    bare number and a count of that noun that cannot both hold tells the two apart."""
    bare, counted = (a, b) if a.kind == "number" else (b, a)
    if bare.kind != "number" or bare.unit or counted.kind != "count" or not counted.unit:
        return False
    if not _bare_number(bare) or counted.unit.lower() not in _nouns_borne(bare):
        return False
    return not _told_apart(bare, counted, ctx)


def _nouns_borne(c: Claim) -> frozenset[str]:
    """The words of the noun the parse ties the claim's figure to (the noun it measures, or
    the subject of the verb it hangs on: "visits climbed to 4.8 million": visit, visits)."""
    at = c.sentence.find(c.text)
    if at < 0:
        return frozenset()
    from reconcile.claims.parse import bearing_nouns, parse_sentences

    return bearing_nouns(parse_sentences([c.sentence])[0], at, at + len(c.text))


def _told_apart(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Does a source of the group give figures of ``a``'s kind and unit and of ``b``'s that
    cannot both hold (one that writes "reached 7.3 million" and "3.7 million downloads")?"""
    for cs in ctx.group_by_doc.values():
        xs = [c for c in cs if c.kind == a.kind and c.unit == a.unit]
        ys = [c for c in cs if c.kind == b.kind and c.unit == b.unit]
        if any(not overlaps(ctx.iv(x), ctx.iv(y)) for x in xs for y in ys):
            return True
    return False


def one_counted_thing(a: Claim, b: Claim, ctx: Ctx) -> bool:
    """Do two counts of two nouns, grouped as one quantity, count one thing? So when the parse
    puts both nouns in the same slot of the same act ("arrested two suspects" / "arrested three
    men": arrest, done; `evidence.act_frame`) and no source of the group gives figures of the
    two nouns that cannot both hold (one that writes "arrested two suspects" and "arrested
    five men" tells the nouns apart). Nothing else in the texts sets two such counts apart, so
    they are weighed. Both counts must be written with their noun: a number standing for a
    noun of another phrase ("28 of them tested positive") names no thing of its own to be one
    with the other's; a bare number ("the storm left 48,000 without power") counts the noun the
    other source writes out in the same slot of the same act, as long as one of the two writes
    its noun and the bare one is no part of another phrase's ("48,000 of them")."""
    if a.unit == b.unit or not {a.kind, b.kind} <= {"count", "number"}:
        return False
    nouns = [_counted_noun(a), _counted_noun(b)]
    if nouns == [None, None]:
        return False
    for noun, c in zip(nouns, (a, b), strict=True):
        if (noun is None and not _bare_number(c)) or (noun is not None and c.kind != "count"):
            return False
    from reconcile.claims.evidence import figure_frame

    frame = figure_frame(a)
    if frame is None or frame != figure_frame(b):
        return False
    for cs in ctx.group_by_doc.values():
        xs = [c for c in cs if c.kind == a.kind and c.unit == a.unit]
        ys = [c for c in cs if c.kind == b.kind and c.unit == b.unit]
        if any(not overlaps(ctx.iv(x), ctx.iv(y)) for x in xs for y in ys):
            return False  # a source tells the two nouns apart
    return True
