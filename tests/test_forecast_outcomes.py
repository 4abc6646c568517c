"""A forecast's outcome is a forecast (class: an analyst's "taking the policy rate to 4.00%"
read as the current rate): a level in a participle clause hung on the clause of a forecast
figure is a forecast too. Control: the outcome of an actual move stays a level."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def metric_of(text: str, digits: str) -> str | None:
    claims: list[Claim] = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    return next(c.metric for c in claims if digits in c.text)


def test_the_outcome_of_an_expected_move_is_a_forecast() -> None:
    text = "Analysts at Corbel see a half-point hike in May, lifting the policy rate to 6.75%."
    assert metric_of(text, "6.75") == "policy rate (forecast)"
    text = "We forecast a 25bp cut at the next meeting, bringing the policy rate to 2.50%."
    assert metric_of(text, "2.50") == "policy rate (forecast)"


def test_the_outcome_of_an_actual_move_stays_the_level() -> None:
    text = "The Trellan central bank raised rates by 50bp, lifting the policy rate to 6.75%."
    assert metric_of(text, "6.75") == "policy rate"
    text = "The policy rate stands at 6.25%, after a hike of 25bp in May."
    assert metric_of(text, "6.25") == "policy rate"
