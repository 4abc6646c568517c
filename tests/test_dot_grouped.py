"""Thousands written with dots, as in much of Europe (issue 11, verdicts on the gold's groups):
"48.500 euros" is read as 48.5, and against another source's "48,500 euros" it looked like a
slip of a thousand. A thousand for each dot is the writing, not a slip."""

from __future__ import annotations

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups
from tests.claim_builder import built_claim


def price(doc: str, written: str, value: float, half: float) -> Claim:
    return built_claim(
        doc,
        written,
        value,
        "EUR",
        value - half,
        value + half,
        start=20,
        subject="Tervala T3",
        metric="list price",
    )


def alarms(*claims: Claim) -> list:  # type: ignore[type-arg]
    g = Group(id="g1", label="Tervala T3: list price", claims=[c.id for c in claims])
    return [f for f in compare_groups([g], list(claims)) if f.severity != "info"]


def test_thousands_written_with_a_dot_are_the_same_price() -> None:
    dotted = price("a.txt", "48.500 euros", 48.5, 0.0005)
    commas = price("b.txt", "48,500 euros", 48500, 0.5)
    assert alarms(dotted, commas) == []


def test_a_dotted_figure_a_million_times_off_is_still_a_slip() -> None:
    # control: one dot groups a thousand, not a million
    dotted = price("a.txt", "48.500 euros", 48.5, 0.0005)
    millions = price("b.txt", "48,500,000 euros", 48.5e6, 0.5)
    [f] = alarms(dotted, millions)
    assert f.kind == "scale_mismatch"


def test_a_decimal_figure_a_thousand_times_off_is_still_a_slip() -> None:
    # control: "48.5 euros" is a decimal, not thousands written with a dot
    decimal = price("a.txt", "48.5 euros", 48.5, 0.05)
    commas = price("b.txt", "48,500 euros", 48500, 0.5)
    [f] = alarms(decimal, commas)
    assert f.kind == "scale_mismatch"
