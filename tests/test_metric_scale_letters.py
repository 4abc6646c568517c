"""The scale letter of an amount is part of the figure, never what it measures (issue 11, the
"metric" class of missed conflicts: "a £40m transition fund" was read as an "m transition
fund", another source's "£50 million transition fund" as a "transition fund", two metrics for
one quantity), with a control that stays as it was:

- an amount's or a count's own tokens narrow nothing, however the parse hangs them
  (``parse.describe``: the figure's whole span, not only the subtree of its root);
- a figure the parse hangs on another amount's scale or currency ("collects €2.8m - roughly
  $3.3m") measures what that amount measures (the verb's take), not the letter "m";
- control: two funds of different names stay apart. (A physical figure keeps its unit letter:
  "the 200m freestyle" names a race, and a bare "freestyle length" made two races' distances
  meet on blind-2026-12-04g, +2 false alarms, so ``describe`` leaves physical figures as they
  were.)
"""

from __future__ import annotations

from tests.reported import alarms, metric_of


def test_an_amounts_scale_letter_is_no_modifier() -> None:
    assert metric_of("Ministers promised a £40m transition fund for the port.", "£40m") == (
        "transition fund"
    )
    found = alarms(
        "Port aid\n\nMinisters pledged a £40m transition fund to the harbour district.",
        "Port aid\n\nMinisters pledged a £50 million transition fund to the harbour district.",
    )
    assert any("£40m" in m and "£50 million" in m for m in found), found


def test_an_amount_hung_on_another_amounts_scale_measures_what_that_one_does() -> None:
    text = "Halloran collects €2.8m - roughly $3.3m - for the title."
    assert metric_of(text, "€2.8m") == "collect"
    assert metric_of(text, "$3.3m") == "collect"


def test_control_two_funds_of_different_names_stay_apart() -> None:
    found = alarms(
        "Port aid\n\nMinisters pledged a £40m transition fund to the harbour district.",
        "Port aid\n\nMinisters pledged a £50 million housing fund to the harbour district.",
    )
    assert not any("£40m" in m and "£50 million" in m for m in found), found
