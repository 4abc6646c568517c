"""A count whose own clause says it has come to its figure ("the number of sick pupils rises to
12", "has climbed to 12", "now stands at 12", "the tally reached 12") is a running tally read
from the parse: against another source's lower figure of no later day it is a later stage of
one count, an info note, not a conflict (class: issue 11, a later tally flagged as a value
mismatch). Controls that still conflict: two counts of one day, a count that fell ("fell to"),
a possibility ("could rise to"), a higher figure of the same day, a lower figure of a later
day, a period's total, and two sentences of one update."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups
from reconcile.compare.scope import tally_rose
from reconcile.documents import parse_document
from reconcile.pipeline import reconcile
from tests.test_scope import alarms, fig

PUPILS = {"unit": "pupil", "kind": "count", "metric": "pupils"}
MONDAY, WEDNESDAY = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
EARLIER = "Seven pupils at the Harwell Lane school were taken ill, the council said."

RISEN = [
    ("Harwell Lane outbreak: number of sick pupils rises to 12", "12"),
    ("The number of pupils taken ill at the Harwell Lane school has climbed to 12.", "12"),
    ("The count of ill pupils at Harwell Lane now stands at 12, the council said.", "12"),
    ("Cases linked to the Harwell Lane kitchen increased to 12 pupils, the council said.", "12"),
    ("The tally of sick pupils at the Harwell Lane school reached 12 on Wednesday.", "12"),
    ("The number of ill pupils at Harwell Lane has grown to 12, the council said.", "12"),
    ("Two more pupils fell ill overnight, bringing the total at Harwell Lane to 12.", "12"),
]


def _judge(
    texts: dict[str, str], claims: list[Claim], days: dict[str, dt.date | None]
) -> list[Finding]:
    docs = [Document(id=d, path=d, text=t, published=days.get(d)) for d, t in texts.items()]
    g = Group(id="g1", label="Harwell: pupils", claims=[c.id for c in claims], metric="pupils")
    return compare_groups([g], claims, documents=docs)


def _pair(
    a_text: str,
    a_written: str,
    b_text: str,
    b_written: str,
    b_value: float,
    days: dict[str, dt.date | None],
    a_value: float = 12,
) -> list[Finding]:
    a = fig("a.txt", a_text, a_written, a_value, **PUPILS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, b_written, b_value, **PUPILS)  # type: ignore[arg-type]
    return _judge({"a.txt": a_text, "b.txt": b_text}, [a, b], days)


@pytest.mark.parametrize(("a_text", "written"), RISEN)
def test_a_tally_that_rose_is_a_later_stage_of_an_earlier_lower_count(
    a_text: str, written: str
) -> None:
    findings = _pair(
        a_text, written, EARLIER, "Seven pupils", 7, {"a.txt": WEDNESDAY, "b.txt": MONDAY}
    )
    assert not alarms(findings)
    [note] = findings
    assert note.kind == "different_scope"
    assert "the tally the count has come to" in note.message
    assert "earlier day" in note.message


def test_a_lower_figure_with_no_day_is_an_earlier_stage_too() -> None:
    a_text, written = RISEN[0]
    findings = _pair(a_text, written, EARLIER, "Seven pupils", 7, {})
    assert not alarms(findings)
    assert "is given for no later day" in findings[0].message


@pytest.mark.parametrize(("a_text", "written"), RISEN)
def test_the_parse_reads_the_tally(a_text: str, written: str) -> None:
    assert tally_rose(fig("a.txt", a_text, written, 12, **PUPILS))  # type: ignore[arg-type]


# ------------------------------------------------------------------ controls


def test_control_two_counts_of_one_day_still_conflict() -> None:
    a_text, written = RISEN[1]
    days = {"a.txt": MONDAY, "b.txt": MONDAY}
    [f] = alarms(_pair(a_text, written, EARLIER, "Seven pupils", 7, days))
    assert f.kind == "value_mismatch"


def test_control_two_plain_counts_still_conflict() -> None:
    a_text = "Twelve pupils at the Harwell Lane school were taken ill, a doctor said."
    days = {"a.txt": WEDNESDAY, "b.txt": MONDAY}
    [f] = alarms(_pair(a_text, "Twelve pupils", EARLIER, "Seven pupils", 7, days))
    assert f.kind == "value_mismatch"


def test_control_a_count_that_fell_is_no_tally_that_rose() -> None:
    a_text = "The number of pupils kept at home from Harwell Lane fell to 12 on Wednesday."
    assert not tally_rose(fig("a.txt", a_text, "12", 12, **PUPILS))  # type: ignore[arg-type]
    days = {"a.txt": WEDNESDAY, "b.txt": MONDAY}
    [f] = alarms(_pair(a_text, "12", EARLIER, "Seven pupils", 7, days))
    assert f.kind == "value_mismatch"


@pytest.mark.parametrize(
    "a_text",
    [
        "The number of sick pupils at Harwell Lane could rise to 12, a doctor warned.",
        "Doctors expect the number of sick pupils at Harwell Lane to rise to 12.",
    ],
)
def test_control_a_forecast_is_no_tally(a_text: str) -> None:
    """What may happen is no tally (another rule reads it as an expectation)."""
    assert not tally_rose(fig("a.txt", a_text, "12", 12, **PUPILS))  # type: ignore[arg-type]
    days = {"a.txt": WEDNESDAY, "b.txt": MONDAY}
    findings = _pair(a_text, "12", EARLIER, "Seven pupils", 7, days)
    assert not any("the tally the count has come to" in f.message for f in findings)


def test_control_a_higher_figure_of_the_same_day_still_conflicts() -> None:
    a_text, written = RISEN[1]
    b_text = "Fifteen pupils at the Harwell Lane school were taken ill, the council said."
    days = {"a.txt": WEDNESDAY, "b.txt": WEDNESDAY}
    [f] = alarms(_pair(a_text, written, b_text, "Fifteen pupils", 15, days))
    assert f.kind == "value_mismatch"


def test_control_a_lower_figure_of_a_later_day_still_conflicts() -> None:
    """The count would have fallen after it rose: the two stand against each other."""
    a_text, written = RISEN[1]
    days = {"a.txt": MONDAY, "b.txt": WEDNESDAY}
    [f] = alarms(_pair(a_text, written, EARLIER, "Seven pupils", 7, days))
    assert f.kind == "value_mismatch"


def test_control_a_periods_total_is_no_tally() -> None:
    """ "rose to 1,200 units in the third quarter" compares one quarter with another."""
    units = {"unit": "unit", "kind": "count", "metric": "units sold", "when": "2026-Q3"}
    a_text = "Sales at the Harwell plant rose to 1,200 units in the third quarter."
    a = fig("a.txt", a_text, "1,200 units", 1200, **units)  # type: ignore[arg-type]
    assert not tally_rose(a)


@pytest.mark.parametrize(
    "a_text",
    [
        "Sales at the Harwell plant rose 14% to 1,200 units.",
        "Sales at the Harwell plant have grown by 14 per cent to 1,200 units.",
        "Sales at the Harwell plant climbed to 1,200 units from 1,050 a year earlier.",
    ],
)
def test_control_a_periodic_statistic_is_no_tally(a_text: str) -> None:
    """A rise stated as a percentage or against a year before is a periodic statistic's."""
    units = {"unit": "unit", "kind": "count", "metric": "units sold"}
    a = fig("a.txt", a_text, "1,200 units", 1200, **units)  # type: ignore[arg-type]
    assert not tally_rose(a)


def test_a_percentage_of_the_tally_beside_it_leaves_it_a_tally() -> None:
    a_text = "The number of sick pupils reached 12, with 75% of them in the lower school."
    assert tally_rose(fig("a.txt", a_text, "12", 12, **PUPILS))  # type: ignore[arg-type]


def test_control_a_verb_that_carries_something_else_is_no_tally() -> None:
    """ "took the bus to 12 schools": the verb's object is no tally."""
    a_text = "The council took the lunch samples to 12 laboratories on Wednesday."
    assert not tally_rose(fig("a.txt", a_text, "12", 12, **PUPILS))  # type: ignore[arg-type]


def test_control_one_update_still_conflicts() -> None:
    """The two sentences share another figure (three in hospital): one update, two counts."""
    a_text = "The number of sick pupils has climbed to 12, and 3 are in hospital."
    b_text = "Seven pupils are sick, and 3 are in hospital."
    hosp = {"unit": "pupil", "kind": "count", "metric": "in hospital"}
    a = fig("a.txt", a_text, "12", 12, **PUPILS)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "Seven pupils", 7, **PUPILS)  # type: ignore[arg-type]
    ah = fig("a.txt", a_text, "3", 3, **hosp)  # type: ignore[arg-type]
    bh = fig("b.txt", b_text, "3", 3, **hosp)  # type: ignore[arg-type]
    findings = _judge({"a.txt": a_text, "b.txt": b_text}, [a, b, ah, bh], {})
    [f] = alarms(findings)
    assert f.kind == "value_mismatch"


# ------------------------------------------------------------------ the whole pipeline

FIRST = (
    "Pupils ill after school lunch in Harwell\n\nMonday 2 March 2026\n\n"
    "Seven pupils at the Harwell Lane school have fallen ill after eating a school lunch, "
    "the district council said.\n"
)
LATER = (
    "Harwell Lane lunch scare: number of sick pupils rises to 12\n\nWednesday 4 March 2026\n\n"
    "The district council said the kitchen had been closed while inspectors took samples.\n"
)


def test_the_pipeline_reads_the_later_tally_from_two_articles() -> None:
    docs = [parse_document(n, n, t) for n, t in (("a.txt", FIRST), ("b.txt", LATER))]
    findings = reconcile(docs).findings
    pupils = [f for f in findings if "pupil" in f.message]
    assert pupils, "the two counts are compared"
    assert not alarms(pupils)
    assert any("the tally the count has come to" in f.message for f in pupils)


def test_control_a_rise_in_a_group_of_a_periods_statistic_still_conflicts() -> None:
    """A group with a figure dated to a month measures a monthly statistic: its rise ("the
    number of adults out of work rose to 905,000") is no running tally, and a lower figure of
    another source stands against it."""
    idle = {"unit": "adult", "kind": "count", "metric": "adults out of work"}
    a_text = "Harwell's monthly labour note: the number of adults out of work rose to 905,000."
    b_text = "The labour bureau counted 842,000 adults out of work across Harwell in February."
    a = fig("a.txt", a_text, "905,000", 905e3, **idle)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "842,000 adults", 842e3, when="2026-02", **idle)  # type: ignore[arg-type]
    assert tally_rose(a)
    days = {"a.txt": WEDNESDAY, "b.txt": MONDAY}
    texts = {"a.txt": a_text, "b.txt": b_text}
    docs = [Document(id=d, path=d, text=t, published=days[d]) for d, t in texts.items()]
    g = Group(id="g1", label="Harwell: out of work", claims=[a.id, b.id], metric=idle["metric"])
    [f] = alarms(compare_groups([g], [a, b], documents=docs))
    assert f.kind == "value_mismatch"
