"""A bare "loss" is a company's net loss, except in a story of a hack, a theft or a disaster:
"a $61 million loss from the breach", "an insured loss of £310m" after a gale, "a loss of $9.5m
in stolen paintings" are what the event cost, the metric of "losses" and "damage" (metrics.toml
``topic`` / ``topic_metric`` on the "loss" keyword; reconcile.claims.context._on_topic). In a
story of results the loss stays net income."""

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
        (
            "Hackers drained the wallets of Quorrel, a token exchange, on Sunday. The exchange "
            "put its loss from the breach at $61 million.",
            "$61 million",
        ),
        (
            "Gales tore across the coast overnight. Underwriters now put the insured loss at "
            "£310m, the Harbour Insurers Group said.",
            "£310m",
        ),
        (
            "The gallery admitted a loss of $9.5 million in stolen paintings after the raid.",
            "$9.5 million",
        ),
    ],
)
def test_a_loss_outside_a_results_story_is_damage(text: str, digits: str) -> None:
    assert _one(text, digits).metric == "damage"


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (
            "Tervana Foods swung to a loss of $42 million in the third quarter as revenue fell.",
            "$42 million",
        ),
        (
            "Ostrel Airways reported annual results on Monday: a loss of €118m, after a profit "
            "of €20m a year earlier.",
            "€118m",
        ),
    ],
)
def test_a_loss_in_a_results_story_stays_net_income(text: str, digits: str) -> None:
    assert _one(text, digits).metric == "net income"


def test_losses_after_a_storm_stay_damage() -> None:
    """Control: the plural "losses" named damage before and still does."""
    text = "Insured losses from the flooding reached £2.1 billion, the trade body said."
    assert _one(text, "£2.1 billion").metric == "damage"
