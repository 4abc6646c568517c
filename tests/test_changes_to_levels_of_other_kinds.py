"""Two changes whose sentences give the levels they moved to, of different kinds ("rose 14% to
233,000 passengers", "it rose 9% to €41m"), are the moves of two quantities, whatever name the
grouping gave them: no conflict. Two changes to levels of one kind, or a change with no level,
are weighed as before."""

from __future__ import annotations

from tests.reported import alarms

COUNT = (
    "Kessing Airways said on Tuesday that passenger numbers rose 14% in May to 233,000 "
    "passengers.\n"
)
MONEY = (
    'Kessing Airways filled more seats in May. "Demand is strong," said one analyst. Onboard '
    "sales offered some cheer. It rose 9% to €41m, or about €3 per passenger, as more passengers "
    "bought meals.\n"
)


def test_changes_to_a_count_and_to_an_amount_are_no_conflict() -> None:
    assert alarms(COUNT, MONEY) == []


def test_control_a_change_with_no_level_still_conflicts() -> None:
    assert alarms(COUNT, MONEY.replace("It rose 9% to €41m", "It rose 9%")) != []


def test_control_changes_to_two_counts_still_conflict() -> None:
    assert alarms(COUNT, MONEY.replace("It rose 9% to €41m", "It rose 9% to 208,000")) != []
