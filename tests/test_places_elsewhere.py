"""A figure whose clause an adverb before it sets in another named place ("More than 4,000
kilometres away in Japan, the storm killed two people") is that place's figure, not the
story's: it is separated from figures naming no place (issue 11 precision). Without the
place the two still conflict."""

from __future__ import annotations

from reconcile.claims.parse import narrowing_of, parse_sentences
from tests.reported import alarms

HOME = "The storm killed seven people on Sunday, officials said.\n"
AWAY = (
    "More than 4,000 kilometres away in Japan, the storm killed two people on Sunday, officials "
    "said.\n"
)


def test_a_figure_set_elsewhere_is_no_conflict_with_the_storys_own() -> None:
    assert alarms(HOME, AWAY) == []


def test_control_without_the_place_the_figures_conflict() -> None:
    assert alarms(HOME, AWAY.replace(" in Japan", "")) != []


def test_the_place_is_read_from_the_adverb_before_the_figure() -> None:
    at = AWAY.index("two people")
    r = narrowing_of(parse_sentences([AWAY.strip()])[0], at, at + 10, "death toll", True)
    assert r is not None and r.elsewhere == frozenset({"japan"}) and not r.places
