"""Separate the claims of one group that the parse says measure different quantities.

Grouping keys name a quantity by its vocabulary metric ("revenue", "margin", "vote share"), and
the words that narrow it are lost: "nine-month revenue" and the quarter's revenue, "gross
margin" and "operating margin", "a premium to the last close" and "a premium on the value
before the talks", "$8 billion in VMware-style debt of another company", "99% of the votes
counted" and a vote share. This stage reads, for each claim of a group whose sources disagree,
the parse of its sentence (:func:`reconcile.claims.parse.narrowing_of`) and splits the group
where two readings contradict (:func:`contradiction`):

- **kinds**: adjectival modifiers of the measured noun on both sides that neither holds the
  other ("gross" / "operating" margin);
- **parts**: a noun modifier that names a part on one side only, or different ones ("snacks
  sales" / revenue); or a part noun the figure belongs to on one side only, or different ones
  ("the opening phase, rated at 20 GWh" / the plant's 40 GWh; "the hill section, which
  carries two tracks" / the line's four; :func:`reconcile.claims.parse._piece`);
- **period**: different periods ("nine-month" / "for the quarter"), or a span of several
  months or a half on one side only (a report's bare figure is its quarter's or year's), or a
  total over a span against one occasion its own clause dates ("three nights drew 281,500" /
  "on Saturday night, 96,412");
- **places**: named places the figure is given for, different on the two sides ("across two
  countries" / "in one of them"), or a place an adverb before the figure sets its clause in
  ("4,000 kilometres away in X, three people died") against a figure naming no place, when
  neither claim's subject is that place;
- **reference**: what a premium or discount is measured against ("to the last close" / "on
  the value before the talks"), with no word in common;
- **owner**: a named possessor of the measured thing ("another company's debt", or "global"
  spending of no one company) that the other side's subject or owner does not name;
- **process**: a percent of something that a subordinate verb restricts ("after counting 99%
  of the votes") against a figure that verb does not govern;
- **person**: ages of people the sentences describe by different nouns ("a 67-year-old
  passenger", "the 19-year-old deckhand");
- **selection**: a count of the things a superlative picks out ("the nine oldest jets",
  "its 12 least profitable stores") against a count that names none (the fleet, the chain);
- **holder**: percentages held by different parties ("X, which owns 11%", "Y already owns
  4.9%", "Z, with 7%, said ...");
- **act**: a count of people whose clause did something to them beyond what the metric names
  ("nine injured passengers were moved to a clinic", "two deckhands were rescued",
  :func:`reconcile.claims.parse.count_act`) against a count whose clause did nothing (all
  the injured, the crew on board): the part the act reached, not the whole. Two different
  acts stay together ("rescued" / "pulled out" may tell one rescue), and a count whose
  clause's verb is that act in the active voice ("medics moved 41 injured workers") is of
  the same act;
- **ability**: one verb said of what can be done and of what was done ("the ship can carry
  14,000 containers" / "it was carrying 9,000"): a capacity against a load;
- **occasion** (reason "period"): an occasion the figure's words name by what happened on it
  ("on launch day", "on the closing weekend") against another occasion, named or dated ("on
  Saturday");
- **alone** (reason "part"): a figure of a subject "alone" singles out ("the new terminal
  alone will cost $2.4bn") against one whose verb's subject is another ("it", "the project");
- **measure** (reason "kind"): counts of one thing that different nouns hold with "of" ("the
  offer size of 63 million shares" / "on volume of 41m shares");
- **whole**: a count a territory named by a common noun holds ("the country's 14 million
  internet users") against a count an adjective the first lacks narrows ("11.2 million mobile
  internet users"): the whole against a part (reason "part").

Only groups with claims from two or more documents whose values differ, and at most
:data:`MAX_CLAIMS` claims, are read (each sentence parsed once per process): the parse costs
about 10 ms a sentence, and a large group's verdict already weighs camps. Pure apart from the
parse cache.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from reconcile.claims.evidence import log_ratio, told_apart
from reconcile.claims.group import intervals_meet, value_interval
from reconcile.claims.models import Claim
from reconcile.claims.parse import Narrowing, figure_span, narrowing_of, parse_sentences
from reconcile.claims.placed import people_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

MAX_CLAIMS = 48  # larger groups are not read (speed); their verdict works on camps


# Readings known without a parse: those an earlier run stored in the cache (``remember``),
# keyed by all a reading depends on (the sentence, the figure's words, the metric, whether it
# is a count), and those this process used (``learned``), for the cache. A warm run whose
# claims are all known needs no parse, so it never loads spaCy.
ReadingKey = tuple[str, str, str, bool]
_KNOWN: dict[ReadingKey, Narrowing | None] = {}
_LEARNED: dict[ReadingKey, Narrowing | None] = {}
_KNOWN_MAX = 200_000


def _reading_key(claim: Claim) -> ReadingKey:
    return (claim.sentence, claim.text, (claim.metric or "").lower(), claim.kind == "count")


def remember(readings: dict[ReadingKey, Narrowing | None]) -> None:
    """Readings known from an earlier run (see ``reconcile.cache``)."""
    if len(_KNOWN) + len(readings) > _KNOWN_MAX:
        _KNOWN.clear()
    _KNOWN.update(readings)


def learned() -> dict[ReadingKey, Narrowing | None]:
    """The readings this process used since it started (or was last asked): from a parse or
    remembered."""
    out = dict(_LEARNED)
    _LEARNED.clear()
    return out


def _warm(sentences: Iterable[str]) -> None:
    """Parse the sentences not yet cached in one batch."""
    todo = sorted({s for s in sentences if s} - _cached())
    if not todo:
        return
    for s, doc in zip(todo, parse_sentences(todo), strict=True):
        _PARSES[s] = doc


_PARSES: dict[str, object] = {}
_PARSES_MAX = 4096


def _cached() -> set[str]:
    if len(_PARSES) > _PARSES_MAX:
        _PARSES.clear()
    return set(_PARSES)


def reading(claim: Claim) -> Narrowing | None:
    """The parse's narrowing of one claim (None: its sentence was not parsed, or the figure
    stands in it more than once or not at all)."""
    key = _reading_key(claim)
    if key in _KNOWN:
        _LEARNED[key] = _KNOWN[key]
        return _KNOWN[key]
    doc = _PARSES.get(claim.sentence)
    if doc is None and _KNOWN and claim.sentence:
        # ``prepare`` passed by a sentence whose claims it knew; another figure of it is read
        _warm([claim.sentence])
        doc = _PARSES.get(claim.sentence)
    if doc is None:
        return None
    at = claim.sentence.find(claim.text)
    if at < 0 or claim.sentence.find(claim.text, at + 1) >= 0:
        found = None
    else:
        metric = (claim.metric or "").lower()
        found = narrowing_of(doc, at, at + len(claim.text), metric, claim.kind == "count")  # type: ignore[arg-type]
        where = where_place(doc, at, at + len(claim.text))  # type: ignore[arg-type]
        if found is not None and where:
            found = replace(found, elsewhere=found.elsewhere | where)
    _LEARNED[key] = found
    return found


def where_place(doc: Doc, start: int, end: int) -> frozenset[str]:
    """The places a relative clause of place sets the figure's clause in: the noun a "where"
    clause hangs on, with the nouns it is coordinated with ("in the hill towns, where only 61%
    were reached": the hill towns; "in X and Y, where 900 mm fell": X and Y). The figure's
    nearest clause verb must be that relative clause, so a figure of the main clause
    ("turnout was 64%, up in the towns where ...") names none."""
    span = figure_span(doc, start, end)
    if span is None:
        return frozenset()
    t = span.root
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    if t.pos_ not in ("VERB", "AUX") or t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN"):
        return frozenset()
    if not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < span.start for c in t.children):
        return frozenset()
    first = t.head
    while first.dep_ == "conj" and first.head.pos_ in ("NOUN", "PROPN"):
        first = first.head
    nouns = [first, *(c for c in first.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
    return frozenset(_noun_name(n) for n in nouns)


def _noun_name(noun: Token) -> str:
    """A noun with the modifiers right before it that name it ("northern uplands")."""
    words = [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i >= noun.i - 3]
    return " ".join(w.lower_ for w in (*words, noun))


# spans of several months short of a year: never a report's bare figure
_SPAN_PERIODS = frozenset({"half", *(f"{n} month" for n in (2, 4, 5, 7, 8, 9, 10, 11))})


def _words(names: Iterable[str]) -> set[str]:
    return {w.removesuffix("'s").removesuffix("’s") for n in names for w in n.lower().split()}


def contradiction(
    a: Narrowing,
    b: Narrowing,
    subject_a: str | None = None,
    subject_b: str | None = None,
    apart: frozenset[str] | None = None,
    segments: frozenset[str] | None = None,
) -> str | None:
    """Why two readings are different quantities (None: nothing says so). See the module
    docstring for each reason. ``apart``: the noun modifiers some source of the run sets apart
    (:func:`modifiers_apart`); a modifier on one side only splits the two when it is one of
    them (None: on the word alone). ``segments``: the noun modifiers some source sets apart,
    whatever the figures' kind; a modifier on one side against an adjective on the other splits
    the two only when it is one of them ("mobility bookings" set apart from the others of its
    source, against "gross bookings"; "drinking water" and "fresh water" stay one)."""
    if a.kinds and b.kinds and not (a.kinds <= b.kinds or b.kinds <= a.kinds):
        return "kind"
    if a.parts and b.parts and not (a.parts <= b.parts or b.parts <= a.parts):
        return "part"
    if a.categories != b.categories:
        return "part"
    for x, y in ((a, b), (b, a)):
        if x.piece and x.piece != y.piece and (y.piece or not (y.categories or y.parts)):
            return "part"  # "the opening phase, rated at 20 GWh" against the plant's 40 GWh (a side
            # that names the part otherwise, "snacks sales", may be the same part)
    for x, y in ((a, b), (b, a)):
        if x.whole and not y.whole and y.kinds - x.kinds:
            return "part"  # "the country's 14 million internet users" against "11.2 million
            # mobile internet users": the territory's whole count against a part an adjective
            # picks out
    if a.measure and b.measure and a.measure != b.measure:
        return "kind"  # "the offer size of 63 million shares" against "volume of 41m shares"
    for x, y in ((a, b), (b, a)):
        if x.alone and x.alone not in (y.alone, y.topic):
            return "part"  # "the new terminal alone will cost $2.4bn" against the project's
            # total (a figure of the terminal itself stays: "the terminal cost $2.6bn")
    if a.period and b.period and a.period != b.period:
        return "period"
    if (a.period in _SPAN_PERIODS) != (b.period in _SPAN_PERIODS):
        return "period"
    for x, y in ((a, b), (b, a)):
        if x.span and not y.span and y.occasion:
            return "period"  # a total over three nights against Saturday night's crowd
        if (
            x.named_occasion
            and (y.occasion or y.named_occasion)
            and (x.named_occasion != y.named_occasion)
        ):
            return "period"  # "on launch day" against "on Saturday", "on the closing
            # weekend" against "over the Easter holiday": two occasions of the story
    if a.places and b.places and a.places != b.places:
        return "place"
    subjects = _words([subject_a or "", subject_b or ""])
    for x, y in ((a, b), (b, a)):
        if x.elsewhere and not (y.places | y.elsewhere) and not _words(x.elsewhere) & subjects:
            return "place"  # "far away in X, three people died" against the story's toll
    if a.reference and b.reference and not _stems(a.reference) & _stems(b.reference):
        return "reference"
    for x, y, sy in ((a, b, subject_b), (b, a, subject_a)):
        if x.owner is None:
            continue
        other = y.owner or sy
        if other is None or _words([x.owner]) & _words([other]):
            continue
        if not (people_word(x.owner, other) or people_word(other, x.owner)):
            return "owner"  # ("Carvania's harvest" and "the Carvanian harvest": one owner)
    for x, y in ((a, b), (b, a)):
        if x.process is not None and x.process not in (y.process, y.verb):
            return "process"
    if a.basis != b.basis:
        return "basis"
    if a.extreme != b.extreme:
        return "extreme"
    if a.stage is not None and b.stage is not None and a.stage != b.stage:
        return "stage"
    if a.described and b.described and a.described != b.described:
        return "person"  # "a 67-year-old passenger" and "the 19-year-old deckhand"
    if a.able != b.able and a.verb is not None and a.verb == b.verb:
        return "ability"  # "the ship can carry 14,000 containers" and "was carrying 9,000"
    if a.selection != b.selection:
        return "selection"  # "the nine oldest jets" and the fleet's 31 jets
    if a.holder and b.holder and not _words([a.holder]) & _words([b.holder]):
        return "holder"  # "X, which owns 11%" and "Y already owns 4.9%": two holders' stakes
    if (a.act is None) != (b.act is None):
        return "act"  # "nine injured were moved to a clinic" against "30 people were injured"
    for x, y in ((a, b), (b, a)):
        if (
            x.parts
            and not y.parts
            and y.kinds
            and not _stems(x.parts) & _stems(y.kinds)  # ("operating" / "operate": one word)
            and x.parts & (segments or frozenset())
        ):
            return "part"  # "mobility bookings" against "gross bookings": a segment's noun
            # that a source sets apart, against the whole's adjective ("drinking water" and
            # "fresh water" stay one: no source sets either apart)
        if x.parts and not (y.parts or y.kinds) and (apart is None or x.parts & apart):
            return "part"  # "construction output fell 1.8%" against "output rose 1.9%" (a
            # modifier the tagger read as a kind on the other side is no plain whole)
    return None


def _modifiers(r: Narrowing) -> frozenset[str]:
    """The noun modifiers of a reading: its parts and its categories."""
    return r.parts | r.categories


# (Tried, 31 sets, 2026-12-06, against 411 of 1074 conflicts and 154 false alarms: a modifier
# on one side only not splitting when the other side's sentence sets the same word right before
# its metric's noun ("insurance claims have topped 20,000", the parse hanging no modifier on the
# figure), +1 conflict for +1 false alarm (a region's "food parcels" met the network's); any
# word of the other sentence, +0 for +0, fixtures' grouping recall 0.95 -> 0.94.)
def modifiers_apart(
    members: Sequence[Claim],
    readings: dict[str, Narrowing | None],
    linked: dict[str, Claim] | None = None,
) -> frozenset[str]:
    """The noun modifiers (parts, categories) that the run sets apart: a source gives figures
    both to the thing so modified and to the thing without that modifier (plain, or under
    another modifier), and no figure to both ("1,240 dairy cattle" and "3,100 cattle" in one
    report). A restatement often drops a modifier its first mention gave ("the pilot whales"
    retold as "the whales"); the word alone does not make two quantities. A modifier is also
    set apart when its figure's sentence (``linked``: the claims of the members' sentences)
    gives another figure beside it."""
    by_word: dict[str, dict[str, set[float]]] = {}
    for c in members:
        r = readings.get(c.id)
        if r is not None:
            for w in _modifiers(r):
                by_word.setdefault(w, {}).setdefault(c.document, set()).add(c.value)
    out = set()
    for w, with_w in by_word.items():
        without: dict[str, set[float]] = {}
        for c in members:
            r = readings.get(c.id)
            if r is not None and c.document in with_w and w not in _modifiers(r):
                without.setdefault(c.document, set()).add(c.value)
        if told_apart(with_w, without):
            out.add(w)
    # the text sets a modified figure apart when its sentence gives another figure beside it
    # ("sales rose 4%, helped by a 22% jump in online sales": a part against its whole)
    # (a figure of the same kind: "10 years of support" beside "€4.8bn" sets nothing apart)
    by_sentence: dict[tuple[str, str], set[float]] = {}
    for c in (linked or {}).values():
        by_sentence.setdefault((c.sentence, c.kind), set()).add(c.value)
    for c in members:
        r = readings.get(c.id)
        beside = by_sentence.get((c.sentence, c.kind), set()) - {c.value}
        if r is not None and _modifiers(r) - out and beside:
            out |= _modifiers(r)
    return frozenset(out)


def _marked(r: Narrowing | None) -> bool:
    return r is not None and bool(r.kinds or r.parts or r.categories or r.basis)


def _distance(c: Claim, members: Sequence[Claim]) -> float:
    """How far the claim's value lies from the nearest of the members' (a log ratio; values of
    different signs or zero count as far)."""
    return min((log_ratio(c.value, x.value) for x in members), default=math.inf)


def _stems(words: Iterable[str]) -> set[str]:
    """Words folded so that a verb's forms meet ("closing" / "close": "clos")."""
    out = set()
    for w in words:
        if w.endswith("ing") and len(w) > 5:
            w = w[:-3]
        out.add(w.removesuffix("e"))
    return out


def _disagree(members: Sequence[Claim]) -> bool:
    """Two documents and two figures whose intervals cannot both hold (the highest lower end
    above the lowest upper end): only such a group can raise a conflict worth separating."""
    if len({c.document for c in members}) < 2:
        return False
    lows = [c.low if c.low is not None else -math.inf for c in members]
    highs = [c.high if c.high is not None else math.inf for c in members]
    return max(lows) > min(highs)


def wanted(groups: Iterable[Sequence[Claim]]) -> list[Sequence[Claim]]:
    """The groups worth reading: two or more documents, values that differ, not too large."""
    return [g for g in groups if len(g) <= MAX_CLAIMS and _disagree(g)]


def prepare(groups: Iterable[Sequence[Claim]]) -> None:
    """Parse, in one batch, the sentences of the claims of the given groups."""
    _warm(c.sentence for g in groups for c in g if _reading_key(c) not in _KNOWN)


def split(
    members: Sequence[Claim], linked: dict[str, Claim] | None = None
) -> list[tuple[str | None, list[Claim]]]:
    """The group's claims in parts no two of whose claims contradict, each with the words that
    tell it from the first part (None for the first). The claims a modifier marks are placed
    first; a claim goes to the part none of whose claims it contradicts, and when several fit,
    to the one holding the value nearest its own (a claim without a reading fits every part)."""
    parts: list[tuple[str | None, list[Claim]]] = []
    by_id = linked or {}
    readings = {
        c.id: _shared_places(
            c, _own_act(c, _with_stage(c, _with_linked(c, reading(c), by_id), by_id)), members
        )
        for c in members
    }
    readings = _one_verb_one_act(members, readings)
    readings = {c.id: _alone_retold(c, readings[c.id], members) for c in members}
    # an amount (a count, a sum of money) retold often drops the modifier its first mention
    # gave ("46 pilot whales" / "the whales"); a rate or a change of a part ("factory output
    # slipped 2%") is no share of the whole's, and its modifier splits on the word alone
    amounts = all(c.kind in ("count", "number", "money") for c in members)
    segments = modifiers_apart(members, readings, by_id)
    apart = segments if amounts else None
    # the figures a modifier marks first, so that a plain one meets every part it may join
    marked = sorted(members, key=lambda c: not _marked(readings[c.id]))
    for c in marked:
        r = readings[c.id]
        fits = [
            i
            for i, (_, cs) in enumerate(parts)
            if r is None
            or all(
                (o := readings[x.id]) is None
                or contradiction(r, o, c.subject, x.subject, apart, segments) is None
                for x in cs
            )
        ]
        # a figure that fits several parts (a plain "spending" beside "gross" and "net"
        # spending) joins the one holding the figure nearest its own
        home = min(fits, key=lambda i: (_distance(c, parts[i][1]), i)) if fits else None
        if home is None:
            parts.append((_tag(r) if r is not None else "other", [c]))
        else:
            parts[home][1].append(c)
    if len(parts) > 1:  # the main part: the largest, then the one whose reading is plainest
        main = min(
            range(len(parts)),
            key=lambda i: (-len(parts[i][1]), parts[i][0] != "other", i),
        )
        first = parts[0][1][0]
        r0 = readings[first.id]
        parts[0] = (_tag(r0) if r0 is not None else "other", parts[0][1])
        parts.insert(0, parts.pop(main))
    if parts:
        parts[0] = (None, parts[0][1])
    return parts


def _alone_retold(c: Claim, r: Narrowing | None, members: Sequence[Claim]) -> Narrowing | None:
    """A reading whose subject "alone" singles out ("the bonds alone stand at $21bn") when
    another source of the group gives a value its interval admits: that source retells the part
    itself ("$21bn of bonds"), so "alone" sets nothing apart."""
    if r is None or r.alone is None:
        return r
    own = value_interval(c)
    if any(x.document != c.document and intervals_meet(own, value_interval(x)) for x in members):
        return replace(r, alone=None)
    return r


def _shared_places(c: Claim, r: Narrowing | None, members: Sequence[Claim]) -> Narrowing | None:
    """A reading whose places set elsewhere ("far away in X", "in X and Y, where ...") one of
    which the sentence of another source's figure of the group names too ("parts of X
    received 1,100 mm") sets nothing apart: that figure may be given for the same place."""
    if r is None or not r.elsewhere:
        return r
    others = {x.sentence.lower() for x in members if x.document != c.document}
    if any(place in s for place in r.elsewhere for s in others):
        return replace(r, elsewhere=frozenset())
    return r


def _own_act(c: Claim, r: Narrowing | None) -> Narrowing | None:
    """A count keeps the act its clause did to the counted things
    (:func:`reconcile.claims.parse.count_act`) when its metric names what befell them (a
    vocabulary metric: "people injured", "death toll") or it counts people by their own noun
    ("crew members", "passengers": [acts] persons in parse.toml). A count of other things
    named by their own noun keeps none: "40 drones were flown" or "300 sheds were flattened"
    is the story's own count, the verb its event, not a part of the drones or sheds counted
    elsewhere."""
    from reconcile.claims.group import _counted_noun

    if r is None or r.act is None or not c.unit:
        return r
    if _counted_noun(c.unit, c.metric or "") and c.unit.lower() not in _persons():
        return replace(r, act=None)
    return r


def _one_verb_one_act(
    members: Sequence[Claim], readings: dict[str, Narrowing | None]
) -> dict[str, Narrowing | None]:
    """A count whose clause's verb is the act another count of the group was read with
    ("medics moved 41 injured workers" beside "36 injured workers were moved", or a
    headline's parse that missed the passive) tells the same act in another voice: it takes
    that act, so the two are compared as one part (:func:`_own_act` still decides whether its
    noun can carry one). A count whose verb is another ("medics treated 41 injured workers")
    is left as it was, with the whole."""
    acts = {r.act for r in readings.values() if r is not None and r.act}
    if not acts:
        return readings
    out = dict(readings)
    for c in members:
        r = readings[c.id]
        if r is not None and r.act is None and r.verb in acts and c.kind == "count":
            out[c.id] = _own_act(c, replace(r, act=r.verb))
    return out


@cache
def _persons() -> frozenset[str]:
    from reconcile.vocabulary import load

    return frozenset(load("parse")["acts"]["persons"])


def _with_stage(c: Claim, r: Narrowing | None, by_id: dict[str, Claim]) -> Narrowing | None:
    """A figure whose sentence also gives the share counted so far ("with 99% of the vote
    counted, Yes won 51.3%") is that stage's figure."""
    if r is None or r.process is not None:
        return r
    for other in by_id.values():
        if other.id == c.id or other.document != c.document or other.sentence != c.sentence:
            continue
        o = reading(other)
        if o is not None and o.process is not None and o.process != "by" and o.process != "off":
            return replace(r, stage=other.value)
    return r


def _with_linked(c: Claim, r: Narrowing | None, by_id: dict[str, Claim]) -> Narrowing | None:
    """A figure linked to another of its sentence ("$1.6bn, an 11% increase") shares that
    figure's categories and period when it has none of its own."""
    if r is None:
        return None
    for other in (by_id.get(i) for i in c.linked):
        if other is None or other.sentence != c.sentence:
            continue
        o = reading(other)
        if o is None:
            continue
        if not r.categories and o.categories:
            r = replace(r, categories=o.categories)
        if r.period is None and o.period is not None:
            r = replace(r, period=o.period)
    return r


def _tag(r: Narrowing) -> str:
    """A few words telling one part from the others ("nine-month", "gross")."""
    words = [*sorted(r.categories), *sorted(r.parts - r.categories), *sorted(r.kinds)]
    if r.period:
        words.append(r.period)
    words += sorted(r.places | r.elsewhere) + sorted(r.reference)
    if r.owner:
        words.append(r.owner)
    if r.process:
        words.append(r.process)
    words += sorted(r.basis)
    if r.extreme:
        words.append(r.extreme)
    if r.described:
        words.append(r.described)
    if r.selection:
        words.append(r.selection)
    if r.holder:
        words.append(f"held by {r.holder}")
    if r.act:
        words.append(r.act)
    if r.piece:
        words.append(r.piece)
    return " ".join(words) or "other"


# Adverbs on a figure's verb that set it after an earlier value of the same thing ("he then
# cleared", "improved again to"): a step of a series, told in any kind of story.
_STEP_ADVERBS = frozenset({"then", "again"})


def series_step(doc: Doc, start: int, end: int, others: Sequence[tuple[int, int]]) -> str | None:
    """How the parse reads the figure over characters ``[start, end)`` as one step of a series
    of values of one measured thing (None: it does not). ``others``: the character spans of the
    sentence's other figures of the same unit and a different value. "coordinated": the figure
    is coordinated with one of them ("she managed 2.24m and 2.28m"); "clause": its verb and the
    verb of one of them are coordinated clauses of one act ("passed at 2.24m and went over
    2.28m"); "then": its verb carries an adverb of sequence ("she then improved to 2.31m")."""
    from reconcile.claims.parse import governing_verb

    span = figure_span(doc, start, end)
    if span is None:
        return None
    verb = governing_verb(doc, start, end)
    for s, e in others:
        other = figure_span(doc, s, e)
        if other is None:
            continue
        if other.root in span.root.conjuncts and not (_narrowed(span) or _narrowed(other)):
            return "coordinated"
        other_verb = governing_verb(doc, s, e)
        if (
            verb is not None
            and other_verb is not None
            and other_verb != verb
            and doc[other_verb] in doc[verb].conjuncts
            and not _own_subject(doc[max(verb, other_verb)])
            and (_sequenced(doc[verb]) or _sequenced(doc[other_verb]))
        ):
            return "clause"
    if verb is not None and _sequenced(doc[verb]):
        return "then"
    return None


def _narrowed(figure: Span) -> bool:
    """The figure carries words of its own that tell what it measures ("£41.3m from daily
    tolls and £9.6m from fines": a breakdown, not a series of one thing)."""
    return any(
        t.dep_ in _NARROWING_DEPS and not (figure.start <= t.i < figure.end)
        for t in figure.root.children
    )


_NARROWING_DEPS = frozenset(
    {"prep", "acl", "relcl", "amod", "compound", "nmod", "poss", "npadvmod"}
)


def _sequenced(verb: Token) -> bool:
    """The verb carries an adverb of sequence ("then", "again")."""
    return any(t.dep_ == "advmod" and t.lower_ in _STEP_ADVERBS for t in verb.children)


def _own_subject(verb: Token) -> bool:
    """The later of two coordinated verbs has a subject of its own ("X reported N and analysts
    had expected M": two actors, no series of one act)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def series_apart(members: Sequence[Claim], linked: dict[str, Claim]) -> list[list[Claim]]:
    """The group's claims in parts: first all but the steps of a series (:func:`series_step`)
    whose values no other document's figure of the group admits, then one part for each value
    of those. A step told with "then" alone counts only when its document gives the group
    another value too (the run's evidence that the document tells a series). A value two
    sources give stays: both may tie it to one occasion, and a conflict on it is the group's.
    ``linked``: the claims of the members' sentences (the series' other figures)."""
    if not _disagree(members) or len(members) > MAX_CLAIMS:
        return [list(members)]
    by_sentence: dict[tuple[str, str], list[Claim]] = {}
    for c in linked.values():
        by_sentence.setdefault((c.document, c.sentence), []).append(c)
    lone = [
        c for c in members if not any(x.document != c.document and _overlap(c, x) for x in members)
    ]
    if not lone:
        return [list(members)]
    sentences = sorted({c.sentence for c in lone})
    docs = dict(zip(sentences, parse_sentences(sentences), strict=True))
    steps: dict[float, list[Claim]] = {}
    for c in lone:
        at = c.sentence.find(c.text)
        if at < 0:
            continue
        others = []
        for x in by_sentence.get((c.document, c.sentence), []):
            if x.value == c.value or x.kind != c.kind or _wording(x.text) != _wording(c.text):
                continue  # a list of kinds ("514 shops and 4,265 other buildings"): no series
            o = c.sentence.find(x.text)
            if o >= 0:
                others.append((o, o + len(x.text)))
        how = series_step(docs[c.sentence], at, at + len(c.text), others)
        if how == "then" and not any(
            x.document == c.document and not _overlap(c, x) for x in members
        ):
            how = None
        if how is not None:
            steps.setdefault(c.value, []).append(c)
    if not steps:
        return [list(members)]
    moved = {c.id for cs in steps.values() for c in cs}
    return [[c for c in members if c.id not in moved], *steps.values()]


def _wording(text: str) -> str:
    """A figure's words without its number ("2.24m" and "2.28m": "m")."""
    return re.sub(r"[\d.,\s]+", " ", text).strip().lower()


def _overlap(a: Claim, b: Claim) -> bool:
    """Two figures tie to one value: their intervals share more than an end (2.34m and 2.35m,
    each read to the nearest centimetre, meet only at 2.345) or the figures are equal. A bound
    is read as its number ("over 2.28m", "six metres or higher": the height named, not every
    height above it), so that an open end ties no figure to every other."""
    lo = max(x.low if x.low is not None else x.value for x in (a, b))
    hi = min(x.high if x.high is not None else x.value for x in (a, b))
    return lo < hi or a.value == b.value
