"""A slipped scale word is no change over time (issue 11, verdicts).

Class: two sources give one amount with the same three significant digits a thousand times apart
("£4.72 billion" against "£4.72 million"), but on different days or with no stated day; the
days' excuse ("the figures differ, but the days differ") let the slip pass, though no amount
grows or shrinks a thousandfold into the same digits between two reports. Controls: the same
days with other digits keep the days' excuse, and so does a factor of ten (a count may well
grow from 41 to 410 over a week).
"""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups


def figure(doc: str, text: str, written: str, value: float, when: str | None) -> Claim:
    half = value * 0.001
    scale = "million" if "million" in written else "billion" if "billion" in written else None
    return built_claim(
        doc,
        written,
        value,
        "GBP",
        value - half,
        value + half,
        start=text.index(written),
        subject="Gorsey Rail",
        metric="contract value",
        when=when,
        scale=scale,
        sentence=text,
    )


def verdict(
    a_written: str, a_value: float, a_when: str | None, b_written: str, b_value: float
) -> Finding:
    a_text = f"Gorsey Rail signed the signalling contract, worth {a_written}, on Monday."
    b_text = f"The signalling contract Gorsey Rail signed is worth {b_written}."
    a = figure("a.txt", a_text, a_written, a_value, a_when)
    b = figure("b.txt", b_text, b_written, b_value, "2026-03-12")
    docs = [
        Document(id="a.txt", path="a.txt", text=a_text),
        Document(id="b.txt", path="b.txt", text=b_text),
    ]
    group = Group(
        id="g1", label="Gorsey Rail: contract value", claims=[a.id, b.id], metric="contract value"
    )
    [f] = compare_groups([group], [a, b], documents=docs)
    return f


def test_a_thousandfold_slip_on_two_days_is_a_slip() -> None:
    f = verdict("£4.72 billion", 4.72e9, "2026-03-09", "£4.72 million", 4.72e6)
    assert (f.kind, f.severity) == ("scale_mismatch", "error")
    assert f.details["factor"] == 1000


def test_a_thousandfold_slip_with_no_stated_day_is_a_slip() -> None:
    f = verdict("£4.72 billion", 4.72e9, None, "£4.72 million", 4.72e6)
    assert f.kind == "scale_mismatch"


def test_control_other_digits_on_two_days_keep_the_days_excuse() -> None:
    f = verdict("£4.72 billion", 4.72e9, "2026-03-09", "£3.15 billion", 3.15e9)
    assert (f.kind, f.severity) == ("different_scope", "info")
    assert "days differ" in f.message


def test_control_a_tenfold_difference_on_two_days_keeps_the_days_excuse() -> None:
    f = verdict("£472 million", 472e6, "2026-03-09", "£4.72 billion", 4.72e9)
    assert f.kind == "different_scope"
