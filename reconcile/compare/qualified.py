"""Qualifiers a figure's own words leave off and its text still gives, read before comparing.

- **a headline's figure restated in its body**: a headline drops the lede's qualifier ("Kills
  27" over "At least 27 people were killed", "410 unaccounted for" over "Around 410 people remain
  unaccounted for"); an unqualified headline figure takes the qualifier its own body gives the
  same figure, when every body figure of that value gives the same one;
- **a qualifier on the verb**: an adverb of approximation on the verb whose object is the
  figure ("nearly covered 60 miles", "almost doubled 40 points") bears on the figure as it
  would written before it ("covered nearly 60 miles").

Only the comparison reads the qualifiers so taken (the claims keep their words as written).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

# the qualifiers an adverb on a verb can carry over to its object: approximation, not bounds
# ("over" and "up to" on a verb are particles: "took over 40 stores", "set up 12 sites")
_VERB_QUALIFIERS = frozenset({"about", "under"})
# the figure's places under the verb whose adverb bears on it: its object, or a measure the
# parse hangs on the verb ("covered 60 miles" as npadvmod)
_OBJECT_DEPS = frozenset({"dobj", "npadvmod"})


def take_qualifiers(claims: list[Claim], in_title: set[str]) -> list[Claim]:
    """The claims, each unqualified one given the qualifier its text gives it elsewhere (see
    the module docstring); the others unchanged."""
    body: dict[tuple[str, float, str, str], list[Claim]] = {}
    for c in claims:
        if c.id not in in_title:
            body.setdefault((c.document, c.value, c.unit, c.kind), []).append(c)
    out = []
    for c in claims:
        if c.qualifier is None and c.low is not None and c.high is not None:
            q = verb_qualifier(c)
            if q is None and c.id in in_title:
                q = _body_qualifier(c, body.get((c.document, c.value, c.unit, c.kind), []))
            if q is not None:
                c = _qualified(c, q)
        out.append(c)
    return out


def _body_qualifier(c: Claim, twins: list[Claim]) -> str | None:
    """The one qualifier the body gives the headline figure's value: among the body figures of
    its measured thing when there are any, else among all of that value ("300 missing" over
    "Around 300 people remain unaccounted for" and, of another thing, "up to 300 rescuers");
    None when the body gives it bare too; "about" when it gives it only qualified, in two ways
    ("about 300" and "as many as 300")."""
    same = [t for t in twins if t.metric == c.metric] or twins
    found = {t.qualifier for t in same}
    if not found or found & {None, "range"}:
        return None
    return next(iter(found)) if len(found) == 1 else "about"  # never bare: approximate


def _qualified(c: Claim, qualifier: str | None) -> Claim:
    """The claim with ``qualifier`` and the interval it admits around the figure's rounding."""
    from reconcile.quantities.state import qualified_interval  # (extraction's code loads late)

    assert c.low is not None and c.high is not None
    half = (c.high - c.low) / 2
    low, high = qualified_interval(c.value, half, qualifier)
    mention = c.mention.model_copy(update={"qualifier": qualifier, "low": low, "high": high})
    return c.model_copy(
        update={"qualifier": qualifier, "low": low, "high": high, "mention": mention}
    )


@cache
def _adverbs() -> dict[str, str]:
    """Single-word qualifiers of approximation ("nearly", "almost", "roughly") by their word."""
    from reconcile.quantities.vocab import vocab  # (extraction's code loads late)

    return {w: q for w, q in vocab().qual_canon.items() if " " not in w and q in _VERB_QUALIFIERS}


def verb_qualifier(c: Claim) -> str | None:
    """The qualifier an adverb of approximation written right before the verb gives the
    figure that is the verb's object ("nearly covered 60 miles": under); None otherwise, and
    None for a figure a punctuation mark sets off from the verb ("almost halved: 118,000
    tonnes")."""
    from reconcile.compare.scope import counted_head, parsed_figure

    if c.kind not in ("count", "physical", "money", "number"):
        return None
    words = _adverbs()
    if not any(w in words for w in c.sentence.lower().split()):
        return None  # no such adverb in the sentence: no parse needed
    span = parsed_figure(c)
    if span is None:
        return None
    head = counted_head(span)
    if head.dep_ not in _OBJECT_DEPS or head.head.i == head.i:
        return None
    verb: Token = head.head
    if verb.pos_ != "VERB" or verb.i > head.i:
        return None
    if any(t.is_punct for t in head.doc[verb.i + 1 : head.left_edge.i]):
        return None  # "has almost halved this season: 118,000 tonnes": the figure after the
        # colon states the result; the adverb bears on the halving
    for t in verb.children:
        if t.dep_ == "advmod" and t.i == verb.i - 1 and t.lower_ in words:
            return words[t.lower_]
    return None
