"""Malformed amounts are reported, never read as a smaller figure, and never silently lost."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import Document, reconcile
from reconcile.claims.malformed import MAX_NOTICES, malformed_numbers, notices_for
from reconcile.claims.models import Claim
from reconcile.pipeline import _readable

MALFORMED = [
    ("Revenue was $1,2,3.4.5 billion.", "1,2,3.4.5"),
    ("Margins grew 12..5% last year.", "12..5"),
    ("It sold 1.2.3 million units.", "1.2.3"),
    ("A fee of €4,,5 million.", "4,,5"),
]
WELL_FORMED = [
    "$1,234,567.89",
    "€1.234.567,89",
    "rose 2.4% to HK$140.60.",
    "It cost $12,34 million",  # a decimal comma
    "Python 3.11.7 is out",  # a version, not an amount
    "on 09.09.2025 at 5.40",  # a date and a time
    "Shares rose 2.4%.",
]


@pytest.mark.parametrize(("text", "token"), MALFORMED)
def test_malformed_amounts_are_found(text: str, token: str) -> None:
    [(start, end, surface)] = malformed_numbers(text)
    assert surface == token and text[start:end] == token


@pytest.mark.parametrize("text", WELL_FORMED)
def test_well_formed_numbers_are_not_flagged(text: str) -> None:
    assert malformed_numbers(text) == []


def test_the_pipeline_keeps_no_claim_on_a_malformed_amount_and_says_so() -> None:
    text = "Headline\nRevenue was $1,2,3.4.5 billion, up 5%."
    report = reconcile([Document(id="a.txt", path="a.txt", text=text)])
    assert all(c.text != "$1" for c in report.claims)
    assert [c.text for c in report.claims] == ["5%"]
    assert report.documents[0].notices == notices_for(text)
    assert "line 2, col 14" in report.documents[0].notices[0]


def test_the_command_names_the_file_and_position(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Title\nSales of 1.2.3 million units.\n", encoding="utf-8")
    done = subprocess.run(
        ["reconcile", "report", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0
    assert "story.txt" in done.stderr and "line 2, col 10" in done.stderr and "1.2.3" in done.stderr


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_crashes_and_spans_slice_the_text(text: str) -> None:
    for start, end, token in malformed_numbers(text):
        assert text[start:end] == token


def test_thousands_of_malformed_amounts_make_a_short_list_and_a_count() -> None:
    text = "Ledger dump\n" + "cost $7,8,9.1.2 million and " * 900 + "then 4%."
    notes = notices_for(text)
    assert len(notes) == MAX_NOTICES + 1
    assert notes[0].startswith("line 2, col 7:")
    assert notes[-1] == f"{900 - MAX_NOTICES:,} more malformed numbers were not read as figures"
    report = reconcile([Document(id="d.txt", path="d.txt", text=text)])
    assert report.documents[0].notices == notes
    assert [c.text for c in report.claims] == ["4%"]


def _naive_position(text: str, start: int) -> tuple[int, int]:
    before = text[:start]
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


_PIECES = st.sampled_from(
    ["a ", "\n", "$3,4,5.6.7 bn ", "9..1% ", "x\n\n", "1.2.3 million ", "ok "]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=60))
def test_each_notice_names_the_line_and_column_where_the_amount_starts(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = malformed_numbers(text)
    notes = notices_for(text, list(reversed(found)))  # any order in, text order out
    for (start, _end, token), note in zip(found[:MAX_NOTICES], notes, strict=False):
        line, col = _naive_position(text, start)
        assert (
            note == f"line {line}, col {col}: malformed number {token!r} was not read as a figure"
        )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=12),
)
def test_claims_overlapping_a_malformed_amount_are_dropped_and_only_those(
    claim_spans: list[tuple[int, int]], bad_spans: list[tuple[int, int]]
) -> None:
    bad, at = [], 0  # disjoint, as malformed_numbers returns them
    for gap, width in bad_spans:
        bad.append((at + gap, at + gap + width + 1, "x"))
        at += gap + width + 1
    claims = [
        Claim.model_construct(span=(s, s + w), id=f"c{i}") for i, (s, w) in enumerate(claim_spans)
    ]
    naive = [c for c in claims if not any(s < c.span[1] and c.span[0] < e for s, e, _ in bad)]
    assert _readable(claims, bad) == naive
