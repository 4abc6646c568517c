"""Weighed evidence that two claims describe one quantity (used by :mod:`reconcile.claims.group`
to merge groups whose keys differ).

Each pair of claims gets a few features (:func:`features`) that say WHAT each figure measures,
never whether the figures agree: how alike the metrics are, whether their last words (the
measured thing) agree, how alike the subjects are and whether one is missing, whether the
parse's narrowing phrases contradict, whether both stand in one document, whether both are
dated and the dates differ, whether one subject's words hold the other's (a company and its
segment); from the run's other claims (:class:`Context`), whether some document gives figures
of the same thing to both subjects (a source that tells the two apart: the Yes side and the No
side, a retailer and the bank of the same name) and whether each subject is also a subject in
the other's document; from the two sentences, how many content words the figures' nearest words
share ("412 passengers were aboard the ferry" / "the ferry carried 421 passengers") and how
many the whole sentences share, whether the figures are attributed to different bodies
("according to the national institute" / "the survey agency said") and whether they name
different stages of a count ("preliminary" / "final"). The values enter only as a weak
closeness prior: whether they lie within :data:`NEAR` of each other and how far apart they are
(a logarithm, capped). Equality is not a feature: the labelled pairs of one quantity are mostly
equal restatements, so a feature for it would learn that only equal figures are one quantity,
and those are exactly the pairs that cannot conflict.

A logistic regression turns the features into a probability (:func:`probability`). Its weights
and the merge threshold are data, ``reconcile/data/grouping_weights.json``, written by
``benchmarks/fit_grouping.py`` from labelled pairs of the development sets' gold files (pairs of
differing values only).
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from reconcile.claims.models import Claim

FEATURES = (
    "metric_same",
    "metric_similarity",
    "thing_same",
    "subject_same",
    "subject_similarity",
    "subject_missing",
    "narrowing_conflict",
    "same_document",
    "dates_differ",
    "subject_nested",
    "subject_contrast",
    "subject_shared",
    "context_overlap",
    "sentence_overlap",
    "bodies_differ",
    "stages_differ",
    "sizes_differ",
    "values_near",
    "values_apart",
)
NEAR = 0.1  # two values whose natural log ratio is below this (about 10%) are "near"
APART_CAP = 3.0  # the log ratio is capped here (values 20 times apart are simply far apart)
SPELLING = 0.8  # names this alike (rapidfuzz, 0-1) may be one name spelt two ways
WINDOW = 6  # words either side of a figure read for its context
WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "grouping_weights.json"


@lru_cache(maxsize=65536)
def _similarity(a: str, b: str) -> float:
    return fuzz.token_set_ratio(a.lower(), b.lower()) / 100.0


@lru_cache(maxsize=65536)
def measured_thing(metric: str) -> str:
    """The measured thing: the metric's last word before any bracket ("cloud revenue" ->
    "revenue", "share price (estimate)" -> "price")."""
    words = metric.split(" (", 1)[0].split()
    return words[-1].lower() if words else ""


FigureKey = tuple[str, str, str, str]  # measured thing, role, kind, unit


def figure_key(c: Claim) -> FigureKey:
    """The measured thing, role and unit of a claim (what :meth:`Context.apart` compares)."""
    return _figure_key(c)


def _figure_key(c: Claim) -> FigureKey:
    return (measured_thing(c.metric or ""), c.role, c.kind, c.unit)


@lru_cache(maxsize=65536)
def _name(subject: str | None) -> str:
    return " ".join((subject or "").lower().split())


@dataclass(frozen=True)
class Context:
    """What the run's other claims say about two subjects: for each measured thing (with role
    and unit) and subject, the values each document gives it; each document's subjects and
    each subject's documents."""

    values: dict[tuple[FigureKey, str], dict[str, set[float]]] = field(default_factory=dict)
    subjects: dict[str, set[str]] = field(default_factory=dict)
    documents: dict[str, set[str]] = field(default_factory=dict)
    # each measured thing (with role and unit), whatever the subject: the values each
    # document gives it
    things: Things = field(default_factory=dict)
    memo: dict[tuple, bool] = field(default_factory=dict, compare=False, repr=False)

    def contrasted(self, a: Claim, b: Claim) -> bool:
        """Some document gives figures of this thing to both subjects, and no figure to both:
        that source tells the two subjects apart (one figure under two names is one thing
        named twice)."""
        return self.apart(_figure_key(a), a.subject, b.subject)

    def apart(self, key: FigureKey, a: str | None, b: str | None) -> bool:
        """Some document gives figures of ``key`` (measured thing, role, unit) to both
        subjects, none of them to both."""
        sa, sb = _name(a), _name(b)
        if not sa or not sb or sa == sb:
            return False
        memo = (key, *sorted((sa, sb)))
        hit = self.memo.get(memo)
        if hit is None:
            hit = self.memo[memo] = self._apart(key, sa, sb)
        return hit

    def _apart(self, key: FigureKey, sa: str, sb: str) -> bool:
        return told_apart(self.values.get((key, sa), {}), self.values.get((key, sb), {}))

    def named_apart(self, a: Claim, b: Claim) -> bool:
        """Some document gives figures of both claims' metrics (under any subject) and no
        figure to both: that source counts two things ("212 passengers" and, in a
        sentence of its own, "19 deckhands")."""
        return things_apart(a, b, self.things)

    def shared(self, a: Claim, b: Claim) -> bool:
        """Each subject is also a subject of some figure in the other's document."""
        sa, sb = _name(a.subject), _name(b.subject)
        if not sa or not sb or sa == sb:
            return False
        return b.document in self.documents.get(sa, set()) and a.document in self.documents.get(
            sb, set()
        )


def context(claims: Iterable[Claim]) -> Context:
    """The :class:`Context` of a run's claims."""
    values: dict[tuple[FigureKey, str], dict[str, set[float]]] = defaultdict(
        lambda: defaultdict(set)
    )
    subjects: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, set[str]] = defaultdict(set)
    claims = list(claims)
    for c in claims:
        name = _name(c.subject)
        if not name:
            continue
        subjects[c.document].add(name)
        documents[name].add(c.document)
        if c.metric:
            values[(_figure_key(c), name)][c.document].add(c.value)
    return Context(
        {k: dict(v) for k, v in values.items()},
        dict(subjects),
        dict(documents),
        thing_values(claims),
    )


Things = dict[FigureKey, dict[str, set[float]]]  # each metric: document -> values


def _metric_key(c: Claim) -> FigureKey:
    """The claim's whole metric (a generic count's act kept: "persons (rescue)"), role, kind
    and unit."""
    return (c.metric or "", c.role, c.kind, c.unit)


def thing_values(claims: Iterable[Claim]) -> Things:
    """Each metric (with role and unit) the claims give, whatever the subject: the values
    each document gives it."""
    things: dict[FigureKey, dict[str, set[float]]] = defaultdict(lambda: defaultdict(set))
    for c in claims:
        if c.metric:
            things[_metric_key(c)][c.document].add(c.value)
    return {k: dict(v) for k, v in things.items()}


def things_apart(a: Claim, b: Claim, things: Things) -> bool:
    """Some document gives figures of both claims' metrics and no figure to both (see
    :meth:`Context.named_apart`)."""
    ka, kb = _metric_key(a), _metric_key(b)
    return ka != kb and told_apart(things.get(ka, {}), things.get(kb, {}))


def told_apart(da: dict[str, set[float]], db: dict[str, set[float]]) -> bool:
    """Some document gives values to both sides (document -> values) and none to both; a
    document that gives both the same figure names one thing twice."""
    if len(db) < len(da):
        da, db = db, da
    return any(doc in db and not da[doc] & db[doc] for doc in da)


@lru_cache(maxsize=65536)
def _frame(sentence: str, figure: str) -> str | None:
    """The act the figure's counted noun takes part in, and its slot
    (:func:`reconcile.claims.parse.count_frame`); None when the sentence does not hold the
    figure."""
    at = sentence.find(figure)
    if at < 0:
        return None
    from reconcile.claims.parse import count_frame, parse_sentences

    return count_frame(parse_sentences([sentence])[0], at, at + len(figure))


def act_frame(c: Claim) -> str | None:
    """The act a count's noun takes part in, with its slot ("cross:doer"); None for a figure
    that is no count or whose noun the parse ties to no such act."""
    return _frame(c.sentence, c.text) if c.kind == "count" else None


def figure_frame(c: Claim) -> str | None:
    """The act a count or a bare number takes part in, with its slot, as :func:`act_frame`
    reads it ("left 48,000 without power": leave:done)."""
    return _frame(c.sentence, c.text) if c.kind in ("count", "number") else None


def one_act(a: Claim, b: Claim) -> bool:
    """Two counts whose metrics differ but whose counted nouns take the same part in the same
    act ("1,940 marchers crossed the bridge" / "over 2,000 people crossed the bridge";
    "flagged 3,100 refunds" is not "approved 3,300 claims": two acts): one thing named by two
    words, as far as the parse can tell.
    Whether some source tells the two apart is the context's to say
    (:meth:`Context.named_apart`)."""
    if a.kind != "count" or b.kind != "count" or not a.metric or not b.metric:
        return False
    if a.metric == b.metric:
        return False
    fa = _frame(a.sentence, a.text)
    return fa is not None and fa == _frame(b.sentence, b.text)


@lru_cache(maxsize=65536)
def _whole(sentence: str, figure: str) -> frozenset[str]:
    """What the share is taken of (:func:`reconcile.claims.parse.share_whole`), folded as
    :func:`_fold` folds a word; empty when the sentence does not hold the figure."""
    at = sentence.find(figure)
    if at < 0:
        return frozenset()
    from reconcile.claims.parse import parse_sentences, share_whole

    words = share_whole(parse_sentences([sentence])[0], at, at + len(figure))
    return frozenset(_fold(w) for w in words)


def _fold(word: str) -> str:
    """A word without a plural "s" ("reserves": reserve)."""
    w = word.lower()
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def named_alike(a: Claim, b: Claim) -> bool:
    """Two shares under two metrics, one of which names the whole the other is a share of in its
    own sentence ("the loss is 17% of reserves", named by the loss, against a share of the
    reserves elsewhere; "at 29% of the total" against a share named "total"): one thing named
    two ways, as far as the two sentences tell. Whether some source tells the two metrics apart
    is the context's to say (:func:`things_apart`)."""
    if a.role != "share" or b.role != "share":
        return False
    ma, mb = a.metric or "", b.metric or ""
    if not ma or not mb or ma == mb:
        return False
    wa, wb = _fold(measured_thing(ma)), _fold(measured_thing(mb))
    if not wa or not wb or wa == wb:
        return False
    return wb in _whole(a.sentence, a.text) or wa in _whole(b.sentence, b.text)


def features(
    a: Claim, b: Claim, ctx: Context | None = None, one_thing: bool | None = None
) -> tuple[float, ...]:
    """The evidence for one pair, in the order of :data:`FEATURES` (without ``ctx``, the
    features read from other claims are 0). Two counts of one act (:func:`one_act`) that no
    source tells apart read as one metric; ``one_thing`` says so of the pair's two metrics
    whatever the pair itself shows (a group's names, read from other pairs of its claims)."""
    ma, mb = a.metric or "", b.metric or ""
    if one_thing is None:
        act = one_act(a, b) and not (ctx is not None and ctx.named_apart(a, b))
    else:
        act = one_thing and bool(ma) and bool(mb)
    sa, sb = a.subject, b.subject
    both_subjects = sa is not None and sb is not None
    narrow = bool(a.narrowing and b.narrowing and sorted(a.narrowing) != sorted(b.narrowing))
    apart = _apart(a.value, b.value)
    ba, bb = bodies(a.sentence), bodies(b.sentence)
    ga, gb = stages(a.sentence), stages(b.sentence)
    za, zb = sized(a.sentence, a.text), sized(b.sentence, b.text)
    return (
        float(ma == mb or act),
        _similarity(ma, mb) if ma and mb else 0.0,
        float(bool(ma) and (act or measured_thing(ma) == measured_thing(mb))),
        float(both_subjects and sa == sb),
        _similarity(sa, sb) if both_subjects else 0.0,  # type: ignore[arg-type]
        float(not both_subjects),
        float(narrow),
        float(a.document == b.document),
        float(a.when is not None and b.when is not None and a.when != b.when),
        float(both_subjects and sa != sb and _nested(sa, sb)),  # type: ignore[arg-type]
        float(ctx is not None and ctx.contrasted(a, b)),
        float(ctx is not None and ctx.shared(a, b)),
        _overlap(_window(a.sentence, a.text), _window(b.sentence, b.text)),
        _overlap(_words(a.sentence), _words(b.sentence)),
        float(bool(ba and bb and not one_body(ba, bb))),
        float(bool(ga and gb and ga != gb)),
        float(bool(za and zb and not za & zb)),
        float(apart < NEAR),
        apart,
    )


def _vocabulary() -> dict[str, dict[str, list[str]]]:
    from reconcile.vocabulary import load

    return load("evidence")


@cache
def _stop() -> frozenset[str]:
    """Words that say nothing about what a figure measures."""
    return frozenset(_vocabulary()["context"]["stop"])


_RX_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def _stem(word: str) -> str | None:
    """A content word folded to a crude stem ("Passengers" -> "passenger"); None for a stop
    word or a word of two letters."""
    w = word.lower().removesuffix("'s").removesuffix("’s")
    if w in _stop() or len(w) < 3:
        return None
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


def _stems(words: Iterable[str]) -> frozenset[str]:
    return frozenset(s for w in words if (s := _stem(w)) is not None)


@lru_cache(maxsize=65536)
def _words(sentence: str) -> frozenset[str]:
    """The sentence's content words."""
    return _stems(_RX_WORD.findall(sentence))


@lru_cache(maxsize=65536)
def _window(sentence: str, figure: str) -> frozenset[str]:
    """The content words among the :data:`WINDOW` words either side of the figure (the whole
    sentence when the figure is not found in it)."""
    at = sentence.find(figure)
    if at < 0:
        return _words(sentence)
    left = _RX_WORD.findall(sentence[:at])[-WINDOW:]
    right = _RX_WORD.findall(sentence[at + len(figure) :])[:WINDOW]
    return _stems([*left, *right])


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Jaccard overlap of two word sets (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


_NAME = r"[A-Z][\w&.’'-]*(?: (?:of |for |the |de )?[A-Z][\w&.’'-]*)*"
_RX_LEAD = re.compile(r"^(?:the|an?|its|their|his|her)\s+")
_RX_CLAUSE = re.compile(r"\s(?:which|that|who|when|while|as|and|but|with|in|on|at)\s.*$")


@cache
def _rx_body() -> re.Pattern[str]:
    v = _vocabulary()["attribution"]
    verbs, by = "|".join(map(re.escape, v["verbs"])), "|".join(map(re.escape, v["by"]))
    return re.compile(
        r"\b(?i:according to) ([^,.;:()\n]{2,60})"
        rf"|\b(?:{by}) by (?:the )?({_NAME})"
        rf"|\b({_NAME}),? (?:{verbs})\b"
    )


@lru_cache(maxsize=65536)
def bodies(sentence: str) -> frozenset[str]:
    """The bodies a sentence attributes its figures to ("according to the regional seismic
    centre", "the Harbour Authority said", "analysts polled by Trendline"), lower-cased, without
    a leading article and the clause that may follow the name."""
    found = set()
    nobody = _vocabulary()["attribution"]["not_bodies"]
    for m in _rx_body().finditer(sentence):
        name = next(g for g in m.groups() if g is not None).lower().strip()
        name = _RX_LEAD.sub("", _RX_CLAUSE.sub("", name)).replace("’", "'").strip()
        if name and name not in nobody:
            found.add(name)
    return frozenset(found)


def same_body(a: str, b: str) -> bool:
    """Two of :func:`bodies`' names are one body: the same words, or the shorter's words the
    last words of the longer ("harbour board" / "northern harbour board", "fire service" /
    "the county's fire service"): a noun phrase ends in its head, and a source may leave out
    the place or the adjective another writes before it."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[-len(short) :] == short


def one_body(a: Iterable[str], b: Iterable[str]) -> bool:
    """Some body of ``a`` is one of ``b``'s (:func:`same_body`)."""
    return any(same_body(x, y) for x in a for y in b)


@cache
def _rx_sized() -> re.Pattern[str]:
    units = "|".join(map(re.escape, _vocabulary()["sized"]["units"]))
    numbers = "|".join(_WORD_NUMBERS)
    return re.compile(rf"\b(\d+(?:\.\d+)?|{numbers})-({units})s?\b", re.I)


_WORD_NUMBERS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()  # noqa: SIM905
    )
} | {"fifteen": "15", "twenty": "20", "thirty": "30", "fifty": "50", "hundred": "100"}


@lru_cache(maxsize=65536)
def sized(sentence: str, figure: str) -> frozenset[str]:
    """Sized modifiers near the figure but not in it ("the 10-year bond", "a two-year
    yield", "the 15-mg arm"), as "10 year", "2 year", "15 mg": two figures whose nearest
    sized modifiers differ measure different things."""
    at = sentence.find(figure)
    if at < 0:
        return frozenset()
    lo, hi = max(0, at - 60), min(len(sentence), at + len(figure) + 60)
    out = set()
    for m in _rx_sized().finditer(sentence, lo, hi):
        if m.start() < at + len(figure) and m.end() > at:
            continue  # the figure itself ("a five-year deal")
        n = m.group(1).lower()
        out.add(f"{_WORD_NUMBERS.get(n, n)} {m.group(2).lower().removesuffix('s')}")
    return frozenset(out)


@lru_cache(maxsize=65536)
def stages(sentence: str) -> frozenset[str]:
    """The words naming a stage of a count or estimate in a sentence ("preliminary",
    "final")."""
    words = frozenset(_vocabulary()["stages"]["words"])
    return frozenset(
        m.group(2)
        for m in _RX_STAGE_WORD.finditer(sentence.lower())
        if m.group(2) in words and not (m.group(1) and _RX_NOUN_AFTER.match(m.group(3)))
    )


# a word with what stands before and after it; a word joined to another by a hyphen is part of
# a compound ("a semi-final", "early-morning") and is not matched whole
_RX_STAGE_WORD = re.compile(
    r"(?<![a-z-])(\b(?:the|a|an|this|that|its|their)\s+)?([a-z]+)(?![a-z-])(?=((?:\s*\S+)?))"
)
# after a word an article opens, what makes the word a noun: the event ("watched the final.",
# "in the final of the cup"), not the stage of a count ("the final count")
_RX_NOUN_AFTER = re.compile(r"\s*(?:[.,;:!?)]|(?:of|in|at|on|against|between|with)\b)")


def siblings(a: str, b: str) -> bool:
    """Two names of several words that end alike and differ before, unlike in spelling too
    ("Harrow Rail" / "Brannock Rail", "Velden Province" / "Ardmoor Province"): two entities of
    one kind. A segment's name ("X Police", "X Cloud") is left out: its first words are often
    a misread parent."""
    from reconcile.claims.group import segment_words

    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) < 2 or len(wb) < 2 or wa[-1] != wb[-1] or wa[-1] in segment_words():
        return False
    heads = " ".join(wa[:-1]), " ".join(wb[:-1])
    return not (set(wa[:-1]) & set(wb[:-1])) and _similarity(*heads) < SPELLING


def _nested(a: str, b: str) -> bool:
    """One name's words inside the other's: a company and its segment ("Corvane" / "Corvane
    Cloud"), a short and a full name."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def near(x: float, y: float) -> bool:
    """Two values within :data:`NEAR` of each other (a natural log ratio)."""
    return _apart(x, y) < NEAR


def _apart(x: float, y: float) -> float:
    """How far apart two values are: the natural logarithm of their ratio, capped at
    :data:`APART_CAP` (values of opposite signs, or a zero against a non-zero, are as far apart
    as can be)."""
    if x == y:
        return 0.0
    return min(log_ratio(x, y), APART_CAP)


def log_ratio(x: float, y: float) -> float:
    """The natural logarithm of the ratio of two values of one sign, as a distance (infinite
    for values of opposite signs or a zero)."""
    if x * y <= 0:
        return math.inf
    return abs(math.log(abs(x) / abs(y)))


@cache
def model() -> tuple[tuple[float, ...], float, float]:
    """(weights, bias, threshold) from the data file."""
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    weights = tuple(float(data["weights"][name]) for name in FEATURES)
    return weights, float(data["bias"]), float(data["threshold"])


def score(x: tuple[float, ...], weights: tuple[float, ...], bias: float) -> float:
    """The logistic probability for features ``x``."""
    z = bias + sum(map(operator.mul, weights, x))
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


_EXACT = (  # features the ceiling reads exactly: comparisons of fields, no text read
    "metric_same",
    "thing_same",
    "subject_same",
    "subject_missing",
    "same_document",
    "dates_differ",
    "values_near",
    "values_apart",
)


def ceiling(a: Claim, b: Claim, one_thing: bool = False) -> float:
    """An upper bound of :func:`probability` read from the claims' fields alone (metric,
    measured thing, subject, document, date, values; every feature read from names or
    sentences taken at its most favourable; two counts of one act, :func:`one_act`, read as
    one metric): pairs whose ceiling is below the threshold need not be weighed (speed; the
    merge is the same)."""
    rest, w = _ceiling_parts()
    ma, mb = a.metric or "", b.metric or ""
    both = a.subject is not None and b.subject is not None
    apart = _apart(a.value, b.value)
    act = bool(ma and mb) and (one_thing or (a.kind == "count" == b.kind and one_act(a, b)))
    exact = (
        ma == mb or act,
        bool(ma) and (act or measured_thing(ma) == measured_thing(mb)),
        both and a.subject == b.subject,
        not both,
        a.document == b.document,
        a.when is not None and b.when is not None and a.when != b.when,
        apart < NEAR,
    )
    z = rest + sum(wi for wi, on in zip(w, exact, strict=False) if on) + w[-1] * apart
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


@cache
def _ceiling_parts() -> tuple[float, tuple[float, ...]]:
    """(the bias with every feature not read exactly at its most favourable, the weights of
    the exact features in the order of :data:`_EXACT`)."""
    weights, bias, _ = model()
    named = dict(zip(FEATURES, weights, strict=True))
    exact = tuple(named.pop(name) for name in _EXACT)
    return bias + sum(max(w, 0.0) for w in named.values()), exact


def probability(
    a: Claim, b: Claim, ctx: Context | None = None, one_thing: bool | None = None
) -> float:
    """How likely the two claims describe one quantity, by the fitted weights (``one_thing``:
    see :func:`features`)."""
    weights, bias, _ = model()
    return score(features(a, b, ctx, one_thing), weights, bias)


def one_thing(xs: list[Claim], ys: list[Claim], things: Things) -> bool:
    """Two groups' metrics name one thing: some pair of their claims are counts of one act
    (:func:`one_act`) or shares one of which is taken of what the other's metric names
    (:func:`named_alike`), and no source gives figures of both pairs' measured things without
    giving one figure to both (:func:`things_apart`: "212 passengers" and "19 deckhands" in
    one article are two counts, whatever another article calls its figure)."""
    if not any(one_act(x, y) or named_alike(x, y) for x in xs for y in ys):
        return False
    return not any(things_apart(x, y, things) for x in xs for y in ys)
