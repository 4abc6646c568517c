"""A figure given as the mark another is measured against ("still well short of the 64 million
it carried before the pandemic") or as a first estimate that the text says was superseded
("first put the quake at 5.9, then revised it") is an earlier value: another source's current
figure is not contradicted by it. The source's current figure is still weighed."""

from __future__ import annotations

from reconcile import reconcile
from reconcile.documents import parse_document

HEAD = "Report\n\nPublished: 2026-04-22\n\n"


def _run(a: str, b: str) -> tuple[list, dict[str, str]]:
    docs = [
        parse_document(f"{n}.txt", f"{n}.txt", HEAD + t + "\n") for n, t in (("a", a), ("b", b))
    ]
    report = reconcile(docs)
    alarms = [f for f in report.findings if f.severity in ("warning", "error")]
    return alarms, {c.id: c.text for c in report.claims}


def _alarmed_figures(alarms: list, texts: dict[str, str]) -> set[str]:
    """The figures the alarms set against each other (a verdict's pairs at warning or error)."""
    pairs = [e for f in alarms for e in f.evidence if e.severity in ("warning", "error")]
    return {texts[i] for e in pairs for i in e.claims}


def test_a_benchmark_figure_is_no_rival_current_figure() -> None:
    a = (
        "The Tallis line carried 52 million passengers last year, still well short of the 64 "
        "million passengers it carried before the pandemic, the operator said."
    )
    b = "The Tallis line carried 58 million passengers last year, the operator said."
    alarms, texts = _run(a, b)
    shown = _alarmed_figures(alarms, texts)
    assert not any("64" in t for t in shown)
    assert any("52" in t for t in shown)  # the current figures still conflict


def test_a_superseded_first_estimate_is_no_rival_current_figure() -> None:
    a = "The survey first put the quake at 5.9, then revised it to 6.1, officials said."
    b = "The quake measured 6.3, the survey said on Tuesday."
    alarms, texts = _run(a, b)
    shown = _alarmed_figures(alarms, texts)
    assert not any("5.9" in t for t in shown)


def test_a_plain_figure_still_conflicts() -> None:
    """Control: no benchmark and no first estimate: the figures conflict."""
    a = "The survey put the quake at 5.9, officials said."
    b = "The quake measured 6.3, the survey said on Tuesday."
    alarms, texts = _run(a, b)
    assert any("5.9" in t for t in _alarmed_figures(alarms, texts))
