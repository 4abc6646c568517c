"""A whole number written in four or more figures and another source's ten times it, with the
same one significant digit ("70,000 crates" / "700,000 crates"), is one figure with a zero
slipped, a scale mismatch, not two quantities "too far apart" to compare (issue 11 recall).
Short numbers ("60" / "600") and figures with a scale word stay as they were: a tenfold gap
between them says nothing of a slip."""

from __future__ import annotations

from tests.test_scope import alarms, fig, judge

CRATES = {"unit": "crate", "kind": "count", "metric": "crates"}
A_TEXT = "The cannery near the harbour packs 70,000 crates of sardines each season."
B_TEXT = "Each season the harbour cannery packs some 700,000 crates of sardines."


def test_a_zero_slipped_in_a_long_number_is_a_scale_mismatch() -> None:
    a = fig("a.txt", A_TEXT, "70,000 crates", 70_000, **CRATES)  # type: ignore[arg-type]
    b = fig("b.txt", B_TEXT, "700,000 crates", 700_000, **CRATES)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": A_TEXT, "b.txt": B_TEXT}, [a, b], "crates"))
    assert f.kind == "scale_mismatch"


def test_control_short_numbers_ten_times_apart_are_no_slip() -> None:
    a_text, b_text = A_TEXT.replace("70,000", "60"), B_TEXT.replace("700,000", "600")
    a = fig("a.txt", a_text, "60 crates", 60, **CRATES)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "600 crates", 600, **CRATES)  # type: ignore[arg-type]
    assert not alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "crates"))
