"""Durations of one quantity written in different units ("more than five weeks", "33 days") are
weighed in one unit; months and years are no fixed number of days and stay apart. Sentences
written afresh."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Group
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
