"""A figure told of an earlier instance of a thing ("the lodge's previous refurbishment, which
cost $30 million") is of another thing than a figure of no earlier one ("its refurbishment,
costing $85 million, starts in May"): the last refurbishment and the planned one, so the two
are no conflict.
When both name the earlier one, a difference stands; "the last four guests" are the final ones
of a group, and "last year" a period, neither an earlier instance of the thing."""

from __future__ import annotations

from reconcile.compare.scope import earlier_instance
from tests.reported import alarms, claims_of

PLANNED = (
    "The Halden Lodge has been sold. Its new owner's refurbishment of the lodge, costing "
    "$85 million, starts in May.\n"
)
PAST = (
    "The Halden Lodge has hosted two kings. The lodge's previous refurbishment, costing "
    "$30 million, ended in 2011.\n"
)


def test_a_figure_of_an_earlier_instance_is_no_conflict_with_a_current_one() -> None:
    assert alarms(PLANNED, PAST) == []
    assert alarms(PLANNED, PAST.replace("previous", "prior")) == []


def test_control_a_refurbishment_of_no_earlier_instance_still_conflicts() -> None:
    assert alarms(PLANNED, PAST.replace("previous ", "")) != []


def test_control_both_naming_the_earlier_one_still_conflict() -> None:
    other = PAST.replace("hosted two kings", "been sold").replace("$30", "$38")
    assert alarms(other, PAST) != []


def test_the_earlier_thing_is_what_the_figure_is_told_of() -> None:
    def thing(text: str) -> str | None:
        [c] = [c for c in claims_of("b.txt", text) if "3" in c.text]
        got = earlier_instance(c)
        return None if got is None else got.lower_

    assert thing(PAST) == "refurbishment"
    assert thing("The last big refit cost $3 million.") == "refit"
    assert thing("Guards freed the last three of 13 hostages on Friday.") is None
    assert thing("The hotel earned $3 million last year.") is None
    assert thing("The previous year's profit was $3 million.") is None


def test_control_two_earlier_instances_in_other_words_still_conflict() -> None:
    old = PAST.replace("previous refurbishment", "old refurbishment").replace("$30", "$38")
    assert alarms(old, PAST) != []


def test_control_an_age_is_no_earlier_instance() -> None:
    def thing(text: str) -> str | None:
        [c] = [c for c in claims_of("b.txt", text) if "3" in c.text]
        got = earlier_instance(c)
        return None if got is None else got.lower_

    assert thing("The old bridge carried 3,400 cars a day.") == "bridge"
    assert thing("The 42-year-old tug was licensed for 30 crew.") is None
    assert thing("A 40 year old tug was licensed for 36 crew.") is None
