"""A span of time named by the noun that lasts ("delay duration") is one quantity whoever the
sources name as its subject, unless the evidence says otherwise: two groups of one named span
under two subjects merge at a lower cut of the weighed evidence (group.SPAN_CUT) than other
groups do (issue 11). A span named by the verb of an act ("won in 2:07:10": "duration (win)")
and the period of another figure ("capital spending duration") keep the usual cut: two
subjects' winning times, or two figures' periods, are two quantities. Hand-made claims; the
evidence is held at one value so that only the cut decides."""

from __future__ import annotations

import pytest

from reconcile.claims import evidence
from reconcile.claims.group import SPAN_CUT, merge_by_evidence
from reconcile.claims.models import Claim
from tests.claim_builder import built_claim


def _span(doc: str, subject: str, metric: str, years: float) -> Claim:
    return built_claim(
        doc, f"{years:g} years", years, "year", years - 0.5, years + 0.5,
        kind="count", subject=subject, metric=metric,
    )  # fmt: skip


def _merged(monkeypatch: pytest.MonkeyPatch, metric_a: str, metric_b: str) -> bool:
    weight = (SPAN_CUT + evidence.model()[2]) / 2  # between the two cuts
    monkeypatch.setattr(evidence, "probability", lambda a, b, ctx: weight)
    monkeypatch.setattr(evidence, "ceiling", lambda a, b: weight)
    a = _span("a.txt", "Dunmore", metric_a, 3)
    b = _span("b.txt", "Kelland Roads", metric_b, 2)
    buckets = {
        (a.subject, a.metric, "level", "count", None): [a],
        (b.subject, b.metric, "level", "count", None): [b],
    }
    return len(merge_by_evidence(buckets)) == 1


def test_one_named_span_under_two_subjects_meets(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _merged(monkeypatch, "delay duration", "delay duration")


@pytest.mark.parametrize(
    ("metric_a", "metric_b"),
    [
        ("duration (win)", "duration (win)"),  # an act's span, named by its verb
        ("capital spending duration", "capital spending duration"),  # another figure's period
        ("delay duration", "strike duration"),  # two named spans
        ("duration", "duration"),  # nothing named
    ],
)
def test_control_other_spans_keep_the_usual_cut(
    monkeypatch: pytest.MonkeyPatch, metric_a: str, metric_b: str
) -> None:
    assert not _merged(monkeypatch, metric_a, metric_b)
