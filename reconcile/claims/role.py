"""A percentage's role read from the sentence's structure, where the words right before it do
not say it is a change (:func:`reconcile.claims.context._role` reads those words).

A percentage is a change of the quantity it follows, not a level of its own, when:

- it is **signed after an amount**: "£212m (-6%)", "$3.1bn (+14% y/y)" (a plus sign on a
  percentage is a change anywhere: "shares +3.2%");
- it is the amount of a **"by" phrase of a direction verb**, however far the verb is and
  whatever stands between: "will lift parking charges by an average of 5.5%", "were raised by
  some 3%" (the parse's chain figure <- of <- noun <- by <- verb);
- it **restates a change** in a coordinated phrase of a direction verb: "rose by 12,400 over
  the decade, or 8.2 per cent";
- it is the level of **a change noun**, the subject of its clause: "wage growth eased to 4.9%"
  (the growth is the wages' change; "inflation slowed to 3.8%" stays a level);
- it is the amount of **a change noun's "of" phrase**, the noun told as news ("a", "an") and
  narrowed by no other noun: "a loss of 19.9%" (a loss is a change down: the words before a
  percentage read "loss" as no direction, since "the loss ratio was 65%" is a level; "weight
  loss of 18%" is the level of a weight loss).

Each returns the direction ("up", "down") or "" for a change of unknown direction, and None
when the structure says nothing. Cheap cues in the text come first (:func:`has_cue`): the caller
parses the sentence only when one of them is there.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from reconcile.claims.parse import figure_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

# the nouns of a change: their level is a change of the thing they are the change of
CHANGE_NOUNS = {
    "growth": "up",
    "increase": "up",
    "rise": "up",
    "gain": "up",
    "decline": "down",
    "decrease": "down",
    "fall": "down",
    "drop": "down",
    "reduction": "down",
    "contraction": "down",
}
# the nouns of a change whose "of" phrase gives its amount ("a loss of 19.9%", "a fall of 3%"):
# the change nouns, and a loss, which is a change down when its amount is a percentage
OF_CHANGE_NOUNS = {**CHANGE_NOUNS, "loss": "down"}
_SIGNED = re.compile(r"[(\[]\s*$")
_BY = re.compile(r"\bby\b", re.IGNORECASE)
_OR = re.compile(r",\s*or\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_NOUN_CUE = re.compile(r"\b(?:" + "|".join(OF_CHANGE_NOUNS) + r")\b", re.IGNORECASE)


def signed_change(text: str, start: int, surface: str, after_amount: bool) -> str | None:
    """ "+14%" is a change up; "(-6%)" right after an amount a change down."""
    if start > 0 and text[start - 1] == "+":
        return "up"
    if surface[:1] in "-−–" and after_amount and _SIGNED.search(text, 0, start):
        return "down"
    return None


@cache
def _direction_words(up: frozenset[str], down: frozenset[str]) -> dict[str, str]:
    return {**{w: "down" for w in down}, **{w: "up" for w in up}}


def has_cue(before: str) -> bool:
    """Whether the words before a percentage (in its sentence) hold a cue of a change the parse
    may confirm: "by", ", or", a change noun. Without one, the sentence need not be parsed."""
    return any(rx.search(before) for rx in (_BY, _OR, _NOUN_CUE))


def percent_change(
    doc: Doc, start: int, end: int, up: frozenset[str], down: frozenset[str]
) -> str | None:
    """The direction of the change a percentage at characters ``[start, end)`` of the parsed
    sentence ``doc`` is (see the module docstring), or None."""
    span = figure_span(doc, start, end)
    if span is None:
        return None
    words = _direction_words(up, down)

    def direction(verb_word: str, lemma: str) -> str | None:
        return words.get(verb_word.lower()) or words.get(lemma.lower())

    tok = span.root
    # "a loss of 19.9%", "a sharp fall of 3% in output": the amount of a change noun's "of"
    # phrase; a noun another noun narrows names the measured thing ("weight loss of 18%", "the
    # April reduction of 87%"), so only a change of no name, told as news ("a", "an"), is one
    noun = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    if (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in OF_CHANGE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts)
        and not any(c.dep_ in ("compound", "poss", "nmod") for c in noun.lefts)
    ):
        return OF_CHANGE_NOUNS[noun.lemma_.lower()]
    # figure <- (of <- noun)? <- by <- verb: "by an average of 5.5%", "by some 3%"
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ in ("NOUN", "PROPN"):
        t = t.head.head
    if t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.pos_ in ("VERB", "AUX"):
        verb = t.head.head
        d = direction(verb.text, verb.lemma_)
        if d:
            return d
    # "rose by 12,400 over the decade, or 8.2 per cent": coordinated with "or" under a
    # direction verb (the parse may hang it on the verb or on a noun of the verb's phrase)
    if tok.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.head.children):
        t = tok.head
        while t.pos_ not in ("VERB", "AUX") and t.dep_ in ("pobj", "prep", "dobj", "npadvmod"):
            t = t.head
        if t.pos_ in ("VERB", "AUX"):
            d = direction(t.text, t.lemma_)
            if d:
                return d
    # "wage growth eased to 4.9%": the level of a change noun, the subject of its clause
    t = tok
    while t.dep_ in ("pobj", "prep", "npadvmod", "dobj", "attr") and t.head.i != t.i:
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            break
    if t.pos_ in ("VERB", "AUX"):
        for child in t.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in CHANGE_NOUNS:
                return CHANGE_NOUNS[child.lemma_.lower()]
    return None
