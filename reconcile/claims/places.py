"""Which names of a document the recogniser reads as places.

The package ships no list of the world's cities and regions (``entities.toml`` keeps
countries, nationalities and market centres). Most places are told from the slot a name stands
in, whatever the name (``entities._place_slot``: a dateline, "in X and Y", "at X airport",
"parts of X"). One slot needs to know the name: the epithet "the X company" is a place for
"the Seattle company" and a company for "the Pellham unit". For names in that slot, spaCy's
recogniser (the NER component alone) reads a window around the name's first mention; a name
it tags as a geopolitical entity or a location is a place, unless the document shows it acting
or owning ("X said", "X shares", "X's", "X: The board ...", "X Holdings", a clause opening
"X paid ...") or it is the story's setting.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

WINDOW = 160  # characters either side of a name's first mention given to the recogniser
PLACE_LABELS = frozenset({"GPE", "LOC"})


@dataclass(frozen=True)
class FirstMention:
    """A capitalised name's first mention: where it stands and the sentence around it."""

    name: str  # as cleaned, original case
    start: int
    end: int
    sentence: tuple[int, int]


# Closed-class words after a clause-initial name that do not make it the clause's subject
# ("Kagoshima and Miyazaki", "Lisbon, where", "Oregon to ...")
_NOT_VERBS = (
    "of|in|and|or|on|at|to|for|from|with|by|as|near|into|than|where|which|who|whose|that|the|a|an"
)


def _acts(text: str, name: str, followers: Iterable[str]) -> bool:
    """Whether the document shows ``name`` acting or owning: followed by one of ``followers``
    ("said", "shares", "reported"), a possessive, a label colon, a further capitalised word
    (the short form of a longer name), or opening a clause with a verb after it
    ("Costanera paid €35 million", "X will keep ...")."""
    words = "|".join(re.escape(w) for w in sorted(followers, key=len, reverse=True) if w)
    named = f"(?i:{re.escape(name)})" if name.isupper() else re.escape(name)  # "SAN JOSE"
    rx = re.compile(
        r"(?<![\w-])" + named + r"(?:['’]s\b|\s+(?:" + words + r")\b"
        r"|:\s+(?:The\s+)?[A-Z]"  # "X: The cabinet approved ...": an item about X
        r"|[ \t]+[A-Z][a-z])",  # "X Logistics", "X Holdings": the short form of a longer name
    )
    if rx.search(text) is not None:
        return True
    opener = re.compile(
        r"(?:^|[.!?:]\s+|,\s+)" + named + r"\s+(?!(?:" + _NOT_VERBS + r")\b)[a-z]", re.M
    )
    return opener.search(text) is not None


def read_places(
    text: str,
    mentions: Sequence[FirstMention],
    followers: Iterable[str],
    setting: str | None = None,
) -> frozenset[str]:
    """The lower-cased names among ``mentions`` that the recogniser tags as places in a window
    around their first mention and that the document never shows acting or owning. The
    story's ``setting`` (the country a national story is about) is never among them: its
    government and people own the story's figures."""
    followers = tuple(followers)
    keep = (setting or "").lower()
    todo = [m for m in mentions if m.name.lower() != keep and not _acts(text, m.name, followers)]
    if not todo:
        return frozenset()
    from reconcile.claims.parse import recognise

    windows = []
    for m in todo:
        lo = max(m.sentence[0], m.start - WINDOW)
        hi = min(m.sentence[1], m.end + WINDOW)
        windows.append((lo, text[lo:hi]))
    out = set()
    for m, (lo, _), doc in zip(todo, windows, recognise([w for _, w in windows]), strict=True):
        s, e = m.start - lo, m.end - lo
        for ent in doc.ents:
            if ent.start_char <= s and e <= ent.end_char:
                if ent.label_ in PLACE_LABELS and _covers(ent.text, m.name):
                    out.add(m.name.lower())
                break
    return frozenset(out)


def _covers(entity: str, name: str) -> bool:
    """The recognised entity is the name itself, give or take a leading "the"."""
    words = entity.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    return re.sub(r"['’]s$", "", " ".join(words)).lower() == name.lower()
