"""A source that gives another source's cap right beside its own, for the same subject in the
same unit though under another name ("Customers may claim up to £800. For shops the cap is
£3,000." against "rules for firms let them reclaim up to £3,000"), sets two caps of two scopes
side by side: its own maximum does not contradict the other source's (class: a sub-group's cap
met with the other sub-group's). Controls: without the cap beside it, the two maxima still
conflict; plain figures (a far bound, an earlier value beside a source's own) still conflict.
Sentences written afresh."""

from __future__ import annotations

from reported import alarms

SHOPS_CAP = (
    "Shop owners can recover more: Tarlow Power's rules for firms let them reclaim up to "
    "£3,000 for proven losses."
)


def test_two_caps_side_by_side_are_two_scopes() -> None:
    both = (
        "Tarlow Power's terms allow customers to claim up to £800 in direct losses. For shops "
        "the cap is £3,000."
    )
    assert alarms(SHOPS_CAP, both) == []


def test_control_one_cap_alone_conflicts() -> None:
    alone = "Tarlow Power's terms allow customers to claim up to £800 in direct losses."
    assert alarms(SHOPS_CAP, alone)


def test_control_a_far_bound_beside_gives_no_figure() -> None:
    held = "Tarlow Power held 1,200 spare meters on Monday, its engineers said."
    holds = "Tarlow Power holds about 2,100 spare meters, far below the 6,000 it aims to keep."
    assert alarms(held, holds)


def test_control_an_earlier_value_beside_is_no_current_figure() -> None:
    stale = "Tarlow Power maintains 310 charging points across the county, its report said."
    current = "Tarlow Power operates 480 charging points, up from 310 a year ago."
    assert alarms(stale, current)
