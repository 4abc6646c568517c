"""A score given as a moment of a match, not as its result: "led 2-0", "for a 3-2 lead", "with
the score at 1-1", "made it 2-2". A match (or a count of votes) passes through many scores; two
sources' scores are one quantity only when both give the result, or both the score at one named
stage ("2-0 at half-time"). Read from the parse of the score's sentence: the verb that governs
it, the noun it counts ("lead", "deficit"), an "at" it follows, a stage named in its clause."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim
from reconcile.vocabulary import load

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

PLAY = "a moment of play"  # a score of the run of play, no stage named


@dataclass(frozen=True)
class MomentWords:
    verbs: frozenset[str]  # lemmas of verbs that give a score as it stood: "led", "made it"
    nouns: frozenset[str]  # nouns a score counts as it stands: "a 3-2 lead"
    stages: tuple[tuple[str, re.Pattern[str]], ...]  # named stages of a match ("half-time",
    # "the interval"), in order, each with its pattern as a whole word


@cache
def moment_words() -> MomentWords:
    """``[moments]`` of ``reconcile/data/comparison.toml``."""
    raw = load("comparison")["moments"]
    stages = tuple(
        (s, re.compile(rf"(?<![\w-]){re.escape(s)}(?![\w-])")) for s in sorted(set(raw["stages"]))
    )
    return MomentWords(frozenset(raw["verbs"]), frozenset(raw["nouns"]), stages)


def _verb_above(tok: Token) -> Token | None:
    t = tok
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "amod":
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _clause(c: Claim) -> tuple[Span, Token | None, list[Token]] | None:
    """The figure's tokens in the parse of its sentence, the verb over its first token, and
    that verb's clause (the whole sentence when no verb governs it); None when not found."""
    from reconcile.compare.scope import parsed_figure

    span = parsed_figure(c)
    if span is None:
        return None
    verb = _verb_above(span[0])
    return span, verb, list(verb.subtree) if verb is not None else list(span.sent)


def moment(c: Claim) -> str | None:
    """The stage a score is given at: a named stage ("half-time"), :data:`PLAY` for a score
    of the run of play ("led 2-0", "for a 3-2 lead", "with the score at 1-1"), or None when
    nothing in the sentence gives it as less than the result ("won 3-1", "ended 2-2")."""
    if c.unit != "tally":
        return None
    found = _clause(c)
    if found is None:
        return None
    span, verb, clause = found
    words = moment_words()
    first = span[0]
    lo, hi = min(t.idx for t in clause), max(t.idx + len(t) for t in clause)
    text = span.doc.text[lo:hi].lower()
    stage = next((s for s, rx in words.stages if rx.search(text)), None)
    if stage is not None:
        return stage
    if first.head.lemma_.lower() in words.nouns or any(
        t.head.i == first.i or t.i == first.head.i for t in span if t.lemma_.lower() in words.nouns
    ):
        return PLAY  # "a 3-2 lead"
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ == "at":
        return PLAY  # "with the score at 2-0", "level at 1-1"
    if verb is not None and verb.lemma_.lower() in words.verbs:
        return PLAY  # "led 2-0", "made it 2-2"
    return None


def moments_apart(a: Claim, b: Claim) -> tuple[str, str] | None:
    """(the document, its stage) of a score given at another stage of the match than the other
    source's: a result against a moment of play, two moments of play, or two named stages;
    None when both give the result or both the same named stage."""
    ma, mb = moment(a), moment(b)
    if ma is None and mb is None:
        return None
    if ma == mb and ma != PLAY:
        return None
    side, stage = (a, ma) if ma is not None else (b, mb)
    return side.document, stage or PLAY


def _event_words(c: Claim) -> frozenset[str]:
    """The lemmas of the nouns and verbs of the clause that dates an event by its minute
    ("Okafor equalised in the 88th minute": equalise, Okafor), without the minute itself."""
    found = _clause(c)
    if found is None:
        return frozenset()
    span, _verb, clause = found
    return frozenset(
        t.lemma_.lower()
        for t in clause
        if t.pos_ in ("NOUN", "VERB", "PROPN")
        and not t.is_stop
        and t.i not in range(span.start, span.end)
        and t.lemma_.lower() not in ("minute", "min")
    )


def events_apart(a: Claim, b: Claim) -> bool:
    """Two minutes of play that date different events: their clauses share no noun, name or
    verb ("scored in the 108th minute" / "converted a penalty in the 118th minute"). A match
    has many events; only the minutes of one event are one quantity."""
    if a.unit != "match minute" or b.unit != "match minute":
        return False
    wa, wb = _event_words(a), _event_words(b)
    return bool(wa and wb and not wa & wb)
