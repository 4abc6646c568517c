"""An amount its phrase gives with something included ("the cost, including staff pensions, was
more than £7m") is the whole with an addition: another source's amount whose sentence names no
such thing ("the new scheme will cost about £5.2m") may be the bare amount, so the two are no
conflict. When both sentences name the thing, or the included thing is itself a figure, a
difference stands."""

from __future__ import annotations

from reconcile.compare.scope import included_thing
from tests.reported import alarms, claim_with, claims_of

BARE = (
    "The Orlen county council approved the new leisure scheme. It will cost about £5.2m a year.\n"
)
WITH = (
    "The Orlen county council approved the new leisure scheme. Its cost, including staff "
    "pensions, will be more than £7m a year.\n"
)


def test_an_amount_with_an_addition_is_no_conflict_with_a_bare_one() -> None:
    assert alarms(BARE, WITH) == []


def test_control_without_the_addition_it_conflicts() -> None:
    assert alarms(BARE, WITH.replace(", including staff pensions,", "")) != []


def test_control_both_naming_the_addition_still_conflict() -> None:
    bare = BARE.replace("a year.", "a year, staff pensions and all.")
    assert alarms(bare, WITH) != []


def test_what_is_included_is_the_noun_after_including() -> None:
    def thing(text: str, digits: str) -> str | None:
        got = included_thing(claim_with(claims_of("b.txt", text), digits))
        return None if got is None else got.lower_

    assert thing(WITH, "7") == "pensions"
    assert thing("The refit will cost £12m, including new lifts.\n", "12") == "lifts"
    # a counted or priced part is no scope of the whole
    assert thing("The refit will cost £12m, including £3m for lifts.\n", "12") is None
    assert thing(BARE, "5") is None
