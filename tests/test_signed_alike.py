"""A figure read without a sign beside figures of its group whose fall the text states (issue 11,
verdicts on the gold's groups): "a 14.5% slide" read as a level of 14.5 against "fell 14.5%" is
one magnitude, not two figures that "disagree even on the direction"."""

from __future__ import annotations

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups
from reconcile.compare.selection import signed_alike
from tests.claim_builder import built_claim


def pct(
    doc: str, value: float, *, direction: str | None, role: str = "change", text: str = ""
) -> Claim:
    written = text or f"{abs(value)}%"
    return built_claim(
        doc,
        written,
        value,
        "percent",
        value - 0.05,
        value + 0.05,
        start=10,
        kind="percent",
        subject="Quillmark",
        metric="order book change",
        role=role,
        direction=direction,
    )


def findings(*claims: Claim) -> list:  # type: ignore[type-arg]
    g = Group(id="g1", label="Quillmark: order book", claims=[c.id for c in claims])
    return [f for f in compare_groups([g], list(claims)) if f.severity != "info"]


def test_an_unsigned_figure_agrees_with_the_same_stated_fall() -> None:
    # "the order book shrank 14.5%" against "a 14.5% contraction in orders" (read as a level)
    fell = pct("a.txt", -14.5, direction="down")
    unsigned = pct("b.txt", 14.5, direction=None, role="level")
    assert findings(fell, unsigned) == []


def test_an_unsigned_figure_still_differs_from_another_fall() -> None:
    # the magnitudes differ: the sign no longer hides it, and it is no dispute of direction
    fell = pct("a.txt", -14.5, direction="down")
    unsigned = pct("b.txt", 19.0, direction=None, role="level")
    [f] = findings(fell, unsigned)
    assert f.kind == "value_mismatch"
    assert "direction" not in f.message


def test_a_stated_rise_against_a_stated_fall_is_still_a_dispute_of_direction() -> None:
    # control: both texts state a direction, and they differ
    fell = pct("a.txt", -14.5, direction="down")
    rose = pct("b.txt", 14.5, direction="up")
    [f] = findings(fell, rose)
    assert f.kind == "value_mismatch"
    assert "direction" in f.message


def test_a_group_that_states_both_directions_keeps_its_unsigned_figures() -> None:
    # control: with a rise and a fall stated, the unsigned figure takes no side
    fell = pct("a.txt", -14.5, direction="down")
    rose = pct("b.txt", 14.5, direction="up")
    unsigned = pct("c.txt", 14.5, direction=None, role="level")
    out = signed_alike([fell, rose, unsigned])
    assert [c.value for c in out] == [-14.5, 14.5, 14.5]


def test_a_figure_written_with_its_own_sign_keeps_it() -> None:
    fell = pct("a.txt", -14.5, direction="down")
    plus = pct("b.txt", 14.5, direction=None, role="level", text="+14.5%")
    unsigned = pct("c.txt", 14.5, direction=None, role="level")
    out = signed_alike([fell, plus, unsigned])
    assert [(c.value, c.low, c.high) for c in out] == [
        (-14.5, -14.55, -14.45),
        (14.5, 14.45, 14.55),
        (-14.5, -14.55, -14.45),
    ]


def _bounded(c: Claim, low: float | None, high: float | None, qualifier: str | None) -> Claim:
    mention = c.mention.model_copy(update={"low": low, "high": high, "qualifier": qualifier})
    return c.model_copy(
        update={"low": low, "high": high, "qualifier": qualifier, "mention": mention}
    )


def test_an_unsigned_round_figure_is_a_rounded_fall_against_a_bound() -> None:
    # "the stock's 70% collapse" (a level) beside "fell more than 70%": the unsigned figure is
    # weighed as the rounded fall it is, which "more than 70%" does not contradict
    over = _bounded(pct("a.txt", -70.0, direction="down", text="70%"), None, -70.0, "over")
    unsigned = _bounded(
        pct("b.txt", 70.0, direction=None, role="level", text="70%"), 69.5, 70.5, None
    )
    assert findings(over, unsigned) == []


def test_a_precise_unsigned_figure_still_meets_the_bound_only_in_its_rounding() -> None:
    # control: "a 70.0% collapse" is no round figure: the bound and it still collide
    over = _bounded(pct("a.txt", -70.0, direction="down", text="70%"), None, -70.0, "over")
    unsigned = _bounded(
        pct("b.txt", 70.0, direction=None, role="level", text="70.0%"), 69.95, 70.05, None
    )
    [f] = findings(over, unsigned)
    assert f.kind == "qualifier_conflict"
