"""A length is named by the thing measured, not by the words around the figure (issue 11,
class "lengths named by their neighbours"): the unit of a figure beside it ("a 410-metre
(1,345-foot) borehole") narrows nothing, a dimension word beside the noun says what the figure
measures ("a 515-metre deep ventilation shaft": the shaft's depth), and an adjective judged by
degree ("an unusually shallow depth") narrows nothing. Sentences written afresh, names
invented."""

from __future__ import annotations

import pytest
from reported import claims_of, metric_of

from reconcile.claims.group import group_claims

_claims, _metric = claims_of, metric_of


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # the unit of the figure in brackets is no narrowing word, on either figure
        (
            "Engineers lowered the pump into a 410-metre (1,345-foot) borehole on Sunday.",
            "410-metre",
            "borehole length",
        ),
        (
            "Engineers lowered the pump into a 410-metre (1,345-foot) borehole on Sunday.",
            "1,345-foot",
            "borehole length",
        ),
        # a dimension word beside the noun: what the figure measures of it
        ("By Friday a 515-metre deep ventilation shaft was finished.", "515-metre", "shaft depth"),
        # an adjective judged by degree narrows nothing
        ("The leak sits at an unusually shallow depth of 14 metres.", "14 metres", "depth"),
    ],
)
def test_a_length_is_named_by_what_is_measured(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # a word that sorts the thing stays
        ("The dredgers reached a maximum depth of 40 metres.", "40 metres", "maximum depth"),
        (
            "Crews finished the northern 3.2 km runway last year.",
            "3.2 km",
            "northern runway length",
        ),
        ("Crews finished the new 3.2 km runway last year.", "3.2 km", "new runway length"),
        # a unit word that is part of a noun, with no number before it, stays out of the way
        ("The foot tunnel under the river is 410 metres long.", "410 metres", "tunnel length"),
        # scale letters on money are no unit of a length: the money claim keeps its noun
        ("Officials said a 5bn plan was approved.", "5bn", "plan"),
    ],
)
def test_control_words_that_sort_the_thing_stay(text: str, surface: str, metric: str) -> None:
    assert _metric(text, surface) == metric


def test_two_wordings_of_one_borehole_meet() -> None:
    """End to end: the borehole given with its conversion in one source and alone in another
    is one measured thing."""
    a = _claims("a.txt", "Engineers drilled a 410-metre (1,345-foot) borehole at Pell Farm.")
    b = _claims("b.txt", "The 401-metre borehole at Pell Farm was finished on Sunday.")
    by_text = {c.text: c for c in [*a, *b]}
    assert by_text["410-metre"].metric == by_text["401-metre"].metric
    groups = group_claims([*a, *b])
    shared = [g for g in groups if by_text["410-metre"].id in g.claims]
    assert shared and by_text["401-metre"].id in shared[0].claims
