"""A figure its own clause narrows to a named place ("employs roughly 1,700 people in Marlow Bay",
"the League's vote share in Dunmere slid to 18.6 per cent") is that place's figure: against another
source's figure of the whole (the company's staff, the region's vote), when that source never
names the place, it is no conflict. When the other source names the place anywhere, the place
may be the story's own setting, and a difference stands; so it does when neither figure is
narrowed to a place."""

from __future__ import annotations

import pytest

from reconcile.compare.scope import narrowing_place
from tests.reported import alarms, claims_of

WHOLE_STAFF = (
    "Brindle Labs plans to shed 450 posts, the chipmaker said on Tuesday. Even after the cuts "
    "it will employ some 6,300 people.\n"
)
SITE_STAFF = "Brindle Labs employs roughly 1,700 people in Marlow Bay, a spokeswoman said.\n"
WHOLE_VOTE = (
    "Across the region the Farmers' League won 27.4% of ballots cast, against 29.9% at the "
    "last election.\n"
)
CITY_VOTE = (
    "The Farmers' League's vote share in Dunmere slid to 18.6 per cent, a record low there.\n"
)


def test_a_places_figure_is_no_conflict_with_the_wholes() -> None:
    assert alarms(WHOLE_STAFF, SITE_STAFF) == []
    assert alarms(WHOLE_VOTE, CITY_VOTE) == []


def test_control_the_other_source_naming_the_place_still_conflicts() -> None:
    assert alarms(WHOLE_STAFF + "Most of the posts go in Marlow Bay.\n", SITE_STAFF) != []


def test_control_figures_narrowed_to_no_place_still_conflict() -> None:
    assert alarms(WHOLE_STAFF, SITE_STAFF.replace(" in Marlow Bay", "")) != []
    assert alarms(WHOLE_VOTE, CITY_VOTE.replace(" in Dunmere", "")) != []


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "Brindle Labs employs roughly 1,700 people in Marlow Bay, its biggest campus.",
            "Marlow Bay",
        ),
        ("Prices at Denbury Airport rose 4% in a year.", "Denbury Airport"),
        ("The storm killed 14 people, officials in Wexholt said.", None),
        ("The Tarn Fire in Lowland County has burned 30,000 acres.", None),
        ("The group will invest $38 billion in AI over three years.", None),
        ("Some 900 flights were cancelled in the U.S. on Friday.", "U.S."),
        ("The well reached 4,215m in Upper Tarn sandstones.", None),
        ("The tremor was centred 14 km deep, 30 km south of Varrow.", None),
        ("Tavel shares rose 19.0% to HK$251.50 on Friday.", None),
    ],
)
def test_the_place_is_read_from_the_figures_own_clause(sentence: str, place: str | None) -> None:
    [c] = claims_of("a.txt", sentence)[:1]
    assert narrowing_place(c) == place
