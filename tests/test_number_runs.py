"""A run of plain numbers separated by blanks is passed over in one step (issue 14: a page of
"1 1 1 ..." was read number by number): the step must never change what is read."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.quantities import scan as scan_module


def _shown(text: str) -> list[tuple[str, float, str]]:
    return [(m.surface, m.value, m.unit) for m in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("codes 4 9 2 7 1 5 8 then 12 percent", [("12 percent", 12.0, "percent")]),
        ("grid 3 3 1 0 6 2 11 boxes", [("11 boxes", 11.0, "box")]),
        ("row 2 7 5 1; cost $40 and 6 4 9 2%", [("$40", 40.0, "USD"), ("2%", 2.0, "percent")]),
        ("sizes 9 4 6 8 3/4 inch", [("8 3/4 inch", 8.75, "inch")]),
        ("scores 15 7 3 1 2 million", [("2 million", 2e6, "")]),
    ],
)
def test_the_numbers_that_end_a_run_keep_their_units(
    text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert _shown(text) == expected


_PLAIN = st.sampled_from(["1", "23", "7", "2019", "0", "450"])
_ENDS = st.sampled_from(["1.5", "4,000", "3/4", "1/2", "12", "-3", "$5", "9"])
_OTHERS = st.sampled_from(
    ["%", "$", "-", "to", "and", "between", "of", "the", "inch", "percent", "people", "million",
     "rose", "killed", "aged", "times", "km", ",", ".", "\u20ac", "bn", "x", "3/4", ""]
)  # fmt: skip
_BLANK = st.sampled_from([" ", "  ", "\t", " \n"])
# a run of plain numbers, then what may end it: another number, a unit, a word
_SEGMENT = st.tuples(st.lists(st.tuples(_PLAIN, _BLANK), max_size=7), _ENDS, _BLANK, _OTHERS)


@settings(max_examples=300, deadline=None)
@given(st.lists(_SEGMENT, max_size=6))
def test_passing_over_a_run_reads_what_reading_each_number_reads(
    segments: list[tuple[list[tuple[str, str]], str, str, str]],
) -> None:
    text = " ".join(
        "".join(a + b for a, b in run) + end + blank + other for run, end, blank, other in segments
    )
    with_runs = _shown(text)
    saved = scan_module.BARE_RUN
    scan_module.BARE_RUN = re.compile(r"(?!)")  # never matches: every number read alone
    try:
        one_by_one = _shown(text)
    finally:
        scan_module.BARE_RUN = saved
    assert with_runs == one_by_one
