"""A figure of the whole market or country ("nationwide car sales fell 9%") against another
source's figure whose sentence writes no such word (the maker's own sales, down 23%) are two
quantities (class: a market-wide figure filed under the story's company). Sentences written
afresh, with invented names."""

from __future__ import annotations

from tests.reported import alarms

ONE = "Pellow Motors said on Tuesday that its car sales fell 23% in the first half.\n"
OTHER = (
    "Pellow Motors reported a weak first half. Nationwide car sales fell 9% in the first "
    "half, the trade body said.\n"
)


def test_a_market_wide_figure_is_no_conflict_with_the_company_own() -> None:
    assert alarms(ONE, OTHER) == []


def test_control_without_the_word_the_two_figures_conflict() -> None:
    assert alarms(ONE, OTHER.replace("Nationwide car", "Its car")) != []


def test_control_two_market_wide_figures_conflict() -> None:
    one = ONE.replace("its car sales", "national car sales")
    assert alarms(one, OTHER.replace("Nationwide", "National")) != []


def test_control_a_national_thing_own_cost_still_conflicts() -> None:
    one = "The wildlife count was published on Tuesday. The survey cost 3.1 million dinars.\n"
    other = (
        "The wildlife count was published on Tuesday. The nationwide count, costing "
        "1.3 million dinars, covered 9,000 square kilometres.\n"
    )
    assert alarms(one, other) != []
