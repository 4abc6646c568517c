"""The individual a figure describes, read from the parse: whose age "71" is.

An age (and any figure of one individual's attributes) belongs to the person or thing it is set
beside, not to the story's main subject: in "Rescuers reached Tomas Brandl, 52, and his
daughter Ilse, 19" the 52 is Brandl's and the 19 Ilse's; in "Kessel, a 33-year-old nurse" the
age is Kessel's; in "Dorn, who is 40," Dorn's. Two such figures can only disagree when they describe
the same individual.

:func:`bearer` climbs from the figure through the words that make it an attribute (the number's
"year", "old", "aged", an apposition, a relative clause) to the noun it describes and answers
with a name ("Tomas Brandl"), with :data:`ANAPHOR` when the figure describes someone the story
named before ("The 45-year-old declined to comment", "the 45-year-old engineer": only the
preceding text says who), or with None when it introduces someone new ("a 45-year-old woman")
or describes nothing the parse can follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_ATTRIBUTE_DEPS = frozenset(
    {"nummod", "npadvmod", "amod", "appos", "attr", "acomp", "advmod", "compound", "relcl"}
)
_UNIT_WORDS = frozenset({"year", "years", "month", "months", "old", "aged", "age", "-"})
_VERBS = frozenset({"VERB", "AUX"})
_NOT_PERSONS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})
_OBJECTS = frozenset({"dobj", "attr", "acomp", "oprd"})
_NAME_DEPS = frozenset({"compound", "flat"})
_STEPS = 6
ANAPHOR = ""  # a figure of someone named before: who, only the preceding text says
_NEW = frozenset({"a", "an", "another", "one"})


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root


def _name(tok: Token) -> str:
    """A proper noun with the name parts before it ("Tomas Brandl")."""
    left = tok.i
    while left > 0 and tok.doc[left - 1].dep_ in _NAME_DEPS and tok.doc[left - 1].pos_ == "PROPN":
        left -= 1
    return tok.doc[left : tok.i + 1].text


def _subject(verb: Token) -> str | None:
    """Whose attribute a clause gives: its subject's name, :data:`ANAPHOR` for a pronoun or a
    definite noun, None for someone new or no subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.pos_ == "PROPN":
        return _name(subj)
    return None if _new(subj) else ANAPHOR


def _new(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _NEW for c in tok.children)


def bearer(doc: Doc, start: int, end: int) -> str | None:
    """The individual the figure at characters ``start:end`` of ``doc`` describes: a name as
    written, :data:`ANAPHOR` for someone named before, None for someone new or nothing."""
    tok = _root(doc, start, end)
    if tok is None:
        return None
    via = ""
    for _ in range(_STEPS):
        if tok.pos_ == "PROPN":
            if via in ("amod", "nummod", "npadvmod") and tok.ent_type_ in _NOT_PERSONS:
                return ANAPHOR  # "the 37-year-old former Real Madrid attacker": not the club's
            return _name(tok)
        if tok.pos_ == "NOUN" and tok.lower_ not in _UNIT_WORDS:
            if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
                return _name(tok.head)  # "Kessel, a 33-year-old nurse"
            named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if named is not None:
                return _name(named)  # "his daughter Ilse, 19"
            return None if _new(tok) else ANAPHOR  # "a 45-year-old woman" / "the ... engineer"
        if tok.pos_ in _VERBS and tok.dep_ != "relcl":  # "Pia Lund turned 61", "She is 61"
            return _subject(tok)
        if tok.head.i == tok.i or not (
            tok.dep_ in _ATTRIBUTE_DEPS or (tok.head.pos_ in _VERBS and tok.dep_ in _OBJECTS)
        ):  # the attribute stands alone: "The 45-year-old declined" / "a 45-year-old"
            return None if _new(tok) else ANAPHOR
        via = tok.dep_
        tok = tok.head
    return None
