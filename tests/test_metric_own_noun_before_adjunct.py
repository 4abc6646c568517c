"""A figure's own noun says what it measures before a metric keyword in an adjunct of its clause
(issue 11, the "metric" class of missed conflicts: one source's figure took a vocabulary metric
from a word beside it that names something else), each with a control that must stay as it was:

- a keyword after the figure behind a preposition that opens an adjunct ("a deficit of £410
  million on the newest valuation") is asked of the parse (``context._far``), and loses to the
  figure's own noun when the parse puts it outside the figure's phrase; a keyword that is the
  figure's own noun ("a valuation of £410 million on Monday") still names it;
- a level's clause subject ("the deficit stands at £380m on the newest valuation") names the
  figure as an own noun does (``parse.own_clause_subject`` with "at", and ``alone``); an agent
  that puts an object at a value ("an engineer puts the cost at £14m"), or a passive subject
  ("the bypass was budgeted at £95m"), is no such subject;
- a vocabulary metric a holder noun names must admit the figure (``context._admits``: "plan" is
  a keyword of capital spending, whose amounts start at 1,000, so a $19.99 plan is no spending).
"""

from __future__ import annotations

from tests.reported import alarms, metric_of

_OTHER = "Harlow pension gap\n\nThe Harlow pension fund's deficit is £520 million, the union says."


def test_own_noun_beats_a_keyword_in_a_trailing_adjunct() -> None:
    text = "The Harlow pension fund had a deficit of £410 million on the newest valuation."
    assert metric_of(text, "£410 million") == "deficit"
    found = alarms(
        "Harlow pension gap\n\nThe Harlow pension fund had a deficit of £410 million on the "
        "newest valuation, its trustees said.",
        _OTHER,
    )
    assert any("£410 million" in m and "£520 million" in m for m in found), found


def test_control_the_keyword_that_is_the_own_noun_still_names_it() -> None:
    text = "Trustees gave the scheme a valuation of £410 million on Monday."
    assert metric_of(text, "£410 million") == "market value"
    found = alarms(
        "Harlow pension gap\n\nTrustees gave the Harlow pension fund a valuation of £410 "
        "million on Monday.",
        _OTHER,
    )
    assert not any("£410 million" in m and "£520 million" in m for m in found), found


def test_a_level_subject_beats_a_keyword_in_a_trailing_adjunct() -> None:
    text = "The scheme's deficit stands at £380m on the most recent actuarial valuation."
    assert metric_of(text, "£380m") == "deficit"
    found = alarms(
        "Harlow pension gap\n\nThe Harlow pension fund's deficit stands at £410m on the most "
        "recent actuarial valuation.",
        _OTHER,
    )
    assert any("£410m" in m and "£520 million" in m for m in found), found


def test_control_an_agent_or_a_passive_subject_is_no_measured_thing() -> None:
    assert (
        metric_of(
            "An engineer puts the overall cost of the sports hall at £14 million.", "£14 million"
        )
        == "cost"
    )
    assert (
        metric_of(
            "The bypass was budgeted at £95m when councillors approved it, but it ended up "
            "costing £140m.",
            "£95m",
        )
        == "capital spending"
    )


def test_a_holder_noun_metric_must_admit_the_figure() -> None:
    assert metric_of("The family plan stays at $19.99 on the new price list.", "$19.99") == (
        "family plan"
    )
