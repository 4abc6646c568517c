"""A figure its own clause narrows to a named place ("employs about 2,400 people in Tallow Bay",
"the share of the vote in Orrey fell to 22.5 per cent") is that place's figure: against another
source's figure of the whole (the company's staff, the province's vote), when that source never
names the place, it is no conflict. When the other source names the place anywhere, the place
may be the story's own setting, and a difference stands; so it does when neither figure is
narrowed to a place."""

from __future__ import annotations

import pytest

from reconcile.compare.scope import narrowing_place
from tests.reported import alarms, claims_of

WHOLE_STAFF = (
    "Quorran Systems will cut 600 jobs, the software maker said on Monday. After the cuts it will "
    "still employ more than 11,000 people.\n"
)
SITE_STAFF = (
    "Quorran Systems employs about 2,400 people in Tallow Bay, where it opened its first office "
    "in 1998.\n"
)
WHOLE_VOTE = (
    "The Green Alliance took 31.2% of the vote across the province, down from 34.0% four years "
    "ago.\n"
)
CITY_VOTE = (
    "In the city, the Green Alliance share of the vote in Orrey fell to 22.5 per cent, its worst "
    "result there.\n"
)


def test_a_places_figure_is_no_conflict_with_the_wholes() -> None:
    assert alarms(WHOLE_STAFF, SITE_STAFF) == []
    assert alarms(WHOLE_VOTE, CITY_VOTE) == []


def test_control_the_other_source_naming_the_place_still_conflicts() -> None:
    assert alarms(WHOLE_STAFF + "Most of the cuts fall on Tallow Bay.\n", SITE_STAFF) != []


def test_control_figures_narrowed_to_no_place_still_conflict() -> None:
    assert alarms(WHOLE_STAFF, SITE_STAFF.replace(" in Tallow Bay", "")) != []
    assert alarms(WHOLE_VOTE, CITY_VOTE.replace(" in Orrey", "")) != []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Quorran Systems employs about 2,400 people in Tallow Bay, its largest site.",
            "Tallow Bay",
        ),
        ("Prices at Denbury Airport rose 4% in a year.", "Denbury Airport"),
        ("The storm killed 14 people, officials in Wexholt said.", None),
        ("The Tarn Fire in Lowland County has burned 30,000 acres.", None),
        ("The group will invest $38 billion in AI over three years.", None),
        ("Some 900 flights were cancelled in the U.S. on Friday.", "U.S."),
        ("The well reached 4,215m in Upper Tarn sandstones.", None),
        ("The tremor was centred 14 km deep, 30 km south of Varrow.", None),
    ],
)
def test_the_place_is_read_from_the_figures_own_clause(sentence: str, place: str | None) -> None:
    [c] = claims_of("a.txt", sentence)[:1]
    assert narrowing_place(c) == place
