"""A figure in a relative clause of place ("in the western valleys, where only 71% of
households were connected") is given for the place the clause hangs on, not for the whole the
other sources give: it is separated from figures naming no place (issue 11 precision). Without
the clause the two still conflict."""

from __future__ import annotations

from reconcile.claims.parse import parse_sentences
from reconcile.claims.separate import where_place
from tests.reported import alarms

WHOLE = "The broadband scheme connected 88% of households by late March, ministers said.\n"
PLACED = (
    "Progress was slowest in the western valleys, where only 71% of households were connected "
    "by late March.\n"
)


def test_a_figure_of_a_where_clause_is_no_conflict_with_the_whole() -> None:
    assert alarms(WHOLE, PLACED) == []


def test_control_the_same_figure_without_the_clause_conflicts() -> None:
    plain = "Only 71% of households were connected by late March, ministers said.\n"
    assert alarms(WHOLE, plain) != []


def _place(sentence: str, figure: str) -> frozenset[str]:
    at = sentence.index(figure)
    return where_place(parse_sentences([sentence])[0], at, at + len(figure))


def test_the_place_is_the_noun_the_clause_hangs_on() -> None:
    assert _place(PLACED.strip(), "71%") == {"western valleys"}


def test_coordinated_places_are_all_named() -> None:
    sentence = "The worst landslides hit Dorset and Devon, where 80 mm of rain came down in a day."
    assert _place(sentence, "80 mm") == {"dorset", "devon"}


def test_control_a_place_the_other_source_names_too_sets_nothing_apart() -> None:
    other = "In the western valleys, 88% of households were connected by the end of March.\n"
    assert alarms(other, PLACED) != []


def test_a_figure_of_the_main_clause_names_no_place() -> None:
    sentence = "Turnout reached 64%, highest in the towns where the campaign had spent most."
    assert _place(sentence, "64%") == frozenset()
