"""A source that gives, beside an amount, another amount of the same quantity that meets
another source's amount in another currency gives both figures: its second figure is another
amount under the same name (an earlier fine, another deal), not a disagreement (issue 11)."""

from __future__ import annotations

from reconcile.claims.models import Claim
from tests.test_currencies import amount, judge

NOW = (
    "Harwick Rovers paid a record €85m for the winger. Two years ago the club paid €40m for a "
    "striker."
)
THEN_ONLY = "Two years ago Harwick Rovers paid €40m for a striker, the club said."
DOLLARS = "Rovers paid $96 million for the winger."


def _pairs(text_a: str) -> list[tuple[str, Claim]]:
    figures = (("€85m", 85e6), ("€40m", 40e6))
    a = [(text_a, amount("a.txt", v, "EUR", text_a, f)) for f, v in figures if f in text_a]
    b = (DOLLARS, amount("b.txt", 96e6, "USD", DOLLARS, "$96 million"))
    return [*a, b]


def test_a_source_giving_the_others_amount_too_explains_its_second_figure() -> None:
    found = judge(*_pairs(NOW))
    # €85m meets $96m within the band; €40m is a.txt's other amount, no conflict with b.txt
    assert [f for f in found if f.severity != "info"] == []


def test_control_a_source_giving_only_the_far_amount_still_conflicts() -> None:
    [f] = judge(*_pairs(THEN_ONLY))
    assert f.kind == "value_mismatch" and "ECB" in f.message
