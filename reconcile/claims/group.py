"""Stage 3: claims -> groups of claims about the same quantity, across documents and within one.

A group key is (subject, metric, role, unit dimension, scope). Time is *not* part of the key: the
comparer judges whether two figures refer to the same day or period.

- **Dimension**: money is split by currency (``money:USD``; amounts in two currencies are
  compared through exchange rates by the comparer, via linked claims, never by grouping);
  ``percent``; ``points`` (percentage points and basis points); ``count`` (counts and bare
  numbers: the metric already names what is counted); ``times`` (multipliers); physical
  quantities by their pint dimensionality (``[length]``).
- **Fuzzy names**: distinct metric strings, then distinct subject strings within each block of
  (metric, role, dimension, scope), are clustered with a union-find over rapidfuzz matches
  (``token_sort_ratio`` >= :data:`FUZZY_NAME`, same digits, same kinds of
  statistic: "median" and "mean" are two) and over short/long forms
  ("Corvane" / "Corvane Systems", unless the extra word names a business segment such as
  "Cloud"; "Estrava" / "Bank of Estrava" for the heads listed in entities.toml
  ``of_forms``); a metric's head noun in the singular and in the plural is one name
  (:func:`number_forms`). Only distinct names are compared, and only inside a block sharing
  the name's first two letters, so the cost stays near-linear in the number of claims.
- A natural place's bare name and its one form with a generic head ("River Quenby" / "Quenby",
  "Wistow Valley" / "Wistow") are one subject across every quantity of the run (``_place_forms``),
  unless one sentence gives both figures of one kind.
- "Pellmoor" and "Pellmoor Bank" (a last word listed in entities.toml ``full_name_words``) are
  one when no document gives figures to both in the block.
- A segment of a short and a long company name is one segment ("X Cloud" / "X Motors Cloud").
- **Unstated listing**: a claim of a scoped metric (share price...) with no listing joins the
  listing its own document uses for that quantity when there is exactly one, else the listing
  most documents use when one leads strictly; otherwise it stays apart.
- A claim's metric is a vocabulary metric or, when none names the figure, what the parse says
  it measures (:mod:`reconcile.claims.parse`); its **narrowing phrases** ("among young voters")
  split a quantity when two sides give different ones, and a claim without them joins the one
  variant of its key. Claims **without a metric are skipped** (the parse found no measured
  thing either); claims without a subject are grouped under subject ``None``. Singletons are
  emitted.
- Group ids are ``g1``, ``g2``... in order of (label, key), so they do not depend on claim order.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Protocol, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from reconcile.claims.bearer import ANAPHOR
from reconcile.claims.evidence import measured_thing, one_body
from reconcile.claims.models import Claim, Group
from reconcile.claims.parse import PERIOD_ITEM
from reconcile.claims.placed import Places, name_rx, people_word
from reconcile.claims.sized import stated_by_size
from reconcile.config import Settings
from reconcile.time.values import MONTH_NAMES, WEEKDAY_NAMES
from reconcile.units import spellings
from reconcile.vocabulary import load

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from reconcile.claims.evidence import Context, FigureKey, Things

FUZZY_NAME = 90  # token_sort_ratio (0-100) at which two subject or metric names are one


def _entities() -> dict:
    return load("entities")


@cache
def segment_words() -> frozenset[str]:
    """Words that make "X <word>" a different subject from "X" ("Alibaba Cloud")."""
    e = _entities()
    words = [*e["segments"]["units"], *e["names"]["distinguishing"]]
    return frozenset(w.lower() for phrase in words for w in phrase.split())


@cache
def of_forms() -> frozenset[str]:
    """Heads of "<head> of X" names that stand for X ("Bank of Estrava", "City of Brennock")."""
    return frozenset(w.lower() for w in _entities()["names"].get("of_forms", []))


def scope_label(code: str) -> str:
    """'HKEX' -> 'Hong Kong' (entities.toml [scopes]); unknown codes as written."""
    return str(_entities()["scopes"].get(code, {}).get("label", code))


@cache
def _registry():  # type: ignore[no-untyped-def]
    import pint

    return pint.UnitRegistry()


@cache
def physical_dimension(unit: str) -> str:
    """pint's dimensionality of ``unit`` as text ('[length] ** 2' for acres); 'unit:<u>' when
    pint does not know it. Names of two words are pint's with an underscore ("metric ton",
    "degree Celsius", "nautical mile")."""
    for name in spellings(unit):
        try:
            return str(_registry().parse_units(name).dimensionality)
        except Exception:
            continue
    return f"unit:{unit}"


def dimension(claim: Claim) -> str:
    """The unit dimension class a claim is compared in."""
    if claim.kind == "money":
        return f"money:{claim.unit}"
    if claim.unit in ("percentage_point", "basis_point"):
        return "points"
    if claim.kind == "percent" or claim.unit == "percent":
        return "percent"
    if claim.kind in ("count", "number"):
        return "count"
    if claim.kind == "multiplier":
        return "times"
    if claim.kind == "physical":
        return physical_dimension(claim.unit)
    return claim.kind


class _UnionFind:
    def __init__(self, items: Iterable[str]) -> None:
        self.parent = {x: x for x in items}

    def find(self, x: str) -> str:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


# the numbers in a name, in digits or in Roman numerals ("Apollo 11", "Lumen IX"): two names
# that differ in them are two things, however alike they are spelt
_DIGITS = re.compile(r"\d+|\b[IVX]{1,4}\b")


def _digits(name: str) -> tuple[str, ...]:
    return tuple(_DIGITS.findall(name))


@cache
def _kind_words() -> dict[str, int]:
    """Each word of evidence.toml [kinds] with its row (one kind of statistic)."""
    return {w: n for n, row in enumerate(load("evidence")["kinds"]["rows"]) for w in row}


def _kinds(name: str) -> frozenset[int]:
    """The kinds a name states ("median hourly gap": median's), compared as digits are."""
    words = _kind_words()
    return frozenset(words[w] for w in name.lower().split() if w in words)


def _short_form(short: str, long: str, extra: frozenset[str] = frozenset()) -> bool:
    """'Corvane' is a short form of 'Corvane Systems'; 'Alibaba' is not of 'Alibaba Cloud'; one
    segment of the two forms is one segment ('Halden Cloud' / 'Halden Motors Cloud').
    ``extra``: more segment words (the ones the claims' sentences use before "division"...)."""
    words = segment_words() | extra
    st, lt = short.lower().split(), long.lower().split()
    if len(st) > 1 and len(lt) > len(st) and st[-1] == lt[-1] and st[-1] in words:
        return _short_form(" ".join(st[:-1]), " ".join(lt[:-1]))  # "X Cloud" / "X Motors Cloud"
    if len(st) == 1 and len(lt) == 2 and lt[1] == st[0]:
        return lt[0] not in words  # "Varela" / "Mateo Varela"
    if not st or len(st) >= len(lt) or lt[: len(st)] != st:
        return False
    if lt[-1] in public_bodies():
        return False  # "Marrowfield" / "Marrowfield Unified School District"
    return not (set(lt[len(st) :]) & words)


_RX_SEGMENT_PHRASE = re.compile(
    r"\b([a-z][a-z-]{3,})\s+(?:unit|division|arm|segment|business)\b", re.I
)


def _segment_words_in(claims: Iterable[Claim]) -> frozenset[str]:
    """Words the claims' sentences put before "unit", "division", "arm", "business"
    ("the handset maker's wearables division"): names ending in them are segments."""
    found: set[str] = set()
    for sentence in {c.sentence for c in claims if c.sentence}:
        found.update(_segment_words_of(sentence))
    return frozenset(found)


@lru_cache(maxsize=65536)
def _segment_words_of(sentence: str) -> frozenset[str]:
    if not any(n in sentence for n in ("unit", "division", "arm", "segment", "business")):
        return frozenset()
    return frozenset(m.group(1).lower() for m in _RX_SEGMENT_PHRASE.finditer(sentence))


@cache
def public_bodies() -> frozenset[str]:
    """Last words of a body named after a place ("X School District"): never X's long form."""
    return frozenset(w.lower() for w in _entities()["names"].get("public_bodies", []))


@cache
def full_name_words() -> frozenset[str]:
    """Last words that may end a company's full name ("Pellmoor Bank" / "Pellmoor")."""
    return frozenset(w.lower() for w in _entities()["names"].get("full_name_words", []))


def _full_name_pairs(names: Iterable[str], claims: list[Claim]) -> list[tuple[str, str]]:
    """("Pellmoor", "Pellmoor Bank") when no document gives figures to both names: one source
    writes the full name, another the bare one (a source naming both tells them apart, as
    "Tarrow" the retailer and "Tarrow Bank" its lender). ``claims``: the block's claims."""
    lowered = {n.lower(): n for n in names}
    pairs = []
    for long in lowered.values():
        head, _, last = long.rpartition(" ")
        short = lowered.get(head.lower())
        if head and short is not None and last.lower() in full_name_words():
            pairs.append((short, long))
    if not pairs:
        return []
    docs_of: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        docs_of[c.subject or ""].add(c.document)
    return [(a, b) for a, b in pairs if not docs_of[a] & docs_of[b]]


def _people_word_pairs(names: Iterable[str]) -> list[tuple[str, str]]:
    """("Carvania", "Carvanian"): a place and the word for its people or things, each a
    subject ("output in Carvania", "Carvanian output"; ``placed.people_word``): one place."""
    names = list(names)
    return [(p, n) for p in names for n in names if n != p and people_word(p, n)]


@cache
def place_heads() -> tuple[frozenset[str], frozenset[str]]:
    """Generic heads written before ("River", "Mount") and after ("Valley", "Bay") a natural
    place's bare name (entities.toml ``place_heads_before`` / ``place_heads_after``)."""
    names = _entities()["names"]
    return (
        frozenset(w.lower() for w in names.get("place_heads_before", [])),
        frozenset(w.lower() for w in names.get("place_heads_after", [])),
    )


def _place_forms(claims: list[Claim]) -> dict[str, str]:
    """Bare place names and the one form with a generic head the run writes them in ("Quenby" ->
    "Quenby Valley", "Orle" -> "Lake Orle"), across all quantities: one source writes the head,
    another leaves it out. A bare name with two such forms ("Lake Orle", "Orle Bay") is left
    alone, and so is a pair to which one sentence gives figures of one kind (measured thing,
    role, unit): that source tells the place from the feature ("Lake Orle rose two metres and
    Orle's harbour lay under one"). One document may well give both: a story naming "the River
    Quenby" writes "the Quenby" after (a rise and a level of one river, measured 2026-12-05:
    asking a whole document to give figures of one kind to one name only lost that river's
    peak across sources). Two forms of one head ("Quenby Valley", "Brill Valley") never meet:
    only a bare name is mapped. (Tried, 2026-12-06: an abbreviation that some text spells out
    in brackets beside a full name that is another subject, "Orland Port Authority (OPA)",
    mapped to that name the same way: 30 sets -2 conflicts, +2 false alarms. The joins were
    right, but a party's "won 12 of 40 seats" then met its "won 12 seats", and a strike's
    duration conflict was lost where a union's abbreviation joined its name (not traced).)"""
    before, after = place_heads()
    subjects = {c.subject for c in claims if c.subject}
    lowered = {n.lower(): n for n in subjects}
    longs: dict[str, set[str]] = defaultdict(set)
    for n in subjects:
        words = n.split()
        if len(words) < 2:
            continue
        if words[0].lower() in before and (bare := lowered.get(" ".join(words[1:]).lower())):
            longs[bare].add(n)
        if words[-1].lower() in after and (bare := lowered.get(" ".join(words[:-1]).lower())):
            longs[bare].add(n)
    return _single_forms(longs, claims, lambda c: (c.document, c.sentence))


def _single_forms(
    longs: dict[str, set[str]], claims: list[Claim], at: Callable[[Claim], tuple[str, ...]]
) -> dict[str, str]:
    """Each bare name with exactly one longer form in ``longs``, mapped to it, unless some
    place (``at``: a document, a sentence) gives figures of one kind (measured thing, role,
    kind, unit) to both names: that source tells them apart."""
    pairs = {bare: next(iter(forms)) for bare, forms in longs.items() if len(forms) == 1}
    if not pairs:
        return {}
    named = set(pairs) | set(pairs.values())
    kinds: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for c in claims:
        if c.subject in named:
            kinds[(*at(c), c.subject)].add((measured_thing(c.metric or ""), c.role, c.kind, c.unit))
    where = {k[:-1] for k in kinds}
    return {
        bare: long
        for bare, long in pairs.items()
        if not any(kinds.get((*w, bare), set()) & kinds.get((*w, long), set()) for w in where)
    }


_CALENDAR = frozenset(
    w.lower() for w in (*MONTH_NAMES, *WEEKDAY_NAMES)
)  # "Veyland October CPI": a month names no body


def _body_forms(claims: list[Claim]) -> dict[str, str]:
    """A bare name and the one longer name the run writes as it followed by common nouns
    ("Ardle" / "Ardle Water", "Corvane" / "Corvane Rail"): the company a name opens, which one
    source names in full and another leaves at its first word, mapped to the bare name for
    every quantity. Left apart: a longer form naming a segment ("Halden Cloud") or a public
    body ("X Police", "X City Council": a force's or a council's figures are not all the
    place's; joined, 43 sets 2026-12-07: +1 conflict, +3 false alarms), a bare name with two
    such forms, and a pair to which one document gives figures of one kind (that source
    tells the company from the place)."""
    from reconcile.claims.entities import is_english_word

    subjects = {c.subject for c in claims if c.subject}
    lowered = {n.lower(): n for n in subjects}
    segments = segment_words() | public_bodies()  # "X Police", "X Council": bodies apart
    longs: dict[str, set[str]] = defaultdict(set)
    for n in subjects:
        words = n.split()
        for k in range(1, len(words)):
            bare = lowered.get(" ".join(words[:k]).lower())
            rest = [w.lower() for w in words[k:]]
            if bare is None or not all(w.istitle() and w.isalpha() for w in words[k:]):
                continue  # "X October CPI", "X Institute of Technology": no body's name
            if not all(is_english_word(w) and w not in _CALENDAR for w in rest):
                continue
            if any(w in segments for w in rest):
                continue
            longs[bare].add(n)
    forms = _single_forms(longs, claims, lambda c: (c.document,))
    return {long: bare for bare, long in forms.items()}


SPELLING_MIN = 5  # letters of the shorter word below which one edit makes another word


def _one_slip(a: str, b: str) -> bool:
    """Two words one slip of the keys apart: a letter left out or added inside the word,
    changed, or two swapped ("Lourve" / "Louvre", "Louve" / "Louvre"); both of
    :data:`SPELLING_MIN` letters or more, the same first letter, the same digits (a model's
    number is no slip), and neither written in capitals (an acronym's letter changes the body
    it names). A letter added at the end makes another word, not a slip: "Swede" (a person)
    is not "Sweden", nor "Orvandan" "Orvanda"."""
    a, b = sorted((a, b), key=len)
    if len(a) < SPELLING_MIN or a[0].lower() != b[0].lower():
        return False
    if a.isupper() or b.isupper() or _digits(a) != _digits(b):
        return False
    low, high = a.lower(), b.lower()
    if len(low) < len(high) and high.startswith(low):
        return False  # a suffix: "Swede" / "Sweden", "Marl" + "s"
    return OSA.distance(low, high) == 1


def _spelling_forms(claims: list[Claim]) -> dict[str, str]:
    """One-word subjects written with one slip by some source ("Lourve" for "Louvre") mapped to
    the form the run uses most (:func:`_one_slip`), for every quantity. A pair that one
    document gives figures to under both names is left apart: that source tells the two names
    apart. Names of more words are left to :func:`cluster_names`, whose fuzzy match joins a
    slip in a longer name within each quantity (one letter weighs less there); measured
    2026-12-06: joining them here too across quantities ("Renauld Lavillenie") added a pair
    of sources to a false alarm and found nothing more."""
    weights = Counter(c.subject for c in claims if c.subject and " " not in c.subject)
    docs: dict[str, set[str]] = defaultdict(set)
    for c in claims:
        if c.subject in weights:
            docs[c.subject].add(c.document)
    by_first: dict[str, list[str]] = defaultdict(list)
    for n in weights:
        by_first[n[:1].lower()].append(n)
    uf = _UnionFind(list(weights))
    joined = False
    for names in by_first.values():
        for i, a in enumerate(names):
            for b in names[i + 1 :]:
                if _one_slip(a, b) and not docs[a] & docs[b]:
                    uf.union(a, b)
                    joined = True
    if not joined:
        return {}
    members: dict[str, list[str]] = defaultdict(list)
    for n in weights:
        members[uf.find(n)].append(n)
    out: dict[str, str] = {}
    for group in members.values():
        if len(group) > 1:
            rep = min(group, key=lambda n: (-weights[n], -len(n), n))
            out.update({n: rep for n in group if n != rep})
    return out


def cluster_names(
    weights: dict[str, int],
    short_forms: bool = True,
    also: list[tuple[str, str]] | None = None,
    segments: Callable[[], frozenset[str]] | frozenset[str] = frozenset(),
) -> dict[str, str]:
    """Map each distinct name to its cluster's representative (the most used, then shortest).

    Names are compared only within blocks sharing their first two letters (case-folded).
    ``also``: pairs of names known to be one; ``segments``: more segment words (or a function
    giving them, called when a short and a long form are first compared).
    """
    extra: list[frozenset[str]] = []

    def more_segments() -> frozenset[str]:
        if not extra:
            extra.append(segments() if callable(segments) else segments)
        return extra[0]

    names = sorted(weights)
    uf = _UnionFind(names)
    for a, b in also or ():
        uf.union(a, b)
    by_key: dict[str, str] = {}
    by_words: dict[tuple[str, ...], str] = {}
    for n in names:  # "Vega 2" / "Vega-2", "PELLOW" / "Pellow": one name written two ways
        first = by_key.setdefault(_compact(n), n)
        if first != n:
            uf.union(first, n)
        # "Port Aster-Lindby Link" / "Lindby-Port Aster Link": a joined name's parts in
        # another order (hyphens join words the fuzzy match below reads as one)
        first = by_words.setdefault(tuple(sorted(re.findall(r"\w+", n.lower()))), n)
        if first != n:
            uf.union(first, n)
    blocks: dict[str, list[str]] = defaultdict(list)
    for n in names:
        blocks[re.sub(r"\W", "", n.lower())[:2]].append(n)
    for block in blocks.values():
        if len(block) < 2:
            continue
        lowered = [b.lower() for b in block]
        for i, query in enumerate(lowered):
            # process.extract (not cdist) keeps numpy out of the dependencies
            matches = process.extract(
                query,
                lowered,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=FUZZY_NAME,
                limit=None,
            )
            a = block[i]
            for _choice, _score, j in matches:
                b = block[j]
                if a < b and _digits(a) == _digits(b) and _kinds(a) == _kinds(b):
                    uf.union(a, b)
        if not short_forms:
            continue
        by_first: dict[str, list[str]] = defaultdict(list)
        for n in block:
            by_first[n.lower().split()[0] if n.split() else ""].append(n)
        for group in by_first.values():
            if len(group) < 2:
                continue
            group.sort(key=lambda n: (len(n.split()), n))
            for i, short in enumerate(group):
                for long in group[i + 1 :]:
                    if _short_form(short, long, more_segments()):
                        uf.union(short, long)
    if short_forms:  # "Varela" / "Mateo Varela": a surname alone
        by_last: dict[str, list[str]] = defaultdict(list)
        for n in names:
            words = n.lower().split()
            if len(words) == 2:
                by_last[words[1]].append(n)
        for n in names:
            if " " not in n:
                for long in by_last.get(n.lower(), []):
                    if _short_form(n, long, more_segments()):
                        uf.union(n, long)
    if short_forms:  # "Estrava" / "Bank of Estrava", "Brennock" / "City of Brennock"
        heads = of_forms()
        lowered_names = {n.lower(): n for n in names}
        for n in names:
            head, sep, rest = n.lower().rpartition(" of ")
            if sep and head in heads and rest in lowered_names:
                uf.union(lowered_names[rest], n)
    members: dict[str, list[str]] = defaultdict(list)
    for n in names:
        members[uf.find(n)].append(n)
    out: dict[str, str] = {}
    for group in members.values():
        rep = min(group, key=lambda n: (-weights[n], len(n), n))
        for n in group:
            out[n] = rep
    return out


Key = tuple[str | None, str, str, str, str | None]  # subject, metric, role, dimension, scope


def number_forms(metrics: Iterable[str]) -> list[tuple[str, str]]:
    """Pairs of metric names that are one name with its head noun in the singular and in the
    plural ("locker" / "lockers", "paid member" / "paid members", "person (rescue)" /
    "persons (rescue)"): the parse names what a figure measures by the noun it quantifies, in
    the number the sentence happens to use ("40% more lockers": "locker"; "the lockers rose
    33%": "lockers"), so both forms are one measured thing. Only names of the run are
    paired: a singular meets its plural only when some source writes that plural."""
    from reconcile.quantities.counts import plural  # (late: the command line loads no extractor)

    names = sorted(set(metrics))
    by_form = {name.lower(): name for name in names}
    pairs: list[tuple[str, str]] = []
    for name in names:
        base, sep, tail = name.partition(" (")
        words = base.split()
        if not words or len(words[-1]) < 3 or not words[-1].isalpha() or not words[-1].islower():
            continue  # (a word of two letters is a function word, no noun: "do" / "dos")
        many = plural(words[-1])
        if many == words[-1]:
            continue
        other = " ".join([*words[:-1], many]) + sep + tail
        found = by_form.get(other.lower())
        if found is not None and found != name:
            pairs.append((name, found))
    return pairs


def _settle_currencies(rows: list[tuple[Claim, Key]]) -> list[tuple[Claim, Key]]:
    """An ambiguous symbol ("¥": CNY or JPY) takes the currency the same quantity is given in
    elsewhere (most claims without ambiguity; a tie keeps the extractor's reading). When no
    claim states that quantity unambiguously, it takes the reading most documents give the
    same subject's ambiguous amounts (a story that never says "yen" reads "¥" as the others do;
    a tie keeps the extractor's reading)."""
    seen: dict[tuple, Counter[str]] = defaultdict(Counter)
    readings: dict[str | None, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    ambiguous: list[int] = []  # (only these rows can change)
    for i, (c, key) in enumerate(rows):
        if c.kind != "money":
            continue
        if not c.mention.alternatives:
            seen[(key[0], key[1], key[2])][c.unit] += 1
        else:
            readings[key[0]][c.unit].add(c.document)
            ambiguous.append(i)
    out = list(rows)
    for i in ambiguous:
        c, key = rows[i]
        counts = seen.get((key[0], key[1], key[2]), Counter())
        options = sorted({c.unit, *c.mention.alternatives})
        if not counts:
            docs = readings.get(key[0], {})
            counts = Counter({u: len(docs.get(u, set())) for u in options})
        best = max(options, key=lambda u: (counts[u], u == c.unit))
        if counts[best] > counts[c.unit]:
            out[i] = (c, (key[0], key[1], key[2], f"money:{best}", key[4]))
    return out


def _fill_scopes(rows: list[tuple[Claim, Key]]) -> list[tuple[Claim, Key]]:
    """Unscoped claims join the listing their document, else most documents, use."""
    by_base: dict[tuple, tuple[list[int], list[int]]] = {}  # key[:4] -> (scoped, loose)
    for i, (_, key) in enumerate(rows):
        base = key[:4]
        sides = by_base.get(base)
        if sides is None:
            sides = by_base[base] = ([], [])
        sides[key[4] is None].append(i)
    out = list(rows)
    for scoped, loose in by_base.values():
        if not scoped or not loose:
            continue
        per_doc: dict[str, set[str]] = defaultdict(set)
        docs_per_scope: dict[str, set[str]] = defaultdict(set)
        for i in scoped:
            claim, key = rows[i]
            per_doc[claim.document].add(key[4])  # type: ignore[arg-type]
            docs_per_scope[key[4]].add(claim.document)  # type: ignore[index]
        ranking = sorted(((len(d), s) for s, d in docs_per_scope.items()), reverse=True)
        leader = None
        if len(ranking) == 1 or ranking[0][0] > ranking[1][0]:
            leader = ranking[0][1]
        for i in loose:
            claim, key = rows[i]
            own = per_doc.get(claim.document, set())
            scope = next(iter(own)) if len(own) == 1 else leader
            if scope is not None:
                out[i] = (claim, (*key[:4], scope))
    # a change still unscoped takes the listing of the level it is linked to ("rose 6.1% to
    # close at 82,900 won": the won price is Seoul's, so is the move)
    loose_linked = [i for i, (claim, key) in enumerate(out) if key[4] is None and claim.linked]
    if not loose_linked:
        return out
    scope_of = {claim.id: key[4] for claim, key in out if key[4] is not None}
    for i in loose_linked:
        claim, key = out[i]
        linked = {scope_of[j] for j in claim.linked if j in scope_of}
        if len(linked) == 1:
            out[i] = (claim, (*key[:4], linked.pop()))
    return out


def _narrow(rows: list[tuple[Claim, Key]]) -> list[tuple[Claim, Key]]:
    """Split a quantity by the parse's narrowing phrases: phrases present on both sides and
    different make different quantities ("turnout among young voters" / "turnout among
    pensioners"); a claim without phrases is the same quantity as the one variant its key
    has, and stays apart when there are several (it cannot say which it is)."""
    variants: dict[Key, set[tuple[str, ...]]] = defaultdict(set)
    for c, key in rows:
        if c.narrowing:
            variants[key].add(tuple(sorted(c.narrowing)))
    if not variants:
        return rows
    out: list[tuple[Claim, Key]] = []
    for c, key in rows:
        here = variants.get(key)
        if not here:
            out.append((c, key))
            continue
        variant = tuple(sorted(c.narrowing)) if c.narrowing else None
        if variant is None and len(here) == 1 and not _compass_part(next(iter(here))):
            variant = next(iter(here))
        if variant is not None:
            subject, metric, role, dim, scope = key
            key = (subject, f"{metric} ({'; '.join(variant)})", role, dim, scope)
        out.append((c, key))
    return out


# the words of a part of a territory named by its compass point ("in the north", "across the
# south-east", "in northern districts")
_COMPASS = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|"
    r"southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\b"
)


def _compass_part(variant: tuple[str, ...]) -> bool:
    """Whether a narrowing variant names a part of a territory by its compass point ("in
    north", "across northern district") or a part of the counted by where it comes from
    ("from abroad", :func:`reconcile.claims.parse.origin_of`): a figure that names no part is
    the whole's, not that part's retold without it."""
    return any(
        p.startswith("from ")
        or (p.split(" ", 1)[0] in ("in", "across", "throughout", "for") and _COMPASS.search(p))
        for p in variant
    )


def _split_items(rows: list[tuple[Claim, Key]]) -> list[tuple[Claim, Key]]:
    """Split a quantity whose figures are told of different numbered items of a series
    (``Claim.item``: game one and the fourth game, the second and the third day, week 6 and
    week 7): each item's figures make a quantity of their own. A key with one item, or none,
    is left as it is: a figure that names no item may be told of any. A numbered period ("the
    third day") is a time, which the comparison weighs (``scope.numbered_items``)."""
    items: dict[Key, set[str]] = defaultdict(set)
    for c, key in rows:
        if c.item and not c.item.startswith(PERIOD_ITEM):  # a period is a time: compared
            items[key].add(c.item)
    if not any(len(found) > 1 for found in items.values()):
        return rows
    out: list[tuple[Claim, Key]] = []
    for c, key in rows:
        if c.item in items[key] and len(items[key]) > 1:
            subject, metric, role, dim, scope = key
            key = (subject, f"{metric} ({c.item})", role, dim, scope)
        out.append((c, key))
    return out


def _separate(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split each group whose sources disagree where the parse says two of its claims measure
    different quantities (:mod:`reconcile.claims.separate`): "nine-month revenue" leaves the
    quarter's revenue, "gross margin" the operating margin. A part's metric names what tells it
    apart ("revenue (9 month)")."""
    from reconcile.claims import separate

    todo = [
        k
        for k in buckets
        if k[1].rstrip("'") not in INDIVIDUAL_METRICS  # split by individual (_individuals)
        and separate.wanted([buckets[k]])
    ]
    if not todo:
        return buckets
    separate.prepare(buckets[k] for k in todo)
    by_id = {c.id: c for k in todo for c in buckets[k]}  # the claims read, and the claims
    sentences = {c.sentence for c in by_id.values()}  # of their sentences (linked, stages)
    by_id |= {c.id: c for cs in buckets.values() for c in cs if c.sentence in sentences}
    out: dict[Key, list[Claim]] = {}
    for key, members in buckets.items():
        if key not in todo:
            out[key] = members
            continue
        for tag, cs in separate.split(members, by_id):
            subject, metric, role, dim, scope = key
            k: Key = (subject, metric if tag is None else f"{metric} ({tag})", role, dim, scope)
            while k in out or (k != key and k in buckets):
                k = (k[0], f"{k[1]}'", *k[2:])
            out[k] = cs
    return out


def _series(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Take out of each merged group whose sources disagree the steps of a series its
    documents tell (:func:`reconcile.claims.separate.series_apart`: "passed at 2.24m and went
    over 2.28m", "she then improved to 2.31m"), each value that no other source gives its own
    group ("length (series 2.24m)"): each is the value of its own attempt, season or day, not
    a rival figure of the group's. After the merge, so that no merge joins them again."""
    from reconcile.claims import separate

    todo = {k for k, cs in buckets.items() if separate.wanted([cs])}
    if not todo:
        return buckets
    sentences = {c.sentence for k in todo for c in buckets[k]}
    linked = {c.id: c for cs in buckets.values() for c in cs if c.sentence in sentences}
    out: dict[Key, list[Claim]] = {}
    for key, members in buckets.items():
        if key not in todo:
            out[key] = members
            continue
        parts = [cs for cs in separate.series_apart(members, linked) if cs]
        subject, metric, role, dim, scope = key
        for i, cs in enumerate(parts):
            k: Key = (
                key if i == 0 else (subject, f"{metric} (series {cs[0].text})", role, dim, scope)
            )
            while k in out or (k != key and k in buckets):
                k = (k[0], f"{k[1]}'", *k[2:])
            out[k] = cs
    return out


_R = TypeVar("_R")  # what a reader of a figure's parse gives (:func:`_read_figures`)
INDIVIDUAL_METRICS = frozenset({"age"})  # attributes of one person or thing, never of a story


def _read_figures(claims: list[Claim], read: Callable[[Doc, int, int], _R]) -> dict[str, _R | None]:
    """``read`` of each claim's figure in its parsed sentence (its sentences parsed in one
    batch); None for a claim whose text its sentence does not hold."""
    from reconcile.claims.parse import parse_sentences

    sentences = sorted({c.sentence for c in claims})
    docs = dict(zip(sentences, parse_sentences(sentences), strict=True))
    out: dict[str, _R | None] = {}
    for c in claims:
        at = c.sentence.find(c.text)
        out[c.id] = None if at < 0 else read(docs[c.sentence], at, at + len(c.text))
    return out


def _bearers(claims: list[Claim]) -> dict[str, str | None]:
    """Each claim's bearer: the individual the parse says its figure describes
    (:func:`reconcile.claims.bearer.bearer`)."""
    from reconcile.claims.bearer import bearer

    return _read_figures(claims, bearer)


def _described(bearer: str) -> bool:
    """A bearer given by a description ("a conductor", "the engineer"), not by a name."""
    return bearer.startswith(("a ", "the "))


def _named(subject: str | None, names: dict[str, str]) -> str | None:
    """The bearer name that is ``subject``, in full or by its last word ("Mateo Varela" is the
    "Varela" of "Varela, 24,"), or None."""
    if not subject:
        return None
    if subject in names:
        return subject
    last = subject.split()[-1]
    if last in names:
        return last
    return next((n for n in names if n.split()[-1] == subject), None)


def _named_before(c: Claim) -> bool:
    """The claim's subject may be whom its figure stands for ("The 24-year-old" after "Okafor
    scored twice"): an anaphor points back, so a subject its sentence names only after the
    figure ("The nine-year-old, ridden by Cal Dempsey, won") is someone else."""
    if not c.subject:
        return False
    at = c.sentence.find(c.text)
    last = c.subject.split()[-1]
    return at < 0 or last not in c.sentence or last in c.sentence[:at]


# endings of nouns that name a person by what they do or where they are from ("driver",
# "conductor", "cyclist", "pedestrian", "resident", "migrant", "chairman")
_PERSON_ENDINGS = ("er", "or", "ist", "ian", "ent", "ant", "man", "woman", "person", "ee")


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns of people the vocabulary lists: kin and roles (count_nouns.toml ``[ages]``), posts
    and sports roles (entities.toml ``officials``, ``person_roles``), generic people
    (``people_nouns``)."""
    names = _entities()["names"]
    words = [
        *load("count_nouns")["ages"]["persons"],
        *names.get("officials", []),
        *names.get("person_roles", []),
        *names.get("people_nouns", []),
    ]
    return frozenset(w.lower() for w in words)


def _thing_noun(noun: str) -> bool:
    """Whether a description's noun names a thing, not a person ("vessel", "coach", "arena"
    against "conductor", "woman", "nurse"): an age given to a thing described by a noun is the
    age of the figure's subject itself, which two sources may call a vessel and a ferry."""
    noun = noun.lower()
    return noun not in _person_nouns() and not noun.endswith(_PERSON_ENDINGS)


def _individuals(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split each group of an individual's attribute (an age) by the individual its figures
    are set beside (:func:`reconcile.claims.bearer.bearer`): "Tomas Brandl, 52, and his
    daughter Ilse, 19" are two ages. A figure of someone named before ("The 24-year-old
    striker") joins the individual its claim's subject names when another source sets an age
    beside that name ("Okafor, 24,") and its own does not (there, it is someone else); else a
    description groups with the same description ("a 58-year-old conductor" / "the conductor")
    and a figure that stands alone ("The 45-year-old declined") is compared with nothing.
    Bearers are one individual when their names are (short and full forms: "Brandl" / "Tomas
    Brandl")."""
    todo = [k for k in buckets if k[1] in INDIVIDUAL_METRICS]
    if not todo:
        return buckets
    who = _bearers([c for k in todo for c in buckets[k]])
    named = Counter(b for b in who.values() if b and not _described(b))
    surnames = [(n.split()[-1], n) for n in named if " " in n and n.split()[-1] in named]
    names = cluster_names(named, also=surnames)
    named_in: dict[str, set[str]] = defaultdict(set)  # individual -> documents naming its age
    for k in todo:
        for c in buckets[k]:
            if who.get(c.id) in names:
                named_in[names[who[c.id]]].add(c.document)
    out: dict[Key, list[Claim]] = {k: cs for k, cs in buckets.items() if k not in todo}
    things: dict[Key, set[str]] = defaultdict(set)  # a thing's noun -> the subjects it describes
    for key in todo:
        for c in buckets[key]:
            bearer = who.get(c.id)
            if (bearer == ANAPHOR or (bearer and bearer.startswith("the "))) and _named_before(c):
                # someone named before: the subject, unless its own document ages it by name
                name = _named(c.subject, names)
                if name is not None and c.document not in named_in[names[name]]:
                    bearer = name
            if bearer == ANAPHOR:
                bearer = None
            if bearer and _described(bearer):  # "a conductor" and "the conductor" are one
                noun = bearer.split(" ", 1)[1]
                k: Key = (noun, *key[1:])
                if _thing_noun(noun):
                    things[k].add(key[0] or "")
            else:
                k = (names[bearer] if bearer else key[0], *key[1:])
            if bearer is None:  # no one to compare it with: a group of its own
                while k in out or k in buckets:
                    k = (k[0], f"{k[1]}'", *k[2:])
            out.setdefault(k, []).append(c)
    return _one_thing_described(out, things)


def _one_thing_described(
    out: dict[Key, list[Claim]], things: dict[Key, set[str]]
) -> dict[Key, list[Claim]]:
    """Join the groups of ages of things two nouns describe ("a 21-year-old vessel", "the
    19-year-old ferry") when one subject's figures are described by both: one thing, which
    two sources call by two nouns. Nouns of people (:func:`_thing_noun`) are never joined:
    "a 58-year-old conductor" and "the 23-year-old driver" are two people. (Tried, 35 sets,
    2026-12-07: a thing's age filed under the figure's subject instead of its noun, +2
    conflicts and -1, +0 false alarms: "a nine-year-old aircraft" of one source no longer met
    "the 14-year-old aircraft" of another, whose sentences gave them two subjects.)"""
    if len(things) < 2:
        return out
    uf = _UnionFind([repr(k) for k in things])
    by_subject: dict[tuple, list[Key]] = defaultdict(list)
    for k, subjects in things.items():
        for subject in subjects:
            if subject:
                by_subject[(subject, *k[1:])].append(k)
    for keys in by_subject.values():
        for k in keys[1:]:
            uf.union(repr(keys[0]), repr(k))
    # one thing each source ages: the nouns of documents that each age one thing only ("the
    # 39-year-old arena" / "the 49-year-old structure") name one thing the story is about
    nouns_of: dict[tuple[str, tuple], set[Key]] = defaultdict(set)
    for k in things:
        for c in out[k]:
            nouns_of[(c.document, k[1:])].add(k)
    alike: dict[tuple, set[Key]] = defaultdict(set)
    several: set[tuple] = set()
    for (_, rest), ks in nouns_of.items():
        alike[rest] |= ks
        if len(ks) > 1:
            several.add(rest)
    for rest, ks in alike.items():
        if rest in several or len(ks) < 2:
            continue
        first, *others = sorted(ks, key=repr)
        for k in others:
            uf.union(repr(first), repr(k))
    members: dict[str, list[Key]] = defaultdict(list)
    for k in things:
        members[uf.find(repr(k))].append(k)
    for ks in members.values():
        if len(ks) < 2:
            continue
        ks.sort(key=lambda k: (-len(out[k]), str(k[0])))
        for k in ks[1:]:
            out[ks[0]].extend(out.pop(k))
    return out


@cache
def _rx_increment() -> re.Pattern[str]:
    words = "|".join(map(re.escape, load("evidence")["increments"]["words"]))
    return re.compile(rf"\b(?:{words})(?:\s+[a-z]+)?\s*$", re.IGNORECASE)


def _increments(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split off the figures a source gives on top of another figure of the same quantity
    ("will spend £40m on roads and a further £15m on bridges"; "another 40 were found"): an
    increment is not a statement of the whole. "Another" after a figure of another quantity
    ("23 were killed and another 61 hurt") marks nothing, so only a figure of the same group
    earlier in the same document makes one. Increments group with increments."""

    def extra(members: list[Claim]) -> list[Claim]:
        if not any([_after_increment(c.sentence, c.text) for c in members]):
            return []  # no figure after an increment's word: nothing to split
        first: dict[str, int] = {}
        for c in members:
            first[c.document] = min(first.get(c.document, c.span[0]), c.span[0])
        return [
            c
            for c in members
            if first[c.document] < c.span[0] and _after_increment(c.sentence, c.text)
        ]

    return _split_off(buckets, "further", extra)


def _split_off(
    buckets: dict[Key, list[Claim]], suffix: str, picked: Callable[[list[Claim]], list[Claim]]
) -> dict[Key, list[Claim]]:
    """Move the claims ``picked`` chooses in each group to a group of their own, whose key's
    metric carries ``suffix`` in brackets ("revenue (further)"); the rest keep the key."""
    out: dict[Key, list[Claim]] = {}
    for key, members in buckets.items():
        chosen = picked(members)
        if not chosen:
            out[key] = members
            continue
        ids = {id(c) for c in chosen}
        keep = [c for c in members if id(c) not in ids]
        if keep:
            out[key] = keep
        k: Key = (key[0], f"{key[1]} ({suffix})", *key[2:])
        out.setdefault(k, []).extend(chosen)
    return out


WORDS_BEFORE = 30  # characters before a figure read for a word of an increment or instalment


@lru_cache(maxsize=65536)
def _after_increment(sentence: str, text: str) -> bool:
    """The figure ``text`` stands in ``sentence`` after a word of an increment ("a further")."""
    at = sentence.find(text)
    return at > 0 and _rx_increment().search(sentence[max(0, at - WORDS_BEFORE) : at]) is not None


@cache
def _rx_instalment() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load("evidence")["instalments"]
    before = "|".join(map(re.escape, data["before"]))
    after = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in data["after"])
    return (
        re.compile(rf"\b(?:{before})\s+$", re.IGNORECASE),
        re.compile(rf"^\s+(?:{after})\b", re.IGNORECASE),
    )


def _instalments(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split off the figures a source gives as the first instalment of a staged amount ("an
    immediate 9% rise", "$400m up front"): not the whole another source gives ("a 22% rise
    over the life of the deal"). Instalments group with instalments."""
    return _split_off(
        buckets,
        "first instalment",
        lambda cs: [c for c in cs if _first_instalment(c.sentence, c.text)],
    )


@lru_cache(maxsize=65536)
def _first_instalment(sentence: str, text: str) -> bool:
    """The figure ``text`` stands in ``sentence`` after or before a word of a first instalment
    ("an immediate", "up front")."""
    at = sentence.find(text)
    if at < 0:
        return False
    before, after = _rx_instalment()
    head, tail = sentence[max(0, at - WORDS_BEFORE) : at], sentence[at + len(text) :]
    return before.search(head) is not None or after.match(tail) is not None


_RX_EARLIER_CUE = re.compile(r"\b(?:compared|comparing|compares|versus|vs)\b", re.I)
_COMPARE_VERBS = frozenset({"compare", "compared", "compares", "comparing"})
_NOUN_LINKS = frozenset(
    {"nummod", "compound", "amod", "appos", "quantmod", "npadvmod", "nmod", "conj", "poss"}
)


def _earlier(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split off the figures of another occasion a sentence compares its own with ("compared
    with a loss of £12.8m a year earlier", "versus a deficit of £7m that the trust ran
    in its first year"): a reference, not a statement of the story's own quantity (issue 11,
    class "a figure of another event"). References group with references, where two sources'
    accounts of one earlier occasion still meet. A reference whose words date it ("compared
    with 3.8% in the year to April") stays: its time already sets it apart from the story's
    figures, and other sources state the same earlier figure plainly (moving it lost those
    pairs on the scoring sets). A figure after "since" ("the largest since one of magnitude
    7.3") is the context stage's earlier value already, weighed against other sources' ones:
    moving it split two sources' accounts of one earlier quake. Only groups with figures from
    two or more documents are read, and only sentences holding a word of a comparison are
    parsed."""
    todo = [c for cs in buckets.values() if len({c.document for c in cs}) > 1 for c in cs]
    cued = [c for c in todo if c.when is None and _RX_EARLIER_CUE.search(c.sentence)]
    if not cued:
        return buckets
    found = {cid for cid, r in _read_figures(cued, _reference_of).items() if r}
    if not found:
        return buckets
    return _split_off(buckets, "earlier", lambda cs: [c for c in cs if c.id in found])


def _reference_of(doc: Doc, start: int, end: int) -> str | None:
    """ "earlier" when the figure at ``[start, end)`` stands in a noun that is the object of
    "compared with/to" or of "versus": on that noun, in its "of" phrase, or in a relative
    clause on it; None otherwise (the sentence's own figures; a figure that is itself the
    object of a comparison)."""
    from reconcile.claims.parse import figure_span

    span = figure_span(doc, start, end)
    if span is None:
        return None
    t = span.root
    for _ in range(12):
        if t.dep_ == "pobj":
            p = t.head
            word = p.lower_
            # a comparison's object names another occasion only as a noun of its own ("compared
            # with a loss of £12.8m"); a bare figure there is the other side of one comparison
            # ("versus 6% on placebo", "compared with $4bn"), which sources also state plainly
            compared = word in ("versus", "vs", "vs.") or (
                word in ("with", "to") and p.head.lower_ in _COMPARE_VERBS
            )
            if compared and t.i not in range(span.start, span.end):
                return "earlier"
            if word != "of":  # (any preposition within the noun's phrase cost grouping pairs)
                return None
            t = p.head  # within the noun's phrase: "one of magnitude 7.6"
        elif t.dep_ in _NOUN_LINKS or t.dep_ == "relcl" or _in_relative(t):
            t = t.head
        else:
            return None
    return None


def _in_relative(t: Token) -> bool:
    """An argument of a relative clause ("that killed about 2,400"): the clause describes the
    noun it hangs on."""
    return t.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and t.head.dep_ == "relcl"


@cache
def _dimension_metrics() -> frozenset[str]:
    """The metrics a physical figure gets from its unit alone ("length", "flow"...), when
    nothing in its sentence names it (:func:`reconcile.claims.vocab.dimension_names`)."""
    from reconcile.claims.vocab import dimension_names

    return frozenset(dimension_names().values())


def _unnamed(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split each group of figures named by their unit alone ("length": "attacked with 3.5 km
    remaining", "it climbed 3,800 metres over the day") into the figures the weighed evidence
    links (:func:`reconcile.claims.evidence.probability` at the merge threshold, read from
    their words and sentences): a unit says what kind of figure it is, not what it measures.
    A figure nothing links stays alone. Groups of more than :data:`MERGE_BLOCK` claims are
    left whole (the pairs would cost more than they tell)."""
    from reconcile.claims.evidence import context, model, probability

    names = _dimension_metrics()
    todo = [k for k in buckets if k[1] in names and 1 < len(buckets[k]) <= MERGE_BLOCK]
    if not todo:
        return buckets
    cut = min(model()[2], 1.0)
    ctx = context(c for k in todo for c in buckets[k])
    out: dict[Key, list[Claim]] = {k: cs for k, cs in buckets.items() if k not in todo}
    for key in todo:
        members = buckets[key]
        uf = _UnionFind([c.id for c in members])
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.document != b.document and probability(a, b, ctx) >= cut:
                    uf.union(a.id, b.id)
        parts: dict[str, list[Claim]] = defaultdict(list)
        for c in members:
            parts[uf.find(c.id)].append(c)
        for n, part in enumerate(sorted(parts.values(), key=len, reverse=True)):
            k: Key = key
            if n:
                while k in out or k in buckets:
                    k = (k[0], f"{k[1]}'", *k[2:])
            out[k] = part
    return out


SCALE_APART = 4.0  # orders of magnitude between two figures that no slip of scale explains


def _split_scales(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split a group whose figures lie orders of magnitude apart ("family passes cost £349"
    and "the arena will cost £410m" are both a cost): a slip of scale puts a figure a
    thousand times off ("£48m" for "£48bn"), so figures :data:`SCALE_APART` orders of
    magnitude or more apart measure different things. Each run of figures within that span
    stays one group; zeros stay with the run that holds the group's key."""
    out: dict[Key, list[Claim]] = {}
    for key, members in buckets.items():
        if _one_scale(members):
            out[key] = members
            continue
        sized = sorted((c for c in members if c.value), key=lambda c: abs(c.value))
        runs: list[list[Claim]] = []
        for c in sized:
            if runs and math.log10(abs(c.value) / abs(runs[-1][-1].value)) < SCALE_APART:
                runs[-1].append(c)
            else:
                runs.append([c])
        if len(runs) < 2:
            out[key] = members
            continue
        runs.sort(key=len, reverse=True)  # the largest run keeps the key, with the zeros
        out[key] = [*runs[0], *(c for c in members if not c.value)]
        for run in runs[1:]:
            k: Key = key
            while k in out or k in buckets:
                k = (k[0], f"{k[1]}'", *k[2:])
            out[k] = run
    return out


def _one_scale(members: list[Claim]) -> bool:
    """The group's figures lie less than :data:`SCALE_APART` orders of magnitude apart from
    the smallest to the largest, so that no two neighbours in size can (the cheap answer of
    :func:`_split_scales` for most groups); False when unsure (a NaN or an infinity)."""
    sizes = [abs(c.value) for c in members if c.value]
    if len(sizes) < 2:
        return True
    if not math.isfinite(sum(sizes)):  # a NaN or an infinity: min and max follow the order
        return False
    return math.log10(max(sizes) / min(sizes)) < SCALE_APART


def _relations(claims: list[Claim]) -> dict[str, str | None]:
    """Each count's relation to its clause (:func:`reconcile.claims.parse.relation`), the verbs
    of a rise or a fall ([direction] in metrics.toml) read as one."""
    from reconcile.claims.parse import relation
    from reconcile.claims.vocab import vocab

    v = vocab()
    falls = _fall_nouns()
    # verbs of one change are one relation: "dropped 14 places", "plunged 12 places"; so is
    # the noun of a fall that holds the count ("with the loss of 700 jobs" / "cut 620 jobs")
    return {
        cid: "rise" if rel in v.up else "fall" if rel in v.down or rel in falls else rel
        for cid, rel in _read_figures(claims, relation).items()
    }


@cache
def _fall_nouns() -> frozenset[str]:
    """Nouns of a fall whose "of" holds the count it removes ("the loss of 700 jobs"; parse.toml
    [relations] fall_nouns)."""
    return frozenset(load("parse")["relations"]["fall_nouns"])


def _counted_noun_metric(c: Claim, metric: str) -> bool:
    """The claim is a count whose metric its counted noun gives ("9.8 million customers":
    users; "52 depots": depots), not a keyword of its sentence ("killed 42 people": death
    toll), nor a duration."""
    return c.kind == "count" and bool(c.unit) and _counted_noun(c.unit, metric)


@lru_cache(maxsize=65536)
def _counted_noun(unit: str, metric: str) -> bool:
    """``metric`` is the name a count of ``unit`` gets from its noun (see
    :func:`_counted_noun_metric`)."""
    from reconcile.claims.vocab import vocab
    from reconcile.quantities.counts import plural

    unit = unit.lower()
    if metric.lower() == plural(unit):
        return True
    spec = next((s for s in vocab().metrics if s.name == metric), None)
    return spec is not None and not spec.of_other and unit in spec.units


# (Tried, 31 sets, 2026-12-06, against 411 of 1074 conflicts and 155 false alarms: sorting a
# mixed group's relations into the quantities its documents tell apart, a relation no document
# tells apart from a quantity joining it (the one its figures meet, else the largest), +0
# conflicts for +22 false alarms ("designed for 850 prisoners" met "held 1,420", "chartered 180
# flights" met "cancelled 412"); a count the parse relates to nothing joining the one relation
# its own document does not tell apart from it, -3 conflicts for +1 false alarm. Two verbs
# most often are two quantities even when no single source gives both.)
def _split_counts(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Split a group of counts of one noun whose sources give figures that cannot all hold by
    what each count's clause does with the noun ("a base of 9.8 million customers", "details
    of 2.4 million customers", "had their bank details exposed"): the customers a company has
    and the customers a breach reached are two quantities. Claims the parse relates to nothing
    stay in the group's own key, as do claims of the group that are no such counts; a group
    whose counts all share one relation is left alone."""
    out: dict[Key, list[Claim]] = {}
    for key, members in buckets.items():
        counts = [c for c in members if _counted_noun_metric(c, key[1])]
        if len(counts) < 2 or len(members) > MERGE_BLOCK or not _Profile(members, {}).mixed():
            out[key] = members
            continue
        rel = _one_holding(key[0], members, counts, _relations(counts))
        variants = {r for r in rel.values() if r}
        if len(variants) < 2:
            out[key] = members
            continue
        rel = _earlier_values(members, rel)  # placed by the figure they are the earlier value of
        for c in members:
            r = rel.get(c.id)
            k: Key = key if r is None else (key[0], f"{key[1]} ({r})", *key[2:])
            out.setdefault(k, []).append(c)
    return out


# the words between a figure and the earlier value its sentence gives after it: "averages 30.9
# points a game, up from 29.8", "has 61 stores, against 58"
_RX_EARLIER_AFTER = re.compile(
    r"[^.;:]{0,40}?[,(][ \t]*(?:(?:up|down)[ \t]+)?(?:from|against|compared[ \t]+with)[ \t]+$",
    re.IGNORECASE,
)


def _earlier_values(members: list[Claim], rel: dict[str, str | None]) -> dict[str, str | None]:
    """A count the parse relates to nothing that its sentence gives as the earlier value of a
    figure of the group just before it ("averages 30.9 points a game, up from 29.8") is a value
    of that figure's quantity: it takes that figure's relation. One with a time of its own ("up
    from 1.9 million in 2024") is that time's value and keeps its own reading."""
    out = dict(rel)
    for c in members:
        if c.id not in rel or rel[c.id] is not None:
            continue
        if c.when is not None:
            continue  # "up from 1.9 million in 2024": the value of its own time, not an earlier
            # value of the figure's quantity (context._pick_modifier reads it so too)
        at = c.sentence.find(c.text)
        for x in members:
            r = rel.get(x.id)
            if r is None or x.document != c.document or x.sentence != c.sentence:
                continue
            end = c.sentence.find(x.text) + len(x.text)
            if len(x.text) <= end <= at and _RX_EARLIER_AFTER.fullmatch(c.sentence, end, at):
                out[c.id] = r
                break
    return out


def _join_bare(buckets: dict[Key, list[Claim]]) -> dict[Key, list[Claim]]:
    """Move each figure of a group named by a bare measured thing ("duration", "length") to
    the one group of its subject, role, unit and scope whose name narrows that thing by the
    nouns the parse ties the figure to (:func:`reconcile.claims.parse.bearing_nouns`: "the
    blaze burned for 17 days" to "blaze duration"; "the strike, which lasted nine days" to
    "strike duration"): the bare name came from words that did not say what lasts, and the
    sentence's structure does. A figure the nouns of two such names fit, or none, stays; so
    does one :func:`_fits` keeps apart (a labelled line, one its own source or sentence
    tells apart, one far from the group's figures). Before the merge by evidence, which
    weighs the groups as they then stand."""
    from reconcile.claims.parse import bearing_nouns

    names: dict[tuple, set[str]] = defaultdict(set)
    for k in buckets:
        if k[0] and "(" not in k[1] and not k[1].endswith("'"):
            names[(k[0], *k[2:])].add(k[1])
    todo: list[tuple[Key, dict[str, frozenset[str]]]] = []
    for (subject, *rest), found in names.items():
        for bare in sorted(found):
            narrowed = {m: _prefix_words(m, bare) for m in found if m.endswith(f" {bare}")}
            narrowed = {m: words for m, words in narrowed.items() if words}
            if narrowed:
                todo.append(((subject, bare, *rest), narrowed))  # type: ignore[arg-type]
    if not todo:
        return buckets
    tied = _read_figures([c for k, _ in todo for c in buckets[k]], bearing_nouns)
    siblings: Siblings = defaultdict(set)
    for cs in buckets.values():
        for c in cs:
            siblings[(c.document, c.sentence, dimension(c))].add(value_interval(c))
    out = {k: list(cs) for k, cs in buckets.items()}
    moved = False
    for home, narrowed in todo:
        stay: list[Claim] = []
        for c in out[home]:
            nouns = tied.get(c.id) or frozenset()
            hits = [m for m, words in narrowed.items() if words <= nouns]
            if not hits and len(narrowed) == 1 and _counted_noun_metric(c, home[1]):
                hits = list(narrowed)  # "1,800 officers" / "2,400 police officers": a count
                # of its own noun, which another source narrows by a word the retelling drops
            if len(hits) != 1:
                stay.append(c)
                continue
            there: Key = (home[0], hits[0], *home[2:])  # type: ignore[assignment]
            if not _fits(c, out[there], siblings):
                stay.append(c)
                continue
            out[there].append(c)
            moved = True
        out[home] = stay
    if not moved:
        return buckets
    return {k: cs for k, cs in out.items() if cs}


def _prefix_words(metric: str, bare: str) -> frozenset[str]:
    """The words ``metric`` sets before ``bare`` ("fire" of "fire duration", "ring road" of
    "ring road speed"), lowercased; a unit's letter ("m" of "m freestyle length") is none."""
    prefix = metric[: len(metric) - len(bare)].split()
    return frozenset(w.lower() for w in prefix if w.isalpha() and len(w) > 2)


# A figure a narrowed group takes lies within this factor of one of its figures. Measured
# (python -m benchmarks.scores --against, 32 sets, 2026-12-06, from 432 of 1111 conflicts and
# 145 false alarms): as now, 1 more conflict with no false alarm more; without the labelled-line
# rule, 1 more for 1 more (a fact sheet's regulator estimate met the company's figure); at 3.0
# and without it, 2 more for 3 more (a whole bridge's length met one section's under one name;
# the time thieves were inside met the whole raid's). (Tried: no such rule and no sibling
# rule, +0 conflicts for +4 false alarms; a name's noun merely present in the sentence, not
# tied by the parse, +1 for +21: a rider's remaining distance met the climb's length.)
NEAR_FACTOR = 1.5


def _fits(c: Claim, members: list[Claim], siblings: Siblings) -> bool:
    """May ``c`` join ``members``, a narrowed group its parse names it for? Not from a list
    item or a labelled line (a fact sheet's terse line leaves its source, day and part
    unsaid: "- Gas released (regulator estimate): ..."), nor when a figure of its own
    document there does not meet it (its source tells the two apart), nor when
    another figure of its sentence meets a figure there and it does not (that figure is the
    narrowed one: "the bypass stays at 70 km/h while side streets drop to 30 km/h"), nor
    when it lies more than :data:`NEAR_FACTOR` from every figure there (a figure of another
    thing that bears the name: "3 km of reserve pipe" against a pipeline's 1,900 km)."""
    if _RX_LABEL_LINE.match(c.sentence):
        return False
    own = value_interval(c)
    if not all(intervals_meet(own, value_interval(m)) for m in members if m.document == c.document):
        return False
    theirs = [value_interval(m) for m in members]
    others = siblings.get((c.document, c.sentence, dimension(c)), set())
    if any(
        intervals_meet(v, t) for v in others if not intervals_meet(v, own) for t in theirs
    ) and not any(intervals_meet(own, t) for t in theirs):
        return False
    return any(_near(c.value, m.value) for m in members)


def _near(x: float, y: float) -> bool:
    if x == y:
        return True
    if x <= 0 or y <= 0:
        return False
    return max(x, y) / min(x, y) <= NEAR_FACTOR


def _one_holding(
    subject: str | None, members: list[Claim], counts: list[Claim], rel: dict[str, str | None]
) -> dict[str, str | None]:
    """The verbs by which the group's own subject gets or holds the counted things ("Norvik won
    212 seats", "Norvik secured 209 seats", "Norvik, which holds 211 seats") are one relation:
    two sources wording one act. Two such verbs stay two acts when one document gives the
    group's figures different values under them ("built 90,000 cars and delivered 81,000"),
    and the verbs of a rise or a fall keep their own relation."""
    from reconcile.claims.parse import holder

    holders = _read_figures(counts, holder)
    held = {
        r
        for c in counts
        if (r := rel.get(c.id)) not in (None, "rise", "fall")
        and _names_subject(holders.get(c.id), subject)
    }
    if len(held) < 2:
        return rel
    counted = {c.id for c in counts}
    every = {**_relations([c for c in members if c.id not in counted]), **rel}
    values: dict[tuple[str, str], set[float]] = {}
    for c in members:
        r = every.get(c.id)
        if r in held and c.value is not None:
            values.setdefault((c.document, r), set()).add(c.value)
    docs = {d for d, _ in values}

    def apart(a: str, b: str) -> bool:
        return any(
            values.get((d, a)) and values.get((d, b)) and not values[(d, a)] & values[(d, b)]
            for d in docs
        )

    classes: list[list[str]] = []
    for r in sorted(held, key=lambda r: (-sum(rel.get(c.id) == r for c in counts), r)):
        home = next((cl for cl in classes if not any(apart(r, x) for x in cl)), None)
        if home is None:
            classes.append([r])
        else:
            home.append(r)
    name = {r: cl[0] for cl in classes for r in cl}
    return {cid: name.get(r, r) if r else r for cid, r in rel.items()}


def _names_subject(name: str | None, subject: str | None) -> bool:
    """``name`` is the group's subject, in full or as part of a longer name ("the Norvik Party"
    / "Norvik")."""
    if not name or not subject:
        return False
    a, b = name.lower(), subject.lower()
    return a == b or re.search(rf"\b{re.escape(b)}\b", a) is not None


MERGE_SAMPLE = 3  # claims per group whose cross pairs are weighed
# (Tried, 30 sets, 2026-12-06, against 398 of 1036 conflicts and 146 false alarms: linking two
# groups by their best weighed pair when it reached 0.95, else by the mean, +5 conflicts for
# +46 false alarms; by the best mean left once one claim of a sample of three is set aside,
# +0 for +17. A pair that weighs high beside pairs that weigh low is as often two quantities
# written alike as one quantity in a group holding a stray figure.)
MERGE_BLOCK = 48  # groups of one measured thing weighed pair by pair (more: by name initials)


def _one_base(ka: Key, kb: Key) -> bool:
    """Two keys that differ only in what follows their metric's name ("membership (among
    pensioner)" / "membership"; "revenue (forecast)" / "revenue"): the narrowing pass and the
    vocabulary already told them apart."""
    return (
        ka[0] == kb[0]
        and ka[2:] == kb[2:]
        and ka[1] != kb[1]
        and ka[1].split(" (", 1)[0] == kb[1].split(" (", 1)[0]
    )


def _told_apart(
    ctx: Context, names: dict[str, set[tuple[FigureKey, str]]], ra: str, rb: str
) -> bool:
    """Some source tells a subject of one merged group apart from a subject of the other
    (gives both figures of one measured thing, and not the same figure to both), or the two
    names are two entities of one kind ("Harrow Rail" / "Brannock Rail"): the two stay apart,
    however alike the rest looks (the Yes side and the No side; a retailer and the bank of
    the same name)."""
    from reconcile.claims.evidence import siblings

    return any(
        (ka == kb and ctx.apart(ka, sa, sb)) or siblings(sa, sb)
        for ka, sa in names.get(ra, ())
        for kb, sb in names.get(rb, ())
    )


@lru_cache(maxsize=4096)
def _noun_modifiers(metric: str) -> frozenset[str]:
    """The nouns before the measured thing of a name the parse gave ("satisfaction" of
    "satisfaction rate"); none for a vocabulary metric's name (those are kept distinct, or
    made one, by the vocabulary) or for adjectives ("average", "previous"), and none inside an
    adjective of the bearer ("liberian" of "liberian-flagged tanker length": a flag describes
    the vessel, it names no other quantity)."""
    from reconcile.claims.parse import parse_sentences
    from reconcile.claims.vocab import vocab

    name = metric.split(" (", 1)[0].rstrip("'")
    if len(name.split()) < 2 or name in {m.name for m in vocab().metrics}:
        return frozenset()
    doc = parse_sentences([name])[0]
    return frozenset(
        t.lemma_.lower()
        for t in doc[:-1]
        if t.pos_ in ("NOUN", "PROPN") and t.head.pos_ in ("NOUN", "PROPN")
    )


def _named_apart(a: str, b: str) -> bool:
    """Two names the parse gave one measured thing, each narrowing it by nouns of its own
    ("satisfaction rate" / "acceptance rate"): two quantities, however near their figures."""
    if a == b or measured_thing(a) != measured_thing(b):
        return False
    na, nb = _noun_modifiers(a), _noun_modifiers(b)
    return bool(na and nb and not na & nb)


def _two_individuals(ka: Key, kb: Key) -> bool:
    """Two keys of an individual's attribute that name different bearers, or one that names
    none (:func:`_individuals`): no evidence makes one person's age another's."""
    ma, mb = ka[1].rstrip("'"), kb[1].rstrip("'")
    if ma not in INDIVIDUAL_METRICS and mb not in INDIVIDUAL_METRICS:
        return False
    return ka[0] != kb[0] or ka[1] != kb[1]


Interval = tuple[float, float]  # the values a figure's words admit (low, high)


class Valued(Protocol):
    """A figure as its words give it: a value and the bounds they admit (None: open)."""

    value: float
    low: float | None
    high: float | None


def value_interval(c: Valued) -> Interval:
    """The values a figure's words admit (an open bound reaches as far as it goes)."""
    lo = c.low if c.low is not None else -math.inf
    hi = c.high if c.high is not None else math.inf
    return min(lo, c.value), max(hi, c.value)


def intervals_meet(x: Interval, y: Interval) -> bool:
    """Two figures that can both hold: one figure, perhaps written at two precisions ("$4.9
    billion" and "$4.86 billion")."""
    return x[0] <= y[1] and y[0] <= x[1]


Siblings = dict[tuple, set[Interval]]  # (document, sentence, dimension) -> figures there


class _Profile:
    """What a merged group's claims say about the quantity they measure, beyond their keys:
    each document's figures (as the intervals their words admit), the figures the other claims
    of their sentences give (siblings), the bodies the figures are attributed to and the sized
    modifiers near them."""

    __slots__ = ("bodies", "figures", "scale", "siblings", "sizes", "values")

    def __init__(self, claims: Iterable[Claim], sentence_values: Siblings) -> None:
        from reconcile.claims.evidence import bodies, sized

        figures: dict[str, set[Interval]] = defaultdict(set)
        self.siblings: set[Interval] = set()
        self.bodies: set[str] = set()
        self.sizes: set[str] = set()
        for c in claims:
            own = value_interval(c)
            figures[c.document].add(own)
            others = sentence_values.get((c.document, c.sentence, dimension(c)), set())
            self.siblings.update(v for v in others if not intervals_meet(v, own))
            self.bodies |= bodies(c.sentence)
            self.sizes |= sized(c.sentence, c.text)
        self.figures = dict(figures)
        self.values = {v for vs in self.figures.values() for v in vs}
        sizes = [abs(c.value) for c in claims if c.value]
        self.scale = (min(sizes), max(sizes)) if sizes else None

    @classmethod
    def of(cls, claims: Iterable[Claim], parts: _Parts) -> _Profile:
        """The profile ``__init__`` builds, from each claim's part worked out once per
        document (:class:`_DocFacts`): the same sets, read instead of computed."""
        self = cls.__new__(cls)
        figures: dict[str, set[Interval]] = defaultdict(set)
        siblings: set[Interval] = set()
        found_bodies: set[str] = set()
        sizes: set[str] = set()
        magnitudes: list[float] = []
        for c in claims:
            own, sib, bod, siz, _ = parts[c.document].parts[id(c)]
            figures[c.document].add(own)
            if sib:
                siblings |= sib
            if bod:
                found_bodies |= bod
            if siz:
                sizes |= siz
            if c.value:
                magnitudes.append(abs(c.value))
        self.figures = dict(figures)
        self.siblings, self.bodies, self.sizes = siblings, found_bodies, sizes
        self.values = {v for vs in self.figures.values() for v in vs}
        self.scale = (min(magnitudes), max(magnitudes)) if magnitudes else None
        return self

    def mixed(self) -> list[set[Interval]]:
        """The figures of each document that gives the group two figures that cannot both
        hold."""
        return [
            vs
            for vs in self.figures.values()
            if len(vs) > 1 and any(not intervals_meet(x, y) for x in vs for y in vs)
        ]

    @classmethod
    def joined(cls, kept: _Profile, claims: list[Claim], parts: _Parts) -> _Profile:
        """The profile of ``kept``'s claims and ``claims`` (claims of other documents than
        ``kept``'s), as :meth:`of` all of them gives it; ``kept`` is not changed (its sets are
        shared with the new profile, which :meth:`absorb` never changes in place). For
        figures that are numbers (with a NaN, min and max follow the order: see
        ``_run_facts``)."""
        more = cls.of(claims, parts)
        self = cls.__new__(cls)
        self.figures = {**kept.figures, **more.figures}  # (no document in both)
        self.values = kept.values | more.values
        self.siblings = kept.siblings | more.siblings
        self.bodies = kept.bodies | more.bodies
        self.sizes = kept.sizes | more.sizes
        if kept.scale is None or more.scale is None:
            self.scale = kept.scale or more.scale
        else:
            self.scale = (min(kept.scale[0], more.scale[0]), max(kept.scale[1], more.scale[1]))
        return self

    def absorb(self, other: _Profile) -> None:
        for doc, vs in other.figures.items():  # (a new set: a kept profile may share it)
            mine = self.figures.get(doc)
            self.figures[doc] = set(vs) if mine is None else mine | vs
        self.values |= other.values
        self.siblings |= other.siblings
        self.bodies |= other.bodies
        self.sizes |= other.sizes
        if self.scale is None or other.scale is None:
            self.scale = self.scale or other.scale
        else:
            self.scale = (min(self.scale[0], other.scale[0]), max(self.scale[1], other.scale[1]))


# what the merge reads of one claim: its interval, the figures of its sentence that do not meet
# it (siblings), the bodies and sized modifiers of its sentence, its (figure key, subject)
_Part = tuple[Interval, frozenset[Interval], frozenset[str], frozenset[str], tuple | None]


class _DocFacts:
    """What :func:`merge_by_evidence` reads of one document's claims, worked out once: the
    figures of each of its sentences (:data:`Siblings`), each claim's :data:`_Part`, and the
    document's share of the run's :class:`~reconcile.claims.evidence.Context`. All of it reads
    the document's own claims only, so it holds in any run whose claims of that document are
    the same objects (the warm process of ``reconcile check --keep-warm`` keeps the sources'
    claims as objects from one check to the next: only the draft's are worked out again)."""

    __slots__ = ("claims", "ids", "nan", "parts", "sentence_values", "subjects", "values")

    def __init__(self, document: str, claims: list[Claim], ids: frozenset[int]) -> None:
        from reconcile.claims.evidence import _figure_key, _name, bodies, sized

        self.claims, self.ids = claims, ids  # (held: the ids stay those of these claims)
        self.nan = any(c.value != c.value for c in claims)  # (see ``_run_facts``)
        sentence_values: Siblings = defaultdict(set)
        for c in claims:
            sentence_values[(document, c.sentence, dimension(c))].add(value_interval(c))
        self.sentence_values = dict(sentence_values)
        self.parts: dict[int, _Part] = {}
        # the document's share of evidence.context: its subjects, each (figure key, subject)
        # -> the values the document gives it
        self.subjects: set[str] = set()
        values: dict[tuple, set[float]] = defaultdict(set)
        for c in claims:
            own = value_interval(c)
            others = self.sentence_values.get((document, c.sentence, dimension(c)), ())
            siblings = frozenset(v for v in others if not intervals_meet(v, own))
            key = _figure_key(c)
            self.parts[id(c)] = (
                own,
                siblings,
                bodies(c.sentence),
                sized(c.sentence, c.text),
                (key, c.subject) if c.subject else None,
            )
            name = _name(c.subject)
            if name:
                self.subjects.add(name)
                if c.metric:
                    values[(key, name)].add(c.value)
        self.values = dict(values)


_DOC_FACTS: dict[str, _DocFacts] = {}  # the last run's, by document
_Parts = dict[str, _DocFacts]  # a run's, by document (each claim's part: .parts[id(claim)])


def _reading_order(c: Claim) -> tuple[str, tuple[int, int], str]:
    return (c.document, c.span, c.id)


class _Kept:
    """What :func:`merge_by_evidence` reads of one group's claims of the steady documents
    (those whose claims are the last run's objects, see ``_run_facts``), kept from one run to
    the next while the group holds the same such claims: their first claims in reading
    order, their (figure key, subject) pairs, their narrowing phrases and (worked out when
    first asked) their :class:`_Profile`. The group's other claims (a draft's, edited) are
    read afresh and joined to these."""

    __slots__ = ("claims", "ids", "names", "profile", "sample", "variants")

    def __init__(self, ids: frozenset[int], claims: list[Claim], parts: _Parts) -> None:
        self.ids, self.claims = ids, claims  # (held: the ids stay those of these claims)
        self.sample = sorted(claims, key=_reading_order)[:MERGE_SAMPLE]
        self.names = frozenset(_names_of(claims, parts))
        self.variants = frozenset(tuple(sorted(c.narrowing)) for c in claims if c.narrowing)
        self.profile: _Profile | None = None


def _names_of(claims: Iterable[Claim], parts: _Parts) -> set[tuple[FigureKey, str]]:
    found = {parts[c.document].parts[id(c)][4] for c in claims}
    found.discard(None)
    return found  # type: ignore[return-value]


_KEPT: dict[Key, _Kept] = {}  # the last run's, by group key
# the last run's ceilings (evidence.ceiling, a pure function of two claims) of pairs of claims
# weighed: (id, id) -> (the two claims, held so that their ids stay theirs; the ceiling)
_CEILINGS: dict[tuple[int, int], tuple[Claim, Claim, float]] = {}


def _run_facts(buckets: dict[Key, list[Claim]]) -> tuple[_Parts, Context, set[str]]:
    """Each document's :class:`_DocFacts` and the run's context
    (:func:`reconcile.claims.evidence.context`, the same sets) of the buckets' claims: a
    document whose claims are the objects of the last run's is not read again; and those
    documents (the steady ones, see :class:`_Kept`)."""
    from reconcile.claims.evidence import Context

    global _DOC_FACTS
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for cs in buckets.values():
        for c in cs:
            by_doc[c.document].append(c)
    kept: dict[str, _DocFacts] = {}
    steady: set[str] = set()
    for doc, cs in by_doc.items():
        ids = frozenset(map(id, cs))
        facts = _DOC_FACTS.get(doc)
        if facts is None or facts.ids != ids:
            facts = _DocFacts(doc, cs, ids)
        else:
            steady.add(doc)
        kept[doc] = facts
    _DOC_FACTS = kept
    if any(f.nan for f in kept.values()):
        steady = set()  # a NaN figure: a profile's min and max follow the claims' order
    global _STEADY_CONTEXT
    base = _STEADY_CONTEXT
    if (
        base is None
        or base[0].keys() != steady
        or any(base[0][doc] is not kept[doc] for doc in steady)
    ):
        base = _STEADY_CONTEXT = ({d: kept[d] for d in steady}, *_context_of(kept, steady))
    _, values, subjects, documents = base
    values, subjects, documents = dict(values), dict(subjects), dict(documents)
    copied: set[tuple] = set()  # the base's inner dicts are shared: copied before a change
    for doc, facts in kept.items():
        if doc in steady:
            continue
        if facts.subjects:
            subjects[doc] = facts.subjects
            for name in facts.subjects:
                documents[name] = documents.get(name, set()) | {doc}
        for key, vs in facts.values.items():
            inner = values.get(key)
            if inner is None:
                values[key] = inner = {}
                copied.add(key)
            elif key not in copied:
                values[key] = inner = dict(inner)
                copied.add(key)
            inner[doc] = vs
    return kept, Context(values, subjects, documents), steady


def _context_of(
    facts_of: _Parts, docs: set[str]
) -> tuple[dict[tuple, dict[str, set[float]]], dict[str, set[str]], dict[str, set[str]]]:
    """The values, subjects and documents of :class:`~reconcile.claims.evidence.Context` over
    the claims of ``docs`` (as ``evidence.context`` gives them, from each one's facts)."""
    values: dict[tuple, dict[str, set[float]]] = {}
    subjects: dict[str, set[str]] = {}
    documents: dict[str, set[str]] = {}
    for doc in docs:
        facts = facts_of[doc]
        if facts.subjects:
            subjects[doc] = facts.subjects
            for name in facts.subjects:
                documents.setdefault(name, set()).add(doc)
        for key, vs in facts.values.items():
            values.setdefault(key, {})[doc] = vs
    return values, subjects, documents


# the context of the last steady documents: (their facts, values, subjects, documents)
_STEADY_CONTEXT: tuple[_Parts, dict, dict, dict] | None = None


def forget() -> None:
    """Drop what grouping keeps from one run to the next (``_DOC_FACTS``, ``_KEPT``,
    ``_CEILINGS``, ``_STEADY_CONTEXT``): the next run reads every claim afresh, with the
    same result."""
    global _DOC_FACTS, _KEPT, _CEILINGS, _STEADY_CONTEXT
    _DOC_FACTS, _KEPT, _CEILINGS, _STEADY_CONTEXT = {}, {}, {}, None


def _profiles_apart(a: _Profile, b: _Profile) -> str | None:
    """Why two groups measure different quantities whatever their keys and the weighed
    evidence say (None: nothing says so):

    - "mixed": one group already holds two figures of one document that cannot both hold (two
      quantities, or a count as it grew), and the other group restates one of them: merged,
      it would agree with that one and be set against the other, an alarm that is false
      whichever quantity it is;
    - "source": a document gives figures in both and none of its figures in one meets one of
      its figures in the other ("the 10-year yield ... the two-year yield");
    - "sentence": a figure of one group has a sibling in its sentence that meets a figure of
      the other group, which holds nothing that meets the figure itself ("a $4.9 billion
      budget, up from this year's $4.6 billion" against another source's $4.9 billion budget);
    - "body": the two groups' figures are attributed to different bodies ("according to the
      national institute" / "the survey agency said"): two measurements;
    - "size": their sized modifiers differ ("the 10-year bond" / "the two-year yield");
    - "scale": their figures lie :data:`SCALE_APART` orders of magnitude apart or more.
    """
    for x, y in ((a, b), (b, a)):
        for vs in x.mixed():
            if any(intervals_meet(u, v) for u in vs for v in y.values):
                return "mixed"
    fa, fb = (a.figures, b.figures) if len(a.figures) <= len(b.figures) else (b.figures, a.figures)
    for doc, xs in fa.items():
        ys = fb.get(doc)
        if ys and not any(intervals_meet(x, y) for x in xs for y in ys):
            return "source"
    for x, y in ((a, b), (b, a)):
        for v in y.values:
            if any(intervals_meet(s, v) for s in x.siblings) and not any(
                intervals_meet(u, v) for u in x.values
            ):
                return "sentence"
    if a.bodies and b.bodies and not one_body(a.bodies, b.bodies):
        return "body"
    if a.sizes and b.sizes and not a.sizes & b.sizes:
        return "size"
    if a.scale and b.scale:
        low, high = sorted((a.scale, b.scale))
        if high[0] > low[1] and math.log10(high[0] / low[1]) >= SCALE_APART:
            return "scale"
    return None


def merge_by_evidence(
    buckets: dict[Key, list[Claim]],
    threshold: float | None = None,
    texts: Mapping[str, str] | None = None,
) -> dict[Key, list[Claim]]:
    """Merge groups whose keys differ but whose claims the weighed evidence says describe one
    quantity (:mod:`reconcile.claims.evidence`): only groups of one block (role, unit dimension,
    scope) that share a cheap key (the measured thing, the metric's last word, or the subject)
    are weighed, on the mean probability over a few cross pairs of their claims; the larger
    group's key names the merged group. Near-linear: pairs are formed only inside a cheap key
    (the measured thing, with the subject's first two letters when more than
    :data:`MERGE_BLOCK` groups share it; or the whole subject). Never merged, whatever the
    evidence: names some source tells apart (:func:`_told_apart`), groups whose claims say
    they measure different things (:func:`_profiles_apart`: one source's figures in both, a
    sentence's other figure, bodies, sized modifiers), groups with different narrowing
    phrases, and keys that differ only in what follows the metric's name
    (:func:`_one_base`). Two groups of a total under a place and a name some sentence of the
    run sets in it (:class:`reconcile.claims.placed.Places`, reading ``texts``, the documents'
    texts by id, else the claims' sentences) merge at :data:`PLACE_CUT`; two groups of one
    metric whose subjects no sentence of theirs names (each document's default,
    :func:`_defaults_apart`) at :data:`DEFAULT_CUT`."""
    from reconcile.claims.evidence import (
        act_frame,
        ceiling,
        model,
        named_alike,
        one_act,
        one_thing,
        probability,
        thing_values,
    )

    cut = model()[2] if threshold is None else threshold
    if cut >= 1.0 or len(buckets) < 2:
        return buckets
    keys = sorted(buckets, key=lambda k: (-len(buckets[k]), tuple(str(x) for x in k)))
    by_thing: dict[tuple, list[Key]] = defaultdict(list)
    for k in keys:
        by_thing[(k[2], k[3], k[4], measured_thing(k[1]))].append(k)
    index: dict[tuple, list[Key]] = defaultdict(list)
    for k in keys:
        subject, metric, role, dim, scope = k
        thing = (role, dim, scope, measured_thing(metric))
        if len(by_thing[thing]) <= MERGE_BLOCK:  # one measured thing: any two subjects meet
            index[(*thing, "thing")].append(k)
        else:  # a crowded thing: only names sharing their first two letters
            index[(*thing, "thing", (subject or "")[:2].lower())].append(k)
        if subject:
            index[(role, dim, scope, "subject", subject)].append(k)
    global _KEPT, _CEILINGS
    parts, ctx, steady = _run_facts(buckets)
    # each group's claims of steady documents read as in the last run (_Kept), the others
    # afresh: the claims weighed for each group are its first in reading order (document,
    # then place), so that the merge does not depend on the order the claims came in
    sample: dict[Key, list[Claim]] = {}
    names: dict[str, set[tuple[FigureKey, str]]] = {}
    variants: dict[str, set[tuple[str, ...]]] = {}
    metric_names: dict[str, set[str]] = {}  # a merged group's root -> its keys' metric names
    fresh: dict[Key, list[Claim]] = {}
    kept: dict[Key, _Kept] = {}
    for k in keys:
        old, new = [], []
        for c in buckets[k]:
            (old if c.document in steady else new).append(c)
        ids = frozenset(map(id, old))
        last = _KEPT.get(k)
        if last is None or last.ids != ids:
            last = _Kept(ids, old, parts)
        kept[k] = last
        fresh[k] = new
        sample[k] = sorted([*last.sample, *new], key=_reading_order)[:MERGE_SAMPLE]
        names[repr(k)] = set(last.names) | _names_of(new, parts)
        variants[repr(k)] = set(last.variants) | {
            tuple(sorted(c.narrowing)) for c in new if c.narrowing
        }
    _KEPT = kept
    # counts whose nouns take the same part in one act (evidence.one_act) are weighed
    # whatever their names and subjects: "1,940 marchers crossed" / "2,000 people crossed"
    # (a crowded act, as a crowded thing: only names sharing their first two letters)
    by_act: dict[tuple, list[Key]] = defaultdict(list)
    for k in keys:
        if k[3] == "count":
            for act in sorted({a for c in sample[k] if (a := act_frame(c))}):
                by_act[(k[2], k[3], k[4], "by act", act)].append(k)
    for block, members in by_act.items():
        if len(members) <= MERGE_BLOCK:
            index[block] = members
            continue
        for k in members:
            index[(*block, (k[0] or "")[:2].lower())].append(k)
    ceilings: dict[tuple[int, int], tuple[Claim, Claim, float]] = {}
    things: Things | None = None  # read when two names first meet as one act
    places: Places | None = None  # read when a place and an entity first come near the cut

    def ceiling_of(x: Claim, y: Claim, alias: bool = False) -> float:
        if alias:  # (seldom: not kept)
            return ceiling(x, y, one_thing=True)
        pair = (id(x), id(y))
        hit = ceilings.get(pair) or _CEILINGS.get(pair)
        if hit is None:
            hit = (x, y, ceiling(x, y))
        ceilings[pair] = hit
        return hit[2]

    def profile_of(k: Key) -> _Profile:
        entry = kept[k]
        if not entry.claims:
            return _Profile.of(fresh[k], parts)
        if entry.profile is None:
            entry.profile = _Profile.of(entry.claims, parts)
        return _Profile.joined(entry.profile, fresh[k], parts)

    profiles: dict[str, _Profile] = {}
    key_of = {repr(k): k for k in keys}
    uf = _UnionFind([repr(k) for k in keys])
    weighed: set[tuple[str, str]] = set()
    for block, members in index.items():
        for i, ka in enumerate(members):
            for kb in members[i + 1 :]:
                pair = (repr(ka), repr(kb))
                if pair in weighed or uf.find(pair[0]) == uf.find(pair[1]):
                    continue
                weighed.add(pair)
                xs, ys = sample[ka], sample[kb]
                n = len(xs) * len(ys)
                cut_here = min(cut, SPAN_CUT) if ka[1] == kb[1] and _named_span(ka[1]) else cut
                # a place and what may stand in it (placed.Places.stands_in): a lower cut
                floor = cut_here
                if ka[0] and kb[0] and ka[0] != kb[0] and _totals(ka[3]):
                    floor = min(cut_here, PLACE_CUT)
                place_floor = floor
                # two documents' default subjects (_defaults_apart): a lower cut
                default = bool(ka[0] and kb[0]) and ka[0] != kb[0] and ka[1] == kb[1]
                if default:
                    floor = min(floor, DEFAULT_CUT)
                # one body reports both groups' figures (_one_reporter): a lower cut
                reported = default and ka[2:] == kb[2:] and _one_reporter(xs, ys)
                if reported:
                    floor = min(floor, BODY_CUT)
                # two names of one thing: counts of one act (evidence.one_act) in the groups,
                # or shares one of which is taken of the whole the other's metric names
                # (evidence.named_alike), which under one subject merge at a lower cut
                renamed = ka[1] != kb[1] and any(named_alike(x, y) for x in xs for y in ys)
                alias = renamed or (ka[1] != kb[1] and any(one_act(x, y) for x in xs for y in ys))
                renamed = renamed and bool(ka[0]) and ka[0] == kb[0]
                if renamed:
                    floor = min(floor, NAMED_CUT)
                if sum(ceiling_of(x, y, alias) for x in xs for y in ys) / n < floor or (
                    _one_base(ka, kb)
                ):
                    continue  # the values alone keep the mean below the cut
                if _two_individuals(ka, kb) or _named_apart(ka[1], kb[1]):
                    continue
                ra, rb = uf.find(pair[0]), uf.find(pair[1])
                if _told_apart(ctx, names, ra, rb):  # the vetoes first: they cost less
                    continue
                ma = metric_names.get(ra) or {key_of[ra][1]}
                mb = metric_names.get(rb) or {key_of[rb][1]}
                if any(_named_apart(x, y) for x in ma for y in mb):
                    continue  # "old record" with both "old world record" and "old meeting record"
                for r in (ra, rb):  # a root without a profile is one of the first groups
                    if r not in profiles:
                        profiles[r] = profile_of(key_of[r])
                if _profiles_apart(profiles[ra], profiles[rb]):
                    continue
                named = False
                if alias:  # the two names read as one when no source tells them apart
                    if things is None:
                        things = thing_values(c for cs in buckets.values() for c in cs)
                    named = one_thing(xs, ys, things)
                    if not named and block[3] == "by act":  # (no measured thing has a space)
                        continue  # a source gives both figures: two things, not two names
                    weight = sum(probability(x, y, ctx, named) for x in xs for y in ys)
                else:
                    weight = sum(probability(x, y, ctx) for x in xs for y in ys)
                if weight / n < cut_here:
                    if weight / n < floor:
                        continue
                    if (
                        not (
                            default
                            and weight / n >= DEFAULT_CUT
                            and _defaults_apart(ka[0], buckets[ka], kb[0], buckets[kb])
                        )
                        and not (reported and weight / n >= BODY_CUT)
                        and not (renamed and named and weight / n >= NAMED_CUT)
                    ):
                        if weight / n < place_floor:
                            continue
                        if places is None:
                            places = Places(buckets, texts)
                        if not places.stands_in(ka[0], kb[0]):
                            continue
                va, vb = variants.pop(ra, set()), variants.pop(rb, set())
                if va and vb and va != vb:
                    variants[ra], variants[rb] = va, vb
                    continue  # different narrowing phrases: different quantities
                uf.union(*pair)
                root = uf.find(pair[0])
                names[root] = names.pop(ra, set()) | names.pop(rb, set())
                for r in (ra, rb):
                    metric_names.pop(r, None)
                metric_names[root] = ma | mb
                pa, pb = profiles.pop(ra), profiles.pop(rb)
                pa.absorb(pb)
                profiles[root] = pa
                variants[root] = va | vb
    _CEILINGS = ceilings
    merged: dict[str, list[Key]] = defaultdict(list)
    for k in keys:
        merged[uf.find(repr(k))].append(k)
    out: dict[Key, list[Claim]] = {}
    for ks in merged.values():
        out[ks[0]] = [c for k in ks for c in buckets[k]]  # ks[0]: the largest group
    return out


# The merge cut for two groups of one named span of time under two subjects ("delay duration"
# of the tunnel and of the project that built it). Measured (python -m benchmarks.scores, 21
# sets, 2026-12-05): 0.5 found 2 more conflicts with no false alarm more and 18 more right
# pairs for 18 predicted; 0.7 the same conflicts and 3 pairs; 0.3 as 0.5 with 2 wrong pairs.
SPAN_CUT = 0.5

# The merge cut for two groups of shares of one subject whose metrics differ but one of which
# names the whole the other's share is taken of in its sentence (:func:`reconcile.claims.
# evidence.named_alike`: "the loss is 17% of reserves" against a share named "reserve"), when no
# source tells the two metrics apart. Measured (python -m benchmarks.scores --against, 42 sets,
# 2026-12-07, from 525 of 1288 conflicts and 110 false alarms): +2 found (06h, 07g), no false
# alarm more; 0.7 the same counts and 4 more predicted pairs on 06j. Tried at this cut for
# figures of any role, reading also the noun a figure sizes, the noun whose amount it is ("a
# deficit of $4bn"), its clause verb and that verb's subject: +5 found for +28 false alarms;
# without the verb and its subject, +1 for +5 (a "4,500mAh battery" of another model, "a larger
# increase of 18%" only considered, "this year's quota" against next year's). Tried too: both
# figures arguments of one verb one metric names, or one sizing the noun of the other's verb
# ("returned 6%" / "its 8% return"): +2 found for +6 false alarms ("covered 1.8 times" of one
# tranche against "covered 3.1x" of the whole book, a runner-up's "took home" against the
# winner's); with figures of verbs whose subject one metric names as well, +2 for +16.
NAMED_CUT = 0.8

# The merge cut for two groups of a total (:func:`_totals`) under two subjects of which one is
# a place and the other an entity some sentence of the run sets in it
# (:meth:`reconcile.claims.placed.Places.stands_in`: "12 died in X" / "storm Y, which struck
# X, killed 14"), when no source tells them apart. Measured (python -m benchmarks.scores, 25
# sets, 2026-12-06): 0.8 found 4 more conflicts with no false alarm more; 0.75 5 more for 2
# more false alarms (a hospital's count of the injured met the whole toll; a count with cubs
# met one without); 0.85 fewer conflicts.
PLACE_CUT = 0.8
# The merge cut for two groups of one metric whose subjects are only their documents' defaults
# (:func:`_defaults_apart`: no sentence of either group names its subject, and each is prose),
# when no source tells them apart. Measured (python -m benchmarks.scores --against, 27 sets,
# 2026-12-06, from 349 of 925 conflicts and 124 false alarms): 0.86 found 4 more conflicts with no
# false alarm more; 0.83 7 more for 3 more false alarms; 0.8 9 more for 13 more; at 0.86 with
# list items and labelled lines too, 4 more for 3 more false alarms (a fact sheet's undated
# count met another day's, a list label's share a return, a labelled line's US price rise the
# UK one). (Tried, 30 sets, 2026-12-06, from 395 of 1036 and 155 false alarms: a lower cut
# for any two subjects of one metric when no document gives figures to both and each of their
# documents gives that metric (role, dimension, scope) to one subject only, "one bearer per
# source": at 0.6, +41 conflicts for +190 false alarms; at 0.8, +19 for +53; at 0.88, also
# asking that one side's documents name the other subject, +4 for +9. Each real report often
# gives one candidate's share, one hospital's count, one day's toll: one figure per source says
# little of whose it is.) (Tried, 30 sets, 2026-12-06, against 397 of 1036 and 155 false
# alarms: a group whose subject no sentence of its names merged at this cut with the only
# subject the run's sentences name for its metric, named by two documents or more, +0
# conflicts for +2 false alarms; by one document or more, +4 for +11; with the story's main
# entity (the default of the most documents) when the group's default is a name no other
# document writes, +0 for +0; giving that document's unnamed figures the story's subject
# outright, +15 for +74, or +8 for +23 when only a name no other document writes yields.
# Of the 212 missed conflict facts whose two sides differ only in subject, 78 pairs are two
# defaults, 90 one default and one named subject, 44 two named ones; for most, the weighed
# evidence of the pair is below this cut, so a lower cut's gains come with false alarms.)
DEFAULT_CUT = 0.86
# The merge cut for two groups of one metric under two subjects whose figures one body reports
# (:func:`_one_reporter`: "..., the Northern Harbour Board said" / "according to the harbour
# board"), when no source tells them apart. Measured (python -m benchmarks.scores --against, 40
# sets, 2026-12-07, from 497 of 1224 conflicts and 98 false alarms): 0.8 found 4 more (04h,
# 05f, 05j, 07a) with no false alarm more; 0.75 then 6 more for 1 false alarm more (an undated
# count of the body's met another source's later "now" count, its day unread after a "between"
# of two places). With that day read (time.read._start_before) and one body written two ways
# no different body in the weighed evidence, 0.75 found 1 more than 0.8 (06e), no false alarm.
BODY_CUT = 0.75


def _one_reporter(xs: list[Claim], ys: list[Claim]) -> bool:
    """The figures of both groups are attributed to one body and to no other
    (:func:`reconcile.claims.evidence.bodies`, one body written whole or by its last words:
    :func:`reconcile.claims.evidence.same_body`): a body that reports one count gives it once,
    whatever holder each source then names (a coast and one of its harbours, a district and
    the canal it counts on, a building and its owner's short name)."""
    from reconcile.claims.evidence import bodies

    ba = frozenset().union(*(bodies(c.sentence) for c in xs))
    bb = frozenset().union(*(bodies(c.sentence) for c in ys))
    if not ba or not bb:
        return False
    return all(one_body((x,), bb) for x in ba) and all(one_body((y,), ba) for y in bb)


# a list item ("- Fines: ...") or a line opening with a label ("Resources: 96 engines, ...")
_RX_LABEL_LINE = re.compile(r"\s*(?:[-*•·▪‣][ \t]|[A-Z][\w ()/&,.'’-]{0,60}:\s)")


def _defaults_apart(a: str, xs: list[Claim], b: str, ys: list[Claim]) -> bool:
    """Two groups' subjects are no more than what each document is about: no sentence of
    either group names its subject (each figure took its document's main subject, its
    sentence naming no holder), and every sentence is prose, not a list item or a labelled
    line. Two articles on one story often settle on different main subjects (the ship or the
    broadcaster that reported it, a region or its storm), and two figures of one metric under
    such subjects may be one quantity: merged at :data:`DEFAULT_CUT`. A figure a sentence
    gives its own named holder, or a terse fact-sheet line (whose day, label or part the
    line leaves unsaid), keeps the usual cut."""
    return _unnamed_prose(a, xs) and _unnamed_prose(b, ys)


def _unnamed_prose(name: str, claims: list[Claim]) -> bool:
    """No sentence of the claims names ``name`` but as the source that reports the figure
    ("..., X said", "X says 23 patients were ...", "according to X":
    :func:`reconcile.claims.entities.only_source`; the document's default fell on the body
    that speaks), and none is a list item or a labelled line."""
    from reconcile.claims.entities import only_source

    rx = name_rx(name)
    return not any(
        _RX_LABEL_LINE.match(c.sentence)
        or (rx.search(c.sentence) and not only_source(c.sentence, name, c.text))
        for c in claims
    )


# The dimensions of what a story totals, which a place does not scope: counts, money, masses,
# areas and volumes, and shares. A speed, a length, a span of time, a temperature or an energy
# is measured at a place or of a part, and the place keeps it apart (measured, 25 sets: with
# them, +1 conflict and +5 false alarms: a storm's gust at one station, a hurricane's speed
# restated at landfall, a runner's time in a city's race).
PLACE_TOTALS = frozenset({"count", "percent", "[mass]", "[length] ** 2", "[length] ** 3"})


def _totals(dim: str) -> bool:
    """Is ``dim`` the dimension of a total a place does not scope (:data:`PLACE_TOTALS`, or
    money)?"""
    return dim in PLACE_TOTALS or dim.startswith("money")


@lru_cache(maxsize=4096)
def _named_span(metric: str) -> bool:
    """Is ``metric`` a span of time named by the noun that lasts ("strike duration", "delay
    duration"; :func:`reconcile.claims.parse.duration_holder`)? A span named by the verb of an
    act ("duration (win)"), a plain "duration" and a span that is the period of another
    figure ("capital spending duration": a vocabulary metric's name before "duration") are
    not: two subjects' winning times, or two figures' periods, are two quantities far more
    often than one (merged like named spans: +4 false alarms, -1 conflict)."""
    from reconcile.claims.vocab import vocab

    if not metric.endswith(" duration") or "(" in metric:
        return False
    base = metric[: -len(" duration")]
    names = {s.name for s in vocab().metrics} | {s.change for s in vocab().metrics if s.change}
    return base not in names


def _label(subject: str | None, metric: str, scope: str | None) -> str:
    label = f"{subject or '(unknown subject)'}: {metric}"
    if scope:
        label += f", {scope_label(scope)}"
    return label


def _dim_label(dim: str) -> str:
    return dim.split(":", 1)[1] if dim.startswith("money:") else dim


@lru_cache(maxsize=65536)
def _compact(name: str) -> str:
    return re.sub(r"[\W_]+", "", name.lower())


def _with_user_aliases(c: Claim, settings: Settings) -> Claim:
    """Apply the user's entity and metric aliases to claims made elsewhere."""
    entities = {_compact(k): v for k, v in settings.entity_aliases.items()}
    subject = entities.get(_compact(c.subject), c.subject) if c.subject else c.subject
    metric = settings.metric_aliases.get(c.metric or "", c.metric)
    if (subject, metric) == (c.subject, c.metric):
        return c
    return c.model_copy(update={"subject": subject, "metric": metric})


def group_claims(
    claims: Iterable[Claim],
    settings: Settings | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[Group]:
    """Group claims describing the same quantity (see the module docstring).

    An order of magnitude ("hundreds of households", ``quantities.magnitudes``) takes no part in
    the grouping of the others: its wide interval and its words shifted which names and which
    merges won (a headline's "Hundreds" among a toll's figures split the toll of two sources
    from the others'). It is grouped with the orders of magnitude of its subject, metric, role
    and unit only: set beside the figures of its metric, it joined groups its sources meant
    otherwise (an industry's "tens of thousands" of job cuts with one company's cuts) and
    made no right pair more on the scoring sets (measured 2026-12-05)."""
    usable = [c for c in claims if c.metric]
    sized = [c for c in usable if stated_by_size(c.mention)]
    if sized:
        usable = [c for c in usable if not stated_by_size(c.mention)]
    if not usable and not sized:
        return []
    if settings is not None and (settings.entity_aliases or settings.metric_aliases):
        usable = [_with_user_aliases(c, settings) for c in usable]
        sized = [_with_user_aliases(c, settings) for c in sized]
    forms = _place_forms(usable)
    if forms:  # "Quenby" / "Quenby Valley": one place, whatever quantity each figure gives
        usable = [
            c.model_copy(update={"subject": forms[c.subject]}) if c.subject in forms else c
            for c in usable
        ]
    bodies = _body_forms(usable)
    if bodies:  # "Corvane Rail" / "Corvane": the company the bare name stands for
        usable = [
            c.model_copy(update={"subject": bodies[c.subject]}) if c.subject in bodies else c
            for c in usable
        ]
    slips = _spelling_forms(usable)
    if slips:  # "Lourve" / "Louvre": one name, one source's slip of the keys
        usable = [
            c.model_copy(update={"subject": slips[c.subject]}) if c.subject in slips else c
            for c in usable
        ]
    metric_weights = Counter(c.metric for c in usable if c.metric)
    metric_map = cluster_names(metric_weights, short_forms=False, also=number_forms(metric_weights))
    pre: list[tuple[Claim, tuple[str, str, str, str | None]]] = []
    dims: dict[tuple[str, str], str] = {}  # (kind, unit) -> dimension: all it reads
    for c in usable:
        dim = dims.get((c.kind, c.unit))
        if dim is None:
            dim = dims[(c.kind, c.unit)] = dimension(c)
        pre.append((c, (metric_map[c.metric or ""], c.role, dim, c.scope)))
    # subjects: clustered per block of (metric, role, dimension) so unrelated names never merge
    subject_weights: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    block_claims: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for c, (metric, role, dim, _) in pre:
        if c.subject:
            subject_weights[(metric, role, dim)][c.subject] += 1
            block_claims[(metric, role, dim)].append(c)
    subject_maps = {
        block: cluster_names(
            w,
            also=_full_name_pairs(w, block_claims[block]) + _people_word_pairs(w),
            segments=lambda b=block: _segment_words_in(block_claims[b]),  # type: ignore[misc]
        )
        for block, w in subject_weights.items()
    }
    rows: list[tuple[Claim, Key]] = []
    for c, (metric, role, dim, scope) in pre:
        subject = subject_maps[(metric, role, dim)][c.subject] if c.subject else None
        rows.append((c, (subject, metric, role, dim, scope)))
    rows = _settle_currencies(rows)
    rows = _fill_scopes(rows)
    rows = _narrow(rows)
    rows = _split_items(rows)
    buckets: dict[Key, list[Claim]] = defaultdict(list)
    for c, key in rows:
        buckets[key].append(c)
    buckets = _individuals(buckets)
    buckets = _unnamed(buckets)
    buckets = _split_scales(buckets)
    buckets = _increments(buckets)
    buckets = _instalments(buckets)
    buckets = _earlier(buckets)
    buckets = _separate(buckets)
    buckets = _split_counts(buckets)
    buckets = _join_bare(buckets)
    buckets = merge_by_evidence(buckets, texts=texts)
    buckets = _series(buckets)
    labels = {key: _label(key[0], key[1], key[4]) for key in buckets}
    seen = Counter(labels.values())
    for key, label in labels.items():
        if seen[label] > 1:
            labels[key] = f"{label} ({_dim_label(key[3])}, {key[2]})"
    ordered = sorted(buckets, key=lambda k: (labels[k], tuple(str(x) for x in k)))
    groups: list[Group] = []
    for n, key in enumerate(ordered, start=1):
        members = buckets[key]
        subject, metric, role, dim, scope = key
        units = {c.unit for c in members}
        groups.append(
            Group(
                id=f"g{n}",
                label=labels[key],
                claims=sorted(c.id for c in members),
                subject=subject,
                metric=metric,
                role=role,  # type: ignore[arg-type]
                unit=next(iter(units)) if len(units) == 1 else dim,
                scope=scope,
            )
        )
    return _with_sized(groups, sized) if sized else groups


def _with_sized(groups: list[Group], sized: list[Claim]) -> list[Group]:
    """``groups`` and the orders of magnitude of ``sized``, grouped by subject, metric, role
    and unit among themselves (see ``group_claims``); numbered again in label order."""
    own: dict[tuple[str | None, str, str, str], list[Claim]] = defaultdict(list)
    for c in sized:
        own[(c.subject, c.metric or "", c.role, c.unit)].append(c)
    out = list(groups)
    for (subject, metric, role, unit), members in own.items():
        out.append(
            Group(
                id="",
                label=_label(subject, metric, None),
                claims=sorted(c.id for c in members),
                subject=subject,
                metric=metric,
                role=role,  # type: ignore[arg-type]
                unit=unit,
            )
        )
    out.sort(key=lambda g: (g.label, g.claims))
    return [g.model_copy(update={"id": f"g{n}"}) for n, g in enumerate(out, start=1)]
