"""Stage 2: mentions in a document -> claims with subject, metric, role, direction, time, scope.

Everything here is a heuristic over the sentence around a figure, driven by the vocabularies in
``reconcile/data/metrics.toml`` (metrics, direction words, modifiers, clause boundaries),
``reconcile/data/entities.toml`` (aliases, segments, places, listings) and
``reconcile/data/time.toml`` (session cues; time words are read by :mod:`timeref`).

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
  dimension; else the counted noun of a count; a figure with no metric repeats a same-valued
  figure of the document; a bare estimate or forecast ("Analysts had expected ¥450 billion")
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
- **when**: :func:`reconcile.claims.timeref.resolve_when` on the sentence, nearest expression,
  leaving out starts ("since Sunday"), comparison bases ("on last year") and periods in a later
  clause of the sentence.
- **scope** (listing) for market metrics: a cue in the sentence, else the currency, else the
  linked claim, else the one listing the document names; and **session** (intraday/close).

Speed (~3 ms for a 250-word article, mention extraction included; ``benchmarks/context.py``):
work is done once per document or sentence where it can be (separators, metric keyword hits,
time expressions and the title-case test per sentence, clauses once per figure), each word list
is one compiled pattern (factored as a trie by :func:`reconcile.claims.timeref.alternation`),
and a pattern or cue is skipped when a word every match needs is missing from the text. Every
shortcut is exact: the claims are the ones the plain per-figure loops made.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from reconcile.claims.extract import extract_quantities
from reconcile.claims.group import physical_dimension as dimension_of
from reconcile.claims.models import Claim, Document, Mention
from reconcile.claims.parse import clause_verb, describe, parse_sentences
from reconcile.claims.places import FirstMention, read_places
from reconcile.claims.timeref import (
    alternation,
    caseless_beyond_ascii,
    has_time_expression,
    resolve_when,
)
from reconcile.claims.timeref import vocabulary as time_vocabulary
from reconcile.config import Settings

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATA = Path(__file__).resolve().parent.parent / "data"
FUZZY_ENTITY = 92  # rapidfuzz ratio (0-100) for an unknown name to take a known alias
UNIT_DISTANCE = 30  # a metric implied by the counted noun counts as a keyword this far away
CROSS_FIGURE = 40  # penalty for a keyword or entity on the far side of another figure
HARD_CLAUSE = 100  # penalty for leaving the figure's clause (", against ...")
SOFT_CLAUSE = 20  # penalty for crossing " and ", ", which ..."
WEAK = 30  # penalty for a weak keyword ("grew", "~{} a share")
PRIORITY = 10  # bonus per priority step
RIGHT_COMMA = 15  # penalty for a metric keyword after a comma that follows the figure
RIGHT_FACTOR = 1.5  # entities after the figure count as this much farther
OUTSIDE_CLAUSE = 200  # entity outside the figure's hard clause


def _load(name: str) -> dict:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


# --- vocabularies ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricSpec:
    name: str
    change: str
    keywords: tuple[str, ...]
    kinds: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    priority: int = 0
    weak: bool = False
    max_value: float | None = None
    scoped: bool = False
    estimable: bool = False
    role: str | None = None
    target: bool = False
    of_other: bool = False
    rate: bool = False
    rounds: bool = False
    dimensions: tuple[str, ...] = ()  # pint dimensionalities a physical figure must have
    person_metric: str | None = None  # the metric when the deal moves a person (a transfer)
    topic: tuple[str, ...] = ()  # words of a document where the figure is of topic_metric
    place_subject: bool = False  # the figure belongs to the place the story is set in
    only_units: tuple[str, ...] = ()  # counted nouns the metric is limited to ("jobs", "roles")
    topic_metric: str | None = None
    not_topic: tuple[str, ...] = ()  # words that keep the figure from topic_metric


@dataclass(frozen=True)
class Vocab:
    metrics: tuple[MetricSpec, ...]
    up: frozenset[str]
    not_change: frozenset[str]
    down: frozenset[str]
    right_change: frozenset[str]
    flat: frozenset[str]
    compared_rx: re.Pattern[str]  # "<amount> more than ...": [direction] comparatives
    multiplier_changes: dict[str, float]
    modifiers: dict[str, tuple[str, ...]]
    hard: tuple[str, ...]
    soft: tuple[str, ...]
    hard_soft: tuple[str, ...]  # hard + soft
    aliases: dict[str, str]  # compact key -> canonical name
    phrases: dict[str, str]
    segment_words: tuple[str, ...]
    segment_units: tuple[str, ...]
    corporate_suffixes: frozenset[str]
    model_suffixes: tuple[str, ...]
    prefixes: tuple[str, ...]
    not_entities: frozenset[str]
    places: frozenset[str]
    locative: frozenset[str]
    scopes: dict[str, dict]
    target_cues: tuple[str, ...]
    name_followers: frozenset[str]
    generic_nouns: frozenset[str]
    not_segments: frozenset[str]
    segment_canonical: dict[str, str]
    distinguishing: frozenset[str]
    institutions: frozenset[str]
    anaphors: tuple[str, ...]
    source_words: frozenset[str]
    session: dict[str, tuple[str, ...]]
    sentence_sessions: frozenset[str]
    keyword_rx: re.Pattern[str] = field(repr=False)
    keyword_map: dict[str, list[tuple[int, bool]]] = field(repr=False)  # kw -> (spec idx, weak)
    patterns: tuple[tuple[int, str, str, bool], ...] = field(repr=False)  # idx, left, right, weak
    segment_rx: tuple[re.Pattern[str], re.Pattern[str]] = field(
        default=(re.compile("(?!)"), re.compile("(?!)")), repr=False
    )  # _segment_rx(segment_words, segment_units)
    pattern_rights: tuple[str, ...] = field(default=(), repr=False)  # every pattern's right
    pattern_tails: tuple[str, ...] = field(default=(), repr=False)  # ... stripped, if not empty
    # normalize_entity's answers, raw name -> name (the vocabulary decides them, so keep them)
    normalized: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    unit_specs: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)  # spec.units
    keyword_specs: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)  # .keywords
    officials: frozenset[str] = frozenset()  # titles of people acting for an organisation
    person_roles: frozenset[str] = frozenset()  # roles of people who own their figures
    source_leads: tuple[str, ...] = ()  # "according to X": X is a source
    personal_pronouns: tuple[str, ...] = ()  # "He scored ..." looks back to a person
    org_words: frozenset[str] = frozenset()  # "Castellan FC" is no person
    of_phrase_stop: frozenset[str] = frozenset()  # ends "14 kilometres of <noun phrase>"
    topic_cues: tuple[str, ...] = ()  # "spending on <topic> ... $410 million"
    containers: frozenset[str] = frozenset()  # "a backlog of 38,000 operations"
    place_nouns: frozenset[str] = frozenset()  # "the village of X": X is a place
    facility_nouns: frozenset[str] = frozenset()  # "at X airport": X is a place
    indicators: frozenset[str] = frozenset()  # "inflation in X": X's inflation, not a place
    full_name_words: frozenset[str] = frozenset()  # "X Bank" named first: "X" is X Bank
    target_after: tuple[str, ...] = ()  # "X had left for Y": X is what the deal moves
    # this document's names that the recogniser reads as places where they stand before a
    # common noun ("the Berlin company"): see reconcile.claims.places
    read_places: frozenset[str] = frozenset()
    setting: str | None = None  # the place a story is set in (_setting): never a mere place


@lru_cache(maxsize=8192)
def compact(name: str) -> str:
    """Lower case, letters and digits only: the key aliases are matched on."""
    return _RX_NON_KEY.sub("", name.lower())


@cache
def _base_vocab() -> tuple[dict, dict, dict]:
    return _load("metrics.toml"), _load("entities.toml"), time_vocabulary()


@cache
def _vocab_cached(
    metric_aliases: tuple[tuple[str, str], ...], entity_aliases: tuple[tuple[str, str], ...]
) -> Vocab:
    m, e, t = _base_vocab()
    specs: list[MetricSpec] = []
    for row in m["metric"]:
        specs.append(
            MetricSpec(
                name=row["name"],
                change=row.get("change", f"{row['name']} change"),
                keywords=tuple(k.lower() for k in row.get("keywords", [])),
                kinds=tuple(row.get("kinds", [])),
                units=tuple(row.get("units", [])),
                priority=int(row.get("priority", 0)),
                weak=bool(row.get("weak", False)),
                max_value=row.get("max_value"),
                scoped=bool(row.get("scoped", False)),
                estimable=bool(row.get("estimable", False)),
                role=row.get("role"),
                target=bool(row.get("target", False)),
                of_other=bool(row.get("of_other", False)),
                rate=bool(row.get("rate", False)),
                rounds=bool(row.get("rounds", False)),
                dimensions=tuple(row.get("dimensions", [])),
                person_metric=row.get("person_metric"),
                topic=tuple(row.get("topic", [])),
                place_subject=bool(row.get("place_subject", False)),
                only_units=tuple(row.get("only_units", [])),
                topic_metric=row.get("topic_metric"),
                not_topic=tuple(row.get("not_topic", [])),
            )
        )
    for word, target in metric_aliases:
        base = next((s for s in specs if s.name == target), None)
        specs.append(
            MetricSpec(
                name=target,
                change=base.change if base else f"{target} change",
                keywords=(word.lower(),),
                kinds=base.kinds if base else (),
                priority=1,
                scoped=base.scoped if base else False,
                estimable=base.estimable if base else False,
                role=base.role if base else None,
            )
        )
    keyword_map: dict[str, list[tuple[int, bool]]] = {}
    patterns: list[tuple[int, str, str, bool]] = []
    for i, s in enumerate(specs):
        for kw in s.keywords:
            weak = kw.startswith("~")
            kw = kw.lstrip("~")
            if "{}" in kw:
                left, right = kw.split("{}", 1)
                patterns.append((i, left, right, weak))
            else:
                keyword_map.setdefault(kw, []).append((i, weak))
    # not inside a hyphenated word: "best-selling" is no "selling"
    keyword_rx = re.compile(r"(?<![\w-])(" + alternation(keyword_map) + r")(?![\w])", re.I)
    d = m["direction"]
    aliases = {compact(k): v for k, v in e["aliases"].items()}
    for k, v in entity_aliases:
        aliases[compact(k)] = v
    names = e["names"]
    return Vocab(
        metrics=tuple(specs),
        up=frozenset(d["up"]),
        not_change=frozenset(d.get("not_change", ())),
        down=frozenset(d["down"]),
        right_change=frozenset(d["right_change"]),
        flat=frozenset(d["flat"]),
        compared_rx=re.compile(
            rf"[ \t]+({'|'.join(map(re.escape, d.get('comparatives', []))) or '(?!)'})\s+than\b",
            re.I,
        ),
        multiplier_changes={k: float(v) for k, v in m["multiplier_changes"].items()},
        modifiers={k: tuple(v) for k, v in m["modifiers"].items()},
        hard=tuple(m["clauses"]["hard"]),
        soft=tuple(m["clauses"]["soft"]),
        hard_soft=tuple(m["clauses"]["hard"]) + tuple(m["clauses"]["soft"]),
        aliases=aliases,
        phrases={k.lower(): v for k, v in e["phrases"].items()},
        segment_words=tuple(sorted(e["segments"]["words"], key=len, reverse=True)),
        segment_units=tuple(e["segments"]["units"]),
        corporate_suffixes=frozenset(names["corporate_suffixes"]),
        model_suffixes=tuple(names["model_suffixes"]),
        prefixes=tuple(sorted(names["prefixes"], key=len, reverse=True)),
        not_entities=frozenset(names["not_entities"])
        | frozenset(t["months"])
        | frozenset(t["weekdays"])
        | frozenset(t["relative_days"]),
        places=frozenset(names["places"]),
        locative=frozenset(names["locative"]),
        full_name_words=frozenset(w.lower() for w in names.get("full_name_words", [])),
        indicators=frozenset(w.lower() for w in names.get("indicators", [])),
        place_nouns=frozenset(w.split()[-1] for w in names.get("place_nouns", [])),
        facility_nouns=frozenset(names.get("facility_nouns", [])),
        scopes=e["scopes"],
        target_cues=tuple(e["target"]["cues"]),
        target_after=tuple(w + " " for w in e["target"].get("after", [])),
        name_followers=frozenset(names["name_followers"]),
        generic_nouns=frozenset(m["nouns"]["generic"]),
        not_segments=frozenset(e["segments"].get("not_segments", [])),
        segment_canonical={k.lower(): v for k, v in e["segments"].get("canonical", {}).items()},
        institutions=frozenset(names["institutions"]),
        anaphors=tuple(names["anaphors"]),
        source_words=frozenset(names["source_words"]),
        distinguishing=frozenset(
            w.lower() for w in [*names["distinguishing"], *e["segments"]["units"]]
        ),
        session={k: tuple(v) for k, v in t["session"].items() if k != "sentence_wide"},
        sentence_sessions=frozenset(t["session"].get("sentence_wide", [])),
        keyword_rx=keyword_rx,
        keyword_map=keyword_map,
        patterns=tuple(patterns),
        segment_rx=_segment_rx(
            tuple(sorted(e["segments"]["words"], key=len, reverse=True)),
            tuple(e["segments"]["units"]),
        ),
        pattern_rights=tuple(r for _, _, r, _ in patterns),
        pattern_tails=tuple(r.strip() for _, _, r, _ in patterns if r.strip()),
        unit_specs=_index(specs, lambda s: s.units),
        keyword_specs=_index(specs, lambda s: s.keywords),
        of_phrase_stop=frozenset(m["nouns"].get("of_phrase_stop", [])),
        topic_cues=tuple(m["nouns"].get("topic_cues", [])),
        containers=frozenset(m["nouns"].get("containers", [])),
        officials=frozenset(names.get("officials", [])),
        person_roles=frozenset(names.get("person_roles", [])),
        source_leads=tuple(names.get("source_leads", [])),
        personal_pronouns=tuple(names.get("personal_pronouns", [])),
        org_words=frozenset(names.get("org_words", []))
        | frozenset(names["corporate_suffixes"])
        | frozenset(names["institutions"]),
    )


def _index(
    specs: list[MetricSpec], words: Callable[[MetricSpec], tuple[str, ...]]
) -> dict[str, tuple[int, ...]]:
    """word -> the indexes of the specs listing it."""
    out: dict[str, list[int]] = {}
    for i, spec in enumerate(specs):
        for w in dict.fromkeys(words(spec)):
            out.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in out.items()}


def vocab(settings: Settings | None = None) -> Vocab:
    """The vocabularies, extended by the user's ``metric_aliases`` and ``entity_aliases``."""
    if settings is None or not (settings.metric_aliases or settings.entity_aliases):
        return _vocab_cached((), ())  # the defaults add no aliases
    s = settings
    return _vocab_cached(
        tuple(sorted(s.metric_aliases.items())), tuple(sorted(s.entity_aliases.items()))
    )


# patterns used per figure or per name, compiled once
_RX_NON_KEY = re.compile(r"[\W_]+")
_RX_POSSESSIVE_END = re.compile(r"(?:'s|’s)$")
_RX_DIGIT = re.compile(r"\d")
_RX_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_RX_SPLIT_NAMES = re.compile(r"(?<=['’]s)\s+|\s+and\s+")
_RX_POSSESSIVE = re.compile(r"['’]s\b")
_RX_NUMERAL = re.compile(r"[\d.,]+")
_RX_WORD = re.compile(r"[\w'-]+")
_RX_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b")
_RX_OF_TOTAL = re.compile(r"\s*of\s+(?:the\s+)?(?:\w+\s+)?")
_RX_BRACKET_GAP = re.compile(r"\s*\(\s*(?:~|about|around|or)?\s*")
_RX_RELATIVE = re.compile(r",\s+(?:which|who|whose|that)\b[^,;]*,")
_RX_TO_AT_END = re.compile(r"\b(?:to|at)\s*$")


# --- sentences and clauses ------------------------------------------------------------------

_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|U\.S|U\.K|vs|approx|est)\.)$"
)
_SENT_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence; a newline always ends one (titles, list items)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if m.group(0)[0] == "." and _ABBREV.search(text[max(0, m.start() - 6) : m.start() + 1]):
            continue
        end = m.start() + (0 if m.group(0)[0] == "\n" else 1)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@lru_cache(maxsize=4096)
def _separators(low: str, seps: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Sorted starts and sorted ends of every occurrence of every separator in ``low``."""
    starts: list[int] = []
    ends: list[int] = []
    for sep in seps:
        if sep not in low:
            continue
        for m in re.finditer(re.escape(sep), low):
            starts.append(m.start())
            ends.append(m.end())
    return sorted(starts), sorted(ends)


def _clause(text: str, lo: int, hi: int, s: int, e: int, seps: tuple[str, ...]) -> tuple[int, int]:
    """The part of sentence [lo, hi) around [s, e) between the nearest separators."""
    starts, ends = _separators(text[lo:hi].lower(), seps)
    k = bisect.bisect_right(ends, s - lo)  # separators ending at or before the figure
    left = max(lo, lo + ends[k - 1]) if k else lo
    k = bisect.bisect_left(starts, e - lo)  # separators starting at or after its end
    right = min(hi, lo + starts[k]) if k < len(starts) else hi
    return left, right


@cache
def _word_rx(cue: str) -> re.Pattern[str]:
    """``cue`` as a whole word: not inside a longer word or hyphenated name."""
    return re.compile(rf"(?<![\w-]){re.escape(cue)}(?![\w-])")


# --- entities -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    name: str
    speaker: bool = False
    person: str | None = None  # "official" (acts for an organisation) or "person"
    described: bool = False  # a description ("the chain") standing for a named organisation


_RX_CAPS = re.compile(
    r"(?<![\w$€£¥₹-])(?:[A-Z][\w.'’&‑‐-]*|[a-z]+\d[\w‑‐-]*)"
    r"(?:[ \t]+(?:[A-Z][\w.'’&‑‐-]*|\d+[A-Za-z][\w‑‐-]*|of|and|&|de|der)(?![\w]))*"
    r"(?:[ \t]+\d{1,3}(?=[ \t]+[a-z]|[,;:)]|\.(?!\d)))?"  # "Vega 2 system", "Nikkei 225 average"
)


@cache
def _speaker_rx() -> re.Pattern[str]:
    verbs = _base_vocab()[1]["names"]["speaker_verbs"]
    # a verb followed by a figure reports a move, not speech: "Brauer Chemie added 2.0%"
    return re.compile(
        r"^\s*,?\s*(?:" + "|".join(re.escape(w) for w in verbs) + r")\b"
        r"(?!\s+(?:(?:by|as\s+much\s+as|about|nearly|almost|some|roughly)\s+)?[-+$€£¥₹\d])"
    )


_RX_TITLECASE_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")  # words of four letters or more


@lru_cache(maxsize=8192)
def _clean_name(raw: str) -> str:
    name = raw.replace("\u2011", "-").replace("\u2010", "-").replace("\u2012", "-")
    name = _RX_POSSESSIVE_END.sub("", name).rstrip(".,;:'’ ")
    name = name.replace("'", "").replace("’", "")
    return " ".join(name.split())


def normalize_entity(raw: str, v: Vocab) -> str:
    """'Alibaba Group Holding Limited' -> 'Alibaba'; 'Qwen-3-Max-Preview' -> 'Qwen3-Max'."""
    hit = v.normalized.get(raw)
    if hit is None:
        if len(v.normalized) >= 50_000:
            v.normalized.clear()  # a bound on memory over a long run
        hit = v.normalized[raw] = _normalize_entity(raw, v)
    return hit


_RX_PERIOD_TOKEN = re.compile(r"(?:Q[1-4]|H[12]|FY(?:\d{2}|\d{4})?|(?:19|20)\d{2})")


def _normalize_entity(raw: str, v: Vocab) -> str:
    name = _clean_name(raw)
    if not name:
        return name
    if (hit := v.aliases.get(compact(name))) is not None:
        return hit
    low = name.lower()
    for p in v.prefixes:
        if low.startswith(p + " ") and len(name) > len(p) + 1:
            name = name[len(p) + 1 :]
            low = name.lower()
            break
    tokens = name.split()
    while len(tokens) > 1 and _RX_PERIOD_TOKEN.fullmatch(tokens[-1]):
        tokens.pop()  # "Halvard Q3: profit beats": the period is no part of the name
    while len(tokens) > 1 and tokens[-1].lower() in v.corporate_suffixes:
        tokens.pop()
        if (hit := v.aliases.get(compact(" ".join(tokens)))) is not None:
            return hit
    name = " ".join(tokens)
    for suffix in v.model_suffixes:
        m = re.match(rf"^(.*\d.*?)[- ]{suffix}$", name, re.I)
        if m:
            name = m.group(1)
            break
    key = compact(name)
    if (hit := v.aliases.get(key)) is not None:
        return hit
    digits = re.sub(r"\D", "", key)
    best, score = None, 0.0
    for alias_key, canonical in v.aliases.items():
        if re.sub(r"\D", "", alias_key) != digits or abs(len(alias_key) - len(key)) > 3:
            continue
        r = fuzz.ratio(key, alias_key)
        if r > score:
            best, score = canonical, r
    if best is not None and score >= FUZZY_ENTITY:
        return best
    return name


_NO_CAPITALS = str.maketrans("", "", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


@lru_cache(maxsize=4096)
def _is_titlecase(line: str) -> bool:
    if len(line) - len(line.translate(_NO_CAPITALS)) < 3:
        return False  # three capitalised words at least
    words = _RX_TITLECASE_WORD.findall(line)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) > 0.7


@dataclass
class _DocEntities:
    per_sentence: list[list[Entity]]
    main: str | None
    targets: list[tuple[int, str]] | None = None  # filled on first use
    movers: set[str] = field(default_factory=set)  # targets that move: "X had left for Y"


@cache
def _segment_rx(
    words: tuple[str, ...], units: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The segment pattern, and its tail alone: a quick test that a sentence has none."""
    seg = alternation(words)  # longest first, like the data's order
    unit = "|".join(re.escape(w) for w in units)  # in the data's order: the first that fits wins
    # "Online: sales up 11%" (a digest's label) reads as "online sales"
    tail = rf"\b((?i:{seg}))(?::\s*|\s+)((?i:{unit}))\b"
    full = rf"(?:\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*?)(?:'s|’s)?\s+)?{tail}"
    return re.compile(full), re.compile(tail)


_RX_APPOSED_TO_NAME = re.compile(r"[A-Z][\w'’-]*,\s*$")  # "X Banking, " before a description
_LOOSE_NOUNS = ("division", "unit", "arm", "segment", "business")
_RX_LOOSE_SEGMENT = re.compile(
    r"\b(?:(?i:the|its|their|the\s+(?:[a-z-]+\s+)?[a-z]+(?:'s|’s))|[A-Z][\w-]*(?:'s|’s))\s+"
    r"([a-z][a-z-]{3,}|[A-Z]{2,4}|[A-Z][a-z]+(?:an|ese|ish|ic))\s+"  # "TV", "European" arm
    rf"({'|'.join(_LOOSE_NOUNS)})\b"
)


_LOWER_IN_NAMES = frozenset({"and", "of", "for", "the", "in", "on", "to"})


def segment_label(words: str) -> str:
    """A segment's words as they go into a name: each word as written, a lower-case word with
    its first letter raised ("cloud" -> "Cloud", "fire and rescue" -> "Fire and Rescue"); a word
    that holds a capital keeps its letters ("TV", "AI-related"), and the letters after the first
    are never changed ("e-commerce" -> "E-commerce", not "E-Commerce")."""
    out = []
    for i, word in enumerate(words.split()):
        if any(ch.isupper() for ch in word) or (i and word in _LOWER_IN_NAMES):
            out.append(word)
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _segment_entities(
    text: str, lo: int, hi: int, v: Vocab, may_match: bool = True
) -> list[tuple[int, int, str, str]]:
    """'cloud unit', "Alibaba's cloud division", 'Corvane Cloud unit' -> (s, e, company, seg).

    ``may_match=False``: the sentence holds no segment word (only the loose form can match).
    """
    out: list[tuple[int, int, str, str]] = []
    rx, tail = v.segment_rx
    # every match ends with a match of the tail; every loose match holds one of its nouns
    matches = list(rx.finditer(text, lo, hi)) if may_match and tail.search(text, lo, hi) else []
    sentence = text[lo:hi]
    if any(noun in sentence for noun in _LOOSE_NOUNS):
        for m in _RX_LOOSE_SEGMENT.finditer(text, lo, hi):
            if m.group(1) in v.not_segments or any(
                x.start() <= m.start(1) < x.end() for x in matches
            ):
                continue
            if _RX_APPOSED_TO_NAME.search(text, max(lo, m.start() - 40), m.start()):
                continue  # "Pellmoor Retail Banking, the group's high-street arm,": apposed
            if "-" in m.group(1):
                continue  # "the five-year-old business", "its loss-making unit": a description
            out.append((m.start(1), m.end(), "", m.group(1)))
    for m in matches:
        company = m.group(1) or ""
        if company and not company[0].isupper():
            company = ""
        words = company.split()
        while words and words[0].lower() in v.not_entities:
            words = words[1:]
        company = " ".join(words)
        start = m.start(1) if company else m.start(2)
        out.append((start, m.end(), company, m.group(2)))
    return out


def _proper(text: str, name: str) -> bool:
    """A sentence-initial word is a name when it never appears in lower case and recurs."""
    if " " in name or _RX_DIGIT.search(name):
        return True
    if name.lower() in vocab().keyword_map:
        return False  # "Unemployment in Meridia rose", "Revenue at ..."
    if not name:  # (the patterns below would match everywhere)
        if re.search(r"(?<![\w-])(?![\w-])", text):
            return False
        return len(re.findall(r"(?<![\w-])", text)) >= 2
    if any(True for _ in _starts(text, name.lower(), whole=True)):
        return False
    return sum(1 for _ in _starts(text, name, whole=False)) >= 2


def _proper_memo(memo: dict[str, bool], text: str, name: str) -> bool:
    hit = memo.get(name)
    if hit is None:
        hit = memo[name] = _proper(text, name)
    return hit


_NOT_NAMES = frozenset(
    {"VERB", "ADP", "SCONJ", "ADV", "INTJ", "ADJ", "DET", "PRON", "AUX", "CCONJ", "PART"}
)


@lru_cache(maxsize=4096)
def _opens_as_word(sentence: str) -> bool:
    """The capitalised word opening ``sentence`` is an ordinary word, not a name: it is an
    English word of spaCy's lexicon (its lemmatizer's word lists or its stop words, an
    inflection of one included) and the tagger reads it, in its sentence, as a verb,
    preposition, adverb, adjective, interjection... ("According to ...", "Despite ...", "Per
    ...", "So far ...", "Targeted savings ..."), or as a common noun outside any named entity.
    Only sentences whose opening word is in the lexicon are tagged (speed)."""
    m = re.match(r"[A-Za-z]+", sentence)
    if m is None:
        return False
    word = m.group(0).lower()
    if not _in_lexicon(word):
        return False
    tok = parse_sentences([sentence])[0][0]
    if tok.pos_ in _NOT_NAMES:
        return True
    return tok.pos_ == "NOUN" and not tok.ent_type_


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """The English words the pipeline's lemmatizer lists (nouns, verbs, adjectives, adverbs)
    and its stop words."""
    from reconcile.claims.parse import nlp

    pipe = nlp()
    words: set[str] = set()
    lemmatizer = pipe.get_pipe("lemmatizer")
    if lemmatizer.lookups.has_table("lemma_index"):
        table = lemmatizer.lookups.get_table("lemma_index")
        for key in table:
            words.update(table[key])
    return frozenset(words), frozenset(pipe.Defaults.stop_words)


@lru_cache(maxsize=65536)
def _in_lexicon(word: str) -> bool:
    words, stop = _lexicon()
    if word in stop or word in words:
        return True
    stems = (word[:-3], word[:-3] + "e", word[:-2], word[:-1]) if len(word) > 4 else ()
    return any(s in words for s in stems)  # "targeted", "according", "following"


def _wordish(c: str) -> bool:
    """``c`` matches ``[\\w-]`` (Python's ``\\w`` on str is ``isalnum()`` or ``_``)."""
    return c.isalnum() or c == "_" or c == "-"


def _starts(text: str, needle: str, whole: bool) -> Iterator[int]:
    """Where ``re.finditer(r"(?<![\\w-])" + re.escape(needle), text)`` finds ``needle`` (with
    ``whole``, also not followed by a word character or hyphen), by ``str.find``: a literal
    after a look-behind is a slow pattern. ``needle`` must not be empty."""
    n, end = len(needle), len(text)
    i = text.find(needle)
    while i != -1:
        if (i == 0 or not _wordish(text[i - 1])) and (
            not whole or i + n == end or not _wordish(text[i + n])
        ):
            yield i
            i = text.find(needle, i + n)
        else:
            i = text.find(needle, i + 1)


def _on_figure(text: str, s: int, e: int, figures: list[tuple[int, int]]) -> bool:
    """An entity candidate that is a figure ("HKD174.00"), not a name holding one ("Qwen3-235B")."""
    for a, b in figures:
        if a < e and s < b:
            if a < s and e < b and not _RX_DIGIT.search(text[s:e]):
                continue  # a name inside the figure: "4.2 million Lumen X consoles"
            rest = text[s:a] + text[b:e]
            if not (s <= a and b <= e and _RX_TWO_LETTERS.search(rest)):
                return True
    return False


def _capitalised_head(text: str, s: int, e: int, titlecase: bool) -> bool:
    """A description phrase ("the bank") written with a capital on its last word inside a
    sentence ("The Bank of Estria's increase", "the Fire Department") is the start of a proper
    name, not a description (headlines capitalise every word, so they do not count)."""
    if titlecase:
        return False
    words = text[s:e].split()
    return len(words) > 1 and words[-1][:1].isupper()


_RX_TRAILING_NUMBER = re.compile(r"[ \t]+\d{1,3}$")


def _off_figure(
    text: str, c: tuple[int, int, str, bool], near: list[tuple[int, int]], v: Vocab
) -> tuple[int, int, str, bool] | None:
    """The candidate, unless it is a figure; a name whose trailing number starts a figure
    loses the number ("the Civic Alliance 54 seats" -> "Civic Alliance")."""
    s, e, name, speaker = c
    if not _on_figure(text, s, e, near):
        return c
    m = _RX_TRAILING_NUMBER.search(text, s, e)
    if m is None or name.startswith("{") or _on_figure(text, s, m.start(), near):
        return None
    return s, m.start(), normalize_entity(_clean_name(text[s : m.start()]), v), speaker


def _find_entities(
    text: str, spans: list[tuple[int, int]], v: Vocab, figures: list[tuple[int, int]]
) -> _DocEntities:
    raw: list[list[tuple[int, int, str, bool]]] = []  # (start, end, name or template, speaker)
    figures = sorted(figures)
    fig_starts = [a for a, _ in figures]
    fig_ends = [b for _, b in figures]
    mid_caps: set[str] = set()
    titles = [_is_titlecase(text[lo:hi]) for lo, hi in spans]
    # words the document lacks cannot be in its sentences (when lower() maps char to char)
    doc_low = text.lower() if caseless_beyond_ascii(text) else None
    phrases = [(p, t) for p, t in v.phrases.items() if doc_low is None or p in doc_low]
    seg_words = [w.lower() for w in v.segment_words if w.isascii()]
    if doc_low is not None and len(seg_words) == len(v.segment_words):
        seg_words = [w for w in seg_words if w in doc_low]  # the ones worth looking for
        segments = bool(seg_words)
    else:
        segments, seg_words = True, []
    loose = any(noun in text for noun in _LOOSE_NOUNS)  # the loose form's nouns, as written
    for (lo, hi), titlecase in zip(spans, titles, strict=True):
        found: list[tuple[int, int, str, bool]] = []
        sentence = text[lo:hi]
        taken: list[tuple[int, int]] = []
        low = sentence.lower()
        here = segments and (not seg_words or any(w in low for w in seg_words))
        segs = _segment_entities(text, lo, hi, v, here) if here or loose else []
        for s, e, company, segword in segs:
            word = segword.split()[0]
            template = f"{{company:{company}}} {segment_label(word)}"
            found.append((s, e, template, False))
            taken.append((s, e))
        for phrase, target in phrases:
            if phrase not in low:
                continue
            for m in _word_rx(phrase).finditer(low):
                s, e = lo + m.start(), lo + m.end()
                if _capitalised_head(text, s, e, titlecase):
                    continue  # "The Bank of Estria": the words open a proper name
                if not any(a < e and s < b for a, b in taken):
                    speaker = bool(_speaker_rx().match(text[e : e + 20]))
                    found.append((s, e, target, speaker))
                    taken.append((s, e))
        for m in _RX_CAPS.finditer(text, lo, hi):
            s, e = m.span()
            if any(a < e and s < b for a, b in taken):
                continue
            chunk = m.group(0)
            # split on possessives ("Alibaba's Qwen") and on "and" between names
            if " " not in chunk and "\t" not in chunk:
                pieces = [chunk]  # one word (the only spaces _RX_CAPS takes are " " and tab)
            elif compact(chunk) in v.aliases or chunk.lower().split()[-1] in v.institutions:
                pieces = [chunk]  # "Fire and Disaster Management Agency" is one name
            else:
                pieces = [p for p in _RX_SPLIT_NAMES.split(chunk) if p]
            offset = s
            for piece in pieces:
                p_start = text.find(piece, offset, e)
                offset = p_start + len(piece)
                found.extend(_name_pieces(text, p_start, piece, lo, titlecase, v))
        near = figures[bisect.bisect_left(fig_ends, lo) : bisect.bisect_right(fig_starts, hi)]
        found = [_off_figure(text, c, near, v) for c in found]
        found = [c for c in found if c is not None]
        for s, _e, name, _ in found:
            if s > lo and not titlecase and not _RX_LABEL.fullmatch(text, lo, s):
                mid_caps.add(name)
        raw.append(sorted(found))
    body_names = {
        n
        for sent, titlecase in zip(raw, titles, strict=True)
        if not titlecase
        for (_, _, n, _) in sent
    }
    for k, titlecase in enumerate(titles):
        if titlecase:
            known = [c for c in raw[k] if c[2] in body_names or c[2].startswith("{")]
            known.sort(key=lambda c: -(c[1] - c[0]))
            kept: list[tuple[int, int, str, bool]] = []
            for c in known:
                if not any(a < c[1] and c[0] < b for a, b, _, _ in kept):
                    kept.append(c)
            raw[k] = sorted(kept)
    per_sentence: list[list[Entity]] = []
    counts: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    body_first: dict[str, int] = {}  # first mention below the title
    headline = bool(spans) and text[spans[0][0] : spans[0][1]].rstrip()[-1:] not in (".", "!")
    orgs: set[str] = set()  # names seen as speakers, owners ("X's") or with "Inc", "Holdings"
    owners_strong: set[str] = set()  # owners ("X's") and names with "Inc", "Holdings"
    proper: dict[str, bool] = {}  # _proper's answers for this text
    for (lo, hi), sent, titlecase in zip(spans, raw, titles, strict=True):
        ents: list[Entity] = []
        for s, e, name, speaker in sent:
            if name.startswith("{"):
                ents.append(Entity(s, e, name, speaker))
                continue
            opening = text[lo:s]
            is_initial = opening.strip() == "" or bool(_RX_LABEL.fullmatch(opening))
            if is_initial and not titlecase and " " in name and compact(name) not in v.aliases:
                first, rest = name.split(" ", 1)
                if rest.lower().startswith(("of ", "and ")) and not _proper_memo(
                    proper, text, first
                ):
                    rest = re.sub(r"^(?:of|and|&)\s+", "", rest)
                    if not rest or rest.lower() in v.places or rest.lower() in v.not_entities:
                        continue
                    name = normalize_entity(rest, v)
            if (
                not titlecase
                and is_initial
                and not (
                    (follower := _words_after(text, e, hi, 1))
                    and follower[0] in v.name_followers
                    and name.lower() not in v.keyword_map  # "Sales rose", "Profit fell"
                )
                and not _RX_LABEL_END.match(text, e)  # "Orlavia: The cabinet approved ..."
                and name not in mid_caps
                and not _RX_POSSESSIVE_END.search(text[s:e])  # "Brennock's council voted"
                and not _RX_POSSESSIVE.match(text[e : e + 3])
                and compact(name) not in v.aliases
                and compact(_clean_name(text[s:e])) not in v.aliases
                and not _proper_memo(proper, text, _clean_name(text[s:e]))
            ):
                continue
            if (
                not titlecase
                and is_initial
                and " " not in name
                and name not in mid_caps
                and compact(name) not in v.aliases
                and text.startswith(name, s)  # the name is the word written there
                and _opens_as_word(text[s : min(hi, s + 240)])
            ):
                continue  # "According to ...", "Despite ...", "So far ...": an opener
            ents.append(Entity(s, e, name, speaker))
            counts[name] += 2 if (lo, hi) == spans[0] else 1
            first_seen.setdefault(name, s)
            if (lo, hi) != spans[0] or not headline:
                body_first.setdefault(name, s)
            surface = _clean_name(text[s:e]).lower().split()
            if _RX_POSSESSIVE.match(text[e : e + 3]) or (
                len(surface) > 1 and surface[-1] in v.corporate_suffixes
            ):
                owners_strong.add(name)
            if speaker or name in owners_strong:
                orgs.add(name)
        per_sentence.append(ents)
    # one name per subject inside the document: "Corvane Systems" and "Corvane" -> "Corvane"
    names = sorted(counts, key=lambda n: (len(n.split()), n))
    canon: dict[str, str] = {}
    seg_words = set(v.distinguishing)
    tokens = [(n, n.split()) for n in names]
    for long, lt in tokens:
        for short, st in tokens:
            if len(st) < len(lt) and lt[: len(st)] == st:
                extra = {t.lower() for t in lt[len(st) :]}
                if not extra & seg_words:
                    canon[long] = canon.get(short, short)
                    break
                if (
                    extra <= v.full_name_words
                    and long in body_first
                    and (body_first[long] < body_first.get(short, len(text)))
                ):
                    canon[long] = canon.get(short, short)  # "Pellmoor Bank said ... Pellmoor
                    break  # expects": introduced by its full name first, the two are one
    merged: Counter[str] = Counter()
    for n, c in counts.items():
        merged[canon.get(n, n)] += c
    main = None
    if merged:
        main = max(merged, key=lambda n: (merged[n], -first_seen.get(n, 0)))
    owners = {canon.get(n, n) for n in orgs}
    owner = max(owners, key=lambda n: (merged[n], -first_seen.get(n, 0))) if owners else main
    # a segment with no company named belongs to a company seen owning something ("X's") or
    # with a corporate suffix; else the main subject; a speaker only when neither exists
    strong = {canon.get(n, n) for n in owners_strong}
    strong_owner = max(strong, key=lambda n: (merged[n], -first_seen.get(n, 0))) if strong else main
    # "the company" is never a product: with a model as the main subject ("Vega-2"), the
    # organisation seen speaking or owning stands for it
    makers = [n for n in owners if not _RX_DIGIT.search(n)]
    stands_for = main or ""
    if main and _RX_DIGIT.search(main) and makers:
        stands_for = max(makers, key=lambda n: (merged[n], -first_seen.get(n, 0)))
    out: list[list[Entity]] = []
    described: set[tuple[int, int]] = set()  # (sentence, start) of descriptions ("the chain")
    owned: dict[tuple[int, int], str] = {}  # (sentence, start) of a segment -> its company
    for k, ents in enumerate(per_sentence):
        row = []
        for ent in ents:
            name = ent.name
            if name == "{main}":
                described.add((k, ent.start))
            if name.startswith("{company:"):
                company = name[len("{company:") : name.index("}")]
                opening = text[spans[k][0] : ent.start].strip().lower()
                earlier = [_template_company(e.name) for e in per_sentence[k - 1]]
                earlier = [n for n in earlier if n and not n.startswith("{")]
                if company:
                    company = normalize_entity(company, v)
                    company = canon.get(company, company)
                elif opening in ("its", "their") and k and earlier:
                    first = normalize_entity(earlier[0], v)
                    company = canon.get(first, first)  # "X said ... Its online arm"
                else:
                    company = strong_owner or owner or ""  # "the online arm"
                words = company.split()
                if len(words) > 1 and words[-1].lower() in v.full_name_words:
                    company = " ".join(words[:-1])  # "Pellow Bank" + "Retail": "Pellow Retail"
                segment = name[name.index("}") + 2 :]
                segment = v.segment_canonical.get(segment.lower(), segment)
                segment = segment_label(segment)  # "TV arm", "AI-related products"
                name = normalize_entity(f"{company} {segment}".strip(), v)
                if company:
                    owned[(k, ent.start)] = canon.get(company, company)
            elif name.startswith("{main}"):
                if main is None:
                    continue
                name = stands_for + name[len("{main}") :]  # "{main} Police": the main's
            else:
                name = canon.get(name, name)
            row.append(ent if name == ent.name else Entity(ent.start, ent.end, name, ent.speaker))
        out.append(row)
    out, sources = _mark_people(text, spans, out, v)
    officials = {e.name for row in out for e in row if e.person == "official"} | sources
    if main in officials:  # an official or a source speaks for the story's subject
        rest = [n for n in merged if n not in officials]
        main = max(rest, key=lambda n: (merged[n], -first_seen.get(n, 0))) if rest else None
    if main is None:
        main = v.setting  # "Farmers' unions in Orlavia gave a cautious welcome" (_with_places)
    if described and main is not None:
        organisations = {canon.get(n, n) for n in orgs}
        out = _local_descriptions(out, described, owned, main, officials, organisations)
    return _DocEntities(out, main)


_RX_SETTING = re.compile(r"\b(?:in|across|throughout)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _setting(text: str, v: Vocab) -> str | None:
    """The place a story with no other subject is set in: the name most often after "in",
    "across" ("Farmers' unions in Orlavia", "the drought in Orlavia"), unless it is a known
    place (a market, a capital), a month or a day: its government and people are the subject
    of the figures."""
    counts: Counter[str] = Counter()
    for m in _RX_SETTING.finditer(text):
        name = _clean_name(m.group(1))
        low = name.lower()
        if not name or low in v.not_entities or low in v.places or low.split()[0] in v.places:
            continue
        if _RX_DIGIT.search(name) or low.split()[0] in v.not_entities:
            continue  # "in Q3", "in March 2025"
        counts[normalize_entity(name, v)] += 1
    return counts.most_common(1)[0][0] if counts else None


def _template_company(name: str) -> str:
    """The company a segment template names ("{company:Tenvar} Cloud" -> "Tenvar"), else the
    name itself."""
    if name.startswith("{company:"):
        return name[len("{company:") : name.index("}")]
    return name


def _local_descriptions(
    rows: list[list[Entity]],
    described: set[tuple[int, int]],
    owned: dict[tuple[int, int], str],
    main: str,
    officials: set[str],
    organisations: set[str],
) -> list[list[Entity]]:
    """A description ("the chain", "the company", "the lender") stands for the main subject,
    unless the main subject goes unnamed in its sentence (before it) and the sentence
    before, and another organisation is named there: then it is the nearest such name ("Marrowby
    said its sales grew 11%, making the department-store group one of the winners", in a digest
    whose main subject is another retailer). Only names seen as organisations (speakers,
    owners, names with "Inc") are antecedents, never people, officials, sources or products; a
    segment ("Marrowby Online") stands for its company."""
    out = [list(row) for row in rows]
    for k, row in enumerate(rows):
        for idx, ent in enumerate(row):
            if (k, ent.start) not in described:
                continue
            window: list[str] = []  # nearest first
            for j in range(k, max(k - 2, -1), -1):
                for e in reversed(rows[j]):
                    if j == k and e.end > ent.start:
                        continue
                    if (j, e.start) in described or e.person is not None or e.name in officials:
                        continue
                    name = owned.get((j, e.start), e.name)
                    if name == main or name in organisations:
                        window.append(name)
            if not window or main in window:
                out[k][idx] = Entity(ent.start, ent.end, ent.name, ent.speaker, ent.person, True)
                continue
            out[k][idx] = Entity(ent.start, ent.end, window[0], ent.speaker, ent.person, True)
    return out


# a digest item's label before the sentence proper: "Nerrand: Grain exports rose 8%"
_RX_LABEL_END = re.compile(r":\s+(?:The\s+|A\s+)?[A-Z][a-z]")  # after a label: a sentence
_RX_LABEL = re.compile(r"\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}:\s+")

_RX_AFFILIATION = re.compile(r",?\s+(?:of|at|from)\s+(?:the\s+)?$")


@cache
def _lead_rx(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` ending the text before a name: "Mayor ", "Halvern's mayor, "."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?i:\b(?:" + alts + r"))\s*,?\s*$")


@cache
def _apposed_title_rx(words: frozenset[str]) -> re.Pattern[str]:
    """A title set off after a name: ", the defence minister", ", Halvern's mayor"."""
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        r",\s+(?:(?:the|a|an|its|their)\s+|[A-Z][\w-]*['’]s\s+)(?:[\w-]+\s+){0,3}?"
        r"(?i:(?:" + alts + r"))\b"
    )


@cache
def _source_rx(leads: tuple[str, ...]) -> re.Pattern[str]:
    """ "according to analyst ", "said ": lower-case words between the lead and the name."""
    alts = "|".join(re.escape(w) for w in sorted(leads, key=len, reverse=True))
    return re.compile(r"(?i:\b(?:" + alts + r"))\s+(?:[a-z][a-z-]*,?\s+){0,3}$")


def _mark_people(
    text: str, spans: list[tuple[int, int]], rows: list[list[Entity]], v: Vocab
) -> tuple[list[list[Entity]], set[str]]:
    """Mark people by the title or role written before their name ("Mayor X", "striker X");
    a surname alone later in the text is the same person. "according to X" makes X a source
    (returned: the names only ever seen as such sources)."""
    if not (v.officials or v.person_roles or v.source_leads):
        return rows, set()
    marks: dict[str, str] = {}
    first: list[list[str | None]] = []
    for (lo, _hi), row in zip(spans, rows, strict=True):
        here: list[str | None] = []
        for ent in row:
            lead = text[max(lo, ent.start - 40) : ent.start]
            mark = None
            tail = text[ent.end : ent.end + 60]
            if v.officials and (
                _lead_rx(v.officials).search(lead) or _apposed_title_rx(v.officials).match(tail)
            ):
                mark = "official"  # "Mayor X", "X, the city's mayor,"
            elif v.person_roles and _lead_rx(v.person_roles).search(lead):
                mark = "person"
            if mark and not ent.name.startswith("{"):
                marks.setdefault(ent.name, mark)
                words = ent.name.split()
                if len(words) > 1:
                    marks.setdefault(words[-1], mark)
            here.append(mark)
        first.append(here)
    out: list[list[Entity]] = []
    sourced: set[str] = set()
    unsourced: set[str] = set()
    for (lo, _hi), row, here in zip(spans, rows, first, strict=True):
        new_row: list[Entity] = []
        for ent, mark in zip(row, here, strict=True):
            mark = mark or marks.get(ent.name)
            lead = text[max(lo, ent.start - 60) : ent.start]
            source = bool(v.source_leads) and bool(_source_rx(v.source_leads).search(lead))
            if new_row and (new_row[-1].speaker or new_row[-1].person == "official"):
                # "analyst Priya Menon of the Valdora Institute": the source's affiliation
                source = source or bool(_RX_AFFILIATION.match(text, new_row[-1].end, ent.start))
            (sourced if source else unsourced).add(ent.name)
            if mark or source:
                ent = Entity(ent.start, ent.end, ent.name, ent.speaker or source, mark)
            new_row.append(ent)
        out.append(new_row)
    return out, sourced - unsourced


_RX_ITS = re.compile(r"\b(?:its|their)\b", re.I)
_RX_LEAD_BREAK = re.compile(r"[,;:()]|\s[—–-]\s")


def _name_pieces(
    text: str, start: int, piece: str, lo: int, titlecase: bool, v: Vocab
) -> list[tuple[int, int, str, bool]]:
    """Clean one capitalised run into zero or more entity names."""
    tokens = piece.split()
    if (
        len(tokens) > 2
        and tokens[0].lower() in v.place_nouns
        and tokens[1] == "of"
        and not text[lo:start].strip()
    ):  # "Parts of X received ...": a sentence's capital, not a name's ("Bank of X" is one)
        start, tokens = text.find(tokens[1], start), tokens[1:]
    # drop leading/trailing function words ("In New York", "Fire and")
    while tokens and (
        tokens[0].lower().rstrip(".,:;") in v.not_entities or tokens[0].lower() in {"of", "and"}
    ):
        start = text.find(tokens[1], start) if len(tokens) > 1 else start
        tokens = tokens[1:]
    while tokens and tokens[-1].lower().rstrip(".,:;") in {"of", "and", "&", "de", "der"}:
        tokens = tokens[:-1]
    if not tokens:
        return []
    titles = v.officials | v.person_roles
    cut = max(
        (k for k, t in enumerate(tokens[:-1]) if t.lower().rstrip(".,") in titles), default=-1
    )
    if cut >= 0:  # "Finance Minister Helena Vasquez": the title is no part of the name
        pos = text.find(tokens[0], start)
        for tok in tokens[1 : cut + 2]:
            pos = text.find(tok, pos + 1)
        start, tokens = pos, tokens[cut + 1 :]
        while len(tokens) > 1 and tokens[0].lower() in {"of", "for", "and", "the"}:
            start = text.find(tokens[1], start + len(tokens[0]))  # "Secretary of State X"
            tokens = tokens[1:]
    surface = " ".join(tokens)
    s = text.find(tokens[0], start)
    e = s + len(surface) if text.startswith(surface, s) else s + len(tokens[0])
    if titlecase and len(tokens) > 1:
        # headlines capitalise every word: offer every run of tokens; only names also found
        # in the body survive (longest first), see _find_entities
        out = []
        starts = []
        pos = s
        for tok in tokens:
            starts.append(text.find(tok, pos))
            pos = starts[-1] + len(tok)
        for i in range(len(tokens)):
            for j in range(i + 1, len(tokens) + 1):
                sub = " ".join(tokens[i:j])
                if text.startswith(sub, starts[i]):
                    out.extend(_name_pieces(text, starts[i], sub, lo, False, v))
        return out
    cleaned = _clean_name(surface)
    low = cleaned.lower()
    if not cleaned or low in v.not_entities or low in v.places or len(cleaned) < 2:
        return []
    if _RX_NUMERAL.fullmatch(cleaned) or low.endswith(("-based", "-listed")):
        return []
    if (low.split("-")[0].split() or [""])[0] in v.not_entities:
        return []  # "April-June quarter"
    if low.split()[-1] in v.institutions:
        return []  # statistics offices and agencies report figures; they are not subjects
    lead = text[max(lo, s - 40) : s]
    lead = _RX_LEAD_BREAK.split(lead)[-1]  # "from the showroom: Kaze sales" - not a source
    before = [w.lower() for w in lead.split()[-3:]]
    possessive = bool(_RX_POSSESSIVE.match(text[e : e + 3])) or surface.endswith(("'s", "’s"))
    of_metric = before[-1:] == ["in"] and len(before) > 1 and before[-2] in v.indicators
    if before and before[-1] in v.locative and not possessive and not of_metric:
        return []  # ("House prices in Varnland rose 4.2%": Varnland's house prices)
    if before[-2:-1] and before[-2] in v.locative and before[-1] == "the" and not possessive:
        return []  # "near the Ashby reservoir", "in the Redfield area": a place
    if before[-1:] == ["of"] and before[-2:-1] and before[-2] in v.place_nouns:
        return []  # "the neighbouring village of Ashby Flats", "the western part of Redfield"
    if not possessive and cleaned != v.setting and _place_slot(text, lo, s, e, cleaned, before, v):
        return []
    if any(w in v.source_words for w in before) and not possessive and not _moving(text, e, v):
        return []  # "from Spanish club Real Costanera", "31 goals for Costanera"
    if text[max(lo, s - 1) : s] == "(" or (
        text.rfind("(", lo, s) > text.rfind(")", lo, s) and text.find(")", e) != -1
    ):
        return []
    speaker = bool(_speaker_rx().match(text[e : e + 20]))
    name = normalize_entity(cleaned, v)
    return [(s, e, name, speaker)] if name else []


_RX_COORDINATED = re.compile(r"(?:,|\s+and|\s+or)\s*$")  # "in Kagoshima and |Miyazaki"
_RX_NAME_BEFORE = re.compile(r"([A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+and|\s+or)\s*$")
_RX_NEXT_WORD = re.compile(
    r"(?:\s*(?:,|and|or)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s+([a-z][\w-]*)"
)
_RX_DATELINE_END = re.compile(r"\s*(?:,|\(|[—–-]\s)")


def _place_slot(text: str, lo: int, s: int, e: int, name: str, before: list[str], v: Vocab) -> bool:
    """Whether the name stands where only a place stands, whatever the name:

    - a dateline: a name in capitals opening a paragraph, then a comma, a bracket or a dash
      ("SAN JOSE, Oct. 23 (Wire) -");
    - before a facility named after its place, alone or coordinated ("at X and Y airports");
    - coordinated with a name after a locative preposition ("in X and Y": Y too);
    - an epithet: "the X company" where the recogniser reads X as a place.
    """
    if (
        name.isupper()
        and len(name) > 3
        and (s == 0 or text[s - 1] == "\n")
        and _RX_DATELINE_END.match(text, e)
    ):
        return True
    nxt = _RX_NEXT_WORD.match(text, e, min(len(text), e + 80))
    if nxt is not None and nxt.group(1).lower() in v.facility_nouns:
        return True
    lead = text[max(lo, s - 60) : s]
    if _RX_COORDINATED.search(lead):
        m = _RX_NAME_BEFORE.search(lead)
        if m is not None:
            words = lead[: m.start()].split()
            if words and words[-1].lower() in v.locative:
                return True
    if before[-1:] == ["the"] and name.lower() in v.read_places:
        follower = text[e : e + 2]
        return follower[:1] == " " and follower[1:2].islower()
    return False


def _moving(text: str, e: int, v: Vocab) -> bool:
    """Does a move follow the name ("with the Nikkei 225 average rising 0.4%", "with the
    Kospi down 1%")? Then the name is what moved, not a source."""
    after = _RX_WORD.findall(text[e : e + 40].lower())[:3]
    return any(
        (w in v.up or w in v.down) and (w.endswith("ing") or w in _MOVE_ADVERBS) for w in after
    )


_MOVE_ADVERBS = frozenset({"up", "down", "higher", "lower"})


# --- figures in context ---------------------------------------------------------------------


@dataclass
class _Fig:
    mention: Mention
    start: int
    end: int
    sent: int  # sentence index
    lo: int
    hi: int
    kind_key: str
    role: str = "level"
    direction: str | None = None
    value: float = 0.0
    low: float | None = None
    high: float | None = None
    unit: str = ""
    kind: str = "number"
    spec: MetricSpec | None = None
    metric: str | None = None
    subject: str | None = None
    scope: str | None = None
    linked: list[int] = field(default_factory=list)
    peers: list[int] = field(default_factory=list)  # figures of the same sentence, in order
    bracketed: bool = False  # _parenthetical: a conversion in brackets after the figure before
    hard: tuple[int, int] | None = None  # _hard_clause, once computed
    soft: tuple[int, int] | None = None  # _soft_clause, once computed
    mod: str | None = None  # the metric's modifier: "forecast", "previous"...
    narrowing: tuple[str, ...] = ()  # the parse's attachments of a described metric


def _hard_clause(text: str, f: _Fig, v: Vocab) -> tuple[int, int]:
    """The figure's clause between hard separators (", against", "; ", " while "...)."""
    if f.hard is None:
        f.hard = _clause(text, f.lo, f.hi, f.start, f.end, v.hard)
    return f.hard


def _soft_clause(text: str, f: _Fig, v: Vocab) -> tuple[int, int]:
    """The figure's clause between any separators, soft ones (" and ", ", which") included."""
    if f.soft is None:
        f.soft = _clause(text, f.lo, f.hi, f.start, f.end, v.hard_soft)
    return f.soft


def _kind_key(m: Mention) -> str:
    if m.unit in ("percentage_point", "basis_point"):
        return "percentage_point"
    return m.kind


def _words_before(text: str, lo: int, s: int, n: int) -> list[str]:
    return _RX_WORD.findall(text[lo:s].lower())[-n:]


def _words_after(text: str, e: int, hi: int, n: int) -> list[str]:
    return [m.group() for m in islice(_RX_WORD.finditer(text[e:hi].lower()), n)]


def _prev_fig_end(figs: list[_Fig], i: int) -> int:
    f = figs[i]
    ends = [figs[j].end for j in f.peers if figs[j].end <= f.start]
    return max(ends, default=f.lo)


def _next_fig_start(figs: list[_Fig], i: int) -> int:
    f = figs[i]
    starts = [figs[j].start for j in f.peers if figs[j].start >= f.end]
    return min(starts, default=f.hi)


def _direction(text: str, figs: list[_Fig], i: int, v: Vocab) -> tuple[bool, str | None]:
    """(is a change, 'up'/'down'/None) from the words around a percentage."""
    f = figs[i]
    c_lo, _ = _hard_clause(text, f, v)
    left_lo = max(_prev_fig_end(figs, i), c_lo)
    before = _words_before(text, left_lo, f.start, 5)
    if "by" in before[-3:]:  # "lowered its benchmark interest rate by 25 basis points",
        before = _words_before(text, left_lo, f.start, 10)  # "cut the harvest by about 30%"

    after = _words_after(text, f.end, _next_fig_start(figs, i), 2)
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


def _after_comparison(text: str, a: int, b: int, v: Vocab) -> bool:
    gap = f" {text[a:b].lower()} "
    return any(
        inner in gap or start in gap[-size:] for inner, start, size in _comparison_needles(v)
    )


def _comparison_needles(v: Vocab) -> tuple[tuple[str, str, int], ...]:
    """(" than ", " than", 6) for each comparison word: the strings _after_comparison looks for."""
    key = v.modifiers["comparison"]
    hit = _COMPARISON_NEEDLES.get(key)
    if hit is None:
        hit = _COMPARISON_NEEDLES[key] = tuple((f" {w} ", f" {w}", len(w) + 2) for w in key)
    return hit


_COMPARISON_NEEDLES: dict[tuple[str, ...], tuple[tuple[str, str, int], ...]] = {}


def _parenthetical(text: str, figs: list[_Fig], j: int) -> bool:
    """Is figure j a conversion in brackets right after another: "€420 million ($435 million)"?"""
    if j == 0 or figs[j - 1].sent != figs[j].sent:
        return False
    return _RX_BRACKET_GAP.fullmatch(text[figs[j - 1].end : figs[j].start]) is not None


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
) -> None:
    """Metric patterns around the figure: "{} a share", "{}-seat", "of the {} seats"."""
    for idx, left, right, weak in v.patterns:
        if not low_left.endswith(left):
            continue
        tail = right.strip()
        if low_right.startswith(right) or (bool(tail) and surface.endswith(tail)):
            consider(idx, f.start - len(left), f.end + len(right), weak, base=0)


def _choose_metric(
    text: str,
    figs: list[_Fig],
    i: int,
    v: Vocab,
    skip: MetricSpec | None = None,
    right: bool = True,
) -> MetricSpec | None:
    """The metric of figure i; with ``skip``, the metric it is a period/attribute of."""
    if skip is not None and right:
        left_only = _choose_metric(text, figs, i, v, skip, right=False)
        if left_only is not None:
            return left_only  # "invest ... over the next five years": what came before
    f = figs[i]
    m = f.mention
    h_lo, h_hi = _hard_clause(text, f, v)
    s_lo, s_hi = _soft_clause(text, f, v)
    others = [(figs[j].start, figs[j].end) for j in f.peers if j != i and not figs[j].bracketed]
    best: tuple[float, int, int] | None = None  # score, -len, spec idx

    def consider(idx: int, ks: int, ke: int, weak: bool, base: float | None = None) -> None:
        nonlocal best
        spec = v.metrics[idx]
        if skip is not None:
            if spec.of_other or spec.name == skip.name:
                return
        elif spec.kinds and f.kind_key not in spec.kinds:
            return
        if spec.max_value is not None and f.role == "level" and abs(m.value) > spec.max_value:
            return
        if spec.dimensions and m.kind == "physical" and dimension_of(m.unit) not in spec.dimensions:
            return  # "25,000 acres" is no wind speed, however near "wind" stands
        if spec.only_units and (m.unit or "").lower() not in spec.only_units:
            return  # "cutting power to 92,000 households" is no job cut
        if base is None:
            if ke <= f.start:
                dist = f.start - ke
                if any(ke <= a and b <= f.start for a, b in others):
                    dist += CROSS_FIGURE
            elif ks >= f.end:
                if not right:
                    return
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
        score = dist + (WEAK if weak or spec.weak else 0) - PRIORITY * spec.priority
        cand = (score, -(ke - ks), idx)
        if best is None or cand < best:
            best = cand

    for ks, ke, word in _keyword_hits(v.keyword_rx, text, f.lo, f.hi):
        for idx, weak in v.keyword_map.get(word, []):
            consider(idx, ks, ke, weak)
    low_left = text[max(0, f.start - 40) : f.start].lower()
    low_right = text[f.end : f.end + 40].lower()
    surface = m.surface.lower()
    if low_right.startswith(v.pattern_rights) or surface.endswith(v.pattern_tails):
        _patterns_around(f, v, low_left, low_right, surface, consider)
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
        skip is None
        and m.kind == "count"
        and noun
        and noun not in v.generic_nouns
        and not any(noun in s.units for s in v.metrics)
        and (best[0] >= SOFT_CLAUSE or _container_of(text, f, v, best[2]))
    ):
        return None  # "close two factories": the counted noun says more than a far keyword;
        # "a backlog of 38,000 operations": the noun says what the backlog holds
    return v.metrics[best[2]]


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
    return spec is not None and (not spec.kinds or f.kind_key in spec.kinds)


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


def _targets(text: str, ents: _DocEntities, v: Vocab) -> list[tuple[int, str]]:
    """Entities named as the target of a deal: "to buy X", "takeover of X", "for each X share",
    "X had left for Y" (entities.toml ``[target] after``)."""
    if ents.targets is not None:
        return ents.targets
    out: list[tuple[int, str]] = []
    for row in ents.per_sentence:
        for ent in row:
            before = text[max(0, ent.start - 25) : ent.start].lower().rstrip()
            after = text[ent.end : ent.end + 30].lower().lstrip()
            if after.startswith(v.target_after):
                out.append((ent.start, ent.name))
                ents.movers.add(ent.name)
            elif any(before.endswith(cue) for cue in v.target_cues):
                out.append((ent.start, ent.name))
    ents.targets = out
    return out


def _on_topic(text: str, spec: MetricSpec, ents: _DocEntities, v: Vocab) -> bool:
    """Does the document speak of ``spec.topic`` (aid, relief...) and name no deal target?
    Then "the government's €1.2bn offer" is the aid package, not a takeover price."""
    low = text.lower()
    if not any(_word_rx(w).search(low) for w in spec.topic if w in low):
        return False
    if any(_word_rx(w).search(low) for w in spec.not_topic if w in low):
        return False  # "a 28% premium", "a takeover": a deal after all
    return not _targets(text, ents, v)


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


def _off_clause(parsed: _Parsed | None, f: _Fig) -> Callable[[Entity], bool]:
    """Whether the parse puts a candidate in another clause than the figure: the nearest verb
    above the name governs neither the figure nor any verb above it, and the name is not in the
    figure's own phrase ("X will raise spending
    beyond the $5 billion plan and launched Y": Y is launched, the plan is X's)."""
    if parsed is None:
        return lambda c: False
    doc, lo = parsed
    d = describe(doc, f.start - lo, f.end - lo)
    if d is None or not d.verbs:
        return lambda c: False
    governing = set(d.verbs)
    p_lo, p_hi = d.phrase

    def off(c: Entity) -> bool:
        if c.end <= c.start or (p_lo <= c.start - lo and c.end - lo <= p_hi):
            return False  # inside the figure's own phrase: "the 9% pace recorded by X"
        verb = clause_verb(doc, c.start - lo, c.end - lo)
        return verb is not None and verb not in governing

    return off


_Parsed = tuple["Doc", int]  # a sentence's parse and where the sentence starts in the text


def _parse_contested(text: str, figs: list[_Fig], ents: _DocEntities) -> dict[int, _Parsed]:
    """The parse of each sentence where a figure's subject is contested: it holds two or more
    names that are not speakers, one of them after a figure (the parse only weighs names after
    the figure: :func:`_off_clause`). Other sentences are not parsed (speed)."""
    wanted: dict[int, tuple[int, int]] = {}
    for f in figs:
        if f.sent in wanted:
            continue
        names = [c for c in ents.per_sentence[f.sent] if not c.speaker and c.end > c.start]
        if len({c.name for c in names}) >= 2 and any(c.start >= f.end for c in names):
            wanted[f.sent] = (f.lo, f.hi)
    if not wanted:
        return {}
    docs = parse_sentences([text[lo:hi] for lo, hi in wanted.values()])
    return {k: (doc, lo) for (k, (lo, _)), doc in zip(wanted.items(), docs, strict=True)}


def _described_metrics(text: str, figs: list[_Fig], parsed: dict[int, _Parsed]) -> None:
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
    for f in todo:
        doc, lo = parsed[f.sent]
        d = describe(doc, f.start - lo, f.end - lo)
        if d is not None and d.label:
            f.metric, f.narrowing = d.label, d.attachments


def _subject(
    text: str, figs: list[_Fig], i: int, ents: _DocEntities, spans: list[tuple[int, int]],
    v: Vocab, parsed: _Parsed | None = None,
) -> str | None:  # fmt: skip
    f = figs[i]
    s_lo, s_hi = _soft_clause(text, f, v)
    if f.spec is not None and f.spec.target:
        targets = [(s, n) for s, n in _targets(text, ents, v) if s < f.hi]
        here = [(abs(s - f.start), n) for s, n in targets if s >= f.lo]
        if here:
            return min(here)[1]
        people = [
            (abs(e.start - f.start), e.name)
            for e in ents.per_sentence[f.sent]
            if e.person == "person" and e.start < _hard_clause(text, f, v)[1]
        ]
        if people:  # "Portalegre agreed to sell winger Davi Rocha to Lindholm for €15m"
            return min(people)[1]
        if targets:
            return targets[-1][1]
    h_lo, h_hi = _hard_clause(text, f, v)
    others = [(figs[j].start, figs[j].end) for j in f.peers if j != i]
    best: tuple[float, str] | None = None
    candidates = list(ents.per_sentence[f.sent])
    opening = " ".join(_words_after(text, f.lo, f.hi, 3)) + " "
    if opening.startswith(tuple(a + " " for a in v.anaphors)) and f.sent > 0:
        left_named = [c for c in candidates if c.end <= f.start and not c.speaker]
        prev = [
            c for c in ents.per_sentence[f.sent - 1] if not c.speaker and c.person != "official"
        ]
        if not left_named and prev:
            candidates.append(Entity(f.lo, f.lo, prev[0].name))
    relatives = [
        (f.lo + r.start(), f.lo + r.end()) for r in _RX_RELATIVE.finditer(text[f.lo : f.hi])
    ]
    speakers = [c for c in candidates if c.speaker and c.end <= f.start]
    off_clause = _off_clause(parsed, f)
    pronoun = _pronoun_before(text, f, candidates, v)
    if pronoun is not None:
        person = _antecedent(f, pronoun, ents, v)  # "He scored 31 goals, helping Dunmore ..."
        if person is not None:
            if person.person == "official":
                candidates = [c for c in candidates if c.start < f.start]  # "He said ..."
            else:
                return person.name
    for c in candidates:
        if c.speaker or c.person == "official":
            continue  # "Mayor X unveiled a $2 billion plan": the city's plan, not the mayor's
        if c.start >= f.end and _after_comparison(text, f.end, c.start, v):
            continue  # a base of comparison: "ahead of what the City had pencilled in"
        if c.start <= f.start and f.end <= c.end and c.end - c.start > f.end - f.start:
            return c.name  # the figure is part of the name: "Qwen3-235B"
        if c.end <= f.start:
            dist: float = f.start - c.end
            if any(c.end <= a and b <= f.start for a, b in others):
                dist += CROSS_FIGURE
        else:
            dist = max(c.start - f.end, 0) * RIGHT_FACTOR
            if any(f.end <= a and b <= c.start for a, b in others):
                dist += CROSS_FIGURE
        if any(a <= c.start and c.end <= b and not a <= f.start < b for a, b in relatives):
            dist += HARD_CLAUSE  # ", which makes Moonbar and Crisp Delight,"
        if c.start >= h_hi or (c.start >= f.end and ", and " in text[f.end : c.start]):
            continue  # a later clause speaks of something else ("..., and a shelter opened in X")
        if c.end <= h_lo:
            dist += OUTSIDE_CLAUSE
        elif c.end <= s_lo or c.start >= s_hi:
            dist += SOFT_CLAUSE
        if c.start >= f.end and off_clause(c):
            dist += HARD_CLAUSE  # the parse reads a later name as another verb's ("and launched
            # Y"); an earlier clause's subject often stays the topic ("X scorched ..., and crews
            # had it 15% contained"), so names before the figure are left to distance
        if any(a <= f.start < b and 0 <= a - c.end <= 1 for a, b in relatives):
            dist = 0  # "The company, which raised $600 million, said ...": what "which" means
        if best is None or (dist, c.name) < best:
            best = (dist, c.name)
    if best:
        return best[1]
    if speakers and _RX_ITS.search(text, speakers[-1].end, f.start):
        return speakers[-1].name  # "Marrowby said yesterday that its sales grew 11%"
    if speakers and speakers[-1].described:
        return speakers[-1].name  # "The chain expects pre-tax profit of £410 million"
    return ents.main


_RX_OF_PHRASE = re.compile(r"\s+of\s+((?:[a-z][a-z-]*\s+){0,4}[a-z][a-z-]*)")


def _of_noun(text: str, e: int, hi: int, v: Vocab) -> str | None:
    """The head noun after "of" right behind a physical amount ("14 kilometres of raised
    embankments along ..." -> "embankments"), or None."""
    m = _RX_OF_PHRASE.match(text, e, hi)
    if not m:
        return None
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
    t = tomllib.loads((DATA / "time.toml").read_text(encoding="utf-8"))
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


def _pronoun_before(text: str, f: _Fig, candidates: list[Entity], v: Vocab) -> int | None:
    """Where the last "he"/"she" before the figure in its sentence starts, when no named
    candidate (other than a speaker) stands between it and the figure ("He scored 31 goals",
    "The club said he would earn $90,000 a week"); else None."""
    if not v.personal_pronouns:
        return None
    found = [
        m for m in _RX_WORD.finditer(text, f.lo, f.start) if m[0].lower() in v.personal_pronouns
    ]
    if not found:
        return None
    at = found[-1].start()
    if any(at < c.start < f.start and not c.speaker for c in candidates):
        return None  # "he said Castellan would pay ...": a name nearer the figure
    return at


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


def _antecedent(f: _Fig, at: int, ents: _DocEntities, v: Vocab) -> Entity | None:
    """The person a "he" or "she" at ``at`` points back to: the last name before it (in its
    sentence, then up to three sentences back) that is marked a person or an official, or reads
    like a person's name (two or three words, none of them an organisation word); in the
    pronoun's own sentence a speaker counts too ("Benz said he expects ...")."""
    for k in range(f.sent, max(f.sent - 4, -1), -1):
        here = [e for e in ents.per_sentence[k] if k < f.sent or e.end <= at]
        for ent in reversed(here):
            if ent.name.startswith("{"):
                continue
            if ent.person is not None or (k == f.sent and ent.speaker):
                return ent
            words = ent.name.lower().split()
            if not ent.speaker and 2 <= len(words) <= 3 and not set(words) & v.org_words:
                return ent
    return None


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
            if len(gap) <= 40 and _RX_TO_AT_END.search(gap):
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


def plural(noun: str) -> str:
    """'factory' -> 'factories', 'goal' -> 'goals', 'box' -> 'boxes' (for metric names)."""
    if noun.endswith("s"):
        return noun
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(?:x|ch|sh|z)$", noun):
        return noun + "es"
    return noun + "s"


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


def extract_claims(document: Document, settings: Settings | None = None) -> list[Claim]:
    """Every figure of ``document`` as a Claim in context (see the module docstring)."""
    v = vocab(settings)
    text = document.text
    symbols = settings.currency_symbols if settings is not None else None
    mentions = sorted(
        extract_quantities(text, currency_symbols=symbols or None), key=lambda m: m.span
    )
    if not mentions:
        return []
    spans = sentence_spans(text)
    # a word the document lacks is in none of its sentences (when lower() maps char to char)
    doc_low = text.lower() if caseless_beyond_ascii(text) else None
    cues = _modifier_cues(v, doc_low)
    starts = [lo for lo, _ in spans]
    v = _with_places(
        text, spans, {max(bisect.bisect_right(starts, m.span[0]) - 1, 0) for m in mentions}, v
    )
    ents = _find_entities(text, spans, v, [m.span for m in mentions])
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
    for i, f in enumerate(figs):
        f.role, f.direction = _role(text, figs, i, v)
        if f.role == "change" and f.mention.kind == "multiplier":
            f.kind_key = "percent"  # "doubled" is a +100% change
    for i, f in enumerate(figs):
        spec = _choose_metric(text, figs, i, v)
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
        if _apposed_age(text, f):
            spec = next((s for s in v.metrics if s.name == "age"), spec)  # "Varela, 24, scored"
        if spec is not None and spec.topic_metric and _on_topic(text, spec, ents, v):
            spec = next((s for s in v.metrics if s.name == spec.topic_metric), spec)
        f.spec = spec
        _apply_sign(f)
    _link(text, figs, v.hard_soft)
    for f in figs:
        if f.role == "level" and f.linked and _fits(figs[f.linked[0]].spec, f):
            f.spec = figs[f.linked[0]].spec  # "rose 12% to ¥96.3 billion": one quantity
    for i, f in enumerate(figs):
        from_partner = _from_partner(text, figs, i, v)
        partner = from_partner[0] if from_partner else None
        if partner is not None and _fits(figs[partner].spec, f):
            f.spec = figs[partner].spec  # "to 4.00% from 4.25%": the same quantity, earlier
        spec = f.spec
        if spec is None:
            partners = [figs[j].spec for j in f.linked if _fits(figs[j].spec, f)]
            if partners:
                spec = partners[0]
            elif f.linked and f.kind == "money" and abs(f.value) < 1e5:
                spec = next(s for s in v.metrics if s.name == "share price")
            elif f.linked:
                spec = next((figs[j].spec for j in f.linked if figs[j].spec is None), None) or next(
                    s for s in v.metrics if s.name == "share price"
                )
            f.spec = spec
        if spec is None:
            echo = _same_value_before(figs, i)
            if echo is not None:  # "A 3.3% reading ..." after "inflation ... 3.3%"
                f.metric, f.spec = echo.metric, echo.spec
            elif f.kind == "count" and f.unit:
                f.metric = plural(f.unit)
            elif f.kind == "physical":
                f.metric = _of_noun(text, f.end, f.hi, v)  # "14 kilometres of embankments"
            continue
        if spec.rate and f.role == "change" and f.unit == "percent":
            f.unit = "percentage_point"  # "unemployment rose 0.3%" means 0.3 points
        name = spec.change if f.role == "change" else spec.name
        partner_mod = None if partner is None else figs[partner].mod or ""
        timed = bool(from_partner and from_partner[1])
        near = _cues_near(text, figs, i, v, cues)
        mod = _pick_modifier(near, spec, f.role, partner_mod, timed, f.kind_key)
        if mod is None and partner is None:
            mod = _continued_modifier(text, figs, i, v)
        if spec.of_other:
            other = _choose_metric(text, figs, i, v, skip=spec)
            if other is not None:
                name = f"{other.name} {spec.name}"
        if spec.rounds and mod is None:
            mod = _earlier_round(text, f)
        f.mod = mod
        f.metric = f"{name} ({mod})" if mod else name
    base_scope: dict[int, str | None] = {}
    parsed = _parse_contested(text, figs, ents)
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
    _described_metrics(text, figs, parsed)
    for i, f in enumerate(figs):
        if f.bracketed:
            g = figs[i - 1]  # a conversion states the same quantity
            f.subject, f.scope = g.subject, g.scope if f.kind == g.kind else f.scope
            if g.metric is not None:
                f.metric, f.spec, f.role = g.metric, g.spec, g.role
    for f in figs:
        if f.role == "level" and f.linked and figs[f.linked[0]].role == "change":
            f.subject = figs[f.linked[0]].subject  # "rose 12% to ¥96.3 billion"
    _echo_title(figs)
    claims: list[Claim] = []
    event_dates: dict[str, str] | None = None  # computed on first need
    ids = [f"{document.id}#{f.start}-{f.end}" for f in figs]
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
                metric=f.metric,
                when=when,
                role=f.role,  # type: ignore[arg-type]
                direction=f.direction,  # type: ignore[arg-type]
                scope=f.scope,
                session=_session(text, f, v),  # type: ignore[arg-type]
                sentence=sentence,
                linked=[ids[j] for j in f.linked],
                narrowing=list(f.narrowing),
                mention=m,
            )
        )
    return claims
