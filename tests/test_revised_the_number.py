"""A source that gives a corrected figure and the one it replaces, the old one written as a bare
number with "the" ("credited her with 9 assists, revising the 8 in the original box score"),
gives both figures itself: another source's 8 is the earlier figure, not a disagreement.
Control: without the replaced figure, the two figures still disagree."""

from __future__ import annotations

import datetime as dt

from tests.reported import alarms

DAY = dt.date(2026, 2, 7)


PLAIN = "Ostrava win\n\nTereza Valdes had 8 assists as the Comets won at home on Friday.\n"


def test_a_source_giving_the_replaced_figure_explains_the_other_source_s() -> None:
    revised = (
        "Ostrava win\n\nAfter a review of the tape, the league credited Tereza Valdes with 9 "
        "assists in Friday's home win, revising the 8 in the original box score.\n"
    )
    assert not [m for m in alarms(PLAIN, revised, day=DAY) if "assist" in m]


def test_control_without_the_replaced_figure_the_two_disagree() -> None:
    other = (
        "Ostrava win\n\nAfter a review of the tape, the league credited Tereza Valdes with 9 "
        "assists in Friday's home win.\n"
    )
    assert [m for m in alarms(PLAIN, other, day=DAY) if "assist" in m]
