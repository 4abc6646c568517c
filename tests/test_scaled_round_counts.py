"""A count written with a scale word and a trailing zero ("710 million residents") is rounded to
its last non-zero digit, as "23,000" is to its thousands; a stated amount of money keeps the
precision of its digits ("380 billion yuan" is a plan to the billion). Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _bounds(text: str) -> tuple[float | None, float | None]:
    [c] = reconcile([Document(id="a.txt", path="a.txt", text=text)]).claims
    return c.low, c.high


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The survey covered 710 million residents.", 705e6, 715e6),
        ("The archive now holds 30 million photographs.", 25e6, 35e6),
        ("The survey covered 712 million residents.", 711.5e6, 712.5e6),  # no trailing zero
        ("The club has 2.5 million members.", 2.45e6, 2.55e6),  # a decimal is its own precision
        ("The plan costs 380 billion yuan.", 379.5e9, 380.5e9),  # money keeps its digits
    ],
)
def test_the_precision_of_a_scaled_figure(text: str, low: float, high: float) -> None:
    assert _bounds(text) == pytest.approx((low, high))


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t) for n, t in zip("ab", texts, strict=True)
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_a_rounded_count_agrees_with_the_exact_one() -> None:
    assert (
        _alarms(
            "The Tessaly survey covered 712 million residents.",
            "The Tessaly survey covered 710 million residents.",
        )
        == []
    )


def test_control_a_rounded_count_beyond_its_rounding_conflicts() -> None:
    assert _alarms(
        "The Tessaly survey covered 712 million residents.",
        "The Tessaly survey covered 730 million residents.",
    )
