"""The individual a figure describes, read from the parse: whose age "71" is.

An age (and any figure of one individual's attributes) belongs to the person or thing it is set
beside, not to the story's main subject: in "Rescuers reached Tomas Brandl, 52, and his
daughter Ilse, 19" the 52 is Brandl's and the 19 Ilse's; in "Kessel, a 33-year-old nurse" the
age is Kessel's; in "Dorn, who is 40," Dorn's. Two such figures can only disagree when they
describe the same individual.

:func:`bearer` climbs from the figure through the words that make it an attribute (the number's
"year", "old", "aged", an apposition, a relative clause) to what it describes and answers with
a name ("Tomas Brandl"); with a description when the sentence gives only a noun ("a
conductor", "the engineer": in two reports of one event, one conductor is likely one person);
with :data:`ANAPHOR` when the figure stands for someone named before ("The 45-year-old
declined to comment": only the preceding text says who); or with None when nothing the parse
can follow is described.
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
    """Whose attribute a clause gives: its subject's name or description, :data:`ANAPHOR` for
    a pronoun, None for no subject."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    if subj.pos_ == "PROPN":
        return _name(subj)
    if subj.pos_ == "NOUN":
        return f"{'a' if _new(subj) else 'the'} {subj.lemma_.lower()}"
    return ANAPHOR


def _new(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _NEW for c in tok.children)


def bearer(doc: Doc, start: int, end: int) -> str | None:
    """The individual the figure at characters ``start:end`` of ``doc`` describes: a name as
    written, a description ("a conductor", "the engineer": the article and the noun's lemma),
    :data:`ANAPHOR` for someone named before, None for nothing."""
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
            if tok.dep_ == "ROOT":  # no verb found: "The 29-year-old cost £4m" misread
                return None if _new(tok) else ANAPHOR
            return f"{'a' if _new(tok) else 'the'} {tok.lemma_.lower()}"  # a description
        if tok.pos_ in _VERBS and tok.dep_ != "relcl":  # "Pia Lund turned 61", "She is 61"
            return _subject(tok)
        if tok.head.i == tok.i or not (
            tok.dep_ in _ATTRIBUTE_DEPS or (tok.head.pos_ in _VERBS and tok.dep_ in _OBJECTS)
        ):  # the attribute stands alone: "The 45-year-old declined" / "a 45-year-old"
            return None if _new(tok) else ANAPHOR
        via = tok.dep_
        tok = tok.head
    return None
