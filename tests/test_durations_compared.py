"""Durations of one quantity written in different units ("more than five weeks", "33 days") are
weighed in one unit; months and years are no fixed number of days and stay apart. Sentences
written afresh."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Group, Mention
from reconcile.compare import compare_groups
from reconcile.compare.selection import common_time_unit
from reconcile.pipeline import reconcile


def _claims(*texts: str) -> list[Claim]:
    docs = [Document(id=f"{chr(97 + i)}.txt", path="x", text=t) for i, t in enumerate(texts)]
    return list(reconcile(docs).claims)


def test_weeks_and_days_are_weighed_in_days() -> None:
    cs = _claims(
        "The valley has now gone more than five weeks without rain.",
        "The valley has now gone 33 days without rain.",
    )
    assert {c.unit for c in cs} == {"week", "day"}
    g = Group(id="g1", label="valley: dry spell", claims=[c.id for c in cs], metric="dry spell")
    docs = [
        Document(
            id="a.txt", path="x", text="The valley has now gone more than five weeks without rain."
        ),
        Document(id="b.txt", path="x", text="The valley has now gone 33 days without rain."),
    ]
    [f] = [f for f in compare_groups([g], cs, documents=docs) if f.severity != "info"]
    assert f.kind == "value_mismatch" and "35" in f.message


def test_control_a_duration_that_fits_is_no_conflict() -> None:
    cs = _claims(
        "The valley has now gone about five weeks without rain.",
        "The valley has now gone 36 days without rain.",
    )
    converted = common_time_unit(cs)
    assert {c.unit for c in converted} == {"day"}
    weeks = next(c for c in converted if "weeks" in c.text)
    assert weeks.low is not None and weeks.high is not None and weeks.low <= 36 <= weeks.high


def test_months_are_not_converted() -> None:
    cs = _claims("The strike lasted two months.", "The strike lasted 61 days.")
    assert common_time_unit(cs) == cs


# Class: one event's length placed in a month by one source and in its quarter by another
# ("a nine-day outage in August" / "a six-day outage" in a third-quarter report) was read as
# two periods' figures, so the disagreement went unflagged. Control: disjoint periods differ.


def _outage(doc: str, text: str, words: str, days: int, when: str) -> Claim:
    start = text.index(words)
    span = (start, start + len(words))
    mention = Mention(
        surface=words, span=span, value=days, unit="day", kind="count",
        low=days - 0.5, high=days + 0.5,
    )  # fmt: skip
    return Claim(
        id=f"{doc}#{span[0]}-{span[1]}", document=doc, span=span, text=words, value=days,
        unit="day", low=days - 0.5, high=days + 0.5, kind="count", subject="Tolvaine",
        metric="outage duration", when=when, sentence=text, mention=mention,
    )  # fmt: skip


def _judge_outages(a_when: str, b_when: str) -> list:
    a_text = "The Tolvaine smelter lost output in the third quarter after a six-day outage."
    b_text = "A nine-day outage at the Tolvaine smelter in August cut its output."
    a = _outage("a.txt", a_text, "six-day", 6, a_when)
    b = _outage("b.txt", b_text, "nine-day", 9, b_when)
    g = Group(id="g1", label="Tolvaine: outage duration", claims=[a.id, b.id],
              metric="outage duration")  # fmt: skip
    docs = [Document(id=d, path="x", text=t) for d, t in (("a.txt", a_text), ("b.txt", b_text))]
    return [f for f in compare_groups([g], [a, b], documents=docs) if f.severity != "info"]


def test_one_events_length_in_a_month_and_in_its_quarter_conflicts() -> None:
    [f] = _judge_outages("2026-Q3", "month:August")
    assert f.kind == "value_mismatch"


def test_control_lengths_in_disjoint_periods_are_two_events() -> None:
    assert not _judge_outages("2026-Q2", "month:August")


# Class: one span of time written in calendar units that convert exactly (years against months)
# was never weighed: a month is no fixed number of days, but a year is twelve of them.
# Control: a span that fits stays quiet; months against days stay apart (above).


def _findings(*texts: str) -> list[str]:
    docs = [Document(id=f"{chr(97 + i)}.txt", path="x", text=t) for i, t in enumerate(texts)]
    r = reconcile(docs)
    return [f.message for f in r.findings if f.severity != "info"]


def test_years_against_months() -> None:
    [message] = _findings(
        "The reactor's shutdown lasted three years, Halbrook's operator said on Friday.",
        "The reactor's shutdown lasted 57 months, Halbrook's operator said on Friday.",
    )
    assert "three years" in message and "57 months" in message


def test_control_years_and_months_that_agree() -> None:
    assert not _findings(
        "The reactor's shutdown lasted three years, Halbrook's operator said on Friday.",
        "The reactor's shutdown lasted 37 months, Halbrook's operator said on Friday.",
    )
