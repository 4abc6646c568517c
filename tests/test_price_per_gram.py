"""A price per gram is a rate, as a price per ounce or per kilogram is (class "the measured
thing of an amount 'a gram'"): "$9.40 a gram" keeps its denominator in its unit (currencies.toml
[per]), so a figure no word names is the price per gram, and two sources giving that price
meet in one group and conflict. Before, "a gram" was dropped, the amount was a bare sum of
dollars that nothing named, and the two figures were never grouped. Control: an amount paid
for each tin (no unit of measure) stays a plain amount, apart from the price per gram."""

from __future__ import annotations

from tests.reported import alarms, claims_of

_HIGH = (
    "Saffron auction in Talvora\n\n"
    "Saffron from Talvora's growers rose 4% at Monday's auction. That comes to roughly $9.40 "
    "a gram, the cooperative said."
)
_LOW = (
    "Talvora saffron prices\n\n"
    "Saffron from Talvora's growers climbed at Monday's auction. That comes to roughly $6.90 "
    "a gram, the cooperative said."
)
_TIN = (
    "Talvora saffron prices\n\n"
    "Saffron from Talvora's growers climbed at Monday's auction. That comes to roughly $6.90 "
    "for each tin, the cooperative said."
)


def test_amount_a_gram_is_a_price_per_gram() -> None:
    found = [c for c in claims_of("a.txt", _HIGH) if "9.40" in c.text]
    assert found and found[0].unit == "USD per gram", found
    assert found[0].metric == "price per gram", found


def test_prices_per_gram_conflict() -> None:
    found = alarms(_HIGH, _LOW)
    assert any("9.40" in m and "6.90" in m for m in found), found


def test_control_amount_for_each_tin_stays_apart() -> None:
    found = alarms(_HIGH, _TIN)
    assert not any("9.40" in m and "6.90" in m for m in found), found
