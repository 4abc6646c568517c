"""Hostile and malformed figures (issue 14, extraction side): no amount is ever read smaller
than written, and a token is read whole or not at all. Time on such input is measured by
``benchmarks/adversarial_extraction.py`` (no timed tests here)."""

from __future__ import annotations

import math
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from reconcile import extract_quantities


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("$1.5e3 million", 1.5e9),
        ("a budget of $2.5E+2 billion", 2.5e11),
        ("cost €4e6 in total", 4e6),
        ("$7e-1 billion", 7e8),
    ],
)
def test_scientific_notation_is_read_whole(text: str, value: float) -> None:
    (m,) = extract_quantities(text)
    assert math.isclose(m.value, value)
    assert "e" in m.surface.lower()


@pytest.mark.parametrize(
    "text",
    [
        "$1e308 billion",  # beyond any float: no figure, never $1
        "worth £9e400",
        "$1,2,3.4.5 billion",  # malformed grouping: never $1
        "$1.234.567 million",
        "paid ¥12.5.6 trillion",
    ],
)
def test_malformed_or_overflowing_amount_gives_nothing(text: str) -> None:
    assert extract_quantities(text) == []


# digits, separators and exponent marks ("+" and "-" are read as "at least" and ranges)
_TOKEN = st.text(alphabet="0123456789.,eE", min_size=1, max_size=14).filter(
    lambda t: t[0].isdigit() and re.search(r"[eE](?![0-9])", t) is None
)


@given(prefix=st.sampled_from(["$", "US$", "€", "HK$", "£"]), token=_TOKEN)
@example(prefix="$", token="1e308")
@example(prefix="$", token="1,2,3.4.5")
@example(prefix="$", token="1.5e3")
@example(prefix="£", token="9e400")
def test_money_token_is_never_read_in_part(prefix: str, token: str) -> None:
    """Whatever the digits and separators after a currency sign, a mention that starts there
    covers the whole numeral (less any trailing punctuation): "$1.5e3" is never $1.5."""
    text = f"It cost {prefix}{token} billion, they said"
    start = len("It cost ")
    body = token.rstrip(".,")
    for m in extract_quantities(text):
        if m.span[0] == start:
            assert m.span[1] >= start + len(prefix) + len(body), (text, m.surface)
            assert math.isfinite(m.value)
