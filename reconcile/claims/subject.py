"""Choosing the entity a figure is about (:func:`_subject`) among the names of its sentence:
deal targets, pronouns pointing back to a person, the parse's clauses, and distance."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reconcile.claims.entities import Entity, _DocEntities
from reconcile.claims.figure import _after_comparison, _Fig, _hard_clause, _soft_clause
from reconcile.claims.parse import (
    _SUBJECTS,
    Description,
    _compound_span,
    _figure_root,
    _verbs_above,
    clause_verb,
    describe,
    in_participle_clause,
    parse_sentences,
    verb_subject_name,
)
from reconcile.claims.vocab import (
    _RX_RELATIVE,
    _RX_WORD,
    CROSS_FIGURE,
    HARD_CLAUSE,
    OUTSIDE_CLAUSE,
    RIGHT_FACTOR,
    SOFT_CLAUSE,
    Vocab,
    _words_after,
)

_RX_ITS = re.compile(r"\b(?:its|their)\b", re.I)

if TYPE_CHECKING:
    from spacy.tokens import Doc


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


def _described(parsed: _Parsed | None, f: _Fig) -> tuple[Doc, int, Description] | None:
    """The figure's sentence parse, where it starts, and the parse's description of the
    figure, when the sentence was parsed and the description names a verb above the figure."""
    if parsed is None:
        return None
    doc, lo = parsed
    d = describe(doc, f.start - lo, f.end - lo)
    return None if d is None or not d.verbs else (doc, lo, d)


def _off_clause(parsed: _Parsed | None, f: _Fig) -> Callable[[Entity], bool]:
    """Whether the parse puts a candidate in another clause than the figure: the nearest verb
    above the name governs neither the figure nor any verb above it, and the name is not in the
    figure's own phrase ("X will raise spending
    beyond the $5 billion plan and launched Y": Y is launched, the plan is X's)."""
    read = _described(parsed, f)
    if read is None:
        return lambda c: False
    doc, lo, d = read
    governing = set(d.verbs)
    p_lo, p_hi = d.phrase

    def off(c: Entity) -> bool:
        if c.end <= c.start or (p_lo <= c.start - lo and c.end - lo <= p_hi):
            return False  # inside the figure's own phrase: "the 9% pace recorded by X"
        verb = clause_verb(doc, c.start - lo, c.end - lo)
        return verb is not None and verb not in governing

    return off


def _in_participle(parsed: _Parsed | None, f: _Fig) -> Callable[[Entity], bool]:
    """Whether the parse puts a candidate in a participle clause of the figure's verb that has
    no subject of its own (:func:`parse.in_participle_clause`)."""
    if parsed is None:
        return lambda c: False
    doc, lo = parsed
    fig = (f.start - lo, f.end - lo)
    return lambda c: in_participle_clause(doc, fig, (c.start - lo, c.end - lo))


_RX_SET_AGAINST = re.compile(r"\s(?:to|against|versus|vs\.?)\s+$", re.I)
_RX_OWN_FIGURE = re.compile(r"['’]s?\s+\d")


def _opponents_figure(text: str, end: int, c: Entity) -> bool:
    """The name after the figure owns a figure set against it: "N to X's M", "N against X's
    M", "N versus X's M" (shots, aces, votes of the two sides): the figure before is the
    other side's, never X's."""
    return bool(
        _RX_SET_AGAINST.search(text, max(end, c.start - 10), c.start)
        and any(_RX_OWN_FIGURE.match(text, c.end - k) for k in (0, 1, 2))
    )  # the name's end may hold its possessive ("Calverton's", "Rovers'")


_Parsed = tuple["Doc", int]  # a sentence's parse and where the sentence starts in the text

_RX_OWNER_MARK = re.compile(r"['’]s?\b|['’]")  # "X's", "Rovers'"
_RX_JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while)\s|;\s")  # another clause joined on


def _owner_in_other_clause(parsed: _Parsed | None, f: _Fig) -> Callable[[Entity], bool]:
    """Whether the parse reads a candidate before the figure as no more than the owner ("X's")
    of a word in another clause than the figure's (whose nearest verb governs neither the
    figure nor a verb above it), typically a clause joined before the figure's, which has a
    subject of its own: "The X's warning covers 11 provinces, and the health ministry said
    1,140 people were treated" (the people are not X's). A name that is the subject of the
    earlier clause is left to distance: the topic often runs on ("X scorched ..., and crews
    had it 15% contained"). Sentences with such an owner before a joined clause are parsed
    for it (:func:`_parse_contested`); in others parsed for other reasons it applies too."""
    read = _described(parsed, f)
    if read is None:
        return lambda c: False
    doc, lo, d = read
    governing = set(d.verbs)

    def owner(c: Entity) -> bool:
        if c.end > f.start or c.end <= c.start:
            return False
        span = doc.char_span(c.start - lo, c.end - lo, alignment_mode="expand")
        if span is None or len(span) == 0 or span.root.dep_ != "poss":
            return False
        verb = clause_verb(doc, c.start - lo, c.end - lo)
        return verb is not None and verb not in governing

    return owner


_RX_PARTICIPLE = re.compile(r",\s+[a-z]+ing\b")  # ", finishing", ", shedding"


def _participle_owner(parsed: _Parsed | None, f: _Fig) -> tuple[int, int] | None:
    """Where the named subject of the clause a figure's participle clause hangs on stands, when
    the parse puts the figure in a clause of a verb in "-ing" with no subject of its own, hung
    on a verb whose subject is a proper noun: "X beat the Y field, finishing in 2:08:12"
    (X's time, not Y's), "X cut its Y workforce, shedding 1,200 jobs". None otherwise."""
    if parsed is None:
        return None
    doc, lo = parsed
    root = _figure_root(doc, f.start - lo, f.end - lo)
    if root is None:
        return None
    verbs = _verbs_above(root)
    if not verbs:
        return None
    verb = verbs[0]
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i > root.i:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None  # "..., with X winning in ...": a clause of its own
    subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.i > verb.i:
        return None
    span = _compound_span(subject)
    return lo + span.start_char, lo + span.end_char


def _verb_subject(
    parsed: _Parsed | None, f: _Fig
) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """Where the named subject of the verb that governs the figure stands in the text, and
    where the verb's prepositional adjuncts stand, when the parse reads the figure as that
    verb's direct object (:func:`parse.verb_subject_name`): "X employs 1,750 people at Y".
    None otherwise."""
    if parsed is None:
        return None
    doc, lo = parsed
    found = verb_subject_name(doc, f.start - lo, f.end - lo)
    if found is None:
        return None
    (a, b), adjuncts = found
    return (lo + a, lo + b), [(lo + x, lo + y) for x, y in adjuncts]


def _parse_contested(text: str, figs: list[_Fig], ents: _DocEntities) -> dict[int, _Parsed]:
    """The parse of each sentence where a figure's subject is contested: it holds a name that
    is not a speaker after a figure, and another such name or a main entity of the document
    that the name is not (the parse only weighs names after the figure:
    :func:`_off_clause`), or two names before a figure that a participle clause may hold
    (:func:`_participle_owner`). Other sentences are not parsed (speed)."""
    wanted: dict[int, tuple[int, int]] = {}
    for f in figs:
        if f.sent in wanted:
            continue
        names = [c for c in ents.per_sentence[f.sent] if not c.speaker and c.end > c.start]
        later = any(c.start >= f.end for c in names)
        if later and (len({c.name for c in names}) >= 2 or ents.main not in (None, names[0].name)):
            wanted[f.sent] = (f.lo, f.hi)
        elif len({c.name for c in names if c.end <= f.start}) >= 2 and _RX_PARTICIPLE.search(
            text, f.lo, f.start
        ):
            wanted[f.sent] = (f.lo, f.hi)  # "X beat the Y field, finishing in 2:08:12"
        elif any(
            c.end <= f.start
            and (_RX_OWNER_MARK.match(text, c.end) or text.endswith(("'s", "’s"), c.start, c.end))
            and _RX_JOINED_CLAUSE.search(text, c.end, f.start)
            for c in names
        ):
            wanted[f.sent] = (f.lo, f.hi)  # "X's warning covers ..., and the ministry said N"
    if not wanted:
        return {}
    docs = parse_sentences([text[lo:hi] for lo, hi in wanted.values()])
    return {k: (doc, lo) for (k, (lo, _)), doc in zip(wanted.items(), docs, strict=True)}


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
    # a place in a ranking between a name and the figure is the same holder's ("X was second
    # with 4.85 metres"), no other figure to cross
    others = [(figs[j].start, figs[j].end) for j in f.peers if j != i and figs[j].unit != "rank"]
    best: tuple[float, str] | None = None
    nearest: Entity | None = None
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
    cause = _in_participle(parsed, f)
    other_owner = _owner_in_other_clause(parsed, f)
    pronoun = _pronoun_before(text, f, candidates, v)
    if pronoun is not None:
        person = _antecedent(f, pronoun, ents, v)  # "He scored 31 goals, helping Dunmore ..."
        if person is not None:
            if person.person == "official":
                candidates = [c for c in candidates if c.start < f.start]  # "He said ..."
            else:
                return person.name
    owner = _participle_owner(parsed, f)
    if owner is not None:
        held = [
            c
            for c in candidates
            if not c.speaker and c.person != "official" and c.start < owner[1] and owner[0] < c.end
        ]
        if held:
            return held[0].name  # "X beat the Y field, finishing in 2:08:12": X's time
    for c in candidates:
        if c.speaker or c.person == "official":
            continue  # "Mayor X unveiled a $2 billion plan": the city's plan, not the mayor's
        if c.start >= f.end and _after_comparison(text, f.end, c.start, v):
            continue  # a base of comparison: "ahead of what the City had pencilled in"
        if c.start >= f.end and _opponents_figure(text, f.end, c):
            continue  # "21 shots to Ashbury's 11": the other side's figure, set against it
        if other_owner(c):
            continue  # "The X's warning covers ..., and the ministry said 1,140 people ..."
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
            if ents.main is not None and ents.main != c.name and cause(c):
                continue  # "Revenue climbed to €9bn, helped by a rise in sales of X": X is
                # named in a participle clause of the figure's verb; the story's company is
            dist += HARD_CLAUSE  # the parse reads a later name as another verb's ("and launched
            # Y"); an earlier clause's subject often stays the topic ("X scorched ..., and crews
            # had it 15% contained"), so names before the figure are left to distance
        if any(a <= f.start < b and 0 <= a - c.end <= 1 for a, b in relatives):
            dist = 0  # "The company, which raised $600 million, said ...": what "which" means
        if best is None or (dist, c.name) < best:
            best = (dist, c.name)
            nearest = c
    if best:
        held = _verb_subject_held(parsed, f, candidates, nearest)
        return best[1] if held is None else held
    if speakers and _RX_ITS.search(text, speakers[-1].end, f.start):
        return speakers[-1].name  # "Marrowby said yesterday that its sales grew 11%"
    if speakers and speakers[-1].described:
        return speakers[-1].name  # "The chain expects pre-tax profit of £410 million"
    return ents.main


def _verb_subject_held(
    parsed: _Parsed | None, f: _Fig, candidates: list[Entity], nearest: Entity | None
) -> str | None:
    """The name of the verb's named subject (:func:`_verb_subject`) when the name the distances
    chose stands in one of the verb's prepositional adjuncts: "X employs 1,750 people at Y" is
    X's staff, Y only where they work. None otherwise (the distances' choice stands)."""
    if nearest is None:
        return None
    found = _verb_subject(parsed, f)
    if found is None:
        return None
    (a, b), adjuncts = found
    if not any(x <= nearest.start < y for x, y in adjuncts):
        return None
    held = [
        c
        for c in candidates
        if not c.speaker and c.person != "official" and c.start < b and a < c.end
    ]
    return held[0].name if held else None


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
