"""The vocabularies (``reconcile/data/*.toml``) as one :class:`Vocab`, and the sentence and
clause helpers every reading of a figure's context shares (sentences, clauses between
separators, words before and after a position)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice

from reconcile.config import Settings
from reconcile.time.read import (
    alternation,
)
from reconcile.time.read import vocabulary as time_vocabulary
from reconcile.vocabulary import load

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
    return load(name.removesuffix(".toml"))


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
    min_amount: float | None = None
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
    verbs: tuple[str, ...] = ()  # lemmas of verbs whose object the figure is ("won 52.4%")
    # words of a deal: the keywords name this metric only in a document that holds one of them
    # or names a deal's target ("will pay $184 more" is no takeover price, "a booking fee" no
    # transfer fee: reconcile.claims.context._no_deal); empty: any document
    deal_words: tuple[str, ...] = ()
    no_deal: str | None = None  # the metric the keywords name in a story of no deal


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
                min_amount=row.get("min_amount"),
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
                verbs=tuple(row.get("verbs", [])),
                deal_words=tuple(w.lower() for w in row.get("deal_words", [])),
                no_deal=row.get("no_deal"),
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


# "12% of the 4,000", "11% of the country's 690,000 km2 zone", "a third of Kestria's 2.1
# million": the whole a share is of, after "of" and a word that may own it
_RX_OF_TOTAL = re.compile(r"\s*of\s+(?:the\s+)?(?:[\w-]+(?:'s|’s)?\s+)?")


_RX_BRACKET_GAP = re.compile(
    r"\s*\(\s*(?:~|about|around|or|nearly|almost|roughly|approximately|approx\.|some|just)?\s*\+?"
)  # "+": a signed change after an amount, "£1.8bn (+7%)"


_RX_RELATIVE = re.compile(r",\s+(?:which|who|whose|that)\b[^,;]*,")


_RX_TO_AT_END = re.compile(r"\b(?:to|at)\s*$")


_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|Inc|Corp|Co|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
    r"Oct|Nov|Dec|U\.S|U\.K|vs|approx|est|Gov|Sen|Rep|Gen|Lt|Col|Sgt|Capt|Prof|Supt|Insp|Det|Adm|"
    r"Rev)\.)$"  # titles before a name: "Gov. Petra Lind said"
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


def _words_before(text: str, lo: int, s: int, n: int) -> list[str]:
    return _RX_WORD.findall(text[lo:s].lower())[-n:]


def _words_after(text: str, e: int, hi: int, n: int) -> list[str]:
    return [m.group() for m in islice(_RX_WORD.finditer(text[e:hi].lower()), n)]


@cache
def dimension_names() -> dict[str, str]:
    """metrics.toml [dimension_names]: the name of what a physical figure of one dimension
    measures when neither the vocabulary nor the parse names it."""
    return dict(load("metrics").get("dimension_names", {}))
