"""A figure in a relative clause whose subject is the relative pronoun measures the antecedent
(class "the measured thing named by 'which'"): in "the hotel occupancy rate, which was 71% in
June" the 71% is the occupancy rate, as in "the hotel occupancy rate was 77% in June", so two
sources giving it meet in one group and their figures conflict. Before, "which"
named nothing and the figure had no metric at all. Controls: a relative clause saying what
the antecedent owns ("the group, which owns 77% of the rooms") stays apart from the rate; a
physical figure keeps the name of its dimension ("a pipeline which runs 140 kilometres": a
length, not the pipeline as a whole, which has a length, a width and a weight)."""

from __future__ import annotations

from tests.reported import alarms, metric_of

_RATE_PLAIN = (
    "Brantley resorts report\n\n"
    "Brantley's lakeside hotel occupancy rate was 77% in June, the company said on "
    "Wednesday."
)
_RATE_RELATIVE = (
    "Brantley resorts report\n\n"
    "Brantley's lakeside hotel occupancy rate, which was 71% in June, is expected to "
    "climb in August, the company said on Wednesday."
)
_OWNED = (
    "Brantley resorts report\n\n"
    "Brantley's lakeside hotels group, which owns 71% of the rooms around the lake, expects "
    "a busy August, the company said on Wednesday."
)
_PIPELINE = "The new water pipeline, which runs 140 kilometres to the coast, opened in May."


def test_relative_pronoun_names_its_antecedent() -> None:
    assert metric_of(_RATE_RELATIVE, "71%") == metric_of(_RATE_PLAIN, "77%")


def test_rate_told_in_a_relative_clause_conflicts() -> None:
    found = alarms(_RATE_PLAIN, _RATE_RELATIVE)
    assert any("77%" in m and "71%" in m for m in found), found


def test_control_what_the_antecedent_owns_stays_apart() -> None:
    found = alarms(_RATE_PLAIN, _OWNED)
    assert not any("77%" in m and "71%" in m for m in found), found


def test_control_physical_figure_keeps_its_dimension() -> None:
    assert metric_of(_PIPELINE, "140 kilometres") == "length"
