"""An age read by extraction (modifier 'age') is the metric 'age', whatever keyword the words
around it match (class: the second of two ages, "aged 19 and 27", and a range of ages,
"aged between 23 and 61", took the metric 'duration' and were grouped with the story's
durations). Sentences written afresh, names invented."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metric(text: str, digits: str) -> str:
    """The metric's name without a bracketed role ("age (forecast)" -> "age")."""
    claims = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    metric = next(c.metric for c in claims if digits in c.text) or ""
    return metric.split(" (")[0]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("The Quarnby guides, aged 19 and 27, were winched off the ridge.", "27"),
        ("Police said the Brevick suspects were aged between 23 and 61.", "23 and 61"),
        ("Her son Tomas, nine, was pulled from the Ulstrom ferry.", "nine"),
    ],
)
def test_an_age_is_the_metric_age(text: str, digits: str) -> None:
    assert _metric(text, digits) == "age"


def test_control_a_duration_stays_a_duration() -> None:
    text = "The Pellister crossing took 27 years to build and the guides waited 3 days."
    assert _metric(text, "27 years") != "age"
    assert _metric(text, "3 days") != "age"
