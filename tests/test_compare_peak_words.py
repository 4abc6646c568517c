"""A peak word stands for the figure only when the parse hangs it on the figure (issue 11,
class "a superlative of another thing"): "the bloc's biggest producer, will shoulder the
largest share, cutting output by 380,000 barrels a day" gives no peak of output, so a source
saying 830,000 barrels a day disagrees with it. Controls: "winds peaked at 140 km/h" and "the
strongest gust of 150 km/h" are peaks, against which a lower reading of another source is
another moment. Sentences written afresh."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(
            id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t,
            published=dt.date(2026, 3, 2),
        )
        for i, t in enumerate(texts)
    ]  # fmt: skip
    return [f.kind for f in reconcile(docs).findings if f.severity != "info"]


def test_a_superlative_of_another_noun_is_no_peak() -> None:
    assert _alarms(
        "Tarnland, the bloc's biggest producer, will shoulder the largest share, cutting "
        "output by 380,000 barrels a day.",
        "Tarnland will cut output by 830,000 barrels a day under the agreement.",
    )


def test_control_a_peak_against_a_lower_reading_is_another_moment() -> None:
    assert not _alarms(
        "Over Brisca island the winds peaked at 140 km/h on Monday.",
        "Over Brisca island the winds blew at 95 km/h on Monday.",
    )


def test_control_the_strongest_gust_is_a_peak() -> None:
    assert not _alarms(
        "Over Brisca island the strongest gust of 150 km/h came on Monday.",
        "Over Brisca island the winds blew at 95 km/h on Monday.",
    )
