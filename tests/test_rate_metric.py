"""A figure whose unit says what it measures is named by its unit when nothing else names it:
money per unit of something is the price per that unit (issue 11: no claim is dropped for
lacking a vocabulary metric)."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _metric(text: str, surface: str) -> str | None:
    claims: list[Claim] = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    found = [c for c in claims if surface in c.text]
    assert found, [c.text for c in claims]
    return found[0].metric


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        # no keyword near the figure: its unit names it
        ("By the close it had eased to $3,861.50 an ounce.", "$3,861.50", "price per ounce"),
        ("It ended the week at $96.40/bbl.", "$96.40", "price per barrel"),
        # "troy" narrows the ounce without changing what is measured: one denominator
        (
            "Overnight it slipped back to $2,215.75 per troy ounce.",
            "$2,215.75",
            "price per ounce",
        ),
        # controls: a plain amount stays unnamed; a price its text names keeps that name
        ("By the close it had eased to $3,861.50.", "$3,861.50", None),
        ("Copper settled at $11,240 per metric ton on Tuesday.", "$11,240", "copper"),
    ],
)
def test_rate_named_by_its_unit(text: str, surface: str, metric: str | None) -> None:
    assert _metric(text, surface) == metric


def test_two_sources_rates_share_a_name() -> None:
    one = _metric("Overnight it slipped back to $2,215.75 an ounce.", "$2,215.75")
    other = _metric("By noon it was back at $2,230 per ounce.", "$2,230")
    assert one == other == "price per ounce"
