"""What a rate per a round number of a population measures ("52.3 burglaries per 1,000
households", "the drowning rate fell to 6.1 per 100,000 people"; read by
:mod:`reconcile.quantities.rates`).

Its metric names what is counted, then its unit (the base and, unless everyone, of whom):
"burglaries per 1,000 household", "disputes per 10,000 prepaid line". What is counted is the noun
written before "per" or "for every" ("17 disputes per 10,000"), else what an earlier rate of the
document on the same base counts ("8.4 readmissions per 1,000 patients ... the infirmary's rate
was 9.1 per 1,000"), else the word before "rate" in its clause ("the burglary rate was 58.1 per
1,000"), else what a figure just before it counts ("it logged 3,120 thefts. At 12.6 per 1,000
people, ..."; "... against 9 per 1,000 a year earlier"). A rate whose population is not written
takes the one population its document writes for that base (``rate_populations``).
Two words for one counted thing (``[synonyms]`` of ``data/comparison.toml``) are one.
"""

from __future__ import annotations

import re

from reconcile.claims.figure import _Fig
from reconcile.claims.models import rate_unit
from reconcile.quantities.counts import plural, singular
from reconcile.vocabulary import noun_families, people_nouns

_RX_NUMBER = re.compile(r"^\S+\s*")
_NEAR = 400  # characters: an earlier count this near a rate may say what it counts
# words before "rate" that name nothing counted ("the rate", "its rate", "a force-wide rate")
_NOT_COUNTED = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "our"})
_RX_RATE_WORD = re.compile(r"\b(?P<w>[a-z][a-z-]+)\s+rates?\b", re.IGNORECASE)


def is_rate(f: _Fig) -> bool:
    """Whether the figure is a rate per a population (unit "per 1,000")."""
    return f.kind == "count" and rate_unit(f.unit)


def _counted(f: _Fig) -> str | None:
    """The noun written between the number and "per" or "for every" ("road deaths"),
    singular."""
    head = _RX_NUMBER.sub("", f.mention.surface, count=1)
    before = re.split(r"\s+(?:per|for\s+every)\s+", head, maxsplit=1)
    words = before[0].split() if len(before) > 1 else []
    return " ".join([*words[:-1], singular(words[-1])]) if words else None


def _base(unit: str) -> str:
    """The base of a rate's unit ("per 1,000" of "per 1,000 passenger")."""
    return " ".join(unit.split()[:2])


def _named(g: _Fig) -> str | None:
    """What an earlier rate counts, as its metric names it ("bags" of "bags per 1,000
    passenger"), else as written before its "per"."""
    if g.metric and g.metric.endswith(" " + g.unit) and not g.metric.startswith("rate "):
        return g.metric[: -len(g.unit) - 1]
    return _counted(g)


def rate_populations(figs: list[_Fig]) -> None:
    """A rate whose population is not written ("11.4 per 1,000") counts per the one population
    its document names for that base ("7.7 per 1,000 passengers" earlier or later): a document
    says "passengers" once and then writes the bare base."""
    named: dict[str, set[str]] = {}
    for f in figs:
        if is_rate(f) and f.mention.modifier is not None:  # written, even if everyone
            named.setdefault(_base(f.unit), set()).add(f.unit)
    for f in figs:
        bare = f.unit == _base(f.unit) and f.mention.modifier is None
        if is_rate(f) and bare and len(named.get(f.unit, ())) == 1:
            f.unit = next(iter(named[f.unit]))
            f.mention = f.mention.model_copy(update={"unit": f.unit})


def rate_metric(text: str, figs: list[_Fig], i: int) -> str:
    """The metric of the rate ``figs[i]`` (see the module docstring)."""
    f = figs[i]
    counted = _counted(f)
    if counted is None:  # the thing an earlier rate of this base in the document counts
        counted = next(
            (
                c
                for g in reversed(figs[:i])
                if is_rate(g) and _base(g.unit) == _base(f.unit) and (c := _named(g))
            ),
            None,
        )
    if counted is None:
        before = [
            w["w"].lower()
            for w in _RX_RATE_WORD.finditer(text, f.lo, f.start)
            if w["w"].lower() not in _NOT_COUNTED
        ]
        counted = before[-1] if before else None
    if counted is None:
        counted = next((c for g in reversed(figs[:i]) if (c := _counted_before(g, f))), None)
    if counted is None:
        return f"rate {f.unit}"
    words = counted.split()
    head = noun_families().get(words[-1], words[-1])
    return f"{' '.join([*words[:-1], plural(head)])} {f.unit}"


def _counted_before(g: _Fig, f: _Fig) -> str | None:
    """What an earlier figure of the document, near the rate, counts: the counted noun of a
    rate, or the noun of a count of things ("3,120 thefts were logged. At 12.6 per 1,000
    people, ..."); never a count of people, which is a rate's base, not what it counts."""
    if f.start - g.end > _NEAR:
        return None
    if is_rate(g):
        return _counted(g)
    if g.kind == "count" and g.unit and g.unit not in people_nouns() and " " not in g.unit:
        return g.unit
    return None
