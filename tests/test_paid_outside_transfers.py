""" "Paid" and "bought" name a transfer fee only in a story of a transfer (one that holds a
transfer word or names a deal's target, as a bare "fee" does: metrics.toml, ``deal_words``);
elsewhere what someone paid is a payment (issue 11, class "a business money metric in a story
of another kind"): a crowd's takings at a fight, a ticket, a ransom. Control: in a transfer
story "paid" still names the fee."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.documents import parse_document


def metric_of(text: str, surface: str) -> str | None:
    claims = extract_claims(parse_document("t.txt", "t.txt", text))
    [found] = [c for c in claims if c.text.startswith(surface)]
    return found.metric


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Some 16,500 fans paid $7.2 million to see the rematch in Dorvale.", "$7.2 million"),
        ("She paid £46 for a return ticket on the new line.", "£46"),
        ("The family paid 300,000 euros to free the two engineers.", "300,000 euros"),
    ],
)
def test_what_was_paid_outside_a_transfer_is_a_payment(text: str, surface: str) -> None:
    assert metric_of(text, surface) == "payment"


def test_control_a_transfer_story_keeps_the_fee() -> None:
    text = "Westport paid £31m for the winger, who signed a four-year contract on Friday."
    assert metric_of(text, "£31m") == "transfer fee"
