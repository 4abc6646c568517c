"""A count written with a scale word is rounded ("sold 8.4 million tickets" may be 8,440,000), so
"more than 8.4 million tickets" in another source agrees with it; a count written to the unit
("3,612,408 tickets") is exact, and "more than 3,612,408" contradicts it (class: a rounded
count with a decimal and a scale word read as exact). Sentences written afresh, invented names."""

from __future__ import annotations

from tests.test_group_spans import _warnings as _alarms


def test_more_than_a_scaled_count_agrees_with_it() -> None:
    a = "The Velto Arena tour sold more than 8.4 million tickets, its promoter said."
    b = "The Velto Arena tour sold 8.4 million tickets, its promoter said."
    assert _alarms(a, b) == []


def test_control_more_than_an_exact_count_contradicts_it() -> None:
    a = "The Velto Arena tour sold more than 3,612,408 tickets, its promoter said."
    b = "The Velto Arena tour sold 3,612,408 tickets, its promoter said."
    assert _alarms(a, b) == ["qualifier_conflict"]
