"""A duration that is the span a count was made over ("four goals in the opening 20 minutes")
is that count's span: two such durations whose counts differ are two spans, not one span told
twice (an info note, not a conflict). Control: the same count over two different spans still
disagrees."""

from __future__ import annotations

import datetime as dt

from tests.reported import findings_of

DAY = dt.date(2026, 3, 8)


def findings(*texts: str) -> list[tuple[str, str]]:
    return [(f.severity, f.message) for f in findings_of(*texts, day=DAY) if "minutes" in f.message]


def test_spans_of_different_counts_are_two_spans() -> None:
    one = (
        "Derby report\n\nThe Harriers scored four goals in the opening 20 minutes against Corby.\n"
    )
    other = "Derby report\n\nThe Harriers scored seven goals in 58 minutes against Corby.\n"
    got = findings(one, other)
    assert got and all(s == "info" for s, _ in got)


def test_control_one_count_over_two_spans_still_disagrees() -> None:
    one = (
        "Derby report\n\nThe Harriers scored four goals in the opening 20 minutes against Corby.\n"
    )
    other = (
        "Derby report\n\nThe Harriers scored four goals in the opening 26 minutes against Corby.\n"
    )
    assert [s for s, _ in findings(one, other) if s in ("warning", "error")]
