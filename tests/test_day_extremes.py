"""A market level reached by a move given as a maximum ("jumped as much as 8% to 5,400 yen") is
the day's high (or, for a fall, its low): another source's price below the high (above the low)
is a price at another moment of the session, not a conflict. A price beyond it still is."""

from __future__ import annotations

from reconcile import reconcile
from reconcile.documents import parse_document

HEAD = "Tarnhill shares\n\nPublished: 2026-06-08\n\n"


def _alarms(a: str, b: str) -> list:
    docs = [
        parse_document(f"{n}.txt", f"{n}.txt", HEAD + t + "\n") for n, t in (("a", a), ("b", b))
    ]
    return [f for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_a_price_below_the_days_high_is_no_conflict() -> None:
    a = "Shares of Tarnhill Robotics jumped as much as 8% to 5,400 yen in Tokyo on Monday."
    b = "Tarnhill Robotics shares were up 4% at 5,200 yen in Tokyo on Monday."
    assert _alarms(a, b) == []


def test_a_price_above_the_days_low_is_no_conflict() -> None:
    a = "Shares of Tarnhill Robotics fell as much as 9% to 4,100 yen in Tokyo on Monday."
    b = "Tarnhill Robotics shares were down 6% at 4,250 yen in Tokyo on Monday."
    assert _alarms(a, b) == []


def test_a_price_beyond_the_days_high_still_conflicts() -> None:
    """Control: a price above the stated high cannot be that day's."""
    a = "Shares of Tarnhill Robotics jumped as much as 8% to 5,400 yen in Tokyo on Monday."
    b = "Tarnhill Robotics shares were up 11% at 5,550 yen in Tokyo on Monday."
    assert any(f.kind == "value_mismatch" for f in _alarms(a, b))
