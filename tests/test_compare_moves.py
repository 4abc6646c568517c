"""A change one source states against the change another source's pair of figures implies
(compare.moves): "won 22 seats, up by nine" against "took 22 seats, up from 16" is a gain of six,
not nine. Fresh sentences with invented names; the claims are extracted, the groups set by hand
(the two sources' shared figure in one group), so the verdict is the comparison's alone."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups


def findings(move: str, stated: str, shared: float) -> list[Finding]:
    """The arithmetic findings over a.txt (``move``) and b.txt (``stated``), the figures of
    value ``shared`` of both in one group."""
    docs = [
        Document(id="a.txt", path="a.txt", text=move),
        Document(id="b.txt", path="b.txt", text=stated),
    ]
    claims: list[Claim] = [c for d in docs for c in extract_claims(d)]
    ids = [c.id for c in claims if c.value == shared]
    assert len({c.split("#")[0] for c in ids}) == 2, [(c.text, c.value) for c in claims]
    g = Group(id="g1", label="shared", claims=ids)
    return [f for f in compare_groups([g], claims, documents=docs) if f.kind == "arithmetic"]


def test_a_stated_gain_against_a_move_from_a_base() -> None:
    """Class: a change stated outright against the difference of another source's move."""
    [f] = findings(
        "The Ostvale Greens took 22 seats, up from 16, in Sunday's vote.",
        "Across the region the Ostvale Greens won 22 seats, up by nine on the last election.",
        22,
    )
    assert f.severity == "warning"
    assert "nine" in f.message and "16" in f.message
    assert any(c.startswith("b.txt") for c in f.claims)
    assert any(c.startswith("a.txt") for c in f.claims)


def test_control_a_stated_gain_the_move_bears_out() -> None:
    assert not findings(
        "The Ostvale Greens took 22 seats, up from 16, in Sunday's vote.",
        "Across the region the Ostvale Greens won 22 seats, up by six on the last election.",
        22,
    )


def test_a_percent_change_against_the_ratio_of_a_move() -> None:
    """Class: a relative change ("30 per cent lighter") against the ratio of a move in another
    unit (1,400 g to 1,150 g is about 18% lighter)."""
    [f] = findings(
        "The Brevick kettle weighs 1,150 grams, down from 1,400 grams for the old model.",
        "The new Brevick kettle weighs 1,150g, about 30 per cent lighter than the old model.",
        1150,
    )
    assert "a change in percent" in f.message


def test_control_a_percent_change_the_ratio_bears_out() -> None:
    assert not findings(
        "The Brevick kettle weighs 1,150 grams, down from 1,400 grams for the old model.",
        "The new Brevick kettle weighs 1,150g, about 18 per cent lighter than the old model.",
        1150,
    )


def test_control_a_change_of_another_clause_is_not_the_moves() -> None:
    # the fall belongs to the sales, not to the weight the sentence also gives
    assert not findings(
        "The Brevick kettle weighs 1,150 grams, down from 1,400 grams for the old model.",
        "Sales of kettles fell by 30 per cent, and the new Brevick model weighs 1,150 grams.",
        1150,
    )


def test_control_a_change_with_its_own_earlier_value_measures_another_move() -> None:
    # b.txt's 9% is measured from its own base (a month earlier), not from a.txt's year-old one
    assert not findings(
        "Tamberlin's index stood at 240 points, up from 200 a year earlier.",
        "Tamberlin's index rose to 240 points, up 9% from 220 a month earlier.",
        240,
    )


def test_a_change_in_points_against_the_difference_of_two_rates() -> None:
    """Class: a change written in points of a percent against the difference of a move
    between two rates (5.2% from 4.8% is 0.4 points, not 0.7)."""
    [f] = findings(
        "Inflation in Vasquell rose to 5.2% in May from 4.8% in April, the statistics office said.",
        "Inflation in Vasquell reached 5.2% in May, a jump of 0.7 percentage points.",
        5.2,
    )
    assert "0.7" in f.message


def test_control_points_the_move_bears_out() -> None:
    assert not findings(
        "Inflation in Vasquell rose to 5.2% in May from 4.8% in April, the statistics office said.",
        "Inflation in Vasquell reached 5.2% in May, a jump of 0.4 percentage points.",
        5.2,
    )


def test_control_a_rate_given_with_its_own_move_is_no_stated_change() -> None:
    # both sources give the same move; a rate the text carries to its level is no change's size
    assert not findings(
        "The Ulstrom central bank raised its rate by a quarter point on Friday, taking it to "
        "3.75% from 3.5%.",
        "Ulstrom's quarter-point hike lifts the benchmark rate to 3.75 percent, having stood at "
        "3.5 percent since spring.",
        3.75,
    )
