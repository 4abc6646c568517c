"""A percentage measured against what was expected is a beat or a miss, not a change over time
(issue 11): "came in 4% above consensus" never meets "rose 4%" or "grew 6%" of the same
figure; a change over time keeps its plain name (control)."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _one(text: str, digits: str) -> Claim:
    claims = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    return next(c for c in claims if c.text.startswith(digits))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Pendle Foods made an operating profit of £88m, 3% above consensus.", 3.0),
        ("Orders at Vantro came in 5% ahead of analysts' forecasts.", 5.0),
        ("Quarterly sales at Kestow were 2.5% short of the average estimate.", -2.5),
        ("Deliveries landed 7% below expectations.", -7.0),
    ],
)
def test_a_margin_against_expectations(text: str, value: float) -> None:
    c = _one(text, str(abs(value)).removesuffix(".0"))
    assert c.role == "change"
    assert c.value == value
    assert c.metric is not None and c.metric.endswith("(against estimates)")


def test_a_change_over_time_keeps_its_name() -> None:
    c = _one("Pendle Foods said operating profit rose 3% to £88m.", "3")
    assert c.metric is not None and "against estimates" not in c.metric
