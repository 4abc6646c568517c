"""One grammar of clock times (:mod:`reconcile.time.clock`) read for a market quote's moment
and for a running count's stage: a time written two ways ("by 3pm", "by 15:00", "as of 1500
GMT") is one time, so two counts given as of it are weighed against each other; a price whose
digits look like a clock ("at 10.45") is no time of day."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.time.clock import clock_of, stage_of
from tests.reported import claim_with, claims_of
from tests.test_scope import alarms, fig, judge

SHARE = {"unit": "percent", "kind": "percent", "metric": "turnout", "half": 0.05}


@given(st.integers(1, 12), st.integers(0, 59))
def test_a_twelve_hour_time_and_its_twenty_four_hour_form_are_one_stage(h: int, m: int) -> None:
    twelve = f"Turnout had reached 30% by {h}:{m:02d}pm in the district."
    twenty_four = f"Turnout had reached 30% by {h % 12 + 12}:{m:02d} in the district."
    read = stage_of(twelve, 0, len(twelve))
    assert read == f"{h % 12 + 12:02d}:{m:02d}"
    assert read == stage_of(twenty_four, 0, len(twenty_four))


@pytest.mark.parametrize(
    ("a_text", "b_text"),
    [
        (
            "Turnout across the province stood at 38.6% by 3pm, the commission said.",
            "By 15:00, turnout across the province had reached 44.9%.",
        ),
        (
            "As of noon, 27.3% of voters in the province had cast a ballot.",
            "Turnout in the province was 31.8% by 12:00, election officials said.",
        ),
    ],
)
def test_two_counts_given_as_of_one_time_written_two_ways_are_weighed(
    a_text: str, b_text: str
) -> None:
    wa = next(w for w in ("38.6%", "27.3%") if w in a_text)
    wb = next(w for w in ("44.9%", "31.8%") if w in b_text)
    a = fig("a.txt", a_text, wa, float(wa[:-1]), **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, wb, float(wb[:-1]), **SHARE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "turnout"))
    assert f.kind == "value_mismatch"


def test_control_counts_as_of_two_different_times_are_stages() -> None:
    a_text = "Turnout across the province stood at 38.6% by 3pm, the commission said."
    b_text = "By 17:30, turnout across the province had reached 44.9%."
    a = fig("a.txt", a_text, "38.6%", 38.6, **SHARE)  # type: ignore[arg-type]
    b = fig("b.txt", b_text, "44.9%", 44.9, **SHARE)  # type: ignore[arg-type]
    findings = judge({"a.txt": a_text, "b.txt": b_text}, [a, b], "turnout")
    assert not alarms(findings)
    assert "as of 15:00 and b.txt as of 17:30" in findings[0].message


@pytest.mark.parametrize(
    ("text", "digits", "clock"),
    [
        ("Dorvane shares were 3% weaker at midday, trading at 412p.", "412p", "12:00"),
        ("Dorvane stock changed hands at 10.45 euros at 2.30pm.", "10.45 euros", "14:30"),
        ("Dorvane stock changed hands at 10.45 euros on Thursday.", "10.45 euros", None),
    ],
)
def test_a_quote_s_time_of_day_is_read_by_the_one_grammar(
    text: str, digits: str, clock: str | None
) -> None:
    assert claim_with(claims_of("t.txt", text), digits).clock == clock


def test_a_time_inside_a_figure_is_skipped() -> None:
    text = "The fare rose by 2.15 dinars at 9am."
    fare = text.index("2.15")
    assert stage_of(text, 0, len(text), [(fare, fare + len("2.15 dinars"))]) is None
    assert clock_of(text, fare, 0, len(text), [(fare, fare + len("2.15 dinars"))]) == "09:00"
