"""A span of time is counted in whole units: 73 days and some hours are both "73 days" and
"more than 73 days", so the two are no qualifier conflict; a stated amount against "beyond" it
still is one (compare.intervals.qualifier_collision)."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.compare import qualifier_collision


def test_a_span_and_more_than_it_do_not_collide() -> None:
    bound = built_claim("a.txt", "73 days", 73, "day", 73, None, kind="count", qualifier="over")
    exact = built_claim("b.txt", "73 days", 73, "day", 72.5, 73.5, kind="count")
    assert not qualifier_collision(bound, exact, 0.0, set())


def test_control_a_stated_amount_and_beyond_it_collide() -> None:
    bound = built_claim("a.txt", "$740 million", 740e6, "USD", 740e6, None, qualifier="over")
    exact = built_claim("b.txt", "$740 million", 740e6, "USD", 739.5e6, 740.5e6)
    assert qualifier_collision(bound, exact, 0.0, set())
