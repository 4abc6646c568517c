"""A seller moving its own prices by a percentage ("the bakery said it would lift its prices by
6%", "Ostley Mills is putting up prices by 9%") states a change of those prices, not the
inflation rate that "consumer prices rose 3%" states as a level (session 32, helper "metric":
two wordings of one price rise, "raise its prices by 8%" and "an 8% price increase", got
"inflation" and "price change"; ``parse.moved_object``, ``context._moved_level``).

Controls: a price level that rises of itself stays the inflation rate; so does a move told of a
kind of seller, no one seller ("Shops across the county have raised prices by 5%").
"""

from __future__ import annotations

from reconcile.claims.models import Claim
from tests.reported import claims_of


def _claim(text: str, surface: str) -> Claim:
    found = [c for c in claims_of("t.txt", f"Market notes\n\n{text}\n") if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0]


def test_a_seller_lifting_its_own_prices_states_a_price_change() -> None:
    c = _claim("The bakery group said it would lift its prices by 6% from April.", "6%")
    assert c.role == "change" and c.metric == "price change"


def test_a_named_seller_putting_up_prices_states_a_price_change() -> None:
    c = _claim("Ostley Mills is putting up prices by 9% on its flour range.", "9%")
    assert c.role == "change" and c.metric == "price change"


def test_prices_rising_of_themselves_stay_the_inflation_rate() -> None:
    c = _claim("Consumer prices climbed by 2.7% in the twelve months to June.", "2.7%")
    assert c.metric == "inflation" and c.role == "level"


def test_a_kind_of_seller_raising_prices_is_unchanged() -> None:
    c = _claim("Shops across the county have raised prices by 5% this week.", "5%")
    assert c.metric == "inflation" and c.role == "level"
