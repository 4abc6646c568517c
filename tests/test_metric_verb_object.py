"""A verb that takes an object and a level ("raise tuition to $7,350", "lifted the parking
charge, from Monday, to $4.50 an hour") sets that object's level: the figure measures the
object, not what the verb measures when its object is the money itself ("raised $90 million":
funds raised). The value it moved from is the object's previous level (class: a verb keyword
read as the figure's metric when the verb acts on another noun). Sentences written afresh, with
invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metrics(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.metric for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("sentence", "figure", "thing"),
    [
        ("Pellow College will raise tuition to $7,350 next year.", "$7,350", "tuition"),
        (
            "Brisk Academy voted to raise annual tuition for local students by 9%, to $6,120.",
            "$6,120",
            "tuition",
        ),
        ("The Marrow board raised its membership fee to €240.", "€240", "fee"),
    ],
)
def test_the_object_of_the_verb_is_what_the_figure_measures(
    sentence: str, figure: str, thing: str
) -> None:
    metric = _metrics(sentence)[figure]
    assert metric is not None and thing in metric
    assert metric != "funds raised"


def test_the_value_moved_from_is_the_previous_level() -> None:
    metrics = _metrics("Pellow College raised tuition to $7,350 from $6,750 a year.")
    assert metrics["$6,750"] is not None and metrics["$6,750"].endswith("(previous)")
    assert metrics["$7,350"] is not None and not metrics["$7,350"].endswith("(previous)")


@pytest.mark.parametrize(
    "sentence",
    [
        "Orvel Biotech raised $90 million from investors.",
        "Orvel Biotech raised, in a round led by Kessel Capital, $90 million.",
    ],
)
def test_money_that_is_the_verbs_object_is_still_raised(sentence: str) -> None:
    # control: the figure is what the verb raised
    assert _metrics(sentence)["$90 million"] == "funds raised"
