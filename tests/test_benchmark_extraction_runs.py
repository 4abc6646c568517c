"""benchmarks/extraction.py times several runs of each extractor in turn and reports the median
(one run of the currency suite is about 20 ms: a single run moved the ratio to quantulum3 by
10% and more between invocations on a loaded machine)."""

from __future__ import annotations

import pytest

from benchmarks import extraction
from benchmarks.extraction import Case, Found


def _cases() -> list[Case]:
    return [
        Case("demo-money", "a", "Tolvane paid $12 for the lamp.", [(12.0, "USD")]),
        Case("demo-money", "b", "The ferry costs €7.", [(7.0, "EUR")]),
        Case("demo-money", "c", "Nothing here is priced.", []),
    ]


def _right(text: str) -> list[Found]:
    return [(12.0, "USD")] if "$12" in text else [(7.0, "EUR")] if "€7" in text else []


def _wrong(text: str) -> list[Found]:
    return [(1.0, "USD")]


def test_median_of_runs_taken_in_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each extractor's time is the median of its runs; the runs alternate between the
    extractors; accuracy comes from the first run."""
    order: list[str] = []
    scripted = {"right": iter([5.0, 1.0, 3.0]), "wrong": iter([9.0, 8.0, 2.0])}
    names = {_right: "right", _wrong: "wrong"}

    def fake_run(extract, cases):  # type: ignore[no-untyped-def]
        name = names[extract]
        order.append(name)
        return next(scripted[name]), [extract(c.text) for c in cases]

    monkeypatch.setattr(extraction, "timed_run", fake_run)
    results = extraction.run_suite({"right": _right, "wrong": _wrong}, _cases(), repeat=3)
    assert order == ["right", "wrong"] * 3
    assert results["right"].seconds == 3.0  # median of 5, 1, 3 (not the first run's 5)
    assert results["wrong"].seconds == 8.0
    assert (results["right"].passed, results["right"].total) == (3, 3)
    assert results["wrong"].passed == 1  # only the case that expects nothing
    assert results["right"].clean == 1 and results["wrong"].clean == 0


def test_one_run_is_the_single_timed_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--repeat 1``: the time of the one run that also gives the accuracy."""
    times = iter([0.25])

    def fake_run(extract, cases):  # type: ignore[no-untyped-def]
        return next(times), [extract(c.text) for c in cases]

    monkeypatch.setattr(extraction, "timed_run", fake_run)
    result = extraction.run_suite({"right": _right}, _cases(), repeat=1)["right"]
    assert result.seconds == 0.25
    assert result.passed == 3
