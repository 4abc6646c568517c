"""A count of people "taken to hospital", "treated in hospital", "admitted to hospital" (or
whom someone "took to hospital") counts the injured, as "hospitalised" does (metrics.toml
"people injured"): not the jobs of the workers counted, nor an act of taking or treating, nor
the toll of a sentence that also tells of deaths. A count of workers with no such words stays
a count of jobs; a stay in hospital stays a duration."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metric(text: str, digits: str) -> str | None:
    cs = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    return next(c.metric for c in cs if digits in c.text)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (
            "Two smelter workers were taken to hospital after Monday's blast.",
            "Two smelter workers",
        ),
        ("Four firefighters were treated in hospital for smoke inhalation.", "Four firefighters"),
        (
            "Paramedics took 32 hikers to hospital after the Ellery footbridge gave way.",
            "32 hikers",
        ),
        ("Three climbers died and 14 were taken to hospital after the avalanche.", "14"),
    ],
)
def test_hospital_counts_are_the_injured(text: str, digits: str) -> None:
    assert _metric(text, digits) == "people injured"


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        ("The Quarnby smelter employs 640 workers.", "640 workers", "jobs"),
        ("She spent nine days in hospital after the fall.", "nine days", "duration"),
    ],
)
def test_workers_and_stays_keep_their_metric(text: str, digits: str, metric: str) -> None:
    """Control: a workforce and a length of stay are no count of the injured."""
    assert _metric(text, digits) == metric
