"""A place and what stands in it: two subjects of a run that may name one quantity.

A figure's subject is sometimes the place where the thing the story is about happened ("12
people died in Wexholt" read as Wexholt's toll) and sometimes the thing itself ("storm
Corliss killed 14"). A place is a weaker description of what a figure measures than the entity that
stands in it: the two subjects can name one quantity, which two towns or two companies cannot
(:func:`reconcile.claims.group.merge_by_evidence` weighs such pairs at a lower cut, when no
source tells them apart).

What stands in a place is read from the parse of the run's sentences that name both: the place
is the object of a locative preposition (``[places] prepositions`` in ``evidence.toml``: "off
X", "at X", "in X") whose phrase hangs on the other name, or on a noun the other name is part
of or owns ("the Hobbel plant at X", "Hobbel's site at X"), or on a verb whose subject or
object is such a noun ("the ferry Nethercombe, which lies wedged off X"; "the strongest gust
of Storm Y was recorded at X"); or the place is the object of a verb whose subject is the
other name ("Storm Y, the worst gale ever to hit X"), when the run sets something in it
elsewhere. The other name is a proper name that the run never sets anything in (a place is
never what stands in another place: a town and its county stay two subjects). No list of
names: the same name is a place in one story and a company in another.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim
from reconcile.claims.vocab import sentence_spans

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Key = tuple  # a grouping key: (subject, metric, role, dimension, scope)

MENTIONS = 12  # sentences naming both subjects read for a tie, the first in reading order
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_NOUN_PARTS = frozenset({"compound", "poss", "appos", "flat", "amod", "nmod"})


@cache
def prepositions() -> frozenset[str]:
    """The prepositions whose object is a place wherever it stands."""
    from reconcile.vocabulary import load

    return frozenset(load("evidence")["places"]["prepositions"])


@lru_cache(maxsize=4096)
def name_rx(name: str) -> re.Pattern[str]:
    """A name as a whole word, in any case ("X" in "X-based" is no mention)."""
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.I)


# the endings English makes a people's word with from a place's name ("Kenya-n", "Japan-ese",
# "Carvan-ian"); after a stem that lost its last vowels, all but a bare "n"
PEOPLE_ENDINGS = "n|an|ian|ese|i|ish"
_STEM_ENDINGS = PEOPLE_ENDINGS.removeprefix("n|")


@lru_cache(maxsize=4096)
def people_word_rx(place: str) -> re.Pattern[str] | None:
    """The word for a one-word place's people or things, as English makes it from the name
    ("Kenya": "Kenyan"; "Carvania": "Carvanian"; "Japan": "Japanese"; "Oslavia": "Oslavians"),
    capitalised, as a whole word; None for a name of several words or under four letters.
    A name and its people's word name one place: "output in Carvania" and "Carvanian output"."""
    if not re.fullmatch(r"[A-Z][a-z]{3,}", place):
        return None
    stem = place.rstrip("aeiouy")
    forms = [re.escape(place) + f"(?:{PEOPLE_ENDINGS})"]
    if len(stem) >= 3 and stem != place:
        forms.append(re.escape(stem) + f"(?:{_STEM_ENDINGS})")
    return re.compile(r"(?<![\w-])(?:" + "|".join(forms) + r")s?(?![\w-])")


def people_word(place: str, word: str) -> bool:
    """Is ``word`` the word for ``place``'s people or things (:func:`people_word_rx`)?"""
    rx = people_word_rx(place)
    return rx is not None and rx.fullmatch(word) is not None


def _tokens(doc: Doc, rx: re.Pattern[str]) -> list[list[Token]]:
    """The tokens of each mention of a name in a parsed sentence."""
    out = []
    for m in rx.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None and len(span):
            out.append(list(span))
    return out


def _noun_group(noun: Token) -> set[int]:
    """A noun with the words that are part of it or own it ("the Hobbel Chemicals plant",
    "Hobbel's site", "the ferry Nethercombe"), and the object of its "of" ("the strongest gust
    of Storm Corliss")."""
    seen: set[int] = set()
    todo = [noun]
    if noun.dep_ == "attr":  # "Corliss is the strongest storm": the copula's subject too
        todo.extend(c for c in noun.head.children if c.dep_ == "nsubj")
    while todo:
        t = todo.pop()
        if t.i in seen:
            continue
        seen.add(t.i)
        for c in t.children:
            if c.dep_ in _NOUN_PARTS:
                todo.append(c)
            elif c.dep_ == "prep" and c.lower_ == "of" and t is noun:
                todo.extend(p for p in c.children if p.dep_ == "pobj")
    return seen


def _subjects(verb: Token) -> list[Token]:
    """A verb's subject, the agent of a passive, or the noun a relative clause or participle
    modifies ("the worst gale ever to hit X")."""
    out = [c for c in verb.children if c.dep_ == "nsubj"]
    for c in verb.children:
        if c.dep_ == "agent":
            out.extend(p for p in c.children if p.dep_ == "pobj")
    if not out and verb.dep_ in ("relcl", "acl") and verb.head.i != verb.i:
        out.append(verb.head)
    return out


def _anchors(head: Token) -> list[Token]:
    """The nouns a locative phrase hanging on ``head`` places: the noun itself and, when it is
    a verb's object, the verb's subject ("Hobbel employs 2,100 people in Brimsea"); or a
    verb's subject and object (the agent of a passive, the noun a relative clause or
    participle modifies)."""
    if head.pos_ in ("NOUN", "PROPN", "PRON"):
        out = [head]
        if head.dep_ == "dobj":
            out.extend(_subjects(head.head))
        return out
    if head.pos_ not in ("VERB", "AUX", "ADJ"):
        return []
    out = [c for c in head.children if c.dep_ in _ARGUMENTS]
    out.extend(_subjects(head))
    if head.dep_ in ("relcl", "acl") and head.head.i != head.i and head.head not in out:
        out.append(head.head)
    return out


def _root(tokens: list[Token]) -> Token:
    """The token of a mention whose head lies outside it."""
    return tokens[0].doc[tokens[0].i : tokens[-1].i + 1].root


def _locative(tokens: list[Token]) -> bool:
    """A mention is the object of a locative preposition ("off Brimsea", "in the Loddon
    Valley")."""
    root = _root(tokens)
    return root.dep_ == "pobj" and root.head.lower_ in prepositions()


def _held(doc: Doc, entity: re.Pattern[str]) -> set[int]:
    """The tokens of the mentions of ``entity`` that are a proper name (not a capitalised word
    opening a sentence: "Hives in X were lost")."""
    return {t.i for ts in _tokens(doc, entity) if any(t.pos_ == "PROPN" for t in ts) for t in ts}


def _placed_in(doc: Doc, place: re.Pattern[str], entity: re.Pattern[str]) -> str | None:
    """How one parsed sentence puts a mention of ``entity`` (a proper name) in a mention of
    ``place``: "locative", the place is the object
    of a locative preposition whose phrase places the entity ("the ferry Nethercombe, which
    lies wedged off X"); "object", the place is the object of a verb whose subject is the
    entity ("Storm Y struck X"); None."""
    marks = _held(doc, entity)
    if not marks:
        return None
    found = None
    for tokens in _tokens(doc, place):
        root = _root(tokens)
        if _locative(tokens):
            if any(marks & _noun_group(a) for a in _anchors(root.head.head)):
                return "locative"
        elif root.dep_ == "dobj" and any(marks & _noun_group(a) for a in _subjects(root.head)):
            found = "object"
    return found


class Places:
    """Which pairs of a run's subjects are a place and what stands in it, read when first
    asked from the sentences that name both in the documents that give either figures: the
    documents' whole texts where the run has them (``texts``, by document id), else the
    sentences of their claims."""

    def __init__(
        self, buckets: Mapping[Key, list[Claim]], texts: Mapping[str, str] | None = None
    ) -> None:
        self._docs: dict[str, set[str]] = {}
        self._claimed: dict[str, set[str]] = {}
        for key, claims in buckets.items():
            for c in claims:
                if key[0]:
                    self._docs.setdefault(key[0].lower(), set()).add(c.document)
                self._claimed.setdefault(c.document, set()).add(c.sentence)
        self._texts = texts or {}
        self._sentences: dict[str, list[str]] = {}
        self._ties: dict[tuple[str, str], bool] = {}
        self._places: dict[str, bool] = {}

    def sentences(self, document: str) -> list[str]:
        """A document's sentences: its text's in reading order, else its claims'."""
        found = self._sentences.get(document)
        if found is None:
            text = self._texts.get(document)
            if text is not None:
                found = [text[s:e] for s, e in sentence_spans(text)]
            else:  # (sorted: where a draft's claims stand is never read, see pipeline)
                found = sorted(self._claimed.get(document, set()))
            self._sentences[document] = found
        return found

    def _naming(self, names: tuple[str, ...], rxs: tuple[re.Pattern[str], ...]) -> list[str]:
        """The first :data:`MENTIONS` distinct sentences, in reading order, of the documents
        that give any of ``names`` figures, that name them all."""
        docs = sorted(set().union(*(self._docs.get(n, set()) for n in names)))
        found = (s for d in docs for s in self.sentences(d) if all(rx.search(s) for rx in rxs))
        return list(dict.fromkeys(found))[:MENTIONS]

    def _tie(self, place: str, entity: str) -> bool:
        key = (place.lower(), entity.lower())
        hit = self._ties.get(key)
        if hit is None:
            from reconcile.claims.parse import parse_sentences

            rp, re_ = name_rx(place), name_rx(entity)
            texts = self._naming(key, (rp, re_))
            how = {_placed_in(doc, rp, re_) for doc in parse_sentences(texts)}
            # a verb's object is a place only where the run sets something in it
            hit = "locative" in how or ("object" in how and self.is_place(place))
            self._ties[key] = hit
        return hit

    def is_place(self, name: str) -> bool:
        """Some sentence of the documents that give ``name`` figures sets something in it
        ("in X", "off X"): a place, never what stands in another."""
        low = name.lower()
        hit = self._places.get(low)
        if hit is None:
            from reconcile.claims.parse import parse_sentences

            rx = name_rx(name)
            hit = any(
                _locative(ts)
                for doc in parse_sentences(self._naming((low,), (rx,)))
                for ts in _tokens(doc, rx)
            )
            self._places[low] = hit
        return hit

    def stands_in(self, a: str | None, b: str | None) -> bool:
        """One subject is a place some sentence of the run puts the other in (a storm, a ship,
        a company's plant, a festival): the two may name one quantity."""
        if not a or not b or a.lower() == b.lower():
            return False
        return (self._tie(a, b) and not self.is_place(b)) or (
            self._tie(b, a) and not self.is_place(a)
        )
