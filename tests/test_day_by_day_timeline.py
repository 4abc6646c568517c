"""Two sources that agree day by day are a timeline, not a misdated figure (issue 11, time as an
editor reads it). A figure dated only by a weekday a day from another source's weekday is worth a
warning that the days differ: one of them may be misdated. When the other source also gives the
first one's day the same figure, the two agree on both days, and the difference is the change
from one day to the next: an info note, never a warning."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

_A = (
    "Power use hits a winter high\n\n"
    "Electricity demand reached 31.6GW on Wednesday evening, the grid operator said, as a "
    "freezing fog settled over the north."
)
_B_ECHO = (
    "Grid holds through the freeze\n\n"
    "Electricity demand stood at 30.2GW on Thursday evening, the grid operator said; "
    "Wednesday's electricity demand of 31.6GW left reserve margins their thinnest this winter."
)
_B_ALONE = (
    "Grid holds through the freeze\n\n"
    "Electricity demand stood at 30.2GW on Thursday evening, the grid operator said, with "
    "reserve margins at their thinnest this winter."
)


def _alarms(b_text: str) -> list[str]:
    docs = [
        Document(id="a.txt", path="a.txt", text=_A),
        Document(id="b.txt", path="b.txt", text=b_text),
    ]
    report = reconcile(docs)
    return [f.message for f in report.findings if f.severity in ("warning", "error")]


def test_a_source_that_gives_the_other_day_the_same_figure_is_a_timeline() -> None:
    assert _alarms(_B_ECHO) == []


def test_control_a_figure_a_day_apart_with_no_echo_is_still_a_warning() -> None:
    alarms = _alarms(_B_ALONE)
    assert len(alarms) == 1
    assert "days differ" in alarms[0]
