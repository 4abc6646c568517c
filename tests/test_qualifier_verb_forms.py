"""One veto table read for every form of a verb (``forms`` in ``qualifiers.toml``): "pass",
"passes", "passed" and "passing" a mark make a lower bound ("over"), and each veto of the table
holds for each form, as the four copies of the table it replaced did. Sentences are invented."""

from __future__ import annotations

import pytest

from reconcile.quantities import extract_quantities

FORMS = ["pass", "passes", "passed", "passing"]


def _qualifier(text: str) -> str | None:
    found = [m for m in extract_quantities(text) if m.kind == "money"]
    assert len(found) == 1, found
    return found[0].qualifier


@pytest.mark.parametrize("form", FORMS)
def test_every_form_of_pass_is_a_lower_bound(form: str) -> None:
    # control: the total going past a mark
    assert _qualifier(f"Pledges to the Orlen Trust may {form} £640,000 within days.") == "over"


@pytest.mark.parametrize("form", FORMS)
def test_a_budget_passed_is_no_bound_for_any_form(form: str) -> None:
    # the word after the amount (``not_before``): what a council passes is no total
    assert _qualifier(f"The Orsdale assembly may {form} $7.2bn budget cuts.") is None


@pytest.mark.parametrize("form", FORMS)
def test_a_ticket_pass_is_no_bound_for_any_form(form: str) -> None:
    # the word before the verb (``not_after``): a season pass is a ticket
    assert _qualifier(f"Its new season {form} €1,150 this winter.") is None


@pytest.mark.parametrize("form", FORMS)
def test_an_exam_passed_is_no_bound_for_any_form(form: str) -> None:
    # the unit (``not_units``): what a pupil passes is no total
    found = extract_quantities(f"Pupils at Pennick High {form} 9 exams each.")
    assert [(m.unit, m.qualifier) for m in found] == [("exam", None)]
