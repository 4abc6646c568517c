"""Two measurements attributed to different bodies are two measurements, not a conflict, only
when both bodies are named: a body written without a capital ("according to the state
storm bureau") is a description that may be the very body the other source names, so the
two figures stand against each other (issue 11 recall: the excuse had needed no name)."""

from __future__ import annotations

from tests.test_scope import alarms, fig, judge

PRESSURE = {"unit": "hectopascal", "kind": "physical", "metric": "central pressure"}
NAMED = "The cyclone reached a central pressure of 964 hPa, the Orvane Met Office said."
DESCRIBED = "Its central pressure fell to 971 hPa, according to the state storm bureau."
OTHER_NAMED = "Its central pressure fell to 971 hPa, according to the Lisk Storm Centre."


def test_a_body_written_as_a_description_does_not_set_the_figures_apart() -> None:
    a = fig("a.txt", NAMED, "964 hPa", 964, **PRESSURE)  # type: ignore[arg-type]
    b = fig("b.txt", DESCRIBED, "971 hPa", 971, **PRESSURE)  # type: ignore[arg-type]
    [f] = alarms(judge({"a.txt": NAMED, "b.txt": DESCRIBED}, [a, b], "central pressure"))
    assert f.kind == "value_mismatch"


def test_control_two_named_bodies_still_give_two_measurements() -> None:
    a = fig("a.txt", NAMED, "964 hPa", 964, **PRESSURE)  # type: ignore[arg-type]
    b = fig("b.txt", OTHER_NAMED, "971 hPa", 971, **PRESSURE)  # type: ignore[arg-type]
    findings = judge({"a.txt": NAMED, "b.txt": OTHER_NAMED}, [a, b], "central pressure")
    assert not alarms(findings)
    assert "different measuring bodies" in findings[0].message
