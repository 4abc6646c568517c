"""A bare "fee" names a transfer fee only in a story of a transfer: "a £4 booking fee" or "an
overdraft fee of $30" in a story that signs, transfers or moves no one is a fee, not the price
of a player (metrics.toml ``deal_words`` / ``no_deal``; reconcile.claims.context._no_deal).
In a transfer story the fee stays the transfer fee."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _one(text: str, digits: str) -> Claim:
    cs = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    return next(c for c in cs if digits in c.text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Tickets for the concert cost £60, plus a £4 booking fee per order.", "£4"),
        ("The lender will trim its overdraft fee to $14 from next spring.", "$14"),
        ("Visitors to the gardens pay an entry fee of €9, the trust said.", "€9"),
    ],
)
def test_a_fee_outside_a_transfer_is_a_fee(text: str, digits: str) -> None:
    assert _one(text, digits).metric == "fee"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (
            "Rovington have signed the goalkeeper from Ellery Town for a fee of £14 million.",
            "£14 million",
        ),
        (
            "The transfer window shut on Friday. Dalby agreed a fee of €9m for the winger.",
            "€9m",
        ),
    ],
)
def test_a_fee_in_a_transfer_story_stays_the_transfer_fee(text: str, digits: str) -> None:
    assert _one(text, digits).metric == "transfer fee"


def test_a_fee_and_a_price_stay_apart() -> None:
    """Control: the ticket's price and the booking fee beside it are two things."""
    text = "Tickets for the concert cost £60, plus a £4 booking fee per order."
    assert _one(text, "£60").metric != _one(text, "£4").metric
