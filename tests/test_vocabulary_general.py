"""The vocabularies serve any news: words taken from one story must not name figures elsewhere.

Each case is a sentence of ordinary news whose figure a story-specific vocabulary entry used to
misname (the class: a metric or keyword copied from one event, firing on unrelated copy).
"""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metric(text: str, figure: str) -> str | None:
    doc = Document(id="t.txt", path="t.txt", text=text)
    [c] = [c for c in extract_claims(doc) if c.text.startswith(figure)]
    return c.metric


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 60% of the steel is supplied by domestic mills.", "60%"),
        ("Roughly 40% of the grain sold in the region comes from two ports.", "40%"),
    ],
)
def test_a_share_supplied_by_someone_is_no_chip_share(text: str, figure: str) -> None:
    assert _metric(text, figure) != "chip share"


@pytest.mark.parametrize(
    "text",
    [
        "The bank published 12 research reports last quarter.",
        "The agency has published 30 models of regional rainfall.",
    ],
)
def test_published_reports_are_no_open_source_models(text: str) -> None:
    figure = next(w for w in text.split() if w[0].isdigit())
    assert _metric(text, figure) != "open-source models"


@pytest.mark.parametrize(
    "text",
    [
        "The new engine is 3 times larger than the one it replaces.",
        "The reservoir is now four times bigger than it was in the 1990s.",
    ],
)
def test_something_times_larger_is_not_an_ai_models_size(text: str) -> None:
    doc = Document(id="t.txt", path="t.txt", text=text)
    metrics = {c.metric for c in extract_claims(doc)}
    assert "model size" not in metrics


def test_a_definition_of_participation_is_not_needed_to_name_it() -> None:
    text = "The share of adults working or seeking work, the participation rate, fell to 61.9%."
    assert _metric(text, "61.9%") == "participation rate"
