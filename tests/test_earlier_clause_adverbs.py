"""An adverb of an earlier time on the verb of a figure's clause, before the verb ("Previously,
Harland Motors had offered workers a 21% pay rise"), makes the figure an earlier value however
far the adverb stands from it: no conflict with another source's current figure (issue 11
precision). Without the adverb the two conflict; an adverb after the verb or on another
clause's verb makes no earlier value."""

from __future__ import annotations

from reconcile.compare.context import _earlier_clause
from tests.reported import alarms, claims_of

NOW = "Under the deal, Harland Motors will give workers a 25% pay rise over four years.\n"
BEFORE = (
    "Previously, Harland Motors had offered workers a 21% pay rise over four years, which the "
    "union rejected.\n"
)


def test_a_figure_of_an_earlier_clause_is_no_conflict() -> None:
    assert alarms(NOW, BEFORE) == []


def test_control_without_the_adverb_the_figures_conflict() -> None:
    assert alarms(NOW, BEFORE.replace("Previously, ", "")) != []


def test_the_adverb_must_stand_on_the_figures_own_verb_before_it() -> None:
    def earlier(text: str) -> bool:
        [c] = [c for c in claims_of("b.txt", text) if c.unit == "percent"]
        return _earlier_clause(c)

    assert earlier(BEFORE)
    assert earlier("Initially, the agency put the rise at 4.2% for the year.\n")
    assert not earlier("The agency put the rise at 4.2%, more than it had expected earlier.\n")
    assert not earlier(BEFORE.replace("Previously, ", ""))
