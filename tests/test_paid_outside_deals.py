""" "Pay", "offer" and "bid" name a takeover's price only in a story of a deal (one that holds a
deal word or names a deal's target: metrics.toml "takeover offer price" ``deal_words``);
elsewhere what is paid is a payment ("its insurer is to pay out £41m", "homeowners will pay
$210 more"), and a relief offer stays a support package. A takeover story keeps its price."""

from __future__ import annotations

import pytest

from tests.reported import metric_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The Lumo-3 satellite burned up after launch. Its insurer is to pay out "
            "around £41m, leaving Brevan Orbital to cover the rest.",
            "£41m",
        ),
        (
            "Under the Marsby council plan, households would pay $210 extra next year, "
            "the city's finance office said.",
            "$210",
        ),
    ],
)
def test_what_is_paid_outside_a_deal_is_a_payment(text: str, surface: str) -> None:
    assert metric_of(text, surface) == "payment"


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        (
            "Tessel Foods will pay $1.7 billion in cash for the snack maker Brimley, the "
            "companies said, a takeover its shareholders back.",
            "$1.7 billion",
            "takeover offer price",
        ),
        (
            "Drought-hit farmers in the Varro basin rejected the government's €400m offer of "
            "relief as too little.",
            "€400m",
            "support package",
        ),
    ],
)
def test_deals_and_relief_keep_their_metrics(text: str, surface: str, metric: str) -> None:
    assert metric_of(text, surface) == metric
