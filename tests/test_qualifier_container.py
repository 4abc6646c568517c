"""A qualifier before a named thing whose value the figure is ("beyond its pledge of X")
qualifies the figure, as it does written the other way round ("beyond the X pledge")."""

from __future__ import annotations

import pytest

from reconcile.claims.extract import extract_quantities
from reconcile.claims.models import Mention


def only(text: str) -> Mention:
    found = extract_quantities(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "The utility will spend beyond its spring commitment of 14 billion rand on the grid.",
        "Exports ran above the ministry's estimate of 3.4% last year.",
        "Ticket sales topped the club's target of 45,000 seats.",
        "The airline hopes to carry more than its 2019 record of 61 million passengers.",
    ],
)
def test_a_qualifier_reaches_through_the_value_of_a_named_thing(text: str) -> None:
    m = only(text)
    assert m.qualifier == "over"
    assert m.high is None and m.low == m.value


@pytest.mark.parametrize(
    "text",
    [
        "The utility will spend beyond the 14 billion rand commitment.",
        "The utility will spend 14 billion rand, its spring commitment.",
    ],
)
def test_both_word_orders_agree(text: str) -> None:
    same = only("The utility will spend beyond its spring commitment of 14 billion rand.")
    m = only(text)
    assert m.value == same.value
    assert (m.qualifier == "over") == ("beyond" in text)


@pytest.mark.parametrize(
    "text",
    [
        "The chain closed more than a third of its 900 stores.",  # a part of the figure
        "Officials counted the cost of 14 billion rand in damage.",  # no qualifier at all
        "Growth came in at the top end of 3.4% to 3.6%.",
    ],
)
def test_no_qualifier_without_one_before_the_thing(text: str) -> None:
    for m in extract_quantities(text):
        if m.unit == "percent" and not any(ch.isdigit() for ch in m.surface):
            assert m.qualifier == "over"  # "more than a third": the fraction's own qualifier
            continue
        assert m.qualifier in (None, "range")
