"""An amount paid by or for each one ("paid $26,000 each", "€7,200 per person", "€3 a night")
is no total: not a takeover's or a transfer's price, nor funds raised, whatever keyword stands
near it ("pay", "offering", "signed"); what each one pays is the price of one (parse.toml
[each]; reconcile.claims.context._for_each_one, _unit_prices, _paid_each). A total beside it, a
share's price and an amount "each way" keep their metrics."""

from __future__ import annotations

import pytest

from tests.reported import metric_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Brask Voyages flies balloons over the Orvell glacier. Each of the four travellers "
            "had paid $26,000 each for the trip.",
            "$26,000",
        ),
        (
            "Velder Expeditions, a firm offering helicopter tours of the Drast volcano for "
            "€7,200 per person, grounded its fleet on Monday.",
            "€7,200",
        ),
        ("The chartered yacht carried six guests paying 31,000 dollars each.", "31,000 dollars"),
        ("Guests in Dornholt face a charge of €3 a night from May, the council said.", "€3"),
    ],
)
def test_what_each_one_pays_is_a_price(text: str, surface: str) -> None:
    assert metric_of(text, surface) == "price"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "Corvel agreed to pay $14.50 a share in cash for Tannery Labs, valuing it at "
            "$2.1 billion.",
            "$14.50",
            "takeover offer price",
        ),
        (
            "Corvel agreed to pay $14.50 a share in cash for Tannery Labs, valuing it at "
            "$2.1 billion.",
            "$2.1 billion",
            "market value",
        ),
        (
            "Ostrel sold 1,200 heaters at $450 each, bringing in revenue of $540,000.",
            "$540,000",
            "revenue",
        ),
    ],
)
def test_totals_and_share_prices_keep_their_metrics(text: str, surface: str, metric: str) -> None:
    assert metric_of(text, surface) == metric


def test_an_amount_each_way_is_not_read_as_one_persons() -> None:
    text = "Drivers of vans are charged €9 each way on the new bridge."
    assert metric_of(text, "€9") != "price"


def test_a_payment_of_so_much_a_trip_is_a_price_not_a_sum_paid() -> None:
    text = (
        "Riders pay $2 to unlock a bike. The council's payment of $3.1m works out at about "
        "$1.40 a trip, critics say."
    )
    assert metric_of(text, "$1.40") == "price"
    assert metric_of(text, "$2") != "price"  # control: paid once, no amount a trip
