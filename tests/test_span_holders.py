"""What a span of time is the length of, read from the parse (class "one span, one name"):
a thing out of service is in one state however a writer puts it ("went dark", "offline",
"unavailable", "nine days offline"), so its time is the outage's length, as "the outage
lasted" names it. Sentences written afresh, names invented."""

from __future__ import annotations

import pytest
from reported import claims_of, metric_of

from reconcile.claims.group import group_claims


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Kelvane ticket website went dark for 11 hours on Friday.", "11 hours"),
        ("Brossel's payroll portal was unavailable for three days last month.", "three days"),
        ("The tram signalling came back after 40 hours offline, the operator said.", "40 hours"),
        ("Phone lines at Ardeth council stayed offline for nine days.", "nine days"),
    ],
)
def test_a_span_out_of_service_is_the_outage(text: str, surface: str) -> None:
    assert metric_of(text, surface) == "outage duration"


def test_two_wordings_of_one_outage_meet() -> None:
    """End to end: "the outage lasted" and "went dark for" give one group; the time a state
    that is no outage lasted stays out of it."""
    a = claims_of("a.txt", "The outage at Kelvane's booking system lasted about 12 hours.")
    b = claims_of(
        "b.txt",
        "Kelvane's booking system went dark for more than 15 hours. The flaw had remained "
        "undetected for 20 hours before that.",
    )
    ids = {c.text: c.id for c in [*a, *b]}
    groups = group_claims([*a, *b])
    shared = [g for g in groups if ids["12 hours"] in g.claims]
    assert shared and ids["15 hours"] in shared[0].claims
    assert ids["20 hours"] not in shared[0].claims
