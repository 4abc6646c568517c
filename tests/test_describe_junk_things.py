"""What a figure measures is never a word that says nothing of it (issue 11, class "no metric
or a junk metric"): a period in an "in" phrase ("in the quarter"), a light verb ("had"), and a
conversion in brackets measures what the figure it converts measures, hedged or not."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import describe, parse_sentences


def _describe(sentence: str, figure: str):  # type: ignore[no-untyped-def]
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    return describe(doc, at, at + len(figure), physical=True)


def _claims(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Ostmark Gold produced 88,200 ounces in the quarter, its best run yet.", "88,200 ounces"),
        ("The smelter poured 5,400 tonnes in the third quarter despite repairs.", "5,400 tonnes"),
        ("The mill processed 1.2 million tonnes in March after the upgrade.", "1.2 million tonnes"),
    ],
)
def test_a_period_after_in_is_not_what_is_measured(sentence: str, figure: str) -> None:
    d = _describe(sentence, figure)
    assert d is not None
    assert d.thing not in ("quarter", "march", "month")
    assert d.thing_pos == "VERB"


def test_an_object_of_in_that_is_a_thing_still_is() -> None:
    """The control: "in orders" names what was booked."""
    d = _describe("The yard booked $3 billion in orders from two navies.", "$3 billion")
    assert d is not None and d.thing == "order"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Early returns showed the Leave camp with 52.1% while Remain had 47.9%.", "47.9%"),
        ("By noon the challenger had 9,214 votes in the first district.", "9,214"),
    ],
)
def test_a_light_verb_is_not_what_is_measured(sentence: str, figure: str) -> None:
    d = _describe(sentence, figure)
    assert d is None or d.thing != "have"


@pytest.mark.parametrize(
    "text",
    [
        "The Kestra sedan offers a range of 640 kilometres (nearly 398 miles) on one charge.",
        "The Kestra sedan offers a range of 640 kilometres (roughly 398 miles) on one charge.",
        "The Kestra sedan offers a range of 640 kilometres (398 miles) on one charge.",
    ],
)
def test_a_bracketed_conversion_measures_what_its_figure_does(text: str) -> None:
    cs = _claims(text)
    km = next(c for c in cs if "640" in c.text)
    mi = next(c for c in cs if "398" in c.text)
    assert km.metric is not None
    assert mi.metric == km.metric
