"""A company's fiscal quarter against a calendar quarter (issue 11, verdicts on the gold's
groups): a fiscal year may start in any month, so "its fiscal second quarter" may be "the
July-September quarter". The comparer read the two labels as different times and excused any
difference as "the figures form a timeline"; the times are now unknown, and the figures are
weighed."""

from __future__ import annotations

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups
from tests.claim_builder import built_claim


def profit(doc: str, written: str, value: float, when: str) -> Claim:
    half = 0.05e9
    return built_claim(
        doc,
        written,
        value,
        "JPY",
        value - half,
        value + half,
        start=40,
        scale="billion",
        subject="Marlow Motors",
        metric="operating profit",
        when=when,
    )


def verdicts(*claims: Claim) -> list[tuple[str, str]]:
    g = Group(id="g1", label="Marlow Motors: operating profit", claims=[c.id for c in claims])
    return [(f.kind, f.severity) for f in compare_groups([g], list(claims))]


def test_a_fiscal_quarter_and_a_calendar_one_are_weighed() -> None:
    fiscal = profit("a.txt", "¥88.1 billion", 88.1e9, "fiscal:Q2")
    calendar = profit("b.txt", "¥8.81 billion", 8.81e9, "quarter:Q3")
    assert verdicts(fiscal, calendar) == [("scale_mismatch", "error")]


def test_two_calendar_quarters_still_form_a_timeline() -> None:
    # control: the second and the third calendar quarters are two times
    second = profit("a.txt", "¥88.1 billion", 88.1e9, "2025-Q2")
    third = profit("b.txt", "¥8.81 billion", 8.81e9, "2025-Q3")
    assert verdicts(second, third) == [("different_scope", "info")]


def test_two_fiscal_quarters_still_form_a_timeline() -> None:
    # control: one company's second and third fiscal quarters are two times
    second = profit("a.txt", "¥88.1 billion", 88.1e9, "fiscal:Q2")
    third = profit("b.txt", "¥8.81 billion", 8.81e9, "fiscal:Q3")
    assert verdicts(second, third) == [("different_scope", "info")]
