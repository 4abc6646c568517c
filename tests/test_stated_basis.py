"""A figure its sentence puts on a stated basis ("On the wider alliance definition, ... the figure
is 9.2 billion euros, or 1.9% of GDP", "on the black market") against a figure on no basis or
another is a second measure of one thing, not a conflict (class: one quantity measured two
ways). A period's basis ("on an annual basis") is none. Sentences written afresh, with invented
names."""

from __future__ import annotations

import pytest

from reconcile.compare.scope import stated_basis
from tests.reported import alarms, claims_of

LEAD = "Ravena's parliament passed the budget on Friday. "
ONE = LEAD + "Defence spending will rise 9% to 8.1 billion euros, or 1.7% of GDP.\n"
OTHER = (
    LEAD + "Defence: 8.1 billion euros, up 9%. On the wider alliance definition, which counts "
    "veterans' pensions, the figure is 9.2 billion euros, or 1.9% of GDP.\n"
)


def test_a_figure_on_a_stated_basis_is_no_conflict() -> None:
    assert alarms(ONE, OTHER) == []


def test_control_the_same_figures_without_the_basis_conflict() -> None:
    other = OTHER.replace("On the wider alliance definition, which counts veterans' pensions, ", "")
    assert alarms(ONE, other) != []


@pytest.mark.parametrize(
    ("sentence", "basis"),
    [
        ("On the black market, traders asked about 118 korunas a dollar.", "black market"),
        ("Under the new methodology, unemployment was 6.1%.", "new methodology"),
        ("Prices rose 3.2% on an annual basis.", None),
        ("Military outlays equal 2.1% of output by the national definition.", None),
        ("Sales rose 4% on the stock market debut.", None),
        ("Unemployment was 6.1% in May.", None),
    ],
)
def test_the_basis_is_read_from_the_sentence(sentence: str, basis: str | None) -> None:
    [claim] = claims_of("a.txt", sentence + "\n")
    assert stated_basis(claim) == basis


# A basis phrase after the figures of its sentence is the nearest one's (class: a basis read off
# the whole sentence): "down 6% on a constant-currency basis" puts the change on that basis, not
# the level the sentence gives first, which still conflicts with another source's level.
LEVEL_A = (
    "Tarrowby Mills said on Thursday that first-half sales came to 3.71 billion crowns, down 6% "
    "on a constant-currency basis.\n"
)
LEVEL_B = "Tarrowby Mills reported first-half sales of 3.17 billion crowns on Thursday.\n"


def test_a_basis_after_a_change_is_not_the_level_s() -> None:
    assert alarms(LEVEL_A, LEVEL_B) != []


def test_control_a_basis_before_the_figures_is_the_whole_sentence_s() -> None:
    a = (
        "On a constant-currency basis, Tarrowby Mills said on Thursday that first-half sales "
        "came to 3.71 billion crowns.\n"
    )
    assert alarms(a, LEVEL_B) == []


@pytest.mark.parametrize(
    ("sentence", "figure", "basis"),
    [
        (
            "Sales were 3.71 billion crowns, down 6% on a constant-currency basis.",
            "6%",
            "constant-currency basis",
        ),
        (
            "Sales were 3.71 billion crowns, down 6% on a constant-currency basis.",
            "3.71 billion crowns",
            None,
        ),
        (
            "On a constant-currency basis, sales were 3.71 billion crowns, down 6%.",
            "3.71 billion crowns",
            "constant-currency basis",
        ),
    ],
)
def test_whose_basis_a_phrase_is(sentence: str, figure: str, basis: str | None) -> None:
    from reconcile.compare.context import Ctx
    from reconcile.config import Settings

    claims = claims_of("a.txt", sentence + "\n")
    ctx = Ctx(Settings(), {c.id: c for c in claims}, {"a.txt": sentence + "\n"}, set())
    [claim] = [c for c in claims if c.text == figure]
    assert stated_basis(claim, ctx) == basis
