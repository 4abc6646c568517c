"""Class: a figure copied wrong inside a group whose sources scatter. When no two of three or
more sources agree, far-apart pairs become an info note (``verdicts.demote_scattered``); but
two figures one slip of typing apart (two neighbouring digits swapped, one digit left out) or
one slip of scale apart are one figure miscopied, not two quantities, and stay a conflict."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups
from reconcile.compare.intervals import miscopied


def fare(doc: str, surface: str, value: float, half: float, scale: str | None = None) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        "EUR",
        value - half,
        value + half,
        subject="Pellwick Ferries",
        metric="refund bill",
        scale=scale,
    )


def group(*cs: Claim) -> Group:
    return Group(id="g1", label="Pellwick Ferries: refund bill", claims=[c.id for c in cs])


def alarms(cs: list[Claim]) -> set[frozenset[str]]:
    [f] = compare_groups([group(*cs)], cs)
    return {frozenset(e.claims) for e in f.evidence if e.severity != "info"}


def test_two_swapped_digits_stay_a_conflict_among_scattered_figures() -> None:
    a = fare("a.txt", "€7.3 million", 7.3e6, 0.05e6, "million")
    b = fare("b.txt", "€3.7 million", 3.7e6, 0.05e6, "million")
    c = fare("c.txt", "€5.1 million", 5.1e6, 0.05e6, "million")
    assert alarms([a, b, c]) == {frozenset((a.id, b.id))}


def test_a_digit_left_out_stays_a_conflict_among_scattered_figures() -> None:
    a = fare("a.txt", "€64 million", 64e6, 0.5e6, "million")
    b = fare("b.txt", "€164 million", 164e6, 0.5e6, "million")
    c = fare("c.txt", "€112 million", 112e6, 0.5e6, "million")
    assert alarms([a, b, c]) == {frozenset((a.id, b.id))}


def test_a_slip_of_scale_stays_a_conflict_among_scattered_figures() -> None:
    a = fare("a.txt", "€4.6m", 4.6e6, 0.05e6, "million")
    b = fare("b.txt", "€46m", 46e6, 0.5e6, "million")
    c = fare("c.txt", "€21m", 21e6, 0.5e6, "million")
    assert alarms([a, b, c]) == {frozenset((a.id, b.id))}


def test_control_figures_of_no_common_slip_stay_a_note() -> None:
    cs = [
        fare("a.txt", "€46 million", 46e6, 0.5e6, "million"),
        fare("b.txt", "€71 million", 71e6, 0.5e6, "million"),
        fare("c.txt", "€130 million", 130e6, 0.5e6, "million"),
    ]
    assert alarms(cs) == set()


def test_control_what_counts_as_a_slip_of_typing() -> None:
    def f(surface: str, value: float) -> Claim:
        return fare("a.txt", surface, value, 0.5)

    assert miscopied(f("€2,267", 2267), f("€2,627", 2627))  # swapped
    assert miscopied(f("€91", 91), f("€191", 191))  # one digit left out
    assert not miscopied(f("€3", 3), f("€13", 13))  # one digit: too common to tell
    assert not miscopied(f("€2,267", 2267), f("€2,672", 2672))  # not neighbours
    assert not miscopied(f("€48", 48), f("€84,000", 84000))  # not one order of magnitude
    assert not miscopied(f("€41.60", 41.6), f("€41.65", 41.65))  # a trailing zero is typed
