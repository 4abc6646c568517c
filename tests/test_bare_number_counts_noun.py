"""Class: one quantity grouped, then excused because one source writes the count with its noun
and the other writes a number with no noun of its own (issue "grouped", two units): "bookings
rose 11% to 382,000" / "took 328,000 bookings". The grouping put the bare number under the
quantity the other counts, and its clause names nothing else it could count, so the two are
weighed as one count (``scope.one_unnamed_count``). A source that gives both a bare number and
a count of the noun that cannot both hold tells them apart. Sentences written afresh, with
invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t)
        for n, t in enumerate(texts)
    ]
    return [f.kind for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_a_bare_number_after_a_rise_meets_the_count_with_its_noun() -> None:
    assert _alarms(
        "Bookings at Tennick Holidays jumped 11% to 382,000 over the summer, the firm said.",
        "Tennick Holidays took 328,000 bookings over the summer, the firm said.",
    ) == ["value_mismatch"]


def test_a_bare_number_a_verb_reaches_meets_the_count_with_its_noun() -> None:
    assert _alarms(
        "Downloads of the Pebblo app reached 7.3 million by the end of June.",
        "The Pebblo app had 3.7 million downloads by the end of June.",
    ) == ["value_mismatch"]


def test_control_a_source_giving_both_tells_them_apart() -> None:
    assert (
        _alarms(
            "Downloads of the Pebblo app reached 7.3 million by the end of June.",
            "The Pebblo app had 3.7 million downloads by the end of June, and 7.3 million by"
            " the end of July.",
        )
        == []
    )


def test_control_two_counts_with_their_nouns_still_conflict() -> None:
    assert _alarms(
        "The Pebblo app had 7.3 million downloads by the end of June.",
        "The Pebblo app had 3.7 million downloads by the end of June.",
    ) == ["value_mismatch"]
