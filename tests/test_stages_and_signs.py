"""More false alarms of real coverage (issue 11's precision), each class with fresh sentences and
a control that must still conflict:

- a count that is the object of a verb with "now" before it ("the order now covers 11
  carmakers") is what the count has come to: a lower figure of another source, of no later
  day, is an earlier stage (:func:`reconcile.compare.scope.later_tally`);
- a figure written with a plus sign ("a swing of +63 seats") is a gain, not the level another
  source gives (:func:`reconcile.compare.scope.gain_and_level`);
- a count its sentence sets against the rest of its whole ("31 people outright, while the rest
  died later") is a part;
- an amount paid each period keeps its period across its restatement in brackets ("£40m (€46m)
  per season"): no one-off metric from a keyword elsewhere in its sentence, for either figure.
"""

from __future__ import annotations

from reconcile.compare.context import Ctx
from reconcile.compare.scope import is_part
from reconcile.config import Settings
from tests.reported import alarms, metric_of
from tests.test_scope import alarms as scope_alarms
from tests.test_scope import fig, judge

MAKERS = {"unit": "carmaker", "kind": "count", "metric": "carmakers"}
SEATS = {"unit": "seat", "kind": "count", "metric": "seats"}

# ------------------------------------------------------------------ "now" and its object

NOW = "The safety agency's order now covers 11 carmakers, including three from Europe."
PLAIN = "The safety agency's order covers 11 carmakers, including three from Europe."
EARLIER = "Ten carmakers had already recalled cars fitted with the faulty valves."


def test_a_count_a_verb_now_has_as_object_is_a_later_tally() -> None:
    a = fig("a.txt", NOW, "11 carmakers", 11, **MAKERS)  # type: ignore[arg-type]
    b = fig("b.txt", EARLIER, "Ten carmakers", 10, **MAKERS)  # type: ignore[arg-type]
    findings = judge({"a.txt": NOW, "b.txt": EARLIER}, [a, b], "carmakers")
    assert not scope_alarms(findings)
    assert "tally the count has come to" in findings[0].message


def test_control_without_now_the_two_counts_still_conflict() -> None:
    a = fig("a.txt", PLAIN, "11 carmakers", 11, **MAKERS)  # type: ignore[arg-type]
    b = fig("b.txt", EARLIER, "Ten carmakers", 10, **MAKERS)  # type: ignore[arg-type]
    [f] = scope_alarms(judge({"a.txt": PLAIN, "b.txt": EARLIER}, [a, b], "carmakers"))
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ a plus sign

SWING = "The centrists may come to mind first, given their remarkable swing of +63 seats."
TALLY = "The centrists finished the night with 70 seats in the new chamber."
BARE = "The centrists may come to mind first, given their remarkable haul of 63 seats."


def test_a_figure_with_a_plus_sign_is_a_gain_not_the_level() -> None:
    a = fig("a.txt", SWING, "63 seats", 63, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", TALLY, "70 seats", 70, **SEATS)  # type: ignore[arg-type]
    findings = judge({"a.txt": SWING, "b.txt": TALLY}, [a, b], "seats")
    assert not scope_alarms(findings)
    assert "plus sign" in findings[0].message


def test_control_the_same_figure_without_a_sign_still_conflicts() -> None:
    a = fig("a.txt", BARE, "63 seats", 63, **SEATS)  # type: ignore[arg-type]
    b = fig("b.txt", TALLY, "70 seats", 70, **SEATS)  # type: ignore[arg-type]
    assert scope_alarms(judge({"a.txt": BARE, "b.txt": TALLY}, [a, b], "seats"))


# ------------------------------------------------------------------ a period past a bracket

FEE = "Tomas Velich joined Kestrane City for a transfer fee of €85m.\n"
PAY = (
    "Tomas Velich completes his transfer to Kestrane City this week and will be paid £40m (€46m) "
    "per season.\n"
)


def test_an_amount_per_season_keeps_its_period_past_its_bracket() -> None:
    assert metric_of(PAY, "£40m") != "transfer fee"
    assert metric_of(PAY, "€46m") != "transfer fee"
    assert alarms(FEE, PAY) == []


def test_control_without_the_period_the_bracketed_amount_is_read_as_the_fee() -> None:
    once = PAY.replace(" per season", "")
    assert metric_of(once, "€46m") == "transfer fee"
    assert alarms(FEE, once) != []


# ------------------------------------------------------------------ a part and the rest

DEAD = {"unit": "person", "kind": "count", "metric": "death toll"}
AT_GATES = (
    "The collapse of the stand killed 31 people outright, while the rest died later in "
    "hospital, the inspector said."
)
TOLL = "The disaster at the ground left 118 people dead, officials said."
NO_REST = "The crush at the gates caused the deaths of 31 people, the inspector said."
BOTH = "All 40 fans were treated, 26 at the ground and the rest in hospital."


def test_a_count_its_sentence_sets_against_the_rest_is_a_part() -> None:
    a = fig("a.txt", AT_GATES, "31 people", 31, **DEAD)  # type: ignore[arg-type]
    b = fig("b.txt", TOLL, "118 people", 118, **DEAD)  # type: ignore[arg-type]
    findings = judge({"a.txt": AT_GATES, "b.txt": TOLL}, [a, b], "death toll")
    assert not scope_alarms(findings)
    assert "part of a count" in findings[0].message


def test_control_without_the_rest_the_counts_still_conflict() -> None:
    a = fig("a.txt", NO_REST, "31 people", 31, **DEAD)  # type: ignore[arg-type]
    b = fig("b.txt", TOLL, "118 people", 118, **DEAD)  # type: ignore[arg-type]
    assert scope_alarms(judge({"a.txt": NO_REST, "b.txt": TOLL}, [a, b], "death toll"))


def test_control_only_the_figure_right_before_the_rest_is_the_part() -> None:
    whole = fig("a.txt", BOTH, "40 fans", 40, **DEAD)  # type: ignore[arg-type]
    part = fig("a.txt", BOTH, "26", 26, **DEAD)  # type: ignore[arg-type]
    ctx = Ctx(Settings(), {c.id: c for c in (whole, part)}, {"a.txt": BOTH}, set(), frozenset())
    assert is_part(part, ctx)
    assert not is_part(whole, ctx)
