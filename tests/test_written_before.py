"""An article cannot report a day after its own: a figure with no stated day in an article of 4
May and another source's figure for 6 May are figures of two days (class: an undated count of a
story that moves, such as aircraft on a fire or players online, set against a later day's count
as if one day's). Control: a figure dated before the undated one's article is still weighed
against it. Sentences written afresh."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

EARLY = "Crews fighting the Harrow Falls fire were supported by 9 helicopters, the county said."


def _findings(later: str) -> list[tuple[str, str]]:
    docs = [
        Document(id="a.txt", path="a.txt", text=EARLY, published=dt.date(2026, 5, 4)),
        Document(id="b.txt", path="b.txt", text=later, published=dt.date(2026, 5, 7)),
    ]
    return [(f.severity, f.message) for f in reconcile(docs).findings]


def test_an_undated_figure_against_a_later_days_figure_is_two_days() -> None:
    found = _findings(
        "On Wednesday, May 6, crews fighting the Harrow Falls fire were supported by 13 "
        "helicopters, the county said."
    )
    assert found and all(severity == "info" for severity, _ in found)
    assert any("days differ" in message for _, message in found)


def test_control_a_figure_of_an_earlier_day_is_weighed_against_it() -> None:
    found = _findings(
        "On Sunday, May 3, crews fighting the Harrow Falls fire were supported by 13 "
        "helicopters, the county said."
    )
    assert any(severity == "error" for severity, _ in found)
