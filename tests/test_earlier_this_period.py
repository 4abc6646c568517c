"""A figure whose own phrase or verb carries a period opened by an adverb of an earlier time
("raised $95 million earlier this month", "following her season opener earlier this month
with a 2.03 metres win") tells of a moment before the story's: it is an earlier value, no
conflict with another source's current figure. The same period without "earlier", or an
"earlier" period on another clause of the sentence, leaves the difference standing."""

from __future__ import annotations

from reconcile.compare.context import _earlier_clause
from tests.reported import alarms, claims_of

NOW = (
    "Tessaly Motors raised $120 million from investors in a new funding round, the carmaker said.\n"
)
BEFORE = (
    "Tessaly Motors, which raised $95 million from investors earlier this month, said it would "
    "build a second plant.\n"
)


def test_a_figure_of_earlier_this_period_is_an_earlier_value() -> None:
    assert alarms(NOW, BEFORE) == []
    other = "The carmaker raised $95 million from investors earlier this year, Tessaly said.\n"
    assert alarms(NOW, other) == []


def test_control_the_period_without_earlier_still_conflicts() -> None:
    assert alarms(NOW, BEFORE.replace("earlier this month", "this month")) != []


def test_the_period_must_stand_on_the_figures_own_clause() -> None:
    def earlier(sentence: str) -> bool:
        [c] = [c for c in claims_of("a.txt", sentence) if "2.03" in c.text or "40" in c.text]
        return _earlier_clause(c)

    assert earlier(
        "It was her fourth title of the year, following her season opener earlier this month "
        "with a 2.03 metres win in Varna."
    )
    assert not earlier(
        "The storm, which struck earlier this week, forced 40 families from their homes."
    )
