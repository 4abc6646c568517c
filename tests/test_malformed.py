"""Malformed amounts are reported, never read as a smaller figure, and never silently lost."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import Document, reconcile
from reconcile.claims.malformed import malformed_numbers, notices_for

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
