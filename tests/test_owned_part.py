"""Class: a part named by its owner. "The city's share of the cost is N" and "the club's portion of
the bill came to N" give the owner's part of the whole, not the whole: against another source's
whole they are two quantities. A percent's "share of the vote" is what the percent measures and
is weighed as before. Fresh sentences with invented names."""

from __future__ import annotations

import pytest

from tests.reported import alarms

WHOLE = "The bridge cost 410 million euros in all, the ministry said on Friday.\n"


@pytest.mark.parametrize(
    "part",
    [
        "The region's share of the bridge's cost is 95 million euros, the ministry said on "
        "Friday.\n",
        "The port authority's portion of the bridge's cost came to 95 million euros, the ministry "
        "said on Friday.\n",
    ],
)
def test_an_owner_s_part_of_a_cost_is_not_the_cost(part: str) -> None:
    assert alarms(WHOLE, part) == []


def test_control_two_wholes_still_conflict() -> None:
    other = "The bridge's cost is 95 million euros, the ministry said on Friday.\n"
    assert alarms(WHOLE, other) != []


def test_control_a_vote_share_is_still_weighed() -> None:
    a = "The Greens' share of the vote was 14.2%, officials said on Monday.\n"
    b = "The Greens won 12.4% of the vote, officials said on Monday.\n"
    assert alarms(a, b) != []


# A subject set beside a part noun ("Footwear, the group's smallest division, posted ...") gives
# the part's figure too (class: a part named in an apposition).
GROUP_SALES = "Varnell Group posted quarterly sales of 4.8 billion euros on Tuesday.\n"


@pytest.mark.parametrize(
    "part",
    [
        "Footwear, the Varnell Group's smallest division, posted quarterly sales of 1.3 billion "
        "euros on Tuesday.\n",
        "Its eyewear arm, the newest subsidiary, posted quarterly sales of 1.3 billion euros on "
        "Tuesday.\n",
    ],
)
def test_a_subject_in_apposition_with_a_part_gives_the_part_s_figure(part: str) -> None:
    assert alarms(GROUP_SALES, part) == []


def test_control_an_apposition_that_names_no_part_leaves_the_whole() -> None:
    other = (
        "Varnell Group, the region's largest employer, posted quarterly sales of 1.3 billion "
        "euros on Tuesday.\n"
    )
    assert alarms(GROUP_SALES, other) != []
