"""Scope's one-sided tests that read the words near a figure (the time of day it is given as
of, a threshold's condition, an index's futures) ask of both figures of every pair they weigh:
each figure's answer is worked out once per run (``Ctx.clock_stages``, ``Ctx.said``), and the
answers, and so the findings, are those worked out afresh."""

from __future__ import annotations

import re

import pytest

from reconcile.claims.models import Claim
from reconcile.compare import scope
from reconcile.compare.context import Ctx
from reconcile.config import Settings
from tests.test_scope import fig

TURNOUT = {"unit": "percent", "kind": "percent", "metric": "turnout"}

STAGED = "Officials in Brennick said turnout had reached 41.2% by 15:00 on the day of the vote."
FINAL = "Final turnout in Brennick was 58.6%, the electoral office said after the count closed."
OTHERS = [
    "Turnout in Brennick came to 57.9%, a local radio station reported late in the evening.",
    "Brennick's turnout stood at 59.1%, according to a tally by volunteers at the stations.",
]


def _pct(text: str) -> str:
    return next(w.rstrip(",") for w in text.split() if w.rstrip(",").endswith("%"))


def _claims() -> tuple[dict[str, str], list[Claim]]:
    texts = {"a.txt": STAGED, "b.txt": FINAL}
    for n, text in enumerate(OTHERS):
        texts[f"c{n}.txt"] = text
    claims = [
        fig(doc, text, _pct(text), float(_pct(text).rstrip("%")), **TURNOUT)
        for doc, text in texts.items()
    ]
    return texts, claims


def test_a_figures_clock_stage_is_read_once_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, claims = _claims()
    ctx = Ctx(Settings(), {c.id: c for c in claims}, texts, set())
    read: list[str] = []
    real = scope.stage_of

    def counted(text: str, *args: object, **kwargs: object) -> str | None:
        read.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(scope, "stage_of", counted)
    staged = claims[0]
    for other in claims[1:]:
        scope.clock_stage(staged, other, "turnout", ctx)
    assert len(read) == len(claims)  # the staged figure once, each other figure once
    assert scope._clock_stage(staged, ctx) == "15:00"


def test_a_threshold_is_read_once_per_run(monkeypatch: pytest.MonkeyPatch) -> None:
    texts, claims = _claims()
    ctx = Ctx(Settings(), {c.id: c for c in claims}, texts, set())
    read: list[object] = []
    real = scope._said_near

    def counted(c: object, *args: object, **kwargs: object) -> bool:
        read.append(c)
        return real(c, *args, **kwargs)

    monkeypatch.setattr(scope, "_said_near", counted)
    for _ in range(3):
        for a in claims:
            for b in claims:
                if a is not b:
                    scope.threshold(a, b, ctx)
    assert len(read) == len(claims)


def test_the_answers_kept_are_those_of_a_fresh_reading() -> None:
    texts, claims = _claims()
    limit = "Polls in Brennick stay open an extra hour once turnout tops 60% in the town."
    texts["d.txt"] = limit
    claims.append(fig("d.txt", limit, "60%", 60.0, **TURNOUT))
    ctx = Ctx(Settings(), {c.id: c for c in claims}, texts, set())
    for _ in range(2):  # worked out, then kept
        stages = [scope._clock_stage(c, ctx) for c in claims]
        kept = [scope.is_threshold(c, ctx) for c in claims]
        fresh = Ctx(Settings(), {c.id: c for c in claims}, texts, set())
        assert stages == [scope._clock_stage_of(c, fresh, False) for c in claims]
        assert kept == [scope._said_near(c, fresh, *_threshold()) for c in claims]
    assert stages.count("15:00") == 1 and kept == [False] * 4 + [True]
    # a pair of a stage and a final figure is set apart by the time of day, each time asked
    for _ in range(2):
        apart = scope.clock_stage(claims[0], claims[1], "turnout", ctx)
        assert apart is not None and apart.reason == "time of day"


def _threshold() -> tuple[re.Pattern[str], int]:
    r = scope.scope_rules()
    return r.threshold, r.threshold_window
