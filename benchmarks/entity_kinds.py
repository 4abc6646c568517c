"""Does the kind of entity a subject names tell whether two figures are one quantity?

    python -m benchmarks.entity_kinds fixtures evaluation/realnews evaluation/blind-* \\
        evaluation/holdout* --cache /tmp/pairs

Issue 11 asks for entity compatibility in the grouping's weighed evidence: two distinct names
of one kind (two towns, two companies) are two entities, while names of two kinds may name one
quantity (a town and the storm that hit it, a maker and its product, a party and its leader).
This reads the kind of each subject as spaCy's recogniser labels it where the name stands
(:class:`Kinds`: the most common label over its mentions in the sentences of the run's claims,
which hold a figure and so are parsed by the run already) and prints, for the labelled pairs
of :mod:`benchmarks.fit_grouping` (``--cache`` as there: a folder keeps one pickle per root)
whose two subjects are distinct names and whose keys differ (the pairs the weighed merge
decides), how often the gold puts the two in one group, by the kinds' relation ("one kind",
"two kinds", "unknown"; a name whose words hold the other's is "nested") and by the weighed
probability of the shipped model. A relation that tells pairs apart shows rates far apart
within a band of probability.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from reconcile.claims.evidence import _name, _nested, probability
from reconcile.claims.models import Claim
from reconcile.claims.parse import _ENTITY_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Doc

# spaCy's entity labels read as kinds of entity (the parse's own table, without laws)
ENTITY_KINDS = {label: kind for label, kind in _ENTITY_TYPES.items() if label != "LAW"}
MENTIONS = 12  # sentences read for a subject's kind, the first in reading order
BANDS = (0.93, 0.8, 0.5)  # bands of the shipped model's probability: >= 0.93, 0.8-0.93, ...


@lru_cache(maxsize=16384)
def _rx_name(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", re.I)


def mention_kind(doc: Doc, start: int, end: int) -> str | None:
    """The kind of entity (:data:`ENTITY_KINDS`) the recogniser gives the name at characters
    ``start:end`` of a parsed sentence: the label of the name's head word, else of its first
    labelled word; None when no word of it is labelled."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for tok in (span.root, *span):
        if tok.ent_type_:
            return ENTITY_KINDS.get(tok.ent_type_)
    return None


class Kinds:
    """The kind of entity each subject of a run names, as the parse reads it where the name
    stands: the most common kind over its mentions in the sentences of the run's claims of the
    documents that give it figures, the first :data:`MENTIONS` in reading order; None when
    no mention is labelled. Read when first asked."""

    def __init__(self, claims: Iterable[Claim]) -> None:
        self._docs: dict[str, set[str]] = {}
        self._claims: dict[str, list[Claim]] = {}
        for c in claims:
            self._claims.setdefault(c.document, []).append(c)
            if c.subject:
                self._docs.setdefault(_name(c.subject), set()).add(c.document)
        self._sentences: dict[str, list[str]] = {}
        self._kinds: dict[str, str | None] = {}

    def _sentences_of(self, document: str) -> list[str]:
        found = self._sentences.get(document)
        if found is None:
            ordered = sorted(self._claims.get(document, ()), key=lambda c: (c.span, c.id))
            found = self._sentences[document] = list(dict.fromkeys(c.sentence for c in ordered))
        return found

    def of(self, subject: str | None) -> str | None:
        """The kind of entity ``subject`` names (None: unknown)."""
        name = _name(subject)
        if not name:
            return None
        if name in self._kinds:
            return self._kinds[name]
        rx = _rx_name(name)
        docs = sorted(self._docs.get(name, ()))
        texts = [s for d in docs for s in self._sentences_of(d) if rx.search(s)][:MENTIONS]
        counts: Counter[str] = Counter()
        if texts:
            from reconcile.claims.parse import parse_sentences

            for text, doc in zip(texts, parse_sentences(texts), strict=True):
                for m in rx.finditer(text):
                    if (kind := mention_kind(doc, m.start(), m.end())) is not None:
                        counts[kind] += 1
        found = counts.most_common(1)[0][0] if counts else None
        self._kinds[name] = found
        return found


def relation(kinds: Kinds, a: str, b: str) -> str:
    """How two distinct subject names relate by kind: "nested" (one's words hold the
    other's), "unknown" (either unlabelled), "one kind" or "two kinds"."""
    if _nested(a, b):
        return "nested"
    ka, kb = kinds.of(a), kinds.of(b)
    if ka is None or kb is None:
        return "unknown"
    return "one kind" if ka == kb else "two kinds"


def band(p: float) -> str:
    for cut in BANDS:
        if p >= cut:
            return f">= {cut}"
    return f"< {BANDS[-1]}"


def main(argv: list[str] | None = None) -> int:
    from benchmarks.fit_grouping import cached_pairs

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="*", default=["fixtures/"])
    ap.add_argument("--cache", help="as benchmarks.fit_grouping's --cache")
    ap.add_argument("--pairs", action="store_true", help="also by the two kinds")
    args = ap.parse_args(argv)
    pairs = cached_pairs(args.roots, args.cache)
    by_context: dict[int, list[Claim]] = {}
    for a, b, _, _, ctx in pairs:
        by_context.setdefault(id(ctx), []).extend((a, b))
    kinds = {k: Kinds({c.id: c for c in cs}.values()) for k, cs in by_context.items()}
    counts: Counter[tuple[str, str, int]] = Counter()
    for a, b, y, grouped, ctx in pairs:
        sa, sb = a.subject, b.subject
        if grouped or a.value == b.value or not sa or not sb or _name(sa) == _name(sb):
            continue
        k = kinds[id(ctx)]
        rel = relation(k, sa, sb)
        if args.pairs and rel == "two kinds":
            rel = " / ".join(sorted((k.of(sa) or "", k.of(sb) or "")))
        elif args.pairs and rel == "one kind":
            rel = f"{k.of(sa)} (one kind)"
        counts[(band(probability(a, b, ctx)), rel, y)] += 1
    print(f"{'probability':12} {'relation':28} {'one quantity':>12} {'pairs':>7} {'rate':>6}")
    for b_ in sorted({k[0] for k in counts}, reverse=True):
        for rel in sorted({k[1] for k in counts if k[0] == b_}):
            yes, no = counts[(b_, rel, 1)], counts[(b_, rel, 0)]
            print(f"{b_:12} {rel:28} {yes:12} {yes + no:7} {yes / (yes + no):6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
