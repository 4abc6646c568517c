"""Which figures of two sources a group's verdict sets against each other (issue 11, verdicts):
of several pairs of two sources, the nearest speaks for them, with every claim of either source
that gives the same figure; a source's other figure, further off, is not named beside it."""

from __future__ import annotations

from reconcile.claims.models import Claim, Group, Mention


def count(doc: str, start: int, value: float) -> Claim:
    written = f"{value:,.0f}"
    span = (start, start + len(written))
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit="visitor",
        kind="count",
        low=value - 0.5,
        high=value + 0.5,
    )
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit="visitor",
        low=value - 0.5,
        high=value + 0.5,
        kind="count",
        subject="Merrow fair",
        metric="visitors",
        mention=mention,
    )


def verdict(*claims: Claim):  # type: ignore[no-untyped-def]
    from reconcile.compare import compare_groups

    g = Group(id="g1", label="Merrow fair: visitors", claims=[c.id for c in claims])
    [f] = compare_groups([g], list(claims))
    return f


def test_the_nearest_pair_of_two_sources_speaks_for_them() -> None:
    # a.txt gives 41,200 visitors and, further down, a 29,000 that the grouping put beside it;
    # b.txt gives 44,650. The verdict sets 41,200 against 44,650 and leaves 29,000 out.
    near, far, other = (
        count("a.txt", 10, 41200),
        count("a.txt", 300, 29000),
        count("b.txt", 5, 44650),
    )
    f = verdict(near, far, other)
    assert (f.kind, f.severity) == ("value_mismatch", "error")
    assert [sorted(e.claims) for e in f.evidence] == [sorted([near.id, other.id])]
    assert far.id not in f.claims
    assert '"41,200"' in f.message


def test_the_same_figure_written_twice_is_named_twice() -> None:
    # control: a.txt writes its 41,200 twice; both are named against b.txt's figure
    first, again, other = (
        count("a.txt", 10, 41200),
        count("a.txt", 300, 41200),
        count("b.txt", 5, 44650),
    )
    f = verdict(first, again, other)
    assert [sorted(e.claims) for e in f.evidence] == [sorted([first.id, again.id, other.id])]


def test_the_nearest_pair_wins_whatever_the_order_of_the_claims() -> None:
    # the far figure sorts first (its id is smaller): the nearest pair still speaks
    far, near, other = (
        count("a.txt", 100, 29000),
        count("a.txt", 900, 41200),
        count("b.txt", 5, 44650),
    )
    for order in ((far, near, other), (other, near, far)):
        f = verdict(*order)
        assert [sorted(e.claims) for e in f.evidence] == [sorted([near.id, other.id])]
