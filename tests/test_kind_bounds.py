"""A bound that marks out a kind of thing is no amount of it (class: the edge of a category read
as a measured quantity). "Employers with fewer than 20 staff" and "employers with more than 50
staff" are two kinds of employer, so the two bounds never contradict each other, and neither
meets the staff an employer has. A bound on an amount ("more than 50 staff were laid off")
still is one. Sentences written afresh."""

from __future__ import annotations

import pytest

from tests.reported import alarms, metric_of

SMALL = "Employers with fewer than 20 staff are exempt from the training levy, the ministry said.\n"
LARGE = "The training levy applies only to employers with more than 50 staff, the ministry said.\n"


@pytest.mark.parametrize(
    ("text", "surface", "edge"),
    [
        (SMALL, "20 staff", "(ceiling)"),
        (LARGE, "50 staff", "(floor)"),
        (
            "Homes that burn more than 4 tonnes of coal a year pay a surcharge.\n",
            "4 tonnes of coal a year",
            "(floor)",
        ),
        ("The mill employs more than 250 staff across two sites.\n", "250 staff", ""),
        # a restrictive "that" clause the parse hangs on a singular noun still marks a kind
        (
            "The share of cereals sold by weight that contain more than 20 grams of sugar fell.\n",
            "20 grams",
            "(floor)",
        ),
        ("The council fined the landlord, who owns more than 20 flats.\n", "20 flats", ""),
        # a relative clause with a subject of its own, or on a name, tells of an amount
        (
            "Rescuers reached Olden valley, where the flood swept away more than 90 homes.\n",
            "90 homes",
            "",
        ),
        (
            "The prize went to the Vessel Trust, which raised more than 40,000 pounds.\n",
            "40,000 pounds",
            "",
        ),
    ],
)
def test_the_edge_of_a_kind_is_named_so(text: str, surface: str, edge: str) -> None:
    metric = metric_of(text, surface) or ""
    assert metric.endswith(edge) if edge else not metric.endswith(("(floor)", "(ceiling)"))


def test_two_kinds_edges_never_contradict() -> None:
    assert alarms(SMALL, LARGE) == []


def test_control_bounds_on_amounts_still_contradict() -> None:
    a = "More than 50 staff were laid off at the plant on Friday, the union said.\n"
    b = "Fewer than 20 staff were laid off at the plant on Friday, the union said.\n"
    assert len(alarms(a, b)) == 1
