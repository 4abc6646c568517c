"""A figure its text dates to a past year, two years or more before the coverage's own year, is
not the undated figure of the story (issue 11, the time of a figure with no stated day): "in
2019 she set the old record with 20.95 metres" against "her winning put measured 21.40 metres"
is a past mark against this season's, a different time (compare.judge._recalled). Last year's
figure stays comparable (an annual figure is often reported undated the year after), and so
does an undated figure whose own sentence names the past year ("had stood since 2019")."""

from __future__ import annotations

from tests.reported import alarms

WON = (
    "Orla Venn won the 2025 indoor shot put title in Tarvel. Her winning put measured "
    "21.40 metres, a national record for the 2025 season."
)
PAST = (
    "Tarvel hosted the 2025 indoor championships. In {year}, in Dunmore, Venn set the old "
    "national record with a put of 20.95 metres."
)


def test_a_mark_dated_years_back_is_not_the_story_s_figure() -> None:
    assert alarms(WON, PAST.format(year="2019")) == []


def test_last_year_s_figure_is_still_weighed() -> None:
    found = alarms(WON, PAST.format(year="2024"))
    assert len(found) == 1
    assert "21.40" in found[0] and "20.95" in found[0]


def test_an_undated_figure_whose_sentence_names_that_year_is_still_weighed() -> None:
    stood = (
        "Orla Venn won the 2025 indoor shot put title in Tarvel. The old national record "
        "put, 21.05 metres, had stood since 2019."
    )
    found = alarms(stood, PAST.format(year="2019"))
    assert len(found) == 1
    assert "21.05" in found[0] and "20.95" in found[0]
