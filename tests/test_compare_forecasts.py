"""Classes of conflicts the comparison lost on the gold's own groups (benchmarks.oracle_grouping),
each tested with fresh sentences and a control that must not change."""

from __future__ import annotations

import pytest

from tests.test_scope import alarms, fig, judge

# ------------------------------------------------------------------ a pace's projection
# Class: a figure given as where a pace leads ("is on pace to sell 5.3 million", "on pace for")
# is a forecast, as a "projected" one is. Read as an outcome, it was set apart
# from another source's forecast of the same figure as "an expectation against an outcome", and
# two forecasts that disagree went unflagged.

SEATS = {"unit": "ticket", "kind": "count", "metric": "tickets", "half": 0.05e6}
FORECAST = "Promoters forecast that the touring fair will sell 4.1 million tickets this season."


@pytest.mark.parametrize(
    "b_text",
    [
        "The touring fair is on pace to sell 5.3 million tickets this season, its owner said.",
        "Halfway through the season the fair is on pace for 5.3 million tickets.",
        "Organisers say the fair, on pace to pass 5.3 million tickets, may extend its run.",
    ],
)
def test_a_pace_projection_against_a_forecast_conflicts(b_text: str) -> None:
    a = fig("a.txt", FORECAST, "4.1 million", 4.1e6, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, **SEATS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": FORECAST, "b.txt": b_text}, [a, b], "tickets"))
    assert f.kind == "value_mismatch"


def test_a_pace_projection_against_an_outcome_is_still_an_expectation() -> None:
    """Control: a pace's projection against a count already made is still set apart."""
    sold = "By the end of last season the touring fair had sold 4.1 million tickets."
    b_text = "The touring fair is on pace to sell 5.3 million tickets this season."
    a = fig("a.txt", sold, "4.1 million", 4.1e6, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, **SEATS)  # type: ignore[arg-type]
    findings = judge({"a.txt": sold, "b.txt": b_text}, [a, b], "tickets")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


def test_on_track_in_another_sense_makes_no_forecast() -> None:
    """Control: "on track" as a place ("sold on the track") is no projection; two outcomes
    still conflict."""
    a_text = "Vendors sold 4.1 million tickets on the track side of the fairground."
    b_text = "The touring fair sold 5.3 million tickets this season."
    a = fig("a.txt", a_text, "4.1 million", 4.1e6, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, **SEATS)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "tickets"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a stated aim
# Class: a figure a subject seeks to reach ("the levy seeks to raise 2.9 billion", "is seeking to
# draw 5.3 million") is a target, as one it aims at is. Read as an outcome, it was set apart
# from another source's forecast of the same figure, and two forecasts that disagree went
# unflagged.

AIM_FORECAST = "Economists forecast that the new levy will raise 4.1 million euros a year."


@pytest.mark.parametrize(
    "b_text",
    [
        "The council says the levy seeks to raise 5.3 million euros a year for the harbour.",
        "The harbour board is seeking to raise 5.3 million euros a year from the new levy.",
    ],
)
def test_a_stated_aim_against_a_forecast_conflicts(b_text: str) -> None:
    a = fig("a.txt", AIM_FORECAST, "4.1 million", 4.1e6, unit="EUR", kind="money", metric="levy")
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, unit="EUR", kind="money", metric="levy")
    [f] = alarms(judge({"a.txt": AIM_FORECAST, "b.txt": b_text}, [a, b], "levy"))
    assert f.kind == "value_mismatch"


def test_a_stated_aim_against_an_outcome_is_still_an_expectation() -> None:
    """Control: an aim against an amount already raised is set apart, not flagged."""
    raised = "In its first year the new levy raised 4.1 million euros."
    b_text = "The council says the levy seeks to raise 5.3 million euros a year for the harbour."
    a = fig("a.txt", raised, "4.1 million", 4.1e6, unit="EUR", kind="money", metric="levy")
    b = fig("b.txt", b_text, "5.3 million", 5.3e6, unit="EUR", kind="money", metric="levy")
    findings = judge({"a.txt": raised, "b.txt": b_text}, [a, b], "levy")
    assert not alarms(findings)
    assert "an expectation, a forecast" in findings[0].message


# ------------------------------------------------------------------ one group, two currencies
# Class: one quantity whose sources give it in two major currencies, put in one group ("€75
# million a season" and "£107 million a season" for one player's pay). Amounts of sibling groups
# of one currency each were weighed through the reference rate; amounts of two currencies in one
# group were passed over as figures of two units, and the disagreement went unflagged.


def _pay(doc: str, text: str, written: str, value: float, unit: str, half: float = 0.5e6) -> object:
    return fig(doc, text, written, value, unit=unit, kind="money", metric="pay", half=half)


@pytest.mark.parametrize(
    ("b_text", "written", "value", "unit"),
    [
        (
            "The keeper's wages come to £107 million a season, his agent said.",
            "£107 million",
            107e6,
            "GBP",
        ),
        (
            "Rival clubs were told the keeper would cost $152 million a season in wages.",
            "$152 million",
            152e6,
            "USD",
        ),
    ],
)
def test_one_group_in_two_currencies_is_weighed_through_the_rate(
    b_text: str, written: str, value: float, unit: str
) -> None:
    a_text = "Ostrava Rovers will pay their new keeper €75 million a season."
    a = _pay("a.txt", a_text, "€75 million", 75e6, "EUR")
    b = _pay("b.txt", b_text, written, value, unit)
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "pay"))  # type: ignore[list-item]
    assert f.kind == "value_mismatch"
    assert "reference rate" in f.message


def test_amounts_in_two_currencies_that_convert_agree() -> None:
    """Control: £64 million is about €75 million at any recent rate: no finding."""
    a_text = "Ostrava Rovers will pay their new keeper €75 million a season."
    b_text = "The keeper's wages come to £64 million a season, his agent said."
    a = _pay("a.txt", a_text, "€75 million", 75e6, "EUR")
    b = _pay("b.txt", b_text, "£64 million", 64e6, "GBP")
    assert judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "pay") == []  # type: ignore[list-item]


def test_a_source_giving_both_currencies_is_compared_in_one() -> None:
    """Control: when a source gives the amount in both currencies, each currency's amounts are
    compared directly, not through the reference rate (which would also flag the source's own
    conversion, at the rate of its day)."""
    a_text = "Ostrava Rovers will pay their new keeper €75 million a season. That is £70 million."
    b_text = "The keeper's wages come to £70 million a season, his agent said."
    a1 = _pay("a.txt", a_text, "€75 million", 75e6, "EUR")
    a2 = _pay("a.txt", a_text, "£70 million", 70e6, "GBP")
    b = _pay("b.txt", b_text, "£70 million", 70e6, "GBP")
    texts = {"a.txt": a_text, "b.txt": b_text}
    assert not alarms(judge(texts, [a1, a2, b], "pay"))  # type: ignore[list-item]


def test_a_quoted_exchange_rate_is_no_amount_to_weigh() -> None:
    """Control: an exchange rate's quote ("($1 = 0.7905 pounds)", "GBP/USD 1.265") prices one
    unit of a currency: two quotes of one rate in two currencies are not weighed as amounts."""
    a_text = "The offer values the group at $410 million. ($1 = 0.7905 pounds)"
    b_text = "FX: GBP/USD 1.265."
    a = _pay("a.txt", a_text, "0.7905 pounds", 0.7905, "GBP", half=0.00005)
    b = _pay("b.txt", b_text, "USD 1.265", 1.265, "USD", half=0.0005)
    assert not alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "pay"))  # type: ignore[list-item]
