"""Stage 2: mentions in a document -> claims with subject, metric, role, direction, time, scope.

Everything here is a heuristic over the sentence around a figure, driven by the vocabularies in
``reconcile/data/metrics.toml`` (metrics, direction words, modifiers, clause boundaries),
``reconcile/data/entities.toml`` (aliases, segments, places, listings) and
``reconcile/data/time.toml`` (session cues; time words are read by :mod:`reconcile.time.read`).

This module orchestrates: names are found and normalized in :mod:`reconcile.claims.entities`,
a figure's subject is chosen in :mod:`reconcile.claims.subject`, the vocabularies and the
sentence and clause helpers live in :mod:`reconcile.claims.vocab`, and a figure's record and
clauses in :mod:`reconcile.claims.figure`.

- **subject**: the nearest plausible entity in the figure's clause (capitalised names, model
  names with digits, business segments such as "the cloud unit" -> "Alibaba Cloud"),
  normalised through the alias table (compact-key lookup, then rapidfuzz); speakers ("X said"),
  places (also "near the X", "nearby X"), institutions, sources ("from X"), names inside
  relative clauses, names after a comparison ("ahead of what the City expected") and names in a
  later ", and ..." clause are not subjects; a verb followed by a figure is no speech ("X added
  2%"), and "X said its sales grew 6%" makes X the subject; descriptions ("the blaze", "the
  lender", "the carmaker") stand for the main subject, never a product named nearby;
  "Its"/"The party" at a sentence start borrows the previous sentence's first name ("Its online
  arm" too); deal metrics take the deal's target ("to buy X"); with no entity the document's
  main subject (its most frequent name) is used. Unknown entities keep their cleaned name.
  More on subjects: a description stands for the organisation named just before it when the
  main subject goes unnamed nearby ("Marrowby said ..., making the department-store group"),
  and never for a model ("the company" is Lumora, not Vega-2); "The Bank of X's" opens a name,
  not the description "the bank"; a company introduced by its full name ("Pellmoor Bank") is
  one subject with its bare name; digest labels ("Orlavia: The cabinet ...") name their item;
  places are also "above X", "to X", "the village of X"; "analysts at X" make X a source; a
  story with no other subject is about the place it is set in ("unions in Orlavia"), and so are
  turnout and registered voters; a deal that moves a person ("X had left for Y", "sell winger
  X") is that person's transfer fee; regional and acronym arms ("its European arm", "its TV
  arm") and business lines named alike ("e-commerce business" / "online shopping arm") are
  segments.
- **metric**: the nearest metric keyword (not inside a hyphenated word), scored by distance,
  clause boundaries, figures in between and priority; physical metrics only for their pint
  dimension (a physical figure the parse ties to a noun measures that noun's dimension: "a
  3-mile exclusion zone", "40 kg of resin": exclusion zone length, resin weight); else the
  counted noun of a count (people of a settlement's "of" are its population: "the town of
  9,500"); a figure with no metric repeats a same-valued figure of the document; a bare
  estimate or forecast ("Analysts had expected ¥450 billion")
  is about the last quantity named; a change in apposition to a level ("2.4 million vehicles,
  roughly flat") is that level's change. Modifiers split what must not be compared:
  "(estimate)", "(forecast)" (expectation verbs only for estimable metrics), "(adjusted)",
  "(previous)" and "(previous forecast)" ("to ¥1.3 trillion from ¥1.5 trillion"; "from 42 on
  Monday" is Monday's value instead), tranches, earlier funding rounds; a forecast carries on
  to the next figure of its metric ("2.6% this year and 2.1% next year"). Also kept apart: a
  percentage "target" ("the bank's 2% target"), a part of a plan ("the first phase, worth
  $450 million"), a demand ("the €2 billion the unions had demanded"); an expectation in a
  relative clause on a change ("the 2.5% rise that analysts had expected") is an estimate;
  "from a year earlier" is the base of a change, not a previous value. A change noun continues
  its sentence's earlier change ("rebounded 1.8%, recovering part of Monday's 6.2% slide"); a
  part's share ("the police department's share rises to $310m") and a container ("a backlog of
  38,000 operations") are read as such; an offer in a story about aid and no deal is the
  support package.
- **role/direction**: change (a direction word before or after the figure, sign applied; "to
  4.1%" and "from 3.8%" are levels; "doubled" and "three times the level a year earlier" are
  changes in percent), share ("72% of"), total ("of the 23,000 chips" after a share), ratio
  (other multipliers), else level. A change followed by "to"/"at" + a level (or a level followed
  by its change in the same clause) are linked, and the level shares the change's subject.
- A conversion in brackets ("€420 million ($435 million)") shares its figure's subject, metric
  and role; a headline figure repeated in the body takes the body's subject and metric.
- **when**: :func:`reconcile.time.read.resolve_when` on the sentence, nearest expression,
  leaving out starts ("since Sunday"), comparison bases ("on last year") and periods in a later
  clause of the sentence.
- **scope** (listing) for market metrics: a cue in the sentence, else the currency, else the
  linked claim, else the one listing the document names; and **session** (intraday/close).

Speed (~3 ms for a 250-word article, mention extraction included; ``benchmarks/context.py``):
work is done once per document or sentence where it can be (separators, metric keyword hits,
time expressions and the title-case test per sentence, clauses once per figure), each word list
is one compiled pattern (factored as a trie by :func:`reconcile.time.read.alternation`),
and a pattern or cue is skipped when a word every match needs is missing from the text. Every
shortcut is exact: the claims are the ones the plain per-figure loops made.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reconcile.claims import role
from reconcile.claims.entities import (
    ITEM_MARKER,
    Candidates,
    _clean_name,
    _DocEntities,
    _setting,
    entities_of,
    is_english_word,
    name_candidates,
    opener_sentences,
)

# names other modules and tests import from here
from reconcile.claims.entities import _opens_as_word as _opens_as_word
from reconcile.claims.entities import normalize_entity as normalize_entity
from reconcile.claims.entities import segment_label as segment_label
from reconcile.claims.extract import extract_quantities
from reconcile.claims.figure import (
    _after_comparison,
    _Fig,
    _hard_clause,
    _qualifier_start,
    _soft_clause,
)
from reconcile.claims.group import intervals_meet, value_interval
from reconcile.claims.group import physical_dimension as dimension_of
from reconcile.claims.models import Claim, Document, Mention
from reconcile.claims.parse import (
    AVERAGES,
    CHANGE_NOUNS,
    RX_ITEM_CUE,
    Description,
    Reference,
    act_of,
    acts,
    argument_verb,
    averaged,
    bounds_a_kind,
    changed_compound,
    changed_level,
    changed_subject,
    changed_thing,
    consequence_of,
    cue_bears_on,
    describe,
    design_verbs,
    done_at,
    duration_holder,
    earlier_value,
    figure_span,
    governing_verb,
    governs,
    in_later_clause,
    in_relative_clause,
    is_ordinal,
    is_unit_word,
    joined_noun,
    keyword_head,
    keyword_off_clause,
    label_holder,
    made_for,
    measure_nouns,
    moved_object,
    numbered_item,
    object_verb,
    origin_of,
    outside_own_phrase,
    own_clause_subject,
    own_noun,
    parse_kept,
    parse_sentences,
    reference_of,
    relation,
    required,
    restated_change,
    subject_described,
    subject_owner,
    token_at,
    usual_adverbs,
    usual_value,
    verb_object,
)
from reconcile.claims.places import FirstMention, read_places
from reconcile.claims.rates import is_rate, rate_metric, rate_populations
from reconcile.claims.subject import _parse_contested, _Parsed, _subject, _targets
from reconcile.claims.vocab import (
    _RX_BRACKET_GAP,
    _RX_DIGIT,
    _RX_OF_THEM,
    _RX_OF_TOTAL,
    _RX_RELATIVE,
    _RX_TO_AT_END,
    CROSS_FIGURE,
    HARD_CLAUSE,
    PRIORITY,
    RIGHT_COMMA,
    SOFT_CLAUSE,
    UNIT_DISTANCE,
    WEAK,
    MetricSpec,
    Vocab,
    _base_vocab,
    _word_rx,
    _words_after,
    _words_before,
    compact,
    dimension_names,
    sentence_spans,
    vocab,
)
from reconcile.config import Settings
from reconcile.quantities.counts import plural
from reconcile.time.clock import clock_of
from reconcile.time.read import (
    caseless_beyond_ascii,
    has_time_expression,
    resolve_when,
)
from reconcile.units import DURATIONS
from reconcile.vocabulary import load

if TYPE_CHECKING:
    from spacy.tokens import Doc

# --- figures in context ---------------------------------------------------------------------


def _kind_key(m: Mention) -> str:
    if m.unit in ("percentage_point", "basis_point"):
        return "percentage_point"
    return m.kind


def _prev_fig_end(figs: list[_Fig], i: int) -> int:
    f = figs[i]
    ends = [figs[j].end for j in f.peers if figs[j].end <= f.start]
    return max(ends, default=f.lo)


def _next_fig_start(figs: list[_Fig], i: int) -> int:
    f = figs[i]
    starts = [figs[j].start for j in f.peers if figs[j].start >= f.end]
    return min(starts, default=f.hi)


# a noun and a change noun after a percentage: "an 8% price increase", "a 5% pay rise"
_RX_NAMED_CHANGE = re.compile(
    rf"[ \t]+([a-z][a-z-]*)[ \t]+({'|'.join(sorted(CHANGE_NOUNS))})s?\b", re.IGNORECASE
)


def _direction(text: str, figs: list[_Fig], i: int, v: Vocab) -> tuple[bool, str | None]:
    """(is a change, 'up'/'down'/None) from the words around a percentage."""
    f = figs[i]
    c_lo, _ = _hard_clause(text, f, v)
    left_lo = max(_prev_fig_end(figs, i), c_lo)
    before = _words_before(text, left_lo, f.start, 5)
    if "by" in before[-3:]:  # "lowered its benchmark interest rate by 25 basis points",
        before = _words_before(text, left_lo, f.start, 10)  # "cut the harvest by about 30%"

    after = _words_after(text, f.end, _next_fig_start(figs, i), 2)
    named = _RX_NAMED_CHANGE.match(text, f.end, _next_fig_start(figs, i))
    if named is not None and named.group(1).lower() not in _function_words():
        after = [named.group(2).lower()]  # "an 8% price increase": the price's change
    if after and after[0] in v.right_change:
        w = after[0]
        if w in v.up:
            return True, "up"
        if w in v.down:
            return True, "down"
        return True, None
    for idx in range(len(before) - 1, -1, -1):
        w = before[idx]
        nxt = before[idx + 1] if idx + 1 < len(before) else ""
        if w == "up" and nxt == "to":
            continue
        if idx > 0 and f"{before[idx - 1]} {w}" in v.not_change:
            continue  # "now make up about 25% of revenue"
        if w in v.up and w not in {"more", "above"}:
            return True, "up"
        if w in v.down and w not in {"less", "fewer", "below"}:
            return True, "down"
    return False, None


# a change measured against what was expected, not against an earlier time: "4% above
# consensus", "2% ahead of analysts' forecasts", "1.5% short of the average estimate"
_RX_AGAINST_EXPECTED = re.compile(
    r"\s+(?:above|below|ahead\s+of|short\s+of|better\s+than|worse\s+than|shy\s+of|beyond)\s+"
    r"(?:the\s+|market\s+|city\s+|wall\s+street\s+)?(?:analysts['’]?\s+)?(?:average\s+|mean\s+)?"
    r"(?:consensus|forecasts?|estimates?|expectations?|predictions?|projections?)\b",
    re.IGNORECASE,
)


def _beat_direction(m: re.Match[str]) -> str:
    """ "up" for a figure above what was expected, "down" below it."""
    return "down" if re.match(r"\s+(?:below|short|worse|shy)", m.group(0), re.I) else "up"


def _role(text: str, figs: list[_Fig], i: int, v: Vocab) -> tuple[str, str | None]:
    f = figs[i]
    m = f.mention
    surface = m.surface.lower()
    if m.kind == "multiplier":
        for word, pct in v.multiplier_changes.items():
            if (m.modifier or "").lower() == word or word in surface:
                return "change", ("up" if pct > 0 else "down")
        c_hi = _hard_clause(text, f, v)[1]
        after = text[f.end : c_hi].lower()
        if m.value > 1 and any(cue in after for cue in v.modifiers["earlier_value"]):
            return "change", "up"  # "three times the level a year earlier" = +200%
        return "ratio", None
    words = surface.split()
    if any(w in words or surface == w for w in v.flat):
        return "change", None
    if f.kind_key in ("percent", "percentage_point"):
        before = _words_before(text, max(_prev_fig_end(figs, i), f.lo), f.start, 2)
        if before and before[-1] in ("to", "at") and before[-2:-1] != ["up"]:
            if _words_after(text, f.end, f.hi, 1) == ["of"]:
                return "share", None  # "came to 6.5% of its sales": a part of a whole, as
                # "6.5% of its sales" is wherever it stands
            return "level", None  # "rose 0.3 points to 4.1%": the new level
        if before and before[-1] == "from":
            return "level", None  # "up from 2.9%": the earlier level
        is_change, direction = _direction(text, figs, i, v)
        if is_change:
            return "change", direction
        after = _words_after(text, f.end, f.hi, 2)
        if after[:1] == ["of"] or (after and after[0] in {"stake", "holding"}):
            return "share", None
        return "level", None
    if _RX_OF_THEM.match(text[f.end : f.end + 12]):
        return "share", None  # "19 of them"
    if m.kind in _COUNTED and _part_included(text, figs, i):
        return "share", None  # "1,150 people work on it, including 340 of the agency's staff"
    # money, counts, physical quantities: a change only when "by" follows a direction word
    # (the qualifier between them is no part of the figure: "grew by nearly 9,000 acres")
    lead_end = f.start
    if m.qualifier_text:
        q = text.rfind(m.qualifier_text, max(f.lo, f.start - len(m.qualifier_text) - 3), f.start)
        lead_end = q if q >= 0 else f.start
    before = _words_before(text, max(_prev_fig_end(figs, i), f.lo), lead_end, 3)
    if before and before[-1] == "by" and any(w in v.up or w in v.down for w in before[:-1]):
        d = "up" if any(w in v.up for w in before[:-1]) else "down"
        return "change", d
    # ... or when a comparison follows it: "$170 million more than the current year"
    if (m := v.compared_rx.match(text, f.end)) is not None:
        return "change", "up" if m.group(1).lower() in v.up else "down"
    prev = [figs[j] for j in f.peers if j < i]
    if prev and prev[-1].role == "share" and _RX_OF_TOTAL.fullmatch(text[prev[-1].end : f.start]):
        return "total", None
    return "level", None


_COUNTED = frozenset({"count", "number"})  # mention kinds of a figure that counts
_RX_INCLUDING = re.compile(r"\b(?:including|among\s+them|among\s+whom)\s+$", re.IGNORECASE)


def _part_included(text: str, figs: list[_Fig], i: int) -> bool:
    """A count written after "including" (or "among them") that follows another count of its
    sentence: a part of that count ("About 900 people were evacuated, including 120 patients";
    "the firm employs 4,000, among them 300 engineers"), not a second measure of the whole."""
    f = figs[i]
    lead = text[max(f.lo, f.start - 40) : f.start]
    if f.mention.qualifier_text:
        q = lead.rfind(f.mention.qualifier_text)
        lead = lead[:q] if q >= 0 else lead
    if not _RX_INCLUDING.search(lead):
        return False
    return any(figs[j].mention.kind in _COUNTED for j in f.peers if j < i)


def _percent_change(
    text: str, figs: list[_Fig], i: int, v: Vocab, parsed: dict[int, _Parsed]
) -> str | None:
    """A percentage the words before it leave a level that the sentence's structure makes a
    change (:mod:`reconcile.claims.role`): its direction, "" when unknown, or None. The
    sentence is parsed (into ``parsed``) only when a cue of such a change stands before it."""
    f = figs[i]
    signed = role.signed_change(text, f.start, f.mention.surface, f.bracketed)
    if signed is not None or not role.has_cue(text[f.lo : f.start]):
        return signed
    _parse_missing(text, figs, [i], parsed)
    doc, lo = parsed[f.sent]
    return role.percent_change(doc, f.start - lo, f.end - lo, v.up, v.down)


def _apply_sign(f: _Fig) -> None:
    m = f.mention
    f.value, f.low, f.high, f.unit, f.kind = m.value, m.low, m.high, m.unit, m.kind
    if f.role == "change" and m.kind == "multiplier":
        v = _base_vocab()[0]["multiplier_changes"]
        for word, pct in v.items():
            if (m.modifier or "").lower() == word or word in m.surface.lower():
                qual = m.qualifier
                f.value, f.unit, f.kind = float(pct), "percent", "percent"
                f.low, f.high = float(pct), float(pct)
                if qual in ("over", "at_least"):
                    f.high = None
                elif qual in ("under", "at_most", "up_to"):
                    f.low = None
                return

        def growth(x: float | None) -> float | None:
            return None if x is None else (x - 1.0) * 100.0

        f.value, f.low, f.high = (m.value - 1.0) * 100.0, growth(m.low), growth(m.high)
        f.unit, f.kind = "percent", "percent"
        return
    if f.role == "change" and f.direction == "down" and f.value > 0:
        f.value = -f.value
        lo, hi = f.low, f.high
        f.low = -hi if hi is not None else None
        f.high = -lo if lo is not None else None


def _per_unit(f: _Fig) -> bool:
    """Is the figure an amount of money per unit of a good ("$11,240 a tonne", "$82 a
    barrel")? No share price is: a share is priced by the share."""
    return f.mention.kind == "money" and " per " in (f.mention.unit or "")


def _parenthetical(text: str, figs: list[_Fig], j: int) -> bool:
    """Is figure j a conversion in brackets right after another: "€420 million ($435 million)"?"""
    if j == 0 or figs[j - 1].sent != figs[j].sent:
        return False
    return _RX_BRACKET_GAP.fullmatch(text[figs[j - 1].end : figs[j].start]) is not None


_RX_CLOSES = re.compile(r"\s*\)")


def _comparative(text: str, f: _Fig, g: _Fig) -> bool:
    """Is ``f``, alone in brackets right after ``g`` and in its unit, the comparison period's
    figure ("net profit of NVK 903 million (NVK 701 million)", "a margin of 12.1% (11.4%)")?
    A conversion changes the unit; the same unit with a value its words cannot reach is the
    earlier period's figure, as results tables give it."""
    counted = f.kind == "number" and not f.unit and g.kind == "count"  # "21.4 million (19.6
    # million)" under a label that names the counted noun ("- Active buyers:")
    if not _RX_CLOSES.match(text, f.end) or f.role != g.role:
        return False
    if (f.unit, f.kind) != (g.unit, g.kind) and not counted:
        return False
    return not intervals_meet(value_interval(f), value_interval(g))


@lru_cache(maxsize=1024)
def _keyword_hits(
    rx: re.Pattern[str], text: str, lo: int, hi: int
) -> tuple[tuple[int, int, str], ...]:
    """(start, end, keyword) of every metric keyword in text[lo:hi] (one scan per sentence)."""
    return tuple((m.start(), m.end(), m.group(0).lower()) for m in rx.finditer(text, lo, hi))


def _patterns_around(
    f: _Fig,
    v: Vocab,
    low_left: str,
    low_right: str,
    surface: str,
    consider: Callable[..., None],
    start: int,
) -> None:
    """Metric patterns around the figure: "{} a share", "{}-seat", "of the {} seats". The
    left side ends where the figure's phrase opens (``start``, at its qualifier)."""
    for idx, left, right, weak in v.patterns:
        if not low_left.endswith(left):
            continue
        tail = right.strip()
        if low_right.startswith(right) or (bool(tail) and surface.endswith(tail)):
            consider(idx, start - len(left), f.end + len(right), weak, base=0)


_RX_BASE_BEFORE = re.compile(
    r"(?:\bthan|\boutpacing|\bversus|\bcompared (?:with|to)|\bagainst)\s+"
    r"(?:the\s+|its\s+|their\s+|an?\s+|(?:[a-z]+\s+)?(?:overall|total|national)\s+)?$",
    re.I,
)


def _metric_hit(
    text: str,
    figs: list[_Fig],
    i: int,
    v: Vocab,
    off: Callable[[int, int], bool] | None = None,
) -> tuple[MetricSpec, tuple[int, int] | None] | None:
    """The metric of figure i and the span of the keyword that named it (None: a pattern
    around the figure, its unit or its modifier named it). ``off``: keyword spans the parse
    puts off the figure's clause, left out."""
    f = figs[i]
    m = f.mention
    h_lo, h_hi = _hard_clause(text, f, v)
    s_lo, s_hi = _soft_clause(text, f, v)
    others = [(figs[j].start, figs[j].end) for j in f.peers if j != i and not figs[j].bracketed]
    best: tuple[float, int, int] | None = None  # score, -len, spec idx
    best_hit: tuple[int, int] | None = None
    opens = _qualifier_start(text, f)  # "shed more than 3,500 jobs": "shed" is next to them

    def consider(idx: int, ks: int, ke: int, weak: bool, base: float | None = None) -> None:
        nonlocal best, best_hit
        spec = v.metrics[idx]
        if not _admits(spec, f):
            return
        if base is None:
            if ke <= f.start and _RX_BASE_BEFORE.search(text, max(0, ks - 30), ks):
                return  # a base of comparison before the figure: "grew faster than the
                # population, reaching 6,021" counts what grew, not the population
            if ke <= f.start:
                dist = max(opens - ke, 0)
                if any(ke <= a and b <= f.start for a, b in others):
                    dist += CROSS_FIGURE
            elif ks >= f.end:
                if _after_comparison(text, f.end, ks, v) or m.kind == "multiplier":
                    return  # a base of comparison ("100 times its revenue")
                dist = ks - f.end
                if "," in text[f.end : ks]:
                    dist += RIGHT_COMMA
                if any(f.end <= a and b <= ks for a, b in others):
                    dist += CROSS_FIGURE
            else:
                dist = 0
            if ke <= h_lo or ks >= h_hi:
                dist += HARD_CLAUSE
            elif ke <= s_lo or ks >= s_hi:
                dist += SOFT_CLAUSE
        else:
            dist = base
        # a noun whose "of" holds the figure names it, however weak a word it is elsewhere
        # ("After legal costs of $2m, the fines it kept came to ...": a cost, not a fine)
        owned = base is None and ke <= f.start and text[ke:opens].strip().lower() == "of"
        penalty = WEAK if (weak or spec.weak) and not owned else 0
        score = dist + penalty - PRIORITY * spec.priority
        cand = (score, -(ke - ks), idx)
        if best is None or cand < best:
            best, best_hit = cand, ((ks, ke) if base is None else None)

    own_noun = m.kind == "count" and bool(m.unit) and (m.unit or "").lower() not in v.generic_nouns
    for ks, ke, word in _keyword_hits(v.keyword_rx, text, f.lo, f.hi):
        if (own_noun or m.kind == "count") and any(a <= ks and ke <= b for a, b in others):
            continue  # "6.1 million customers in four regions": the customers are not the
            # regions'; "the toll has risen to 11 after two passengers died": 11 is the toll's
        if off is not None and off(ks, ke):
            continue  # the parse puts it in another clause than the figure's
        for idx, weak in v.keyword_map.get(word, []):
            consider(idx, ks, ke, weak)
    low_left = text[max(0, opens - 40) : opens].lower()  # across the qualifier: "will get
    # about $96 million" is "will get {}" as "will get $96 million" is
    low_right = text[f.end : f.end + 40].lower()
    surface = m.surface.lower()
    if low_right.startswith(v.pattern_rights) or surface.endswith(v.pattern_tails):
        _patterns_around(f, v, low_left, low_right, surface, consider, opens)
    # the best candidate is the least (score, -length, index): the order of the calls is free
    unit = (m.unit or "").lower()
    modifier = (m.modifier or "").lower()
    if unit:
        for idx in v.unit_specs.get(unit, ()):
            consider(idx, f.start, f.end, False, base=UNIT_DISTANCE)
    if modifier:
        for idx in v.keyword_specs.get(modifier, ()):
            consider(idx, f.start, f.end, False, base=0)
    if best is None:
        return None
    noun = (m.unit or "").lower()
    if (
        m.kind == "count"
        and noun
        and noun not in v.generic_nouns
        and not any(noun in s.units for s in v.metrics)
        and (
            best[0] >= SOFT_CLAUSE
            or _container_of(text, f, v, best[2])
            or _other_counted_noun(text, best_hit, v.metrics[best[2]])
        )
    ):
        return None  # "close two factories": the counted noun says more than a far keyword;
        # "a backlog of 9,100 repairs": the noun says what the backlog holds;
        # "Entrants: 40 schools": schools, not the entrants a metric counts by that noun
    return v.metrics[best[2]], best_hit


def _admits(spec: MetricSpec, f: _Fig) -> bool:
    """Can figure ``f`` be a figure of ``spec`` at all: its kind, value, unit and dimension?"""
    m = f.mention
    if not _fits(spec, f):
        return False  # another kind; or a share's or a deal's price per ounce, tonne or hour
    if spec.max_value is not None and f.role == "level" and abs(m.value) > spec.max_value:
        return False
    if spec.min_amount is not None and m.kind == "money" and abs(m.value) < spec.min_amount:
        return False  # "the basic tier goes up to $6.49": a price, no spending plan
    if spec.dimensions and m.kind == "physical" and dimension_of(m.unit) not in spec.dimensions:
        return False  # "25,000 acres" is no wind speed, however near "wind" stands
    # "cutting power to 92,000 households" is no job cut
    return not spec.only_units or (m.unit or "").lower() in spec.only_units


def _other_counted_noun(text: str, hit: tuple[int, int] | None, spec: MetricSpec) -> bool:
    """Is the keyword at ``hit`` one of the nouns ``spec`` counts ("participants" of a metric
    whose units are participants)? A count of another noun is then a count of its own noun,
    however near the keyword stands: the keyword names other things than those counted."""
    if hit is None or not spec.units:
        return False
    word = text[hit[0] : hit[1]].lower()
    return any(word in (u, plural(u)) for u in spec.units)


# between a percentage and the count that restates it: "48.7%, or 23.5 million votes",
# "51.3% -- 24.8 million votes --" (a count in brackets is read as a conversion instead)
_RX_RESTATED = re.compile(r"\s*(?:,\s*or|,|--|[—–])\s*(?:about\s+|some\s+|nearly\s+|roughly\s+)?")


def _restated_share(text: str, figs: list[_Fig], i: int, v: Vocab) -> MetricSpec | None:
    """The metric of a percentage that no keyword names when the count right after it restates
    it: the share "of the <noun>" that count counts ("No had 48.7%, or 23.5 million votes": a
    vote share, as "48.7% of the votes" is). Only a metric the vocabulary names by that
    phrase, and fits a percentage, is taken."""
    f = figs[i]
    nxt = [j for j in f.peers if j > i]
    if f.kind_key != "percent" or f.role != "level" or not nxt:
        return None
    g = figs[nxt[0]]
    unit = (g.mention.unit or "").lower()
    if g.mention.kind != "count" or not unit or not _RX_RESTATED.fullmatch(text, f.end, g.start):
        return None
    noun = plural(unit)
    for phrase in (f"of the {noun}", f"of {noun}"):
        for idx, _weak in v.keyword_map.get(phrase, []):
            spec = v.metrics[idx]
            if spec.kinds and "percent" in spec.kinds:
                return spec
    return None


_RX_FAR_GAP = re.compile(
    r"[,;:(]|\S+\s+\S+\s+\S+\s+\S+"
    r"|\b(?:as|while|whereas|because|after|before|since|although|though|but|and)\s"
)  # a clause may open between ("narrows to $3bn in May as exports rise")
# a verb's object between a keyword and its figure: "raise tuition to $9,450" (tuition's level)
_RX_OBJECT_GAP = re.compile(r"\s+(?:[a-z]+\s+){1,2}(?:to|by|from)\s+$")


# a preposition opening the words between a figure and a keyword after it: "a deficit of
# £410m on the latest valuation" (the parse tells an adjunct of the clause from the figure's
# own phrase); not "in", which mostly names the figure's own noun ("billions in penalties")
_RX_ADJUNCT_GAP = re.compile(
    r"\s+(?:on|at|after|before|for|under|over|with|since|during|against|despite)\s", re.I
)


def _far(text: str, f: _Fig, hit: tuple[int, int] | None) -> bool:
    """Is a metric keyword far enough from its figure for the parse to be asked whether it is
    in the figure's clause: a comma or bracket, or four words or more, between them?"""
    if hit is None:
        return False
    ks, ke = hit
    gap = text[ke : f.start] if ke <= f.start else text[f.end : ks] if ks >= f.end else ""
    if ke <= f.start and _RX_OBJECT_GAP.fullmatch(gap):
        return True
    if ks >= f.end and _RX_ADJUNCT_GAP.match(gap):
        return True  # "a deficit of £410m on the latest valuation": the keyword may head an
        # adjunct of the clause, not the figure's own phrase
    return _RX_FAR_GAP.search(gap) is not None


def _parse_far_keywords(
    text: str,
    figs: list[_Fig],
    v: Vocab,
    chosen: list[tuple[MetricSpec, tuple[int, int] | None] | None],
    parsed: dict[int, _Parsed],
) -> None:
    """Add to ``parsed`` the parse of each sentence where a figure's metric keyword is far from
    it (:func:`_far`), one batch. The sentences of the durations that :func:`_duration_metrics`
    will most likely read (a figure in a unit of a metric of the length of something else) are
    parsed in the same batch but not added to ``parsed``, which the readings in between weigh:
    their parses wait in the parse store, where that step finds them (one pipeline call a
    document instead of two; a sentence's parse is the same in any batch)."""
    far, wanted, later = _far_sentences(text, figs, v, chosen, parsed)
    if not later or not parse_kept():
        _parse_missing(text, figs, far, parsed)
        return
    docs = parse_sentences([text[lo:hi] for lo, hi in (*wanted.values(), *later.values())])
    for (k, (lo, _)), doc in zip(wanted.items(), docs, strict=False):
        parsed[k] = (doc, lo)


_Spans = dict[int, tuple[int, int]]  # sentence index -> its span


def _far_sentences(
    text: str,
    figs: list[_Fig],
    v: Vocab,
    chosen: list[tuple[MetricSpec, tuple[int, int] | None] | None],
    parsed: dict[int, _Parsed],
) -> tuple[list[int], _Spans, _Spans]:
    """What :func:`_parse_far_keywords` parses: the figures whose keyword is far, the sentences
    of those not parsed yet, and the sentences parsed with them for later."""
    far = [i for i, c in enumerate(chosen) if c is not None and _far(text, figs[i], c[1])]
    wanted = {figs[i].sent: (figs[i].lo, figs[i].hi) for i in far if figs[i].sent not in parsed}
    lasting = [s for s in v.metrics if s.of_other]
    later = {
        f.sent: (f.lo, f.hi)
        for f in figs
        if not f.bracketed and f.sent not in parsed and f.sent not in wanted
        if any(f.mention.unit in s.units and f.mention.kind in s.kinds for s in lasting)
    }
    return far, wanted, later


def _own_clause_metric(
    text: str,
    figs: list[_Fig],
    i: int,
    v: Vocab,
    chosen: tuple[MetricSpec, tuple[int, int] | None] | None,
    parsed: _Parsed | None,
) -> MetricSpec | None:
    """The metric of figure i, its keyword in the figure's own clause. A keyword the parse puts
    in another clause, one that does not govern the figure (:func:`keyword_off_clause`), loses
    when the figure's own phrase names a thing (:func:`own_noun`: "debts of £640m", "a fifth
    of the staff"): to the keywords of the figure's clause, then to that noun when a metric
    names it; with neither, the figure has no vocabulary metric and the parse describes it.
    A keyword in a relative clause that does not hold the figure loses too ("the median rent,
    which luxury sales barely move, rose to £1,250" is no revenue), for a change as well
    ("Food, which makes up half of revenue, rose 2.6%" is no revenue growth). Any other
    figure that names no thing ("the index shed 3%") keeps the far keyword."""
    if chosen is None:
        return None
    spec, hit = chosen
    f = figs[i]
    if parsed is None or hit is None or not _far(text, f, hit):
        return spec
    doc, lo = parsed
    fig = (f.start - lo, f.end - lo)
    kw = (hit[0] - lo, hit[1] - lo)
    relative = in_relative_clause(doc, fig, kw)
    if f.role == "change":  # a change's own noun names the change ("a cut of 6.4%"), not the
        # thing; but "Food, which makes up half of revenue, rose 2.6%" is no revenue growth
        part = subject_described(doc, fig, kw)
        later = in_later_clause(doc, fig, kw)  # "income has risen by 20%, and clubs are
        # investing it": no spending
        # "Enrolments fell 3.1%, the office said, leaving it short of its pledge": the clause's
        # subject names what changed, and the keyword stands off the figure's clause
        away = _measured_subject(changed_subject(doc, fig), v) and keyword_off_clause(doc, fig, kw)
        if (part is None or part in v.keyword_map) and not later and not away:
            return spec
        relative = True
    noun = None if f.role == "change" else own_noun(doc, *fig)
    acted = verb_object(doc, fig, kw) if noun is None else None
    if acted is not None and spec.name not in {
        v.metrics[idx].name for idx, _weak in v.keyword_map.get(acted, [])
    }:  # "raised annual tuition by 12.5%, to $9,450": the tuition's level, no funds raised
        return _noun_metric(acted, f, v)
    # "the scheme's shortfall sits at £290m on the newest valuation": a level's clause subject
    # names the figure as its own noun does
    subject = own_clause_subject(doc, fig, alone=True) if noun is None and acted is None else None
    holder = noun if noun is not None else subject if _measured_subject(subject, v) else None
    beside = holder is not None and outside_own_phrase(doc, fig, kw)
    if not relative and not beside:
        # a figure that names no thing of its own keeps the far keyword, unless its clause's
        # subject names it ("Exports rose 5%, and the gap narrowed to $1.7bn") and the keyword
        # stands in another clause; a figure's own noun loses only to a keyword off its clause
        if noun is None and not _measured_subject(own_clause_subject(doc, fig), v):
            return spec
        if not keyword_off_clause(doc, fig, kw):
            return spec

    def off(ks: int, ke: int) -> bool:
        span = (ks - lo, ke - lo)
        return (
            keyword_off_clause(doc, fig, span)
            or in_relative_clause(doc, fig, span)
            or (holder is not None and outside_own_phrase(doc, fig, span))
        )

    again = _metric_hit(text, figs, i, v, off=off)
    if again is not None:
        return again[0]
    if holder is None:
        return None  # "the median rent, which ... sales ..., rose to £1,250": the parse names it
    return _noun_metric(holder, f, v)


_RX_BY = re.compile(r"\bby\b", re.IGNORECASE)


def _moved_level(
    text: str,
    figs: list[_Fig],
    i: int,
    v: Vocab,
    spec: MetricSpec,
    chosen: tuple[MetricSpec, tuple[int, int] | None] | None,
    parsed: dict[int, _Parsed],
) -> MetricSpec | None:
    """A metric whose rise is read as a level (``role = "level"``: "consumer prices rose 3.1%"
    is the inflation rate) does not name a percentage by which one named agent moves its own
    thing, the keyword being the verb's object (:func:`parse.moved_object`: "Halbrook will
    raise its prices by 8%"): that figure is the thing's change, named by the other metrics of
    its noun (the price's change), else described by the parse (``None``)."""
    hit = None if chosen is None or chosen[0] is not spec else chosen[1]
    f = figs[i]
    if hit is None or f.kind_key != "percent" or not _RX_BY.search(text, hit[1], f.start):
        return spec  # (no "by" between the noun and the figure: no parse needed)
    _parse_missing(text, figs, [i], parsed)
    doc, lo = parsed[f.sent]
    noun = moved_object(doc, (f.start - lo, f.end - lo), (hit[0] - lo, hit[1] - lo))
    if noun is None:
        return spec
    f.role = "change"
    return _unrated_metric((noun, plural(noun)), f, v)


def _unrated_metric(words: Iterable[str], f: _Fig, v: Vocab) -> MetricSpec | None:
    """The first metric one of ``words`` (in order) is a keyword of that reads no rise as a
    level (``role`` unset) and whose kinds admit the figure; None when none."""
    for w in words:
        for idx, _weak in v.keyword_map.get(w, []):
            spec = v.metrics[idx]
            if spec.role is None and _admits(spec, f):
                return spec
    return None


@cache
def _bearer_heads() -> frozenset[str]:
    """Nouns that name who has a quantity, not the quantity: a business unit, a body, a club
    ("its internet business grew 11% to £820m" gives the business's revenue)."""
    names = load("entities")
    words = [
        *names["segments"]["units"],
        *names["names"]["full_name_words"],
        *names["names"]["public_bodies"],
        *names["names"]["institutions"],
        *names["names"]["org_words"],
    ]
    return frozenset(w.lower() for w in words)


def _measured_subject(noun: str | None, v: Vocab) -> bool:
    """Is ``noun``, the subject of a figure's clause, the thing the figure measures: a noun
    that names no bearer (:func:`_bearer_heads`), unless a metric keyword names it too ("sales
    rose to $4bn")?"""
    if noun is None:
        return False
    return noun not in _bearer_heads() or noun in v.keyword_map


# between a price and the premium apposed to it: "$18 a share, a 23% premium to ..."
_RX_PRICE_TO_PREMIUM = re.compile(r"\s*(?:(?:a|per)\s+share\s*)?[,;]\s*(?:a|an|or)?\s*$")
# between a premium and the price it is measured from: "a 23% premium to the close of $14"
_RX_PREMIUM_TO_BASE = re.compile(r"\s*premium\s+(?:to|over|on)\b[^,;.]{0,60}?\bof\s*")


def _premium_sides(text: str, figs: list[_Fig], v: Vocab) -> None:
    """The two prices a premium joins: the price right before it, apposed ("$18 a share, a 23%
    premium to ..."), is the offer's price, and the price the premium is measured from ("...
    premium to the Friday close of $14") is the share's, not the premium's."""
    premiums = [
        i
        for i, f in enumerate(figs)
        if f.spec is not None and f.spec.name == "offer premium" and f.kind_key == "percent"
    ]
    if not premiums:
        return
    specs = {s.name: s for s in v.metrics}
    offer, share = specs.get("takeover offer price"), specs.get("share price")
    for i in premiums:
        f = figs[i]
        if i > 0 and offer is not None:
            g = figs[i - 1]
            if (
                g.sent == f.sent
                and g.kind_key == "money"
                and _RX_PRICE_TO_PREMIUM.fullmatch(text, g.end, f.start)
            ):
                g.spec = offer
        if i + 1 < len(figs) and share is not None:
            h = figs[i + 1]
            if (
                h.sent == f.sent
                and h.kind_key == "money"
                and _RX_PREMIUM_TO_BASE.fullmatch(text, f.end, h.start)
            ):
                h.spec = share


def _folded(words: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z]+", words.lower())}


# a list item's label right before its figure: "- Fine: €640m", "• Penalty paid: $12m"
_RX_ITEM_LABEL = re.compile(
    rf"[ \t]*{ITEM_MARKER}[ \t]+([A-Za-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){{0,3}})[ \t]*:[ \t]*$"
)


def _label_metric(text: str, f: _Fig) -> str | None:
    """The label of the list item a figure with no metric opens ("- Fine: €640m": "fine"),
    when the label is no name (its first word is not the figure's subject): what the item
    counts. None for any other figure."""
    m = _RX_ITEM_LABEL.match(text, f.lo, f.start)
    if m is None:
        return None
    label = m.group(1)
    first = label.split()[0]
    if (f.subject and first in f.subject.split()) or not is_english_word(first.lower()):
        return None  # "- Orlen: 37%": a name's figure, not what it counts
    return label.lower()


# a fact-sheet line's label before its first figure: "- Visits: 4.62m", "Health: €58.9bn"
_RX_LINE_LABEL = re.compile(
    rf"[ \t]*(?:{ITEM_MARKER}[ \t]+)?[A-Za-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*){{0,3}}[ \t]*:[ \t]*"
)


def _lemma_name(name: str) -> str:
    """A metric name with its last word in the singular ("served meals" -> "served meal",
    "factories" -> "factory", "men" -> "man"): the word whose plural it is, else itself."""
    head, _, last = name.rpartition(" ")
    low = last.lower()
    one = _irregular_singulars().get(low)
    if one is None and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        one = next(
            (w for w in (low[:-3] + "y", low[:-2], low[:-1]) if w and plural(w) == low), None
        )
    if one is None or not last.islower():
        return name
    return f"{head} {one}" if head else one


@cache
def _irregular_singulars() -> dict[str, str]:
    """plural -> singular, count_nouns.toml ``[irregular]`` ("men": "man")."""
    return {k.lower(): v.lower() for k, v in load("count_nouns")["irregular"].items()}


def _labelled_changes(text: str, figs: list[_Fig]) -> None:
    """A change that names nothing of its own on a fact-sheet line is the change of the line's
    labelled level: "- Anglers: 3.1m (+4% year on year)", "Schools: €4.1bn, up 3.2% from
    €3.97bn", "- Admissions: 880,000 (2024: 845,000), +4.1%" give the anglers', the schools'
    and the admissions' change, named as the level is (without the label's bracket), as "anglers
    rose 4%" is: the parse names a change by its noun's lemma ("angler"), and so is this one
    named, lest its form outvote the levels' in the name their group takes. Only levels with
    no name of their own (an earlier value) may stand between them."""
    for i, f in enumerate(figs):
        if f.role != "change" or f.metric is not None:
            continue
        before = [j for j in f.peers if j < i]
        if not before:
            continue
        g = figs[before[0]]
        if g.role != "level" or not g.metric or not (f.kind_key == "percent" or f.unit == g.unit):
            continue
        if not _RX_LINE_LABEL.fullmatch(text, g.lo, g.start):
            continue
        between = [figs[j] for j in before[1:]]
        if any(h.role != "level" or h.metric is not None for h in between):
            continue  # "Exports: $9bn, imports $7bn, up 4%": another quantity between
        name = g.spec.change if g.spec is not None else _lemma_name(g.metric.split(" (", 1)[0])
        f.metric = f"{name} ({g.mod})" if g.mod else name
        f.mod, f.spec, f.narrowing = g.mod, g.spec, g.narrowing


# nouns that name an amount of money as such, whatever it is: "- Money stolen: £3.1m" is
# named by its verb, as "thieves stole £3.1m" is
_AMOUNT_NOUNS = frozenset({"money", "cash", "amount", "sum", "funds", "total", "value"})


_RX_BARE_LABEL = re.compile(r"([A-Z][a-z]+[ \t]+[a-z]+)[ \t]*:[ \t]*")


def _line_label(text: str, f: _Fig) -> str | None:
    """The two-word label opening the line of a figure on a fact-sheet line with no item
    marker ("Reward offered: £2.5m"), lowered; None otherwise."""
    if f.lo and text[f.lo - 1] != "\n":
        return None
    m = _RX_BARE_LABEL.fullmatch(text, f.lo, f.start)
    return m.group(1).lower() if m else None


def _label_noun(label: str | None, metric: str) -> str | None:
    """The noun of a fact-sheet label "<noun> <participle>" when the figure's metric is the
    participle's verb ("- Reward offered: $1.2m" read as an offer): the noun names the
    figure, as in "a reward of $1.2m was offered" ("reward"). None for a noun that names an
    amount as such ("- Money stolen: £3.1m" stays the theft's) and for any other label."""
    words = (label or "").split()
    if len(words) != 2:
        return None
    noun, participle = words
    verb = metric.split(" (", 1)[0]
    if " " in verb or len(verb) < 3 or not participle.endswith(("ed", "en")):
        return None
    if not participle.startswith(verb[:-1]) or noun in _AMOUNT_NOUNS:
        return None
    return noun


def _names_its_metric(subject: str | None, metric: str | None) -> bool:
    """Is the subject a word of the figure's metric, read as a name because it opens a line or a
    list item ("- Imports: $9.2bn", "Balance: a deficit of $1.1bn")? Such a label names what
    is measured, not whose: the figure falls to the story's main subject."""
    if not subject or not metric:
        return False
    words = _folded(subject)
    return bool(words) and words <= _folded(metric)


def _noun_metric(noun: str, f: _Fig, v: Vocab) -> MetricSpec | None:
    """The first metric a noun is a keyword of whose kinds admit the figure; None when none."""
    for idx, _weak in v.keyword_map.get(noun, []):
        own = v.metrics[idx]
        if _admits(own, f):  # its kinds among the rest
            return own
    return None


_RX_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z-]+)")


@cache
def _function_words() -> frozenset[str]:
    """Words that are no noun (count_nouns.toml [filler] stop: "of", "the", "was", "said")."""
    return frozenset(w.lower() for w in load("count_nouns")["filler"]["stop"])


# (the fields read, by identity) -> (those fields, the words): a document's vocabulary is a copy
# of the run's with its own places and setting (``_with_places``), which share these fields
_KNOWN_WORDS: dict[tuple[int, ...], tuple[tuple[object, ...], frozenset[str]]] = {}


def _vocabulary_words(v: Vocab) -> frozenset[str]:
    """Every word of a metric keyword or pattern, a modifier cue, a direction word or a counted
    noun: the words the vocabulary knows as naming, or qualifying, what a figure measures
    (once per vocabulary's keywords, patterns, cues, metrics and direction words: each
    document's copy of the vocabulary shares them; the fields are kept with the words, so
    their ids stay their own)."""
    fields = (v.keyword_map, v.patterns, v.modifiers, v.metrics, v.up, v.down)
    key = tuple(map(id, fields))
    known = _KNOWN_WORDS.get(key)
    if known is not None and all(a is b for a, b in zip(known[0], fields, strict=True)):
        return known[1]
    phrases = [
        *v.keyword_map,
        *(part for _, left, right, _ in v.patterns for part in (left, right)),
        *(cue for cues in v.modifiers.values() for cue in cues),
        *(unit for spec in v.metrics for unit in spec.units),
    ]
    words = {w for phrase in phrases for w in re.findall(r"[a-z][a-z-]*", phrase.lower())}
    found = frozenset(words | v.up | v.down)
    _KNOWN_WORDS[key] = (fields, found)
    return found


def _modifier_keywords(
    text: str,
    figs: list[_Fig],
    v: Vocab,
    chosen: list[tuple[MetricSpec, tuple[int, int] | None] | None],
    parsed: dict[int, _Parsed],
) -> None:
    """A metric keyword that only modifies the noun the figure quantifies names that noun's
    kind, not the figure, when the vocabulary knows no word of that noun: "net revenue
    retention stood at 118%" is no revenue, "a loss ratio of over 85%" no net income. The
    parse names the figure ("net revenue retention"). Nouns the vocabulary knows keep the
    keyword ("the jobless rate climbed to 5.3%", "revenue guidance of $18 billion").
    Only sentences where a chosen keyword stands right before a word the vocabulary does not
    know, and no function word, are parsed (the noun, or the first word of its phrase)."""
    known = _vocabulary_words(v)
    todo = []
    for i, hit in enumerate(chosen):
        nxt = _RX_NEXT_WORD.match(text, hit[1][1]) if hit is not None and hit[1] else None
        if nxt is not None and nxt.group(1) not in known and nxt.group(1) not in _function_words():
            todo.append(i)  # only a word the vocabulary does not know may be such a noun
    if not todo:
        return
    _parse_missing(text, figs, todo, parsed)
    for i in todo:
        f, (_, (ks, ke)) = figs[i], chosen[i]  # type: ignore[misc]
        doc, lo = parsed[f.sent]
        head = keyword_head(doc, (f.start - lo, f.end - lo), (ks - lo, ke - lo))
        if head is None or head.lower_ in known or head.lemma_.lower() in known:
            continue
        chosen[i] = None  # the parse names it: another keyword of the sentence is no surer
        # ("a one-off profit hit of some £12m" is no revenue either)


_RX_OWNER_OF = re.compile(r"\b[a-z]+\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$", re.I)


_RX_ONLY_SPACE = re.compile(r"[ \t]+")


def _verb_keywords(
    text: str,
    figs: list[_Fig],
    v: Vocab,
    chosen: list[tuple[MetricSpec, tuple[int, int] | None] | None],
    parsed: dict[int, _Parsed],
) -> None:
    """A keyword right before a count with a noun of its own that the parse reads as the
    clause's verb ("the old barracks now houses 700 refugees": no homes) names nothing: the
    figure's metric is read again without it. A verb that names what a generic noun counts
    ("employs 350 people") or whose metric holds the figure's noun ("activates 35 billion
    parameters") stays. Only sentences where such a keyword ends in "s" right before the
    figure are parsed."""
    todo = [
        i
        for i, c in enumerate(chosen)
        if c is not None
        and c[1] is not None
        and figs[i].mention.kind == "count"
        and (unit := figs[i].mention.unit.lower())
        and unit not in v.generic_nouns
        and unit not in _folded(c[0].name)
        and text[c[1][1] - 1 : c[1][1]].lower() == "s"
        and _RX_ONLY_SPACE.fullmatch(text, c[1][1], _qualifier_start(text, figs[i]))
    ]
    if not todo:
        return
    _parse_missing(text, figs, todo, parsed)
    for i in todo:
        f, hit = figs[i], chosen[i][1]  # type: ignore[index]
        doc, lo = parsed[f.sent]
        tok = token_at(doc, hit[0] - lo)  # type: ignore[index]
        if tok is not None and tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VBZ":
            chosen[i] = _metric_hit(text, figs, i, v, off=lambda s, e, h=hit: (s, e) == h)


def _unit_verbs(
    text: str,
    figs: list[_Fig],
    v: Vocab,
    chosen: list[tuple[MetricSpec, tuple[int, int] | None] | None],
    parsed: dict[int, _Parsed],
) -> None:
    """A measurement whose metric only its unit names ("85,000 hectares": an area) takes the
    metric of the verb the parse makes it the subject or object of, when a metric that admits
    it lists that verb ("85,000 hectares of farmland had been damaged": the area damaged;
    "flames have blackened 3,400 hectares" is read by its keyword already). Any other verb
    ("the fleet has treated 95,000 hectares") leaves the unit's metric."""
    todo = [
        i
        for i, c in enumerate(chosen)
        if c is not None
        and c[1] is None
        and figs[i].mention.kind == "physical"
        and (figs[i].mention.unit or "").lower() in c[0].units
    ]
    if not todo:
        return
    for i, f, doc, lo in _parsed_figures(text, figs, todo, parsed):
        at = argument_verb(doc, f.start - lo, f.end - lo)
        if at is None:
            continue
        verb = doc[at].lower_
        for idx, _weak in v.keyword_map.get(verb, []):
            spec = v.metrics[idx]
            if spec is not chosen[i][0] and _admits(spec, f):  # type: ignore[index]
                chosen[i] = (spec, None)
                break


def _subject_owners(
    text: str,
    figs: list[_Fig],
    v: Vocab,
    chosen: list[tuple[MetricSpec, tuple[int, int] | None] | None],
    parsed: dict[int, _Parsed],
) -> None:
    """A figure held by the "of" of its clause's subject is what that noun names, not what a
    keyword in the rest of the clause names ("Assembly of 71,500 cars outstripped deliveries":
    no deliveries; :func:`subject_owner`), nor what its counted noun alone implies. The parse
    names it ("assembly") unless the noun is itself a word of the chosen metric ("sales of
    64,300 scooters rose"). An amount a keyword named is held so by its verb's object too ("the
    deal carries an exit clause of £90m": the clause's figure, not the deal's value)."""
    todo = [
        i
        for i, c in enumerate(chosen)
        if c is not None
        and figs[i].mention.kind in ("count", "number", "money")
        and (figs[i].mention.kind != "money" or c[1] is not None)
        and _RX_OWNER_OF.search(text, figs[i].lo, figs[i].start)
    ]
    if not todo:
        return
    _parse_missing(text, figs, todo, parsed)
    for i in todo:
        f, (spec, hit) = figs[i], chosen[i]  # type: ignore[misc]
        doc, lo = parsed[f.sent]
        kw = None if hit is None else (hit[0] - lo, hit[1] - lo)
        money = f.mention.kind == "money"
        noun = subject_owner(doc, (f.start - lo, f.end - lo), kw, objects=money)
        if noun is None:
            continue
        idx = v.metrics.index(spec)
        if any(j == idx for form in (noun, plural(noun)) for j, _ in v.keyword_map.get(form, [])):
            continue
        chosen[i] = None


_RX_CONTAINER_GAP = re.compile(r"\s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+)?$")


def _container_of(text: str, f: _Fig, v: Vocab, idx: int) -> bool:
    """Is the metric's keyword a container (metrics.toml ``[nouns] containers``) right before
    "of" + the figure ("a backlog of 38,000 operations")? Then the counted noun names what it
    holds ("a context window of 128,000 tokens" is no container)."""
    return any(
        ke <= f.start
        and word in v.containers
        and any(i == idx for i, _ in v.keyword_map.get(word, []))
        and _RX_CONTAINER_GAP.fullmatch(text, ke, f.start) is not None
        for _ks, ke, word in _keyword_hits(v.keyword_rx, text, f.lo, f.hi)
    )


def _modifier_cues(v: Vocab, doc_low: str | None) -> tuple[tuple[str, str], ...]:
    """(label, cue) for _cues_near; with the lower-cased document, only the cues it holds."""
    return tuple(
        (label, cue)
        for label, cues in v.modifiers.items()
        if label not in ("comparison", "earlier_value")
        for cue in cues
        if doc_low is None or cue in doc_low
    )


def _cues_near(
    text: str,
    figs: list[_Fig],
    i: int,
    v: Vocab,
    cues: tuple[tuple[str, str], ...] | None = None,
) -> list[tuple[int, str, bool]]:
    """(distance, label, before the figure) of every 'estimate' / 'forecast' / 'adjusted' /
    'previous' / tranche cue near the figure: in its clause, not beyond a neighbouring figure,
    not after a comma that follows it, and inside the relative clause that holds it, if any.
    "Before the figure" means in its soft clause too ("tops forecasts as cloud sales jump 31%"
    is not). ``cues``: :func:`_modifier_cues` of the document (default: every cue)."""
    f = figs[i]
    c_lo = _hard_clause(text, f, v)[0]
    s_lo, c_hi = _soft_clause(text, f, v)
    lo = max(c_lo, _prev_fig_end(figs, i))
    hi = min(c_hi, _next_fig_start(figs, i))
    for r in _RX_RELATIVE.finditer(text, f.lo, f.hi):
        if r.start() < f.start and f.end <= r.end():  # ", which stood at 3.1% in February,"
            lo, hi = max(lo, r.start()), min(hi, r.end())
    window = text[lo:hi].lower()
    rel_s, rel_e = f.start - lo, f.end - lo
    found: list[tuple[int, str, bool]] = []
    for label, cue in _modifier_cues(v, None) if cues is None else cues:
        if cue not in window:
            continue
        for mm in _word_rx(cue).finditer(window):
            if mm.start() >= rel_e and (
                "," in window[rel_e : mm.start()] or _after_comparison(window, rel_e, mm.start(), v)
            ):
                continue  # another clause ("..., saying it wanted to see") or a base
            if label == "previous" and _RX_BASE_END.search(window, 0, mm.start()):
                continue  # "rose 2.9% from a year earlier": the base of a change, no value
            left = mm.end() <= rel_s
            dist = rel_s - mm.end() if left else mm.start() - rel_e
            left = left and lo + mm.start() >= s_lo
            if not left and mm.start() >= rel_e:  # "the 2.5% rise that analysts had expected"
                left = _RX_RELATIVE_GAP.fullmatch(window, rel_e, mm.start()) is not None
            found.append((max(dist, 0), label, left))
    return found


# between a figure and a cue in a relative clause on it: " rise that ", " that "
_RX_RELATIVE_GAP = re.compile(r"\s+(?:[a-z-]+\s+)?that\s+")


_RX_BASE_END = re.compile(r"\b(?:from|on|over|than|versus|vs)\s+$")
_RX_SHARE_OF = re.compile(r"(?:['’]s|\bits|\btheir)\s+share\b(?!s)", re.I)


_RX_FROM_END = re.compile(r"\bfrom(?:\s+(?:the|a|an|its|their))?\s*$", re.I)


def _from_partner(text: str, figs: list[_Fig], i: int, v: Vocab) -> tuple[int, bool] | None:
    """(the figure whose earlier value figure i is, whether figure i names its own time):
    "to 4.00% ... from 4.25%", "to ¥1.3 trillion from ¥1.5 trillion", "$96 million from $71
    million". Figure i is a level introduced by "from" and an earlier figure of its kind stands
    in its sentence. With a time of its own ("up from 42 on Monday") it is a value of that time
    rather than an earlier value, unless it is a forecast ("from the 1.3% it projected in
    December")."""
    f = figs[i]
    if f.role != "level" or not _RX_FROM_END.search(text[max(f.lo, f.start - 20) : f.start]):
        return None
    before = [j for j in f.peers if j < i and figs[j].kind_key == f.kind_key]
    if not before:
        return None
    c_hi = _hard_clause(text, f, v)[1]
    return before[-1], has_time_expression(text[f.end : min(c_hi, _next_fig_start(figs, i))])


_FORECASTS = ("forecast", "estimate")
_PARTS = (" phase", " stage")  # modifier labels naming a part of a plan


_RX_APPOSED = re.compile(r"[^,;:()]{0,30},\s*(?:[a-z]+\s+){0,2}")


def _apposed_level(text: str, figs: list[_Fig], i: int, v: Vocab) -> _Fig | None:
    """The level a change stands in apposition to: "2.4 million vehicles worldwide, roughly
    flat"; "$18.6 billion on Thursday, up 9%". No metric keyword may stand between them."""
    f = figs[i]
    before = [j for j in f.peers if j < i]
    if f.role != "change" or f.kind_key != "percent" or not before:
        return None
    g = figs[before[-1]]
    if g.role != "level" or g.kind_key == "percent" or g.spec is None:
        return None
    if not _RX_APPOSED.fullmatch(text, g.end, f.start):
        return None
    if _keyword_hits(v.keyword_rx, text, g.end, f.start):
        return None
    return g


_RX_CHANGE_NOUN_GAP = re.compile(r"\s*(?:[a-z]+\s+)?")


def _continued_change(text: str, figs: list[_Fig], i: int, v: Vocab) -> _Fig | None:
    """The earlier change a change noun continues: "rebounded 1.8% on Tuesday, recovering part
    of Monday's 6.2% slide", "fell 3%, extending last week's 5% drop". Figure i is a percentage
    change named by a noun right after it ("slide", "drop"), not followed by "in"/"of" (which
    would name its own quantity), an earlier percentage change with a metric stands in its
    sentence, and no metric keyword stands between them."""
    f = figs[i]
    if f.role != "change" or f.kind_key != "percent":
        return None
    m = re.match(r"\s*([a-z]+)(?:\s+([a-z]+))?", text[f.end : f.hi])
    if m is None or m.group(1) not in v.right_change or m.group(2) in ("in", "of", "for"):
        return None
    before = [figs[j] for j in f.peers if j < i]
    changes = [g for g in before if g.role == "change" and g.kind_key == "percent"]
    if not changes or changes[-1].spec is None:
        return None
    g = changes[-1]
    if _keyword_hits(v.keyword_rx, text, g.end, f.end + m.end()):
        return None
    return g


def _continued_modifier(text: str, figs: list[_Fig], i: int, v: Vocab) -> str | None:
    """A forecast or estimate carries on to the next figure of the same metric in the sentence
    when nothing but its own time stands between them: "forecasts inflation of 2.6% for this
    year, falling to 2.1% in 2026"; "2.6% this year and 2.1% next year"."""
    f = figs[i]
    before = [j for j in f.peers if j < i]
    if not before or f.role != "level":
        return None
    g = figs[before[-1]]
    if g.spec is not f.spec or g.kind_key != f.kind_key or g.mod not in _FORECASTS:
        return None
    gap = text[g.end : f.start].lower()
    if any(sep in gap for sep in v.hard) or _keyword_hits(v.keyword_rx, text, g.end, f.start):
        return None
    return g.mod


_RX_PARTICIPLE_GAP = re.compile(r",\s+[a-z]+ing\b")


def _consequence_modifier(text: str, figs: list[_Fig], i: int) -> str | None:
    """A forecast's outcome is a forecast too: "We expect a 25bp cut in December, taking the
    policy rate to 4.00%" (:func:`parse.consequence_of`). Figure i is a level after a comma and
    a participle, and the latest earlier figure of its sentence is a forecast or an estimate."""
    f = figs[i]
    before = [j for j in f.peers if j < i]
    if not before or f.role != "level":
        return None
    g = figs[before[-1]]
    if g.mod not in _FORECASTS or not _RX_PARTICIPLE_GAP.search(text, g.end, f.start):
        return None
    [doc] = parse_sentences([text[f.lo : f.hi]])
    lo = f.lo
    if not consequence_of(doc, (f.start - lo, f.end - lo), (g.start - lo, g.end - lo)):
        return None
    return g.mod


def _expectation(
    text: str,
    figs: list[_Fig],
    i: int,
    v: Vocab,
    cues: tuple[tuple[str, str], ...] | None = None,
) -> bool:
    """Is figure i introduced as a forecast or an estimate ("analysts had expected", "cut its
    full-year forecast to")?"""
    return any(
        label in _FORECASTS and left  # not "will", "expects": they may introduce anything
        for _, label, left in _cues_near(text, figs, i, v, cues)
    )


def _last_quantity(figs: list[_Fig], i: int) -> MetricSpec | None:
    """The metric of the latest figure of the same kind in this or the previous sentence: what
    a bare forecast or estimate with no metric word of its own is about."""
    f = figs[i]
    for g in reversed(figs[:i]):
        if g.sent < f.sent - 1:
            break
        if g.kind_key == f.kind_key and g.role == f.role and g.spec is not None:
            return g.spec if _fits(g.spec, f) else None
    return None


def _fits(spec: MetricSpec | None, f: _Fig) -> bool:
    """Can figure ``f`` be a figure of ``spec`` ("310,000 vehicles" is no revenue)?"""
    if spec is None or ((spec.scoped or spec.target) and _per_unit(f)):
        return False  # "gold climbed to $2,410 an ounce": a listed share is priced by the
        # share, never by the ounce, the tonne or the hour; so is a deal ("will pay drivers
        # €31 per hour" is a wage, no takeover's price)
    return not spec.kinds or f.kind_key in spec.kinds


def _pick_modifier(
    found: list[tuple[int, str, bool]],
    spec: MetricSpec,
    role: str,
    partner: str | None,
    timed: bool = False,
    kind: str = "",
) -> str | None:
    """One modifier from the cues around a figure.

    The nearest of the estimate, forecast and previous cues decides; an earlier value ("from X"
    after a partner figure, or a previous cue) keeps a forecast with it ("previous forecast":
    "from a previous forecast of €1.4 billion", "to ¥1.3 trillion from ¥1.5 trillion" after a
    forecast). Without such cues the nearest other cue (adjusted, tranche) decides.

    Verbs of expectation make forecasts of estimable metrics only; estimates need an estimable
    metric; earlier values are levels; a change is a forecast or an estimate only by a cue
    before it ("had forecast a hike of 25 basis points"). ``timed``: the partner figure names
    its own time. ``kind``: the figure's kind key (only a percentage has a "target" modifier,
    "the bank's 2% target"; only money a part of a plan, "the first phase, worth $450 million",
    not "a phase 3 trial of 2,140 adults").
    """
    labels: list[tuple[int, str]] = []
    for dist, label, left in found:
        if label == "forecast_verbs":
            if not spec.estimable:
                continue
            label = "forecast"
        if label == "estimate" and not spec.estimable:
            continue
        if label == "previous" and role != "level":
            continue
        if label == "target" and (kind != "percent" or any("target" in k for k in spec.keywords)):
            continue  # "the bank's 2% target"; a "price target" is a metric of its own
        if label.endswith(_PARTS) and kind != "money":
            continue  # "a phase 3 trial of 2,140 adults" is no part of a plan
        if label in _FORECASTS and role != "level" and not left:
            continue  # "rose 9%, ahead of what analysts expected" is an actual change
        labels.append((dist, label))
    names = {label for _, label in labels}
    if partner is not None and timed and "forecast" not in names:
        partner = None  # "up from 42 on Monday", "from the £380m it made last year": a value of
        # that time, not an earlier value ("from the 1.3% it projected in December" is one)
    timing = [c for c in labels if c[1] in ("estimate", "forecast", "previous")]
    nearest = min(timing)[1] if timing else None
    if (
        partner is not None
        or nearest == "previous"
        or (nearest == "forecast" and "previous" in names)
    ):
        if partner is not None and partner.startswith(_FORECASTS):
            return "previous forecast"
        return "previous forecast" if "forecast" in names else "previous"
    return nearest or (min(labels)[1] if labels else None)


def _forecast_bears(text: str, f: _Fig, v: Vocab) -> bool:
    """Does a forecast cue of the figure's sentence bear on the figure itself, as the parse
    reads it (:func:`cue_bears_on`)? Asked of a metric no one forecasts as a figure of
    accounts (an age, a duration, a count of things): "a 21-year-old hull in forecast gales"
    is no forecast age, "cut its forecast after a six-day closure" no forecast closure."""
    sentence = text[f.lo : f.hi]
    low = sentence.lower()
    spans = [
        (m.start(), m.end())
        for cue in v.modifiers.get("forecast", ())
        if cue in low
        for m in _word_rx(cue).finditer(low)
    ]
    if not spans:
        return True
    doc = parse_sentences([sentence])[0]
    fig = (f.start - f.lo, f.end - f.lo)
    return any(cue_bears_on(doc, fig, span) for span in spans)


def _scope(text: str, f: _Fig, v: Vocab) -> str | None:
    low = text[f.lo : f.hi].lower()
    best: tuple[int, str] | None = None
    for code, row in v.scopes.items():
        for cue in row["cues"]:
            if cue not in low:
                continue
            for mm in re.finditer(re.escape(cue), low):
                a, b = f.lo + mm.start(), f.lo + mm.end()
                dist = f.start - b if b <= f.start else max(a - f.end, 0)
                if best is None or (dist, code) < best:
                    best = (dist, code)
    return best[1] if best else None


def _session(text: str, f: _Fig, v: Vocab) -> str | None:
    clause = _hard_clause(text, f, v)
    best: tuple[int, str] | None = None
    for label, cues in v.session.items():  # intraday, close, pre-listing (time.toml [session])
        # most cues speak for their clause; some for the whole sentence ("In grey-market
        # trading on Wednesday evening, the shares were quoted 12% higher")
        c_lo, c_hi = (f.lo, f.hi) if label in v.sentence_sessions else clause
        low = text[c_lo:c_hi].lower()
        for cue in cues:
            if cue not in low:
                continue
            for mm in _word_rx(cue).finditer(low):
                a, b = c_lo + mm.start(), c_lo + mm.end()
                dist = f.start - b if b <= f.start else max(a - f.end, 0)
                if best is None or (dist, label) < best:
                    best = (dist, label)
    return best[1] if best else None


def _no_deal(text: str, ents: _DocEntities, v: Vocab) -> frozenset[int]:
    """Indices of the metrics whose keywords name them only in a story of a deal
    (``deal_words``) that this document is not: it holds none of their deal words and names
    no deal's target ("to buy X", "X has joined Y")."""
    low = text.lower()
    out = frozenset(
        i
        for i, s in enumerate(v.metrics)
        if s.deal_words and not any(_word_rx(w).search(low) for w in s.deal_words if w in low)
    )
    return out if out and not _targets(text, ents, v) else frozenset()


_RX_FOR_NAMED = re.compile(r"\s+for\s+(?:the\s+|its\s+|their\s+)?[A-Z]")


def _paid_for_named(text: str, f: _Fig) -> bool:
    """Is the amount paid for a thing called by its name ("agreed to pay £1.3bn for the
    Pellister depots")? That is a deal's price, in whatever story: a deal metric's keyword
    keeps its sense though the story holds none of its deal words."""
    return _RX_FOR_NAMED.match(text, _after_brackets(text, f), f.hi) is not None


@lru_cache(maxsize=64)
def _undealt(spec: MetricSpec) -> MetricSpec:
    """What a deal metric's keyword names in a story of no deal (``no_deal``): "will pay
    $184 more", "paid $4,500 to travel" are payments, "a £12.50 booking fee" a fee."""
    name = spec.no_deal or spec.name
    return replace(spec, name=name, change=f"{name} change", target=False, deal_words=())


def _on_topic(text: str, spec: MetricSpec, ents: _DocEntities, v: Vocab) -> bool:
    """Does the document speak of ``spec.topic`` (aid, relief...) and name no deal target?
    Then "the government's €1.2bn offer" is the aid package, not a takeover price."""
    low = text.lower()
    if not any(_word_rx(w).search(low) for w in spec.topic if w in low):
        return False
    if any(_word_rx(w).search(low) for w in spec.not_topic if w in low):
        return False  # "a 28% premium", "a takeover": a deal after all
    return not _targets(text, ents, v)


@cache
def _periodic() -> tuple[re.Pattern[str], tuple[str, ...]]:
    data = load("parse")["periodic"]
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data["after"])
    return re.compile(rf"\s*(?:{after})\b", re.IGNORECASE), tuple(data["one_off"])


def _periodic_amounts(text: str, figs: list[_Fig]) -> None:
    """An amount of money paid or earned each period ("will be paid €20m a year", "€600,000 a
    week") is no one-off sum: a metric of a sum paid once (a transfer fee,
    a fine, a takeover price; ``[periodic] one_off`` in parse.toml) that a keyword elsewhere
    in the sentence gave it ("completes his transfer ... and will be paid ...") is left
    out, and the parse names the figure (:func:`_described_metrics`)."""
    rx, one_off = _periodic()
    for f in figs:
        if f.kind != "money" or not f.metric:
            continue
        if (
            not any(w in f.metric.lower() for w in one_off)
            or rx.match(text, _after_brackets(text, f)) is None
        ):
            continue
        f.metric, f.spec = None, None


@cache
def _each() -> tuple[re.Pattern[str], tuple[str, ...], frozenset[str]]:
    data = load("parse")["each"]
    after = "|".join(w.replace(" ", r"\s+") for w in data["after"])
    return (
        re.compile(rf"\s*(?:{after})\b", re.IGNORECASE),
        tuple(data["totals"]),
        frozenset(data["paid"]),
    )


def _for_each_one(text: str, f: _Fig, spec: MetricSpec) -> bool:
    """Is ``f`` an amount paid by or for each one ("three guests paying $31,000 each", "€42,000
    per person", "€4 a night") that ``spec``, a metric of a total (a deal's or a takeover's
    price, funds raised, a market value, spending; ``[each] totals`` in parse.toml), names for a
    keyword near it ("pay", "offering", "signed")? It is no total: the parse names it instead
    (:func:`_described_metrics`, then :func:`_unit_prices`)."""
    if f.mention.kind != "money" or not any(w in spec.name.lower() for w in _each()[1]):
        return False
    return _said_each(text, f)


def _said_each(text: str, f: _Fig) -> bool:
    """Whether a word of ``[each] after`` in parse.toml follows the figure ("each", "per
    person", "a night"), past a bracket after it."""
    return _each()[0].match(text, _after_brackets(text, f)) is not None


def _unit_prices(each: list[_Fig]) -> None:
    """What each one pays, as the parse or nothing names it ("paying $31,000 each": pay;
    "flights for €7,200 per person"), is the price of one: the name another source gives the
    same amount ("tickets run $9,500")."""
    _, _, paid = _each()
    for f in each:
        if f.role == "level" and (f.metric is None or f.metric.split(" (")[0] in paid):
            f.metric, f.narrowing = "price", []


def _paid_each(text: str, figs: list[_Fig]) -> None:
    """A payment of so much each one ("comes to roughly $2.30 per ride") is the price of one,
    not a payment of its own: it meets the prices, not the sums paid once."""
    for f in figs:
        if f.kind != "money" or f.role != "level" or not (f.metric or "").startswith("payment"):
            continue
        if _said_each(text, f):
            f.metric, f.narrowing = "price", []


_RX_BRACKET_AFTER = re.compile(r"\s*\([^()\n]{0,80}\)")


def _after_brackets(text: str, f: _Fig) -> int:
    """Where the words after the figure go on past its restatement in brackets: after the
    bracket that follows it ("£90m (€100m/$119m) per season": "per season" is each amount's),
    or, for a figure in such a bracket, after the bracket's close."""
    if f.bracketed:
        close, opened = text.find(")", f.end), text.find("(", f.end)
        return close + 1 if close >= 0 and (opened < 0 or opened > close) else f.end
    m = _RX_BRACKET_AFTER.match(text, f.end)
    return f.end if m is None else m.end()


def _person_deal(f: _Fig, ents: _DocEntities, v: Vocab) -> None:
    """A deal that moves a person is a transfer: "Okafor had left for Castellan FC in a deal
    worth €45m" is the transfer fee a "fee of €48m" elsewhere states (metrics.toml
    ``person_metric``). The person: a mover ("X left for Y", "X joined Y") or a name marked by
    a role ("striker X")."""
    spec = f.spec
    if spec is None or spec.person_metric is None or not f.metric or not f.subject:
        return
    if not f.metric.startswith(spec.name) or f.role != "level":
        return
    people = ents.movers | {
        e.name for row in ents.per_sentence for e in row if e.person == "person"
    }
    if f.subject not in people:
        return
    other = next((s for s in v.metrics if s.name == spec.person_metric), None)
    if other is not None:
        f.metric, f.spec = other.name + f.metric[len(spec.name) :], other


def _verb_metrics(text: str, figs: list[_Fig], parsed: dict[int, _Parsed], v: Vocab) -> None:
    """A figure no keyword names that is the object of a verb a metric lists ("Yes won
    52.4%", "the Greens took 18%": a vote share), with nothing in its own phrase saying what it
    is of, is that metric's. Only levels and shares: "took 18%, up from 11%" as a change is
    not read here."""
    by_verb = {verb: s for s in v.metrics for verb in s.verbs}
    if not by_verb:
        return
    todo = [
        i
        for i, f in enumerate(figs)
        if f.metric is None
        and not f.bracketed
        and f.role != "change"
        and any(_fits(s, f) for s in by_verb.values())
    ]
    for _, f, doc, lo in _parsed_figures(text, figs, todo, parsed):
        spec = by_verb.get(object_verb(doc, f.start - lo, f.end - lo) or "")
        if _fits(spec, f):
            f.spec, f.metric = spec, spec.name
            f.role = spec.role or f.role  # type: ignore[assignment]


@cache
def _planned() -> frozenset[str]:
    """metrics.toml [cost_verb] planned: the things whose cost is the spending they plan."""
    return frozenset(load("metrics").get("cost_verb", {}).get("planned", ()))


_RX_COST_VERB = re.compile(r"\bcost(?:s|ing)?\b", re.IGNORECASE)


def _cost_objects(text: str, figs: list[_Fig], parsed: dict[int, _Parsed], v: Vocab) -> None:
    """An amount the parse makes the object of the verb "cost" ("a dredging programme that cost
    €0.8 billion", "the pay offer would cost £1.7 billion", "its refit, costing $26m")
    is what the thing costs, the cost, whatever spending word ("infrastructure", "would cost")
    named it capital spending: other sources give that figure as "the cost of" it. What a
    plan, scheme or project costs (metrics.toml [cost_verb] planned) is the spending it plans,
    what a pronoun costs ("that would cost £30m") is left as it was, and money an owner
    spends or invests ("will spend $120m refurbishing") stays spending."""
    cost = next((s for s in v.metrics if s.name == "cost"), None)
    todo = [
        i
        for i, f in enumerate(figs)
        if cost is not None
        and f.kind == "money"
        and f.spec is not None
        and f.spec.name == "capital spending"
        and not f.mod  # "the first stage, costing $450m": a part of the plan's spending
        and (f.metric or "").startswith(f.spec.name)
        and _RX_COST_VERB.search(text, f.lo, f.start)
    ]
    if not todo:
        return
    for _, f, doc, lo in _parsed_figures(text, figs, todo, parsed):
        span = figure_span(doc, f.start - lo, f.end - lo)
        root = None if span is None else span.root
        if root is None or root.dep_ not in ("dobj", "npadvmod"):
            continue
        verb = root.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "cost":
            continue
        owner = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (owner is None or owner.tag_ in ("WDT", "WP")) and verb.dep_ in ("relcl", "acl"):
            owner = verb.head  # "a scheme that would cost", "its refurbishment, costing"
        elif owner is None and verb.dep_ == "xcomp":  # "unveiled a scheme to cost £45m"
            kids = list(verb.head.children)
            owner = next((c for c in kids if c.dep_ == "dobj"), None) or next(
                (c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None
            )
        if owner is not None and owner.pos_ in ("PRON", "DET"):
            continue  # "the council reckons that would cost £12m": what costs it is unsaid
        if owner is None or owner.lemma_.lower() not in _planned():
            f.metric = cost.name + (f.metric or "")[len(f.spec.name) :]  # type: ignore[union-attr]
            f.spec = cost


_RX_PER = re.compile(r"\bper\b", re.IGNORECASE)


def _keyword_rates(text: str, figs: list[_Fig], parsed: dict[int, _Parsed], v: Vocab) -> None:
    """A keyword's noun the parse narrows by "per" ("revenue per available room grew 10.9%",
    "sales per square metre rose 4%") measures a rate of that noun, not the noun: the figure
    loses the keyword's metric and is named by its description ("revenue per available room",
    :func:`_described_metrics`), so that it never meets a figure of the plain noun. A figure
    that is itself a rate ("$4 per share", "€2 per kilo") keeps its metric, and so does a noun
    per unit of measure ("the price per kilo")."""
    todo = [
        i
        for i, f in enumerate(figs)
        if f.spec is not None
        and not f.bracketed
        and " per " not in (f.unit or "")
        and _RX_PER.search(text, f.lo, f.hi)
    ]
    if not todo:
        return
    _parse_missing(text, figs, todo, parsed)
    for i in todo:
        f = figs[i]
        doc, lo = parsed[f.sent]
        d = describe(doc, f.start - lo, f.end - lo, physical=f.kind == "physical")
        if d is None or d.thing is None or d.thing_pos != "NOUN" or d.thing_named:
            continue
        per = next((n for n in d.narrowing if n.startswith("per ")), None)
        if per is None or is_unit_word(per.rsplit(" ", 1)[-1]):
            continue  # "the price per kilo": a unit price, named by its unit (_rate_metrics)
        named = {
            v.metrics[k].name
            for w in (d.thing, plural(d.thing))
            for k, _ in v.keyword_map.get(w, ())
        }
        if f.spec.name in named:  # the keyword is the noun the rate is of
            f.metric, f.spec = None, None


def _described_metrics(text: str, figs: list[_Fig], parsed: dict[int, _Parsed], v: Vocab) -> None:
    """A figure that no vocabulary metric names is named by what the parse says it measures
    ("a fee of €85m": fee; "turnout among young voters was 41%": turnout among young voter),
    so that no figure is left out of grouping for want of a vocabulary word. Its sentence is
    parsed here when it was not for its subject. A thing that is a name (a proper noun or a
    recognised entity) names no quantity and is left out."""
    todo = [f for f in figs if f.metric is None and not f.bracketed]
    missing = {f.sent: (f.lo, f.hi) for f in todo if f.sent not in parsed}
    if missing:
        docs = parse_sentences([text[lo:hi] for lo, hi in missing.values()])
        for (k, (lo, _)), doc in zip(missing.items(), docs, strict=True):
            parsed[k] = (doc, lo)
    names = _physical_names()
    for f in todo:
        doc, lo = parsed[f.sent]
        name = names.get(dimension_of(f.unit)) if f.kind == "physical" else None
        if name and done_at(doc, f.start - lo, f.end - lo):
            f.metric = name  # "entered the curve at 112km/h": a speed, whatever entered
            continue
        d = describe(doc, f.start - lo, f.end - lo, physical=f.kind == "physical")
        if d is not None and d.label:
            f.metric, f.narrowing = d.label, d.attachments
            if f.kind == "physical":
                f.metric = _measure_of(d, f.unit)
            if f.role == "level" and earlier_value(doc, f.start - lo, f.end - lo):
                f.metric = f"{f.metric} (previous)"  # "to $9,450 from $8,400": the old fee
            if f.role == "change" and d.thing_pos == "NOUN":
                named = changed_compound(doc, f.start - lo, f.end - lo)
                if named is not None:  # "a fare increase of 8.6%": the fares' change
                    f.metric, f.narrowing = _compound_change(named, f, v), d.attachments
            if f.role == "share" and d.thing_pos == "NOUN" and d.label == d.thing:
                f.metric = (  # "a fifth of the staff"; "52.4% of valid votes": a vote share
                    _counted_metric(d.thing, v) or _share_metric(d.thing, f, v) or f.metric
                )
        elif f.kind == "physical":
            f.metric = dimension_names().get(dimension_of(f.unit))  # "loses 180 million
            # litres a day": a flow, which may meet the same figure another source names
    for f in todo:
        level = _apposed_described(figs, f, parsed) or _restated_change(text, figs, f, parsed)
        if level is None and f.role == "change":
            doc, lo = parsed[f.sent]
            thing = changed_thing(doc, f.start - lo, f.end - lo)
            if thing is not None:  # "the 9% jump in crates": a change in crates
                f.metric, f.narrowing = thing, []
                continue
        if level is not None and level.spec is not None:
            f.metric, f.spec = level.spec.change, level.spec  # a vocabulary level's change
        elif level is not None:
            f.metric, f.narrowing = level.metric, level.narrowing


def _compound_change(named: tuple[str, str], f: _Fig, v: Vocab) -> str:
    """The metric of a change whose noun a noun before it names the thing of (``named``:
    :func:`parse.changed_compound`): the change of the vocabulary metric that noun is a keyword
    of ("a list-price rise of 10%": the price's change), else that noun ("fare")."""
    words, head = named
    spec = _unrated_metric((words, head, plural(head)), f, v)
    if spec is None:
        return words
    f.spec = spec
    return spec.change


def _apposed_described(figs: list[_Fig], f: _Fig, parsed: dict[int, _Parsed]) -> _Fig | None:
    """The level a change no keyword names follows in its clause (:func:`changed_level`): "the
    occupancy rate reached 71.3%, a gain of 1.8 points" is the occupancy rate's change, not a "gain"
    of its own; so is "shipped 48,000 crates, a rise of 7%" the crates'. A change in points is
    a percentage's; one in per cent, any named level's; another unit's, a level of that unit."""
    if f.role != "change":
        return None
    doc, lo = parsed[f.sent]
    span = changed_level(doc, f.start - lo, f.end - lo)
    if span is None:
        return None
    for j in f.peers:
        g = figs[j]
        if g is f or g.role != "level" or not g.metric:
            continue
        if not (g.start - lo <= span[0] < g.end - lo):
            continue
        # a change in points is a percentage's; one in per cent, any level's; another unit's
        # change is of a level of that unit
        points = f.kind_key in ("percentage_point", "basis_point")
        alike = (
            (g.kind_key == "percent") if points else (f.kind_key == "percent" or g.unit == f.unit)
        )
        return g if alike else None
    return None


# a sentence that restates the change of what the sentences before it gave: "That's a fall of",
# "This represents an increase of", "It was a drop of"
_RX_RESTATED_CHANGE = re.compile(
    r"\s*(?:that|this|it)(?:'s|’s|\s+is|\s+was|\s+represents|\s+marks|\s+means)\s+"
    r"(?:an?\s+)?(?:[a-z-]+\s+)?(?:rise|fall|drop|increase|decrease|decline|jump|gain|cut|"
    r"reduction|improvement|climb|slide)\s+of\s+(?:about\s+|almost\s+|nearly\s+|some\s+)?$",
    re.IGNORECASE,
)


def _restated_change(
    text: str, figs: list[_Fig], f: _Fig, parsed: dict[int, _Parsed] | None = None
) -> _Fig | None:
    """The level whose change a sentence opening "That's a fall of <figure>" restates: the
    nearest figure the parse or the vocabulary named in the two sentences before it ("The
    jobless rate is now 4.1%. A year earlier it stood at 4.6%. That's a drop of 0.5 points" is
    the jobless rate's change, not a "drop" of its own)."""
    if f.role != "change":
        return None
    if not _RX_RESTATED_CHANGE.fullmatch(text, f.lo, f.start):
        if parsed is None or f.sent not in parsed:
            return None
        doc, lo = parsed[f.sent]
        if not restated_change(doc, f.start - lo, f.end - lo):
            return None
    points = f.kind_key in ("percentage_point", "basis_point")
    for g in sorted(figs, key=lambda g: -g.start):
        if g.sent >= f.sent or g.sent < f.sent - 2 or g.role != "level" or not g.metric:
            continue
        if g.unit in DURATIONS:
            continue  # "against 11.4% twelve months before": the span, not the level
        if (g.kind_key == "percent") if points else (f.kind_key == "percent" or g.unit == f.unit):
            return g  # a change in points is a percentage's; in per cent, any level's
        return None
    return None


def _measure_of(d: Description, unit: str) -> str:
    """The name of what a physical figure measures when the parse names the thing it is a
    measure of: that noun's dimension ("the 290-metre tanker", "a tanker of 290 metres" and
    "the tanker is 290 metres long" are the tanker's length), so that each source's wording
    names one measured thing; so does the copula ("the jetty is 410 metres": jetty length). A
    noun that names a measure itself ("a limit of 40km/h", "a 2km radius"), a noun outside
    the figure's phrase ("the river peaked at 5.2 metres": its level, not its length), a verb
    and a unit with no dimension name keep the parse's name."""
    label = d.label or ""
    name = dimension_names().get(dimension_of(unit))
    if name is None:
        return label
    if d.thing_pos != "NOUN" or not d.thing_owns or d.thing in measure_nouns():
        return label
    return f"{label} {name}"


def _of_measure(noun: str | None, unit: str) -> str | None:
    """What "<amount> of <noun>" measures: the noun's dimension ("40 kg of resin": resin
    weight, as "a 40kg resin haul" is, :func:`_measure_of`); a noun that names a measure
    itself keeps its name."""
    name = dimension_names().get(dimension_of(unit))
    if noun is None or name is None or noun in measure_nouns():
        return noun
    return f"{noun} {name}"


_AND_NEXT = re.compile(r"\s+and\s+[a-z]")


def _joined_counts(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A count whose noun is joined by "and" to another noun with no number of its own counts
    both ("carrying 181 passengers and crew"): it is named by both, so it never meets a count
    of one of them ("the 175 passengers")."""
    idx = [
        i
        for i, f in enumerate(figs)
        if f.kind == "count" and f.metric and _AND_NEXT.match(text, f.end, f.hi)
    ]
    _parse_missing(text, figs, idx, parsed)
    for f in (figs[i] for i in idx):
        doc, lo = parsed[f.sent]
        other = joined_noun(doc, f.start - lo, f.end - lo)
        metric = f.metric or ""
        if not other or other in metric:
            continue
        noun = text[f.start : f.end].split()[-1].lower()  # "homes damaged": after "homes"
        head, found, tail = metric.partition(noun)
        f.metric = f"{head}{noun} and {other}{tail}" if found else f"{metric} and {other}"


_RX_NEED_BEFORE = re.compile(r"\bneed(?:s|ed)?\s+to\b", re.I)


def _required_amounts(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A level the parse reads as required, not done (:func:`required`: "would need to ship at
    least 64,000 scooters") is a target: the metric's forecast, which never meets the amount
    done ("shipped 58,200 scooters"). Only sentences with "need to" before the figure are
    parsed."""
    _mark_levels(text, figs, parsed, _RX_NEED_BEFORE, True, required, "forecast")


def _mark_levels(
    text: str,
    figs: list[_Fig],
    parsed: dict[int, _Parsed],
    cue: re.Pattern[str],
    before: bool,
    test: Callable[[Doc, int, int], bool],
    mod: str,
) -> None:
    """Give the modifier ``mod`` to each level with a metric and no modifier whose parse
    passes ``test``; only the sentences where ``cue`` stands (before the figure with
    ``before``, anywhere in the sentence otherwise) are parsed, in one batch."""
    idx = [
        i
        for i, f in enumerate(figs)
        if f.metric
        and "(" not in f.metric
        and f.mod is None
        and f.role == "level"
        and not f.bracketed
        and cue.search(text, f.lo, f.start if before else f.hi)
    ]
    for _, f, doc, lo in _parsed_figures(text, figs, idx, parsed):
        if test(doc, f.start - lo, f.end - lo):
            f.mod = mod
            f.metric = f"{f.metric} ({mod})"


_RX_MODIFIER = re.compile(r"\(([^()]+)\)\s*$")
_RX_METRIC_WORD = re.compile(r"[a-z]+")


def _names_spec(text: str, spans: tuple[tuple[int, int], ...], spec: MetricSpec, v: Vocab) -> bool:
    """Does a vocabulary keyword of ``spec`` stand in one of ``spans`` of ``text``?"""
    return any(
        v.metrics[idx] is spec
        for a, b in spans
        for _ks, _ke, word in _keyword_hits(v.keyword_rx, text, a, b)
        for idx, _weak in v.keyword_map.get(word, [])
    )


def _reference_own(text: str, f: _Fig, ref: Reference, lo: int, v: Vocab) -> bool:
    """Is the figure the reference noun's own value, stated exactly, rather than a bound on
    what the comparison sets against it? Both shapes parse alike: in "the extent stayed above
    the record low of 2.9 million sq km" and in "lifting its outlay beyond the 380 billion
    yuan pledge" a comparison word governs a noun whose value the figure is. What tells them
    apart is what the figure's claim is said to measure:

    - the noun's phrase gives the metric something the compared side does not (a word of the
      metric: "record low", "average death toll", "legal limit"; or its modifier's cue:
      "the bank's target of 2%" makes "inflation (forecast)"): the claim measures the
      noun, whose value the figure is exactly (the record low is 2.9 million);
    - else the compared side names the metric (its keyword or a word of it: "lifting its
      outlay beyond the pledge", "will spend more than the target", "rainfall was above the
      average of 88mm"): the claim measures what is compared, and the comparison bounds it
      (the outlay is above 380 billion): the qualifier stays;
    - else the noun's phrase names it by a keyword ("costs rose above the 380 billion
      budget": the budget is capital spending): the noun's value, exact;
    - else (the metric comes from the figure's own unit or elsewhere: "carry more than its
      record of 61 million passengers") the qualifier stays, as it was read."""
    metric = (f.metric or "").lower()
    words = set(_RX_METRIC_WORD.findall(metric))
    if (words & ref.noun_words) - ref.compared_words:
        return True
    a, b = ref.noun[0] + lo, max(ref.noun[1] + lo, f.start)
    region = (text[a : f.start] + " " + text[f.end : b] if a < f.start < b else text[a:b]).lower()
    mod = _RX_MODIFIER.search(metric)
    cues = v.modifiers.get(mod.group(1), ()) if mod else ()
    if any(_word_rx(cue).search(region) for cue in cues if cue in region):
        return True
    compared = tuple((x + lo, y + lo) for x, y in ref.compared)
    if words & ref.compared_words:
        return False
    if f.spec is not None and _names_spec(text, compared, f.spec, v):
        return False
    return f.spec is not None and _names_spec(text, ((a, b),), f.spec, v)


def _reference_values(
    text: str,
    figs: list[_Fig],
    parsed: dict[int, _Parsed],
    v: Vocab,
    symbols: dict[str, str] | None,
) -> None:
    """A figure a comparison reaches through a noun whose own value it is ("above the record
    low of 2.9 million sq km") loses the comparison's qualifier when its claim measures that
    noun (:func:`_reference_own`): it is then read as written without the comparison word,
    with the interval of its written precision. Levels only (a change's sign and unit are
    set from its qualified reading)."""
    todo: list[tuple[int, tuple[int, int]]] = []
    for i, f in enumerate(figs):
        m = f.mention
        said = m.qualifier_text
        if not said or m.qualifier == "range" or f.role == "change" or f.metric is None:
            continue
        q = text.rfind(said, f.lo, f.start)
        if q < 0 or not text[q + len(said) : f.start].strip():
            continue  # "rose to more than 3.4 million": the qualifier touches the figure
        todo.append((i, (q, q + len(said))))
    if not todo:
        return
    _parse_missing(text, figs, [i for i, _ in todo], parsed)
    own: list[tuple[int, tuple[int, int]]] = []
    for i, (q, q_end) in todo:
        f = figs[i]
        doc, lo = parsed[f.sent]
        ref = reference_of(doc, f.start - lo, f.end - lo, (q - lo, q_end - lo))
        if ref is not None and _reference_own(text, f, ref, lo, v):
            own.append((i, (q, q_end)))
    if not own:
        return
    chars = list(text)
    for _i, (q, q_end) in own:
        chars[q:q_end] = " " * (q_end - q)
    plain = {m.span: m for m in extract_quantities("".join(chars), currency_symbols=symbols)}
    for i, _q in own:
        f = figs[i]
        m, bare = f.mention, plain.get(f.mention.span)
        if bare is None or bare.qualifier is not None:
            continue
        if (bare.value, bare.unit, bare.kind) != (m.value, m.unit, m.kind):
            continue
        f.mention, f.low, f.high = bare, bare.low, bare.high


# a comparison word right after a figure, after a comma and an adverb of degree at most: "cost
# £4.3 billion, well above the ...", "were 2% below the ..." (quantities.state reads it so)
_RX_COMPARED_AFTER = re.compile(
    r"\s*,?\s*(?P<c>(?:(?:far|well|way|just|much|[a-z]+ly)\s+)?"
    r"(?:above|below|beyond|over|under|(?:more|less|higher|lower) than))\s",
    re.IGNORECASE,
)


def _compared_references(text: str, figs: list[_Fig], parsed: dict[int, _Parsed], v: Vocab) -> None:
    """A figure whose reference noun a comparison governs right after another figure ("cost
    £4.3 billion, well above the £2.9bn estimate"; "were 2% below the consensus of 152k") is
    that noun's value: the compared side's own value is the figure before it. When its claim
    does not measure the noun already (:func:`_reference_own`), the noun's name is added to
    its metric ("capital spending (estimate)"), so that the reference is not held against
    the compared quantity itself."""
    todo: list[tuple[int, tuple[int, int]]] = []
    for i, f in enumerate(figs):
        if f.mention.qualifier is not None or f.role == "change" or not f.metric:
            continue
        if "(" in f.metric or dimension_of(f.unit) == "[time]":
            continue  # "190mm over the same 36-hour window": a span of time, no reference
        before = [j for j in f.peers if j < i and not figs[j].bracketed]
        if not before:
            continue
        m = _RX_COMPARED_AFTER.match(text, figs[before[-1]].end, f.start)
        if m is not None:
            todo.append((i, m.span("c")))
    if not todo:
        return
    _parse_missing(text, figs, [i for i, _ in todo], parsed)
    for i, (q, q_end) in todo:
        f = figs[i]
        doc, lo = parsed[f.sent]
        ref = reference_of(doc, f.start - lo, f.end - lo, (q - lo, q_end - lo))
        if ref is None or _reference_own(text, f, ref, lo, v):
            continue
        d = describe(doc, f.start - lo, f.end - lo, physical=f.kind == "physical")
        if d is not None and d.label and d.thing == ref.lemma and d.thing_pos == "NOUN":
            f.metric = f"{f.metric} ({d.label})"


# the words that end the stretch before a comparison's base: "..., compared with 81.4%"
_RX_BASE_OF = re.compile(
    r"(?:,|\s)\s*(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+"
    r"(?:(?:the|a|an|some|about|around|roughly|just|only)\s+)*$",
    re.IGNORECASE,
)


def _compared_bases(text: str, figs: list[_Fig]) -> None:
    """A figure with no metric of its own that a comparison sets against the figure before it
    in its sentence, of its kind and unit ("just 67 per cent of five-year-olds have had both
    jabs, compared with 81.4 per cent across the region"; "61.3% backed the plan, against
    54.2% nationally") measures what that figure measures, for its own place, time or group
    (which its own words give and the grouping reads)."""
    for i, f in enumerate(figs):
        if f.metric is not None or f.bracketed:
            continue
        before = [
            j
            for j in f.peers
            if j < i and not figs[j].bracketed and (figs[j].kind, figs[j].unit) == (f.kind, f.unit)
        ]
        if not before or (g := figs[before[-1]]).metric is None:
            continue
        gap = text[g.end : _qualifier_start(text, f)]
        if len(gap) <= 90 and _RX_BASE_OF.search(gap):
            f.metric, f.spec, f.role, f.mod = g.metric, g.spec, g.role, g.mod


def _own_counts(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A count "of them" that its own verb counts, a verb that does not govern the count "them"
    refers back to, is a count of the noun, not a share of the earlier count ("detained 60
    protesters and later charged 14 of them": 14 protesters charged, which meets "16
    protesters were charged"). A part with no verb of its own stays a share ("injured 31
    workers, 12 of them badly")."""
    idx = [
        i
        for i, f in enumerate(figs)
        if f.role == "share" and f.kind == "count" and _RX_OF_THEM.match(text, f.end)
    ]
    found: list[tuple[int, int]] = []
    for i in idx:
        f = figs[i]
        earlier = [
            j
            for j in range(i)
            if figs[j].sent == f.sent and figs[j].kind == "count" and figs[j].role != "share"
        ]
        if earlier:
            found.append((i, earlier[-1]))
    _parse_missing(text, figs, [i for i, _ in found], parsed)
    for i, j in found:
        f, g = figs[i], figs[j]
        doc, lo = parsed[f.sent]
        own = argument_verb(doc, f.start - lo, f.end - lo)
        if own is not None and own != governing_verb(doc, g.start - lo, g.end - lo):
            f.role = "level"


_RX_AVERAGE = re.compile(rf"\b(?:{'|'.join(sorted(AVERAGES))})\b", re.I)


def _averaged_counts(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A count given as an average ("stayed an average of 7.4 nights", "a median of five
    nights", "6.2 nights on average") is the average, not a count of all the things: its
    metric is "average <metric>", so that it never meets the total another sentence gives
    ("spent 52.7 million nights in hotels"). Sentences are parsed only where such a word
    stands."""
    idx = [
        i
        for i, f in enumerate(figs)
        if f.kind == "count"
        and f.metric
        and _RX_AVERAGE.search(f.metric) is None  # "median duration" says so already
        and _RX_AVERAGE.search(text, f.lo, f.hi) is not None
    ]
    for _, f, doc, lo in _parsed_figures(text, figs, idx, parsed):
        if averaged(doc, f.start - lo, f.end - lo):
            f.metric = f"average {f.metric}"


def _share_metric(noun: str, f: _Fig, v: Vocab) -> str | None:
    """The vocabulary share metric a share of ``noun`` is, whatever qualifies the noun: the
    metric whose keyword is "of (the) <plural>" ("52.4% of valid votes" as "of votes": a vote
    share)."""
    many = plural(noun)
    for kw in (f"of the {many}", f"of {many}"):
        for idx, _weak in v.keyword_map.get(kw, ()):
            spec = v.metrics[idx]
            if spec.role == "share" and _fits(spec, f):
                return spec.name
    return None


def _counted_metric(noun: str, v: Vocab) -> str | None:
    """The vocabulary metric that counts ``noun`` (its ``units``) when it is named as the
    plural of what it counts: a share of the noun is a share of that count ("a fifth of the
    staff", "13% of the workforce": jobs, as "6,300 staff" are). None for a metric named by
    what befell the things it counts ("homes damaged": "40% of homes" are not all damaged)."""
    for idx in v.unit_specs.get(noun, ()):
        spec = v.metrics[idx]
        if any(spec.name == plural(unit) for unit in spec.units):
            return spec.name
    return None


def _duration_metrics(
    text: str, figs: list[_Fig], todo: list[int], parsed: dict[int, _Parsed]
) -> None:
    """A duration is named by what the parse says lasts (:func:`duration_holder`): the noun it
    modifies ("a 48-hour strike": strike duration), the thing a verb of lasting has as subject
    ("the final lasted four hours": final duration), the state or act it is the time of ("were
    offline for 11 days": offline duration). When that verb also governs another figure of the
    sentence, the duration is that figure's period ("lost 12% of their weight over 40 weeks":
    weight loss duration); a noun's length is the noun's ("a four-year deal worth $5bn": deal
    duration, as "a four-year deal" elsewhere). When the parse ties it to
    nothing it stays a plain "duration", which is never compared: a metric borrowed from
    another figure of the sentence ("a 48-hour strike forced ... the deal") names nothing."""
    todo = [i for i in todo if not figs[i].bracketed and figs[i].metric]
    if not todo:
        return
    for i, f, doc, lo in _parsed_figures(text, figs, todo, parsed):
        found = duration_holder(doc, f.start - lo, f.end - lo)
        if found is None or f.spec is None:
            continue
        name = f"{found.name} {f.spec.name}" if found.name else f.spec.name
        if found.act:  # "were evacuated for three days": the span of an act, named by its
            name = f"{f.spec.name} ({found.name})"  # verb as a count of people is
            # ("persons (evacuate)"); never merged with a span named by what lasts
        steps: list[tuple[int, int]] = []
        for j in f.peers if found.verb else ():
            g = figs[j]
            if j == i or g.metric is None or g.bracketed or (g.spec and g.spec.of_other):
                continue
            n = governs(doc, found.holder, g.start - lo, g.end - lo)
            if n is not None:
                steps.append((n, j))
        if steps:
            g = figs[min(steps)[1]]
            base = g.spec.name if g.spec is not None else (g.metric or "").split(" (", 1)[0]
            name = f"{base} {f.spec.name}"  # the period of that figure
        f.metric = f"{name} ({f.mod})" if f.mod else name


@cache
def _rx_design_before() -> re.Pattern[str]:
    """A verb of design before "to" ("built to", "designed to"; parse.toml design_verbs):
    a sentence without one states no capacity that way (:func:`_capacities`)."""
    # a stem that every inflection starts with ("buil": built, builds; "certi": certified)
    stems = "|".join(sorted({re.escape(v[: max(4, len(v) - 2)]) for v in design_verbs()}))
    return re.compile(rf"\b(?:{stems})[a-z]*\s+to\b", re.I)


def _capacities(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A level the parse reads as what a thing is made for (:func:`made_for`: "was built to
    seat 32,000 spectators", "designed to house 300 people") is the thing's capacity, which the
    count it holds or drew ("a crowd of 27,500") does not contradict. Only
    sentences with a verb of design before "to" are parsed."""
    _mark_levels(text, figs, parsed, _rx_design_before(), True, made_for, "capacity")


@cache
def _rx_usual() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, usual_adverbs())))
    return re.compile(rf"\b(?:{words})\b", re.I)


def _usual_values(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A level the parse reads as what usually holds (:func:`usual_value`: "the port normally
    dispatches 640 lorries a week") is the metric's usual value, which the figure of a given
    day ("dispatched 210 lorries on Monday") does not contradict. Only sentences with an
    adverb of habit are parsed."""
    _mark_levels(text, figs, parsed, _rx_usual(), False, usual_value, "usual")


# a bound written right before the figure, and the edge of the kind it marks out
_RX_BOUND_BEFORE = re.compile(
    r"\b(?:(?P<floor>more\s+than|over|above|at\s+least|upwards\s+of)"
    r"|(?P<ceiling>less\s+than|fewer\s+than|under|below|at\s+most|up\s+to))\s*$",
    re.I,
)


def _kind_bounds(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A level written after a bound that the parse reads as marking out a kind of thing
    (:func:`bounds_a_kind`: "bottles holding more than 2 litres of juice", "firms with fewer
    than 50 staff") is that kind's floor or ceiling, not an amount: its metric takes "(floor)"
    or "(ceiling)", so that the two edges of two kinds ("more than 2 litres" / "less than 1
    litre") never contradict each other, nor an amount of the thing ("sold 4 million litres
    of juice"). Only figures with such a bound right before them are parsed."""
    edges: dict[int, str] = {}
    for i, f in enumerate(figs):
        if not f.metric or "(" in f.metric or f.mod is not None or f.role != "level":
            continue
        if f.bracketed:
            continue
        m = _RX_BOUND_BEFORE.search(text, f.lo, f.start)
        if m is not None:
            edges[i] = "floor" if m["floor"] else "ceiling"
    for i, f, doc, lo in _parsed_figures(text, figs, sorted(edges), parsed):
        if bounds_a_kind(doc, f.start - lo, f.end - lo):
            f.mod = edges[i]
            f.metric = f"{f.metric} ({edges[i]})"


_RX_OVER_BUDGET = re.compile(
    r"\s*(?:more\s+than|above|over|beyond)\s+(?:the|its|their)\s+(?:[\w.€$£¥-]+\s+){0,4}?"
    r"budget(?:ed)?\b(?!\s+(?:year|period|cycle|round|line|deficit|surplus)\b)",
    re.I,
)
_RX_FIRST_BUDGET = re.compile(
    r"\b(?:original|initial|approved|agreed|planned|first|budgeted)\b|\bbudget\s+(?:agreed|approved|set)\b",
    re.I,
)
_RX_OR_RESTATED = re.compile(r"\s*,?\s*or\s+(?:about\s+|around\s+|nearly\s+|some\s+)?", re.I)


def _budget_excess(text: str, figs: list[_Fig], v: Vocab) -> None:
    """A percentage by which a cost passes the budget first set ("cost €2.3bn, 44% more than the
    original budget", "44% more than the €1.6bn budgeted") or that restates such an overrun
    ("an overrun of €850m, or 41%") is the cost overrun, as "60% over budget" is (metrics.toml):
    no spending plan and no change of a cost over time. A base that is no first budget ("5%
    more than last year's budget") leaves the figure alone."""
    spec = next((s for s in v.metrics if s.name == "cost overrun"), None)
    if spec is None:
        return
    for i, f in enumerate(figs):
        if f.kind != "percent" or f.bracketed:
            continue
        prev = figs[i - 1] if i and figs[i - 1].sent == f.sent else None
        restates = (
            prev is not None
            and prev.spec is spec
            and _RX_OR_RESTATED.fullmatch(text, prev.end, f.start) is not None
        )
        over = _RX_OVER_BUDGET.match(text, f.end, f.hi)
        if over is not None and not (
            _RX_FIRST_BUDGET.search(over.group(0)) or _RX_COST_VERB.search(text, f.lo, f.start)
        ):
            over = None  # "the 2025 budget is 5% more than the 2024 budget": no cost passes it
        if restates or over is not None:
            f.spec, f.metric, f.mod = spec, spec.name, None
            f.role, f.direction = "level", None


def _numbered_items(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
    """A figure told of a numbered item of a series ("Game three drawn in 57 moves", "on the third
    day, 3,900 operations were postponed", "Week 9: 211 admissions") carries that item
    (:func:`reconcile.claims.parse.numbered_item`): the moves of game one and those of the
    fourth game, the cancellations of the second and the third day, are different quantities.
    Only sentences an item may stand in (:data:`RX_ITEM_CUE`) are parsed; each sentence is
    searched once, whatever the number of its figures."""
    cued: dict[tuple[int, int], bool] = {}
    idx = []
    for i, f in enumerate(figs):
        if not f.metric or f.bracketed:
            continue
        hit = cued.get((f.lo, f.hi))
        if hit is None:
            hit = cued[(f.lo, f.hi)] = RX_ITEM_CUE.search(text, f.lo, f.hi) is not None
        if hit:
            idx.append(i)
    for _, f, doc, lo in _parsed_figures(text, figs, idx, parsed):
        taken = {
            t.i
            for g in figs
            if g.sent == f.sent and not is_ordinal(g.mention.surface)
            for t in (figure_span(doc, g.start - lo, g.end - lo) or ())
        }
        f.item = numbered_item(doc, f.start - lo, f.end - lo, taken)


def _parse_missing(
    text: str, figs: list[_Fig], todo: list[int], parsed: dict[int, _Parsed]
) -> None:
    """Parse, in one batch, the sentences of the figures ``todo`` that ``parsed`` lacks."""
    missing = {figs[i].sent: (figs[i].lo, figs[i].hi) for i in todo if figs[i].sent not in parsed}
    if missing:
        docs = parse_sentences([text[lo:hi] for lo, hi in missing.values()])
        for (k, (lo, _)), doc in zip(missing.items(), docs, strict=True):
            parsed[k] = (doc, lo)


def _parsed_figures(
    text: str, figs: list[_Fig], indices: list[int], parsed: dict[int, _Parsed]
) -> Iterator[tuple[int, _Fig, Doc, int]]:
    """Each figure of ``indices`` with the parse of its sentence and where that sentence starts,
    the sentences ``parsed`` lacks parsed first in one batch (:func:`_parse_missing`)."""
    _parse_missing(text, figs, indices, parsed)
    for i in indices:
        f = figs[i]
        doc, lo = parsed[f.sent]
        yield i, f, doc, lo


@cache
def _physical_names() -> dict[str, str]:
    """metrics.toml [physical_names]: the name of what a physical figure of one dimension
    measures when it is the rate at which its clause's verb happens (:func:`done_at`)."""
    return dict(load("metrics").get("physical_names", {}))


@cache
def _rx_counted_acts() -> re.Pattern[str]:
    """A word that starts as a counted act's verb does ("arrested", "arrests"): a sentence
    without one names no such act (:func:`reconcile.claims.parse.act_of`)."""
    verbs = "|".join(map(re.escape, sorted(acts("counted"))))
    return re.compile(rf"\b(?:{verbs})", re.I) if verbs else re.compile(r"(?!)")


def _related_counts(
    text: str,
    figs: list[_Fig],
    todo: list[int],
    parsed: dict[int, _Parsed],
    owned: list[int] | None = None,
) -> None:
    """A count of a generic noun ("1,410 people") that no vocabulary metric names is named by
    what its clause does with the noun ("persons (treat)" for "1,410 people were treated",
    "persons (evacuate)" for "800,000 people were evacuated"): two counts of people are one
    quantity only when the same thing befell them. Without such a relation it keeps the
    noun's plural ("persons"). When what befell them is an act (:func:`acts`), the count is
    of that act, whatever noun counts it, as a count of the act's own noun is: "27 people
    were arrested", "police arrested three men" (``owned``: counts named by their own noun)
    and "27 arrests" are all arrests."""
    todo = [i for i in todo if figs[i].metric is None and not figs[i].bracketed]
    rx = _rx_counted_acts()
    owned = [  # only a sentence with a word of a counted act is parsed for a noun's own count
        i
        for i in owned or ()
        if not figs[i].bracketed and figs[i].metric and rx.search(text, figs[i].lo, figs[i].hi)
    ]
    if not todo and not owned:
        return
    for _, f, doc, lo in _parsed_figures(text, figs, [*todo, *owned], parsed):
        act = act_of(doc, f.start - lo, f.end - lo)
        if act is not None:
            f.metric = plural(act)
        elif f.metric is None:
            found = relation(doc, f.start - lo, f.end - lo)
            if found in _settlements() and _RX_OF_END.search(text, f.lo, _qualifier_start(text, f)):
                f.metric = "population"  # "the town of 13,000": the people who live there
            else:
                f.metric = plural(f.unit) + (f" ({found})" if found else "")
        origin = origin_of(doc, f.start - lo, f.end - lo) if f.kind == "count" else None
        if origin is not None and not f.narrowing:
            f.narrowing = [origin]  # "230 people from the town": a part of the people


_RX_OF_END = re.compile(r"\bof\s+$", re.I)


@cache
def _settlements() -> frozenset[str]:
    """Nouns of places people live in (count_nouns.toml [populations] places): a count of
    people that is such a noun's "of" ("the town of 13,000", "a city of 200,000 people")
    counts the people who live there, as "13,000 people live in the town" does."""
    return frozenset(w.lower() for w in load("count_nouns")["populations"]["places"])


_RX_OF_PHRASE = re.compile(r"\s+of\s+((?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)")


def _of_noun(
    text: str, figs: list[_Fig], i: int, v: Vocab, parsed: dict[int, _Parsed]
) -> str | None:
    """The head noun after "of" right behind physical amount ``i`` ("14 kilometres of raised
    embankments along ..." -> "embankments"), or None: the object of "of" in the sentence's
    parse (into ``parsed``; "14 kilometres of levees beside the canal" -> "levees", whatever
    preposition follows), else the words up to a stop word."""
    f = figs[i]
    m = _RX_OF_PHRASE.match(text, f.end, f.hi)
    if not m:
        return None
    _parse_missing(text, figs, [i], parsed)
    doc, lo = parsed[f.sent]
    of = next((t for t in doc if t.idx == m.start(0) - lo + m.group(0).index("of")), None)
    objects = [c for c in of.children if c.dep_ == "pobj"] if of is not None else []
    if objects and objects[0].pos_ in ("NOUN", "PROPN") and len(objects[0].text) >= 3:
        return objects[0].text.lower()
    words = m.group(1).split()
    while words and words[0] in v.of_phrase_stop:
        words = words[1:]  # "of the food"
    head = []
    for w in words:
        if w in v.of_phrase_stop:
            break
        head.append(w)
    if not head or len(head[-1]) < 3:
        return None
    return head[-1]


@cache
def _topic_rx(cues: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    return re.compile(r"\b(?:" + alts + r")\s+((?:[a-z][a-z-]*\s+){1,3})", re.I)


def _topic(text: str, f: _Fig, v: Vocab) -> str | None:
    """The noun phrase after a topic cue ("spending on medicines") before the figure, in its
    soft clause and with no other figure between, or None."""
    if not v.topic_cues:
        return None
    lo, _ = _soft_clause(text, f, v)
    found = None
    for m in _topic_rx(v.topic_cues).finditer(text, lo, f.start):
        found = m
    if found is None or _RX_DIGIT.search(text, found.end(), f.start):
        return None
    words = []
    for w in found.group(1).split():
        if w.lower() in v.of_phrase_stop:
            break
        words.append(w.lower())
    return " ".join(words) or None


@cache
def _event_vocab() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(outcome: "in the quake"; dated: "Monday's earthquake", "an earthquake on Monday")."""
    t = load("time")
    ev = t.get("events", {})
    nouns = "|".join(re.escape(n) for n in sorted(ev.get("nouns", []), key=len, reverse=True))
    preps = "|".join(re.escape(p) for p in ev.get("outcome_preps", []))
    days = "|".join(re.escape(d) for d in [*t["weekdays"], *t["relative_days"]])
    if not nouns or not preps:
        never = re.compile("(?!)")
        return never, never
    outcome = re.compile(rf"\b(?:{preps})\s+the\s+(?P<noun>{nouns})\b", re.I)
    dated = re.compile(
        rf"\b(?P<day>{days})['’]s\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>[a-z]*(?:{nouns}))\b"
        rf"|\b(?P<noun2>[a-z]*(?:{nouns}))\s+(?:on|last)\s+(?P<day2>{days})\b",
        re.I,
    )
    return outcome, dated


def _outcome_event(text: str, start: int, hi: int) -> str | None:
    """The event noun of "... were destroyed in the quake" after a figure, in its clause."""
    m = _event_vocab()[0].search(text, start, hi)
    return m["noun"].lower() if m else None


def _same_event(a: str, b: str) -> bool:
    return a.endswith(b) or b.endswith(a)  # "earthquake" / "quake"


def _event_dates(text: str, document: Document) -> dict[str, str]:
    """Event noun -> the date the document gives it ("Monday's earthquake"), first one kept."""
    out: dict[str, str] = {}
    for m in _event_vocab()[1].finditer(text):
        day, noun = (m["day"], m["noun"]) if m["day"] else (m["day2"], m["noun2"])
        when = resolve_when(day, document.published, document.dateline)
        if when is not None:
            out.setdefault(noun.lower(), when)
    return out


def _apposed_age(text: str, f: _Fig) -> bool:
    """A bare number of years set off by commas after a name: "Okafor, 24, has agreed"."""
    m = f.mention
    return (
        m.kind == "count"
        and m.unit == "year"
        and m.surface.isdigit()
        and text[f.end : f.end + 1] == ","
        and bool(re.search(r"[A-Z][\w'’-]*,\s$", text[max(f.lo, f.start - 40) : f.start]))
    )


# a coordinated clause with a subject of its own between a change and a level: "a rise of 2.1%,
# and the monthly gap narrowed to $1.7bn" is no move to $1.7bn
_RX_NEW_SUBJECT = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+(?:the|its|their|a|an)\s")


def _link(text: str, figs: list[_Fig], bounds: tuple[str, ...] = ()) -> None:
    """Change + level of one move: "rose 2.4% to HK$140.60", "at ₹486.15, 18% above"."""

    def level(j: int, i: int) -> bool:
        g = figs[j]
        return (
            g.sent == figs[i].sent
            and g.role == "level"
            and g.kind_key in ("money", "count")
            and not g.linked
        )

    changes = [i for i, f in enumerate(figs) if f.role == "change" and f.kind_key == "percent"]
    for i in changes:  # "rose 2.4% to HK$140.60"
        j = i + 1
        if j < len(figs) and level(j, i):
            gap = text[figs[i].end : figs[j].start].lower()
            if len(gap) <= 40 and _RX_TO_AT_END.search(gap) and not _RX_NEW_SUBJECT.search(gap):
                figs[i].linked.append(j)
                figs[j].linked.append(i)
    for i in changes:  # "closed at ₹486.15 on Tuesday, a gain of 18%"
        j = i - 1
        if figs[i].linked or j < 0 or not level(j, i):
            continue
        gap = text[figs[j].end : figs[i].start].lower()
        before = text[max(figs[i].lo, figs[j].start - 6) : figs[j].start].lower()
        boundary = any(sep in gap for sep in bounds)
        if len(gap) <= 90 and not boundary and _RX_TO_AT_END.search(before):
            figs[i].linked.append(j)
            figs[j].linked.append(i)


_RX_TIME_CLAUSE_END = re.compile(r"[,;:()]|\s[—–]\s|\s-\s")


def _time_clause(text: str, f: _Fig) -> tuple[int, int]:
    """The stretch of the figure's sentence between punctuation (commas, semicolons, colons,
    brackets, dashes): the clause a year, quarter or month must stand in to date the figure."""
    starts = [m.end() for m in _RX_TIME_CLAUSE_END.finditer(text, f.lo, f.start)]
    end = _RX_TIME_CLAUSE_END.search(text, f.end, f.hi)
    return (starts[-1] if starts else f.lo), (end.start() if end else f.hi)


@cache
def _synonyms() -> dict[str, str]:
    """metrics.toml [synonyms], singular and plural: word -> the word a metric's name takes."""
    out: dict[str, str] = {}
    for word, canon in load("metrics").get("synonyms", {}).items():
        out[word.lower()] = canon.lower()
        out[plural(word.lower())] = plural(canon.lower())
    return out


_RX_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


@lru_cache(maxsize=65536)
def canonical_metric(metric: str) -> str:
    """A metric's name with each word that has a synonym in metrics.toml [synonyms] written as
    that synonym ("walkout duration" -> "strike duration", "positions" -> "jobs", "contract
    value" -> "deal value"): two sources that name one thing by two words of its name give
    one name, so that their figures meet in one group. Hyphenated words are left alone (a
    "role-play" is no job)."""
    table = _synonyms()

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        return table.get(w, w) if w.islower() else w

    return _RX_WORD.sub(word, metric)


def _same_value_before(figs: list[_Fig], i: int) -> _Fig | None:
    """The latest earlier figure with the same unit, role and value that has a metric."""
    f = figs[i]
    for g in reversed(figs[:i]):
        if g.metric and (g.unit, g.role) == (f.unit, f.role) and g.value == f.value:
            return g
    return None


_RX_ROUND = re.compile(r"\bSeries ([A-H])\b")


@functools.lru_cache(maxsize=8)
def _latest_round(text: str) -> str | None:
    """The latest funding round the whole text names ('H' > 'B'), read once per text."""
    return max(_RX_ROUND.findall(text), default=None)


def _earlier_round(text: str, f: _Fig) -> str | None:
    """'Series B' when the figure's sentence names a funding round before the latest one."""
    here = _RX_ROUND.findall(text[f.lo : f.hi])
    latest = _latest_round(text)
    if here and latest and max(here) < latest:
        return f"Series {max(here)}"
    return None


def _denominator(unit: str) -> str:
    """The denominator of a rate's unit, without a modifier that leaves what it measures as it
    is: "troy ounce" -> "ounce", "metric ton" -> "ton" (the head word alone is a unit of the same
    dimension), but "kilowatt hour" and "square foot" stay whole (an hour is no energy, a foot
    no area)."""
    words = unit.split()
    head = words[-1]
    if len(words) > 1 and dimension_of(head) == dimension_of(unit):
        return head
    return unit


def _rate_metrics(figs: list[_Fig]) -> None:
    """A price per unit of something that nothing in its text names ("$4,900 an ounce", "$82/bbl")
    is named by its unit: money per unit of a good is the price per that unit ("price per
    ounce"), so that the rates of one denominator meet. A plain amount stays unnamed."""
    for f in figs:
        if f.metric is not None or f.kind != "money" or f.role != "level":
            continue
        _, sep, per = (f.unit or "").partition(" per ")
        if sep and per:
            f.metric = f"price per {_denominator(per)}"


def _echo_title(figs: list[_Fig]) -> None:
    """A headline figure repeated in the body takes the body's subject and scope."""
    for f in figs:
        if f.sent != 0:
            continue
        same = [
            g
            for g in figs
            if g.sent != 0
            and (g.role, g.unit) == (f.role, f.unit)
            and abs(g.value - f.value) <= 0.01 * max(abs(f.value), abs(g.value))
        ]
        exact = [g for g in same if g.metric == f.metric]
        if exact or len(same) == 1:
            g = (exact or same)[0]
            f.subject, f.metric, f.spec = g.subject, g.metric, g.spec
            if f.spec and f.spec.scoped:
                f.scope = g.scope


# "the X company", "the X-area firm": a name between "the" and a common noun
_RX_EPITHET = re.compile(r"\b[Tt]he\s+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})(?=[ \t]+[a-z])")


def _place_mentions(
    text: str, spans: list[tuple[int, int]], sentences: set[int], v: Vocab
) -> list[FirstMention]:
    """The first mention of each name that stands as an epithet ("the Seattle company") in a
    sentence that holds a figure, unless the vocabularies know it (an alias, a listed place,
    a word that is never a name): the names whose being a place the recogniser decides."""
    seen: dict[str, FirstMention] = {}
    for k in sorted(sentences):
        lo, hi = spans[k]
        for m in _RX_EPITHET.finditer(text, lo, hi):
            name = _clean_name(m.group(1))
            low = name.lower()
            if (
                len(name) < 3
                or low in seen
                or low in v.places
                or low in v.not_entities
                or compact(name) in v.aliases
                or _RX_DIGIT.search(name)
                or not text.startswith(name, m.start(1))
            ):
                continue
            seen[low] = FirstMention(name, m.start(1), m.start(1) + len(name), (lo, hi))
    return list(seen.values())


def _with_places(text: str, spans: list[tuple[int, int]], sentences: set[int], v: Vocab) -> Vocab:
    """The vocabulary with this document's setting and the places the recogniser reads (see
    :mod:`reconcile.claims.places`); the later stages read ``v.setting`` instead of reading
    the text for it again."""
    setting = _setting(text, v)
    acting = _acting(v.name_followers)
    found = read_places(text, _place_mentions(text, spans, sentences, v), acting, setting)
    return replace(v, read_places=found, setting=setting)


@lru_cache(maxsize=8)
def _acting(followers: frozenset[str]) -> frozenset[str]:
    """Words after a name that show it acting (a follower or a speaker's verb, not "'s")."""
    verbs = frozenset(_base_vocab()[1]["names"]["speaker_verbs"])
    return (followers | verbs) - {"'s", "’s"}


_Chosen = list[tuple[MetricSpec, tuple[int, int] | None] | None]  # a keyword hit per figure
# what extract_claims works out of a text before its first batch of parses (see _begin)
_Begun = tuple[
    Vocab,
    list[tuple[int, int]],
    tuple[tuple[str, str], ...],
    list[_Fig],
    dict[int, _Parsed],
    _Chosen,
]
_BEGUN: dict[tuple[str, str], _Begun | None] = {}  # (text, settings) -> begun (see begin)


def begin(text: str, settings: Settings | None = None) -> list[str]:
    """Work out what :func:`extract_claims` does with ``text`` before it parses anything but a
    few percentages' sentences (its figures and their keywords), kept for it, and return the
    sentences it will parse first (:func:`_parse_far_keywords`): parsed in one batch for
    several short documents (:func:`reconcile.timecap.begin_within`), a run over many makes
    one pipeline call for several of them instead of one each, about 0.5 ms a sentence less (a
    sentence's parse is the same in any batch). ``extract_claims`` takes the state up once,
    when given the same text and settings. Only where this process keeps its parses
    (:func:`parse_kept`): nothing otherwise."""
    if not parse_kept():
        return []
    key = (text, _settings_key(settings))
    begun = _BEGUN[key] = _begin(text, settings)
    if begun is None:
        return []
    v, spans, _, figs, early, chosen = begun
    _, wanted, later = _far_sentences(text, figs, v, chosen, early)
    # the names too (they need no parse but of the sentences whose opening word they ask about)
    names = _NAMES[key] = name_candidates(text, spans, v, [f.mention.span for f in figs])
    return [
        *(text[lo:hi] for lo, hi in (*wanted.values(), *later.values())),
        *opener_sentences(text, spans, names),
    ]


_NAMES: dict[tuple[str, str], Candidates] = {}  # (text, settings) -> its names (see begin)


def forget_begun(text: str | None = None, settings: Settings | None = None) -> None:
    """Drop the state :func:`begin` kept for ``text`` and ``settings`` (for every text: all
    that :func:`extract_claims` did not take up)."""
    if text is None:
        _BEGUN.clear()
        _NAMES.clear()
    else:
        _BEGUN.pop((text, _settings_key(settings)), None)
        _NAMES.pop((text, _settings_key(settings)), None)


def _settings_key(settings: Settings | None) -> str:
    return "" if settings is None else settings.model_dump_json()


def extract_claims(document: Document, settings: Settings | None = None) -> list[Claim]:
    """Every figure of ``document`` as a Claim in context (see the module docstring)."""
    text = document.text
    key = (text, _settings_key(settings)) if _BEGUN else None
    begun = _BEGUN.pop(key) if key in _BEGUN else _begin(text, settings)
    names = _NAMES.pop(key, None) if key is not None else None
    if begun is None:
        return []
    v, spans, cues, figs, early, chosen = begun
    return _claims(document, settings, v, spans, cues, figs, early, chosen, names)


def _begin(text: str, settings: Settings | None) -> _Begun | None:
    """The first steps of :func:`extract_claims`: the vocabulary with the text's places, the
    sentences, the modifier cues, the figures with their roles, the sentences parsed so far and
    each figure's metric keyword; None for a text without figures."""
    v = vocab(settings)
    symbols = settings.currency_symbols if settings is not None else None
    mentions = sorted(
        extract_quantities(text, currency_symbols=symbols or None), key=lambda m: m.span
    )
    if not mentions:
        return None
    spans = sentence_spans(text)
    # a word the document lacks is in none of its sentences (when lower() maps char to char)
    doc_low = text.lower() if caseless_beyond_ascii(text) else None
    cues = _modifier_cues(v, doc_low)
    starts = [lo for lo, _ in spans]
    v = _with_places(
        text, spans, {max(bisect.bisect_right(starts, m.span[0]) - 1, 0) for m in mentions}, v
    )
    figs: list[_Fig] = []
    for m in mentions:
        s, e = m.span
        idx = max(bisect.bisect_right(starts, s) - 1, 0)
        lo, hi = spans[idx] if spans else (0, len(text))
        figs.append(_Fig(m, s, e, idx, lo, max(hi, e), _kind_key(m)))
    by_sentence: dict[int, list[int]] = {}
    for i, f in enumerate(figs):
        by_sentence.setdefault(f.sent, []).append(i)
    for i, f in enumerate(figs):
        f.peers = by_sentence[f.sent]
        f.bracketed = _parenthetical(text, figs, i)
    early: dict[int, _Parsed] = {}  # the sentences parsed so far, for every later reading
    for i, f in enumerate(figs):
        f.role, f.direction = _role(text, figs, i, v)
        if f.role == "level" and f.kind_key == "percent":
            beat = _RX_AGAINST_EXPECTED.match(text, f.end, f.hi)
            change = (
                _percent_change(text, figs, i, v, early) if beat is None else _beat_direction(beat)
            )
            if change is not None:  # "by an average of 5.5%", "£212m (-6%)", "growth ... to 4.9%"
                f.role, f.direction = "change", change or None  # type: ignore[assignment]
        if f.role == "change" and f.mention.kind == "multiplier":
            f.kind_key = "percent"  # "doubled" is a +100% change
    chosen = [_metric_hit(text, figs, i, v) for i in range(len(figs))]
    return v, spans, cues, figs, early, chosen


def _claims(
    document: Document,
    settings: Settings | None,
    v: Vocab,
    spans: list[tuple[int, int]],
    cues: tuple[tuple[str, str], ...],
    figs: list[_Fig],
    early: dict[int, _Parsed],
    chosen: _Chosen,
    names: Candidates | None = None,
) -> list[Claim]:
    """The rest of :func:`extract_claims`, from its first batch of parses on (``names``: the
    document's names as :func:`begin` found them, else found here)."""
    text = document.text
    symbols = settings.currency_symbols if settings is not None else None
    mentions = [f.mention for f in figs]
    _parse_far_keywords(text, figs, v, chosen, early)
    _modifier_keywords(text, figs, v, chosen, early)
    _subject_owners(text, figs, v, chosen, early)
    _verb_keywords(text, figs, v, chosen, early)
    _unit_verbs(text, figs, v, chosen, early)
    # the names (found by ``begin`` when it began the document, with the sentences they ask
    # the tagger about in its batch), judged after the parses above: a sentence they ask about
    # is then most often parsed already, in a batch with the document's others
    if names is None:
        names = name_candidates(text, spans, v, [m.span for m in mentions])
    ents = entities_of(text, spans, v, names)
    no_deal: frozenset[int] | None = None  # computed on first need (_no_deal)
    each: list[_Fig] = []  # amounts paid by or for each one (_for_each_one)
    for i, f in enumerate(figs):
        spec = _own_clause_metric(text, figs, i, v, chosen[i], early.get(f.sent))
        if spec is not None and _for_each_one(text, f, spec):
            spec = None  # "guests paying $31,000 each": no takeover's price
            each.append(f)
        if spec is not None and spec.deal_words:
            if no_deal is None:
                no_deal = _no_deal(text, ents, v)
            if any(v.metrics[j] is spec for j in no_deal) and not _paid_for_named(text, f):
                spec = _undealt(spec)  # "ordered to pay $965m in damages": a payment, no
                # deal's price
        if spec is not None and spec.role == "level":
            spec = _moved_level(text, figs, i, v, spec, chosen[i], early)
        if spec is None:
            spec = _restated_share(text, figs, i, v)  # "48.7%, or 23.5 million votes"
        level = _apposed_level(text, figs, i, v)
        if level is not None:
            spec = level.spec  # "sold 2.4 million vehicles, roughly flat": the vehicles' change
        earlier = _continued_change(text, figs, i, v)
        if earlier is not None:
            spec = earlier.spec  # "rebounded 1.8% ..., recovering part of Monday's 6.2% slide"
        if spec and spec.role and f.role != spec.role and f.kind_key != "percentage_point":
            f.role, f.direction = spec.role, None  # type: ignore[assignment]
        if spec is None and _words_after(text, f.lo, f.hi, 1) in (["that"], ["this"]):
            earlier = [g for g in figs[:i] if g.sent == f.sent - 1 and g.kind_key == f.kind_key]
            if earlier and earlier[-1].spec is not None:
                spec = earlier[-1].spec
        if spec is None and _expectation(text, figs, i, v, cues):
            spec = _last_quantity(figs, i)  # "Analysts had expected ¥450 billion."
        if spec is None and f.kind_key == "money" and _RX_SHARE_OF.search(text, f.lo, f.start):
            spec = _last_quantity(figs, i)  # "$2.4 billion budget ... The police's share
            # rises to $310 million": a part of the quantity just named
        if _apposed_age(text, f) or f.mention.modifier == "age":
            spec = next((s for s in v.metrics if s.name == "age"), spec)  # "Varela, 24, scored"
        if spec is not None and spec.topic_metric and _on_topic(text, spec, ents, v):
            spec = next((s for s in v.metrics if s.name == spec.topic_metric), spec)
        f.spec = spec
        _apply_sign(f)
    _premium_sides(text, figs, v)
    _link(text, figs, v.hard_soft)
    for f in figs:
        if f.spec is not None and f.spec.scoped and any(_per_unit(figs[j]) for j in f.linked):
            f.spec = None  # "gold climbed 1.5% to $2,410 an ounce in Asian trading": the
            # change of a price per unit of a good, no share's
    for f in figs:
        if (
            f.spec is not None
            and f.spec.weak
            and f.role == "change"
            and f.linked
            and all(figs[j].spec is None and figs[j].kind in ("money", "count") for j in f.linked)
        ):
            f.spec = None  # "delivery grew 20% to $6.2bn": a weak verb ("grew") names no metric
            # for a change whose own level no keyword names; the parse names both
    for f in figs:
        if f.role == "level" and f.linked and _fits(figs[f.linked[0]].spec, f):
            f.spec = figs[f.linked[0]].spec  # "rose 12% to ¥96.3 billion": one quantity
    generic: list[int] = []  # counts of a generic noun, named by their clause below
    owned: list[int] = []  # counts named by their own noun, unless their clause names an act
    durations: list[int] = []  # durations, named by what lasts below
    rate_populations(figs)
    for i, f in enumerate(figs):
        if is_rate(f):  # "52.3 burglaries per 1,000 households": what is counted, of whom
            f.spec, f.metric = None, rate_metric(text, figs, i)
            continue
        from_partner = _from_partner(text, figs, i, v)
        partner = from_partner[0] if from_partner else None
        if partner is not None and _fits(figs[partner].spec, f):
            f.spec = figs[partner].spec  # "to 4.00% from 4.25%": the same quantity, earlier
        spec = f.spec
        if spec is None:
            partners = [figs[j].spec for j in f.linked if _fits(figs[j].spec, f)]
            if partners:
                spec = partners[0]
            elif any(_per_unit(g) for g in (f, *(figs[j] for j in f.linked))):
                pass  # "rose 6% to $11,240 a tonne": a price per unit of a good and its
                # change, which the parse names; no share is priced by the tonne
            elif f.linked and f.kind == "money" and abs(f.value) < 1e5:
                spec = next(s for s in v.metrics if s.name == "share price")
            elif any(
                g.kind == "money" and abs(g.value) >= 1e5 for g in (f, *(figs[j] for j in f.linked))
            ):
                pass  # "assets rose to $186.3 billion, up 6.5%": no share is priced so; the
                # parse names what moved
            elif f.linked and any(figs[j].kind == "money" for j in (i, *f.linked)):
                spec = next((figs[j].spec for j in f.linked if figs[j].spec is None), None) or next(
                    s for s in v.metrics if s.name == "share price"
                )
            f.spec = spec
        if spec is None:
            echo = _same_value_before(figs, i)
            if echo is not None:  # "A 3.3% reading ..." after "inflation ... 3.3%"
                f.metric, f.spec = echo.metric, echo.spec
            elif f.kind == "count" and f.unit and f.unit.lower() in v.generic_nouns:
                generic.append(i)  # "1,410 people": what the parse says they are
            elif f.kind in ("count", "rank") and f.unit:  # a rank: what is ordered
                f.metric = plural(f.unit) if f.kind == "count" else f.unit
                if f.kind == "count":
                    owned.append(i)  # "arrested three men": arrests (_related_counts)
            elif f.kind == "physical":  # "14 kilometres of embankments": their length
                f.metric = _of_measure(_of_noun(text, figs, i, v, early), f.unit)
            continue
        if spec.rate and f.role == "change" and f.unit == "percent":
            f.unit = "percentage_point"  # "unemployment rose 0.3%" means 0.3 points
        name = spec.change if f.role == "change" else spec.name
        partner_mod = None if partner is None else figs[partner].mod or ""
        timed = bool(from_partner and from_partner[1])
        near = _cues_near(text, figs, i, v, cues)
        mod = _pick_modifier(near, spec, f.role, partner_mod, timed, f.kind_key)
        if mod == "forecast" and not spec.estimable and not _forecast_bears(text, f, v):
            mod = None  # "a 21-year-old hull in forecast gales": the gales are forecast
        if mod is None and partner is None:
            mod = _continued_modifier(text, figs, i, v) or _consequence_modifier(text, figs, i)
        if spec.of_other:
            durations.append(i)  # named by what the parse says lasts (_duration_metrics)
        if spec.rounds and mod is None:
            mod = _earlier_round(text, f)
        if mod is None and f.role == "change" and _RX_AGAINST_EXPECTED.match(text, f.end, f.hi):
            mod = "against estimates"  # "4% above consensus": a beat, not a change over time
        f.mod = mod
        f.metric = f"{name} ({mod})" if mod else name
    base_scope: dict[int, str | None] = {}
    parsed = {**early, **_parse_contested(text, figs, ents)}
    for i, f in enumerate(figs):
        f.subject = _subject(text, figs, i, ents, spans, v, parsed.get(f.sent))
        if f.spec is not None and f.spec.place_subject:
            f.subject = v.setting or f.subject  # "Turnout was 64%" in "the election in X"
        _person_deal(f, ents, v)
        topic = _topic(text, f, v) if f.kind == "money" and f.metric and not f.mod else None
        if topic and not set(topic.split()) & set((f.subject or "").lower().split()):
            f.metric = f"{f.metric} ({topic})"  # "spending on medicines would rise to $410m";
            # a topic the subject already names ("Brennock Homelessness") adds nothing
        if f.spec and f.spec.scoped:
            base_scope[i] = _scope(text, f, v)
    for i in base_scope:
        if base_scope[i] is None:
            linked = [base_scope.get(j) for j in figs[i].linked if base_scope.get(j)]
            base_scope[i] = linked[0] if linked else None
    doc_scopes = {s for s in base_scope.values() if s}
    for i, s in base_scope.items():
        f = figs[i]
        if s is None and len(doc_scopes) == 1 and f.kind != "money":
            s = next(iter(doc_scopes))
        f.scope = s
    for i, f in enumerate(figs):
        if f.metric is None and f.kind != "count":
            later = [g for g in figs[i + 1 :] if g.metric and (g.unit, g.role) == (f.unit, f.role)]
            same = [g for g in later if g.value == f.value]
            if same:  # "the €120 million man", explained further down
                f.metric, f.spec = same[0].metric, same[0].spec
    _periodic_amounts(text, figs)
    _related_counts(text, figs, generic, parsed, owned)
    _verb_metrics(text, figs, parsed, v)
    _cost_objects(text, figs, parsed, v)
    _keyword_rates(text, figs, parsed, v)
    _described_metrics(text, figs, parsed, v)
    _unit_prices(each)
    _duration_metrics(text, figs, durations, parsed)
    _joined_counts(text, figs, parsed)
    _own_counts(text, figs, parsed)
    _averaged_counts(text, figs, parsed)
    _required_amounts(text, figs, parsed)
    _capacities(text, figs, parsed)
    _usual_values(text, figs, parsed)
    _kind_bounds(text, figs, parsed)
    _numbered_items(text, figs, parsed)
    _budget_excess(text, figs, v)
    for f in figs:
        if _names_its_metric(f.subject, f.metric):
            f.subject = ents.main  # "- Imports: $9.2bn": the label names the metric
        elif f.metric is None and not f.bracketed:
            f.metric = _label_metric(text, f)  # "- Fine: €640m": the label names it
        elif f.metric and not f.bracketed and f.mod is None:
            label = _label_metric(text, f)
            noun = _label_noun(label or _line_label(text, f), f.metric)
            if noun is not None:
                f.metric, f.spec = noun, None  # "- Reward offered: $1.2m": a reward, as
                # "a reward of $1.2m was offered" is
            elif label and f.metric == "duration" and (lasts := label_holder(label)):
                f.metric = f"{lasts} duration"  # "- Season length: 124 days", as "the
                # season ran for 124 days"
            elif label and not any(
                w in _folded(f.metric) or w in v.keyword_map or plural(w) in v.keyword_map
                for w in label.split()
            ):
                f.metric = f"{f.metric} ({label})"  # "- Design maximum: 1,450 passengers"
    for i, f in enumerate(figs):
        if f.bracketed:
            g = figs[i - 1]  # a conversion states the same quantity
            f.subject, f.scope = g.subject, g.scope if f.kind == g.kind else f.scope
            if _comparative(text, f, g):
                if g.metric is not None and g.mod != "previous":
                    f.metric, f.spec, f.role, f.mod = (
                        f"{g.metric} (previous)",
                        g.spec,
                        g.role,
                        "previous",
                    )
                continue
            if f.role == "change" and g.role == "level" and f.kind != g.kind:
                if g.spec is not None:  # "£212m (-6%)": the change of the amount before it
                    f.metric, f.spec = g.spec.change, g.spec
            elif g.metric is not None:
                f.metric, f.spec, f.role = g.metric, g.spec, g.role
    _labelled_changes(text, figs)
    for f in figs:
        if f.role == "level" and f.linked and figs[f.linked[0]].role == "change":
            f.subject = figs[f.linked[0]].subject  # "rose 12% to ¥96.3 billion"
    _reference_values(text, figs, parsed, v, symbols or None)
    _compared_references(text, figs, parsed, v)
    _compared_bases(text, figs)
    _echo_title(figs)
    _paid_each(text, figs)
    _rate_metrics(figs)
    claims: list[Claim] = []
    event_dates: dict[str, str] | None = None  # computed on first need
    ids = [f"{document.id}#{f.start}-{f.end}" for f in figs]
    spans = [(f.start, f.end) for f in figs]
    for i, f in enumerate(figs):
        m = f.mention
        sentence = text[f.lo : f.hi].strip()
        c_lo, c_hi = _time_clause(text, f)
        when = resolve_when(
            text[f.lo : f.hi],
            document.published,
            document.dateline,
            at=f.start - f.lo,
            clause=(c_lo - f.lo, c_hi - f.lo),
            end=f.end - f.lo,
        )
        if when is None:
            noun = _outcome_event(text, f.start, c_hi)
            if noun is not None:
                if event_dates is None:
                    event_dates = _event_dates(text, document)
                when = next((d for n, d in event_dates.items() if _same_event(n, noun)), None)
        claims.append(
            Claim(
                id=ids[i],
                document=document.id,
                span=m.span,
                text=m.surface,
                value=f.value,
                unit=f.unit,
                low=f.low,
                high=f.high,
                qualifier=m.qualifier,
                kind=f.kind,  # type: ignore[arg-type]
                subject=f.subject,
                metric=canonical_metric(f.metric) if f.metric else f.metric,
                when=when,
                role=f.role,  # type: ignore[arg-type]
                direction=f.direction,  # type: ignore[arg-type]
                scope=f.scope,
                session=_session(text, f, v),  # type: ignore[arg-type]
                clock=clock_of(text, f.start, *_hard_clause(text, f, v), spans),
                sentence=sentence,
                linked=[ids[j] for j in f.linked],
                narrowing=list(f.narrowing),
                item=f.item,
                mention=m,
            )
        )
    return claims
