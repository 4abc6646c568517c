"""Rates per a round number of a population: "52.3 burglaries per 1,000 households", "a rate
of 6.1 per 100,000 people", "17 disputes per 10,000 prepaid lines", "41 births per 1,000 women".

One mention per rate, found before the scan (the stretch is then blocked, so neither number
is read alone): ``value`` is the first number as written, its interval the written precision
and qualifier, kind 'count'; the unit is "per <base>" and the population unless it is everyone
("per 1,000" for "per 1,000 people" or "per 1,000 residents"; "per 10,000 mobile
subscription"), and ``modifier`` the population as written ("residents"; None when not
written). Two rates meet only on one base and one population, and a rate never meets a count
of the thing it counts (17 disputes per 10,000 lines are no 17 disputes) nor the
population of its base (no "10,000 subscriptions" is read).

The base, after "per" or "for every", is a power of ten from a hundred up ("per 100", "per
1,000", "for every 100,000", "per million"); "per 30 minutes" or "per 60-kilo bag" is a price
or a size, not a rate of a population. A base followed by a unit ("per 100 km") is a measure
of density, left alone, and so is an amount of money ("$86 per 1,000 cubic feet").
"""

from __future__ import annotations

import re
from functools import cache

from reconcile.claims.models import Mention
from reconcile.claims.numbers import half_step, parse_numeral
from reconcile.quantities.counts import singular
from reconcile.quantities.state import Scan, qualified_interval
from reconcile.quantities.vocab import vocab
from reconcile.vocabulary import load

RATE = re.compile(
    r"(?<![\w.,$£€¥])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<noun>(?:[ \t]+[a-z][a-z-]*){0,2}?)"
    r"[ \t]+(?:per|for[ \t]+every)[ \t]+(?P<base>1(?:00|,000|,000,000|0,000|00,000|000|0000|00000)"
    r"|(?:one[ \t]+|a[ \t]+)?(?:hundred|thousand|million))(?![\w]|[,.]\d)"
    r"(?P<pop>(?:[ \t]+[a-z][a-z-]*){0,2})",
)
WORD = re.compile(r"[a-z][a-z-]*")
BASES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000}
# words after the base that end its population ("per 1,000 in the north", "per 1,000 residents
# across its area", "for every 1,000 people living there")
NOT_NOUNS = frozenset(
    {"a", "an", "the", "and", "or", "but", "than", "last", "this", "that", "these", "those"}
    | {"each", "every", "was", "were", "is", "are", "has", "had", "year", "who", "which"}
    | {"about", "above", "across", "after", "against", "along", "among", "around", "at"}
    | {"before", "below", "between", "beyond", "by", "during", "for", "from", "in", "inside"}
    | {"into", "living", "near", "of", "off", "on", "over", "per", "since", "through", "to"}
    | {"under", "until", "up", "down", "with", "within", "without", "compared", "against"}
)


@cache
def everyone() -> frozenset[str]:
    """Populations that are everyone ("people", "residents"): they name no part of it."""
    return frozenset(load("count_nouns")["rates"]["everyone"])


def scan_rates(s: Scan) -> None:
    """Each rate of the text (see the module docstring), emitted before the scan."""
    if " per " not in s.low and "for every" not in s.low:
        return
    n = s.n
    for m in RATE.finditer(n):
        if any(w in vocab().phys or w in NOT_NOUNS for w in m["noun"].split()):
            continue  # "5 km per 100": a measure, not a count of things per head
        raw_base = m["base"].split()[-1]
        base = BASES.get(raw_base) or int(raw_base.replace(",", ""))
        end = m.end("base")
        pop: list[str] = []
        for w in WORD.finditer(n, end, m.end("pop")):
            if w[0] in NOT_NOUNS or w[0].endswith("ly"):
                break  # "per 1,000 in 2024", "per 1,000 people nationally"
            pop.append(w[0])
            end = w.end()
        if pop and pop[0] in vocab().phys:
            continue  # "2.9 adults per 100 km": a density
        start = m.start()
        if s.blocked_span(start) is not None:
            continue
        value = parse_numeral(m["num"])
        whom = [*pop[:-1], singular(pop[-1])] if pop else []
        unit = f"per {base:,}" + (
            "" if not whom or whom[-1] in everyone() else " " + " ".join(whom)
        )
        qual, qual_text = s.qualifier(start, end, unit)  # "roughly 24 per 10,000"
        low, high = qualified_interval(value, half_step(m["num"]), qual)
        s.found_first(
            Mention(
                surface=s.text[start:end],
                span=(start, end),
                value=value,
                unit=unit,
                kind="count",
                low=None if low is None else round(low, 12),
                high=None if high is None else round(high, 12),
                qualifier=qual,  # type: ignore[arg-type]
                qualifier_text=qual_text,
                modifier=" ".join(pop) or None,
            )
        )
