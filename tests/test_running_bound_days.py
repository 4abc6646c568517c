"""A running total given as a lower bound ("at least 57 injured") above another source's lower
figure is excused as a later tally only when something in the texts says the lower figure is
the earlier one: its article was written on an earlier day, or the bound's sentence calls the
count running ("so far"). Two articles of one day, or of no known day, give two tallies of one
moment: they conflict (issue 11 recall; the mere absence of a day is no excuse)."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups
from tests.test_scope import fig

HURT = {"unit": "person", "kind": "count", "metric": "people injured"}
BOUND = "The gas blast at the depot left at least 57 people injured, the fire chief said."
SO_FAR = "The gas blast at the depot has left at least 57 people injured so far."
LOWER = "Paramedics treated 43 people injured in the gas blast at the depot."
MONDAY, TUESDAY = dt.date(2031, 3, 3), dt.date(2031, 3, 4)


def _findings(a_text: str, a_day: dt.date | None, b_day: dt.date | None) -> list[Finding]:
    a: Claim = fig("a.txt", a_text, "57", 57, qualifier="at_least", half=None, **HURT)  # type: ignore[arg-type]
    b: Claim = fig("b.txt", LOWER, "43", 43, **HURT)  # type: ignore[arg-type]
    docs = [
        Document(id="a.txt", path="a.txt", text=a_text, published=a_day),
        Document(id="b.txt", path="b.txt", text=LOWER, published=b_day),
    ]
    g = Group(
        id="g1", label="Depot blast: people injured", claims=[a.id, b.id], metric=HURT["metric"]
    )
    return compare_groups([g], [a, b], documents=docs)


def _alarms(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity != "info"]


def test_control_a_bound_above_a_figure_written_a_day_earlier_is_no_alarm() -> None:
    [note] = _findings(BOUND, TUESDAY, MONDAY)  # a running total dated by its article's day
    assert note.severity == "info"


def test_a_bound_above_a_figure_of_the_same_day_conflicts() -> None:
    [f] = _alarms(_findings(BOUND, TUESDAY, TUESDAY))
    assert f.kind == "value_mismatch"


def test_a_bound_above_a_figure_of_no_known_day_conflicts() -> None:
    [f] = _alarms(_findings(BOUND, None, None))
    assert f.kind == "value_mismatch"


def test_control_a_bound_its_sentence_calls_running_is_still_a_later_tally() -> None:
    findings = _findings(SO_FAR, TUESDAY, TUESDAY)
    assert not _alarms(findings)
    assert "running count" in findings[0].message
