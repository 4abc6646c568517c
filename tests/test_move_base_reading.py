"""Which figure of a move is its base. Class: a move read backwards. The earlier figure of a
rise or an overrun is the one named as the thing's first value ("its original estimate of
£200m"), and an adverb of an earlier time in a clause of comparison ("later than originally
intended") dates the plan measured against, not a figure the parse hangs below that clause's
verb. Fresh sentences with invented names and figures."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.compare.context import Ctx
from reconcile.config import Settings
from tests.test_compare_moves import findings

MOVE = (
    "Tolbrook opened its tram line on Monday, joining the eastern estates to the town's main "
    "hospital two years later than originally intended and at a price of £310 million, far "
    "above its original estimate of £200 million."
)


_arithmetic = findings


def _earlier(text: str) -> dict[float, bool]:
    doc = Document(id="a.txt", path="a.txt", text=text)
    claims = extract_claims(doc)
    ctx = Ctx(Settings(), {c.id: c for c in claims}, {doc.id: doc.text}, set())
    return {c.value: ctx.is_earlier(c) for c in claims}


def test_the_original_figure_is_the_base_of_an_overrun() -> None:
    got = _earlier(MOVE)
    assert got[200e6] and not got[310e6]


def test_an_overrun_from_the_original_figure_raises_nothing() -> None:
    stated = "The tram line cost £310m, an overrun of 55% on its agreed budget of £200m."
    assert _arithmetic(MOVE, stated, 310e6) == []


def test_a_wrong_overrun_is_weighed_from_the_original_figure() -> None:
    stated = "The tram line cost £310m, an overrun of 80% on its agreed budget of £200m."
    [f] = _arithmetic(MOVE, stated, 310e6)
    assert 'from "£200 million" to "£310 million"' in f.message


def test_control_an_adverb_on_the_figures_own_verb_still_dates_it() -> None:
    got = _earlier("Initially, the Varrow council budgeted £45 million for the footbridge.")
    assert got[45e6]


def test_control_a_budget_without_a_word_of_before_is_no_earlier_value() -> None:
    got = _earlier("The Varrow footbridge has a budget of £45 million.")
    assert not got[45e6]
