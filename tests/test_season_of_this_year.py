"""Class: a season named from the article's day. "This spring", "this summer" and "this autumn"
lie in the article's year, as "this year" does ("the Orrin board sold 80 licences this spring":
this year's figure, not one of an undated time); "this winter" spans two years and "this fall"
is often a noun ("this fall in sales"), so neither dates the figure. Invented sentences."""

from __future__ import annotations

import datetime as dt

from reconcile.time.read import resolve_when

SPRING = "The Orrin board sold 80 fishing licences to visitors this spring."


def test_a_season_of_this_year_is_this_year() -> None:
    assert resolve_when(SPRING) == "year:this"
    assert resolve_when(SPRING, dt.date(2026, 6, 2)) == "year:2026"
    summer = "Ferry crossings to Tarn rose to 640 this summer."
    assert resolve_when(summer, dt.date(2026, 9, 1)) == "year:2026"


def test_control_this_winter_and_this_fall_date_nothing() -> None:
    assert resolve_when("The Orrin board sold 80 ski passes this winter.") is None
    assert resolve_when("This fall in sales of 8% worried the Orrin board.") is None
