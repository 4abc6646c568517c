"""A period inside a relative clause on a noun before the figure (as the parse reads it) dates that
clause's own verb, not the main clause's figure: "In wards where the Greens took 31% in 2022,
they are down six points" gives the fall no year. Controls: a period framing the sentence, a
day in such a clause, and the clause's own figure keep their time. Sentences written afresh."""

from __future__ import annotations

import datetime as dt

from reconcile.time.read import resolve_when


def _when(text: str, figure: str, anchor: dt.date | None = None) -> str | None:
    at = text.find(figure)
    return resolve_when(text, anchor, at=at, end=at + len(figure))


def test_a_relative_clause_s_year_does_not_date_the_main_figure() -> None:
    text = "In wards where the Greens took 31% in 2022, they are down six points."
    assert _when(text, "six points") is None


def test_a_relative_clause_without_a_closing_comma_is_read_from_the_parse() -> None:
    text = "In wards where the Greens took 31% of the seats in 2022 they are down six points"
    assert _when(text, "six points") is None


def test_a_non_restrictive_clause_s_year_does_not_date_the_main_figure() -> None:
    text = "The ferry line, which opened in 2011, carried 2.4 million passengers."
    assert _when(text, "2.4 million passengers") is None


def test_control_the_clause_s_own_figure_keeps_its_year() -> None:
    text = "In wards where the Greens took 31% in 2022, they are down six points."
    assert _when(text, "31%") == "year:2022"


def test_control_a_year_framing_the_sentence_still_dates_it() -> None:
    text = "In 2022, the Greens took 31% of the vote, and they are down six points."
    assert _when(text, "six points") == "year:2022"


def test_control_a_period_told_from_the_article_s_day_still_dates_it() -> None:
    text = "Shares of the carmaker, which floated this week, fell 3.4%."
    assert _when(text, "3.4%", anchor=dt.date(2026, 3, 12)) == "2026-W11"


def test_control_a_day_in_a_relative_clause_still_dates_the_figure() -> None:
    text = "The gale, which struck on Monday, felled 140 trees."
    assert _when(text, "140 trees") == "weekday:Monday"
