"""A figure of another occasion that a sentence compares its own with ("compared with a
deficit of £20.1m the year before") is a reference, not the story's figure: it is split off
and compared only with other references (issue 11, class "a figure of another event").
Control: the story's own figures still conflict."""

from __future__ import annotations

from reconcile.claims.group import _reference_of
from reconcile.claims.parse import parse_sentences
from tests.reported import alarms

OWN = "Council accounts\n\nThe council ran a deficit of £14.9m, its auditors said.\n"
EARLIER = (
    "Council accounts\n\nThe shortfall narrowed sharply. That compared with a deficit of £20.1m "
    "that the council ran the year before.\n"
)


def _reference(sentence: str, figure: str) -> str | None:
    at = sentence.index(figure)
    return _reference_of(parse_sentences([sentence])[0], at, at + len(figure))


def test_a_deficit_compared_with_is_no_conflict() -> None:
    assert alarms(OWN, EARLIER) == []


def test_control_the_storys_own_figures_still_conflict() -> None:
    assert alarms(OWN, OWN.replace("£14.9m", "£20.1m")) != []


def test_the_noun_compared_with_is_a_reference() -> None:
    sentence = "The council's deficit of £12.4m compared with a deficit of £20.1m the year before."
    assert _reference(sentence, "£20.1m") == "earlier"
    assert _reference(sentence, "£12.4m") is None


def test_a_bare_figure_compared_with_is_no_reference() -> None:
    assert _reference("Of those on the drug, 41% improved, versus 9% on placebo.", "9%") is None


def test_a_figure_after_since_is_left_to_the_context_stage() -> None:
    sentence = "It was the most destructive blaze since one that destroyed 310 homes."
    assert _reference(sentence, "310 homes") is None
