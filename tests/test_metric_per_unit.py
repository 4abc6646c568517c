"""A price per unit of time or of a good is never a deal's price (class: a wage taken for a
takeover offer by the keyword "pay"): "will pay its cleaners £14.20 an hour" is a wage, not the
price of a deal, as "gold rose to $2,410 an ounce" is no share's price. A price per share is
still the offer's. Sentences written afresh, names invented."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metric(text: str, digits: str) -> str | None:
    claims = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    return next(c.metric for c in claims if digits in c.text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Quarnby Foods will pay its cleaners £14.20 an hour from June.", "14.20"),
        ("Under the deal Brevick Rail will pay drivers €31 per hour.", "31"),
    ],
)
def test_a_rate_per_hour_is_no_deals_price(text: str, digits: str) -> None:
    assert _metric(text, digits) != "takeover offer price"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Quarnby Foods will pay $38 a share for Ulstrom Dairies.", "38"),
        ("Brevick Rail agreed to pay £1.3bn for the Pellister depots.", "1.3bn"),
    ],
)
def test_control_a_price_per_share_or_a_whole_is_the_offers(text: str, digits: str) -> None:
    assert _metric(text, digits) == "takeover offer price"
