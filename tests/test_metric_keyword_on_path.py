"""A metric keyword names a figure only from the figure's own path in the parse, not from a
phrase that belongs to another quantity in the same sentence (the "metric" class of missed
conflicts and false alarms): a keyword under a figure of its own apposed to the figure ("a
bonus of £1.6m, the maximum 150% of salary") is that other figure's base, not what the first
one measures (``parse.outside_own_phrase``); each case has a control that must stay as it was.
"""

from __future__ import annotations

from tests.reported import metric_of


def test_keyword_under_an_apposed_figure_is_not_the_figures() -> None:
    text = "The mayor received a pension of £90,000, about 60 per cent of her final salary."
    assert metric_of(text, "£90,000") == "pension"


def test_control_an_apposed_noun_without_a_figure_leaves_the_own_noun() -> None:
    text = "The mayor received a pension of £90,000, her highest salary in years."
    assert metric_of(text, "£90,000") == "pension"


def test_control_an_apposed_share_with_a_keyword_figure_keeps_its_noun() -> None:
    text = "The fund paid a dividend of $4.2 million, roughly 40 per cent of net income."
    assert metric_of(text, "$4.2 million") == "dividend"
