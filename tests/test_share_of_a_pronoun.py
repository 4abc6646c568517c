"""A share "of that" or "of it" points back to a whole named before it: it names no whole of
its own, so it is not a share of another whole than the other source's ("58% of the costs"
against "31% of that", the costs just named)."""

from __future__ import annotations

import pytest

from tests.reported import findings_of

COSTS = "The lifeboat charity's running costs were 9.2 million crowns last year"


@pytest.mark.parametrize(
    "pointing",
    [
        f"{COSTS}. Members' fees cover only 31% of that.",
        f"{COSTS}. Members' fees cover only 31% of it.",
    ],
)
def test_share_of_a_pronoun_meets_the_named_whole(pointing: str) -> None:
    named = f"{COSTS}, and members' fees cover 58% of the costs."
    kinds = {(f.kind, f.severity) for f in findings_of(named, pointing)}
    assert ("value_mismatch", "error") in kinds


def test_shares_of_two_named_wholes_stay_apart() -> None:
    """The control: a share of the costs and a share of the income are two quantities."""
    named = f"{COSTS}, and members' fees cover 58% of the costs."
    other = f"{COSTS}. Members' fees make up only 31% of the income."
    kinds = {(f.kind, f.severity) for f in findings_of(named, other)}
    assert ("value_mismatch", "error") not in kinds
