"""A one-off length dated to the year that ends the span it measures ("from May 2011 to June
2019, just over eight years") is not a past event the story recalls: an undated length of the
same thing in another source ("lasted more than eleven years") is weighed against it (class: a
fixed fact of a past event excused as "the days differ"). Control: a length told of one past
year ("in 2019 ... lasted just over eight years") keeps that year apart. Sentences written
afresh."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile

UNDATED = "The price-fixing cartel, regulators said, lasted more than eleven years."


def _findings(text_a: str) -> list[tuple[str, str]]:
    docs = [
        Document(id="a.txt", path="a.txt", text=text_a, published=dt.date(2026, 6, 2)),
        Document(id="b.txt", path="b.txt", text=UNDATED, published=dt.date(2026, 6, 3)),
    ]
    return [(f.severity, f.message) for f in reconcile(docs).findings]


def test_a_length_ending_a_span_of_years_is_weighed_against_an_undated_one() -> None:
    found = _findings(
        "The price-fixing cartel lasted from May 2011 to June 2019, just over eight years, "
        "regulators found."
    )
    assert any(severity == "error" for severity, _ in found)


def test_control_a_length_told_of_one_past_year_keeps_its_year() -> None:
    found = _findings(
        "In 2019 a price-fixing cartel was found to have lasted just over eight years, "
        "regulators said."
    )
    assert found and all(severity == "info" for severity, _ in found)
    assert any("days differ" in message for _, message in found)
