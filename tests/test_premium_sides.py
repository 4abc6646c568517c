"""The two prices a premium joins (issue 11, class "the prices around a premium"): the price
apposed right before it ("£6.10 a share, a 27% premium to ...") is the offer's price, and the
price it is measured from ("... premium to the Tuesday close of £4.80") is the share's. Read
otherwise, an offer price and a closing price meet as one share price and conflict."""

from __future__ import annotations

from tests.reported import alarms, metric_of

_OFFER = "The terms were rich: £6.10 a share, a 27% premium to the Tuesday close of £4.80."


def test_the_apposed_price_is_the_offers() -> None:
    assert metric_of(_OFFER, "£6.10") == "takeover offer price"


def test_the_price_measured_from_is_the_shares() -> None:
    assert metric_of(_OFFER, "£4.80") == "share price"


def test_an_offer_and_a_close_do_not_conflict() -> None:
    found = alarms(
        _OFFER, "Pennock Mills shares closed at £4.80 on Tuesday, before the bid was announced."
    )
    assert not any("£6.10" in m and "£4.80" in m for m in found), found


def test_control_a_price_without_a_premium_stays_a_share_price() -> None:
    assert metric_of("Pennock Mills shares closed at £6.10, up 3%.", "£6.10") == "share price"
