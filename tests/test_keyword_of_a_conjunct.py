"""A metric keyword joined to the figure's phrase by "and" or "or" is a second thing beside
the figure, not the noun the figure quantifies (the "metric" class of missed conflicts and
false alarms): "more school spending and 900 million dollars of road tolls" puts no spending
at 900 million dollars (``parse.outside_own_phrase``). The controls keep the keyword where it
is the figure's own noun, or governs it."""

from __future__ import annotations

from tests.reported import metric_of


def test_keyword_coordinated_with_the_figures_phrase_does_not_name_it() -> None:
    text = "The bill pays for more school spending and 900 million dollars of road tolls."
    assert metric_of(text, "900 million dollars") != "capital spending"


def test_control_keyword_as_the_figures_own_noun_still_names_it() -> None:
    text = "The bill pays for 900 million dollars of school spending and new road tolls."
    assert metric_of(text, "900 million dollars") == "capital spending"


def test_control_keyword_governing_the_figure_still_names_it() -> None:
    text = "The council approved spending of 900 million dollars on road repairs and parks."
    assert metric_of(text, "900 million dollars") == "capital spending"
