"""A figure its clause narrows to a group with "among" ("Among the over-70s, only 58 per cent use
the app") against another source's figure whose sentence names no such group (84% of all
customers) are a sub-group's figure and the whole's (class: a survey's sub-group set against
its whole). Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.compare.scope import among_group
from tests.reported import alarms, claims_of

ONE = (
    "Harlow Bank will shut 40 branches. Harlow says 84% of account holders do their banking "
    "online. "
    "Among the over-70s, by the lender's own count, just 58% log in to its mobile service.\n"
)
OTHER = (
    "Harlow: 40 closures, 84% digital\n\nHarlow Bank will shut 40 branches.\n\n"
    "- Customers active digitally: 84%\n"
)


def test_a_sub_group_figure_is_no_conflict_with_the_whole() -> None:
    assert alarms(ONE, OTHER) == []


def test_control_the_same_group_named_on_both_sides_conflicts() -> None:
    other = OTHER + "\nAmong the over-70s, just 41% log in to its mobile service.\n"
    assert alarms(ONE, other) != []


def test_the_group_is_the_noun_after_among_in_the_figure_clause() -> None:
    figures = {c.text: c for c in claims_of("a.txt", ONE)}
    [share] = [c for t, c in figures.items() if "58" in t]
    group = among_group(share)
    assert group is not None and group.lower_ == "over-70s"
    [whole] = [c for t, c in figures.items() if "84" in t]
    assert among_group(whole) is None


def test_control_among_a_pronoun_or_a_bare_noun_narrows_nothing() -> None:
    lead = "Fire swept through the hills on Monday. "
    one = lead + "Among those killed was Ruth Penhale, 66, a retired teacher.\n"
    other = lead + "The victims included Ruth Penhale, 69, of Carrow Lane.\n"
    assert alarms(one, other) != []
