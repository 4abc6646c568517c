"""An amount paid or earned each period ("will be paid €20m a year") is no one-off
sum: a keyword of a transfer, a fine or a takeover elsewhere in its sentence does not make it
that sum, so it does not meet another source's transfer fee (issue 11 precision). Without the
period, in a story of a transfer, it is read as the fee still, and conflicts ("paid" names a
transfer fee only in such a story: tests/test_paid_outside_transfers.py)."""

from __future__ import annotations

from tests.reported import alarms, metric_of

FEE = "Dario Lenk joined Harwick Rovers for a transfer fee of €85m.\n"
PAY = (
    "Dario Lenk completes his transfer to Harwick Rovers this week and will be paid €20m a year.\n"
)


def test_an_amount_a_year_is_no_transfer_fee() -> None:
    assert alarms(FEE, PAY) == []
    assert metric_of(PAY, "€20m") != "transfer fee"


def test_control_the_amount_without_its_period_is_read_as_the_fee() -> None:
    once = PAY.replace(" a year", "")
    assert metric_of(once, "€20m") == "transfer fee"
    assert alarms(FEE, once) != []
