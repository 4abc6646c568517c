"""A name followed by a title set off by commas with a possessive in between ("Mira Kalst, the
water board's director of supply,") is an official speaking for a body: never the story's main
subject, whose name a figure with no name of its own takes (class: officials whose title
follows a possessive read as the story's subject). Sentences written afresh, invented names."""

from __future__ import annotations

import bisect

from reconcile.claims.context import _with_places, sentence_spans
from reconcile.claims.entities import _find_entities
from reconcile.claims.vocab import vocab
from reconcile.quantities import extract_quantities


def _people(text: str) -> tuple[dict[str, str | None], str | None]:
    v = vocab(None)
    mentions = sorted(extract_quantities(text), key=lambda m: m.span)
    spans = sentence_spans(text)
    starts = [lo for lo, _ in spans]
    sents = {max(bisect.bisect_right(starts, m.span[0]) - 1, 0) for m in mentions}
    v = _with_places(text, spans, sents, v)
    ents = _find_entities(text, spans, v, [m.span for m in mentions])
    marks = {e.name: e.person for row in ents.per_sentence for e in row}
    return marks, ents.main


def test_a_title_after_a_possessive_marks_an_official() -> None:
    text = (
        "Reservoir stocks fell to 41% this week.\n\n"
        '"Stocks are low," said Mira Kalst, the TWB\'s director of supply. Mira Kalst added '
        "that 12 pumping stations were idle. Mira Kalst said rain was due.\n"
    )
    marks, main = _people(text)
    assert marks["Mira Kalst"] == "official"
    assert main != "Mira Kalst"


def test_a_name_with_no_title_is_no_official() -> None:
    # control: an apposition with no title leaves the name as it was
    text = (
        "Stocks fell to 41% this week, said Mira Kalst, the TWB's oldest customer. Mira "
        "Kalst added that 12 pumping stations were idle.\n"
    )
    marks, _ = _people(text)
    assert marks["Mira Kalst"] is None
