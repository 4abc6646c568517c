"""A physical figure beside a dimension word measures that dimension (issue 11, class "no
metric or a junk metric"): "7.9mm thick" is a thickness, "weighs 198g" a weight, "as high as 6
metres" a height, whatever the sentence's other words; two wordings of one dimension meet, two
dimensions stay apart."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import describe, parse_sentences


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _metric(text: str, surface: str) -> str | None:
    found = [c for c in _claims("t.txt", text) if surface in c.text]
    assert found, [c.text for c in _claims("t.txt", text)]
    return found[0].metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "The Quillon Slate 2 is 6.1mm thick and comes in two colours.",
            "6.1mm",
            "thickness",
        ),
        (
            "Quillon says its slimmest tablet yet, at 6.1mm thick, fits in a coat.",
            "6.1mm",
            "tablet thickness",
        ),
        (
            "Reviewers found that the Quillon Slate weighs 412 grams with its cover.",
            "412",
            "weight",
        ),
        (
            "The river water rose as high as 4 metres in the lower town.",
            "4 metres",
            "water height",
        ),
        (
            "The lighthouse on the point is 31 metres tall, the council said.",
            "31 metres",
            "lighthouse height",
        ),
        (
            "The 210-metre-long tanker ran aground near the harbour mouth.",
            "210-metre",
            "tanker length",
        ),
        (
            "The tremor's epicentre was 40 kilometres northwest of the capital.",
            "40 kilometres",
            "epicentre distance",
        ),
        (
            "The village of Orl lies 12 km away from the nearest hospital.",
            "12 km",
            "village distance",
        ),
    ],
)
def test_a_dimension_word_names_what_a_physical_figure_measures(
    text: str, surface: str, metric: str
) -> None:
    assert _metric(text, surface) == metric


def test_two_wordings_of_one_thickness_meet_and_a_width_stays_apart() -> None:
    a = _claims("a.txt", "Brell unveiled the Hollis 3 on Monday; the phone is 7.4mm thick.")
    b = _claims("b.txt", "At just 7.9mm thick, the Hollis 3 from Brell is its slimmest phone.")
    c = _claims("c.txt", "Brell said the Hollis 3 is 71mm wide and comes in three colours.")
    groups = group_claims([*a, *b, *c])
    by_claim = {cid: g for g in groups for cid in g.claims}
    thick_a = next(x for x in a if "7.4" in x.text)
    thick_b = next(x for x in b if "7.9" in x.text)
    wide = next(x for x in c if "71" in x.text)
    assert by_claim[thick_a.id] is by_claim[thick_b.id]
    assert by_claim[wide.id] is not by_claim[thick_a.id]


def test_a_comparative_is_no_dimension() -> None:
    """ "2 metres higher" compares two levels: it names no height, and a money or percent figure
    is never read for a dimension."""
    sentence = "The river crested 2 metres higher than in the last flood."
    doc = parse_sentences([sentence])[0]
    at = sentence.index("2 metres")
    d = describe(doc, at, at + len("2 metres"), physical=True)
    assert d is None or d.thing != "height"
    sentence = "Shares of Tarn Mining were 5% higher in Sydney."
    doc = parse_sentences([sentence])[0]
    at = sentence.index("5%")
    d = describe(doc, at, at + 2)
    assert d is None or d.thing not in ("height", "high")
