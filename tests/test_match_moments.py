"""A match passes through many scores and many minutes: a score given as it stood ("led 2-0",
"a 3-1 lead", "with the score at 1-1") is not the result, and the minutes of two different
events are not one quantity; the minute of play itself is counted two ways by outlets. Sentences
written afresh with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Claim, Document, Group
from reconcile.compare import compare_groups
from reconcile.compare.moments import PLAY, events_apart, moment, moments_apart
from reconcile.pipeline import reconcile


def _claims(*texts: str) -> tuple[list[Claim], list[Document]]:
    docs = [Document(id=f"{chr(97 + i)}.txt", path="x", text=t) for i, t in enumerate(texts)]
    return list(reconcile(docs).claims), docs


def _one(text: str, unit: str) -> Claim:
    cs, _ = _claims(text)
    [c] = [c for c in cs if c.unit == unit]
    return c


@pytest.mark.parametrize(
    "text",
    [
        "Tarnby led 2-0 after twenty minutes through two headers from Voss.",
        "Voss struck twice to give Tarnby a 2-0 lead before the break was near.",
        "Tarnby looked comfortable with the score at 2-0 and the crowd singing.",
        "A deflected shot from Quill made the score 2-2 late on.",
        "Oldcastle trailed 1-0 for most of the afternoon.",
    ],
)
def test_a_score_as_it_stood_is_a_moment_of_play(text: str) -> None:
    assert moment(_one(text, "tally")) == PLAY


def test_a_score_at_a_named_stage_names_the_stage() -> None:
    c = _one("Tarnby were 1-0 up at half-time after a scrappy opening.", "tally")
    assert moment(c) in {"half-time", "half time"}


@pytest.mark.parametrize(
    "text",
    [
        "Tarnby beat Oldcastle 3-1 in the county final on Sunday.",
        "Oldcastle and Tarnby drew 2-2 in the county final.",
    ],
)
def test_control_a_result_is_no_moment(text: str) -> None:
    assert moment(_one(text, "tally")) is None


def _findings(a: str, b: str, unit: str) -> list:
    """The warnings and errors of one group holding the two texts' figures of ``unit``."""
    cs, docs = _claims(a, b)
    figures = [c for c in cs if c.unit == unit]
    assert len(figures) == 2
    g = Group(id="g1", label="match", claims=[c.id for c in figures], metric=unit)
    return [f for f in compare_groups([g], cs, documents=docs) if f.severity != "info"]


def _tally_findings(a: str, b: str) -> list:
    return _findings(a, b, "tally")


def test_a_moment_against_the_result_is_no_conflict() -> None:
    a = "Tarnby led 2-0 after twenty minutes through two headers from Voss."
    b = "Tarnby beat Oldcastle 3-1 in the county final on Sunday."
    assert _tally_findings(a, b) == []
    ca, cb = _one(a, "tally"), _one(b, "tally")
    assert moments_apart(ca, cb) == ("a.txt", PLAY)


def test_control_two_results_that_differ_conflict() -> None:
    a = "Tarnby beat Oldcastle 3-1 in the county final on Sunday."
    b = "Tarnby beat Oldcastle 4-1 in the county final on Sunday."
    [f] = _tally_findings(a, b)
    assert f.kind == "value_mismatch"


def test_control_two_scores_at_one_named_stage_are_compared() -> None:
    a = "Tarnby were 1-0 up at half-time after a scrappy opening."
    b = "Tarnby were 2-0 up at half-time after a scrappy opening."
    ca, cb = _one(a, "tally"), _one(b, "tally")
    assert moments_apart(ca, cb) is None


def _minute_findings(a: str, b: str) -> list:
    return _findings(a, b, "match minute")


def test_a_minute_one_apart_is_the_other_way_of_counting() -> None:
    a = "Quill equalised for Oldcastle in the 64th minute with a low drive."
    b = "Quill equalised for Oldcastle in the 65th minute with a low drive."
    assert _minute_findings(a, b) == []


def test_control_a_minute_two_apart_conflicts() -> None:
    a = "Quill equalised for Oldcastle in the 64th minute with a low drive."
    b = "Quill equalised for Oldcastle in the 66th minute with a low drive."
    [f] = _minute_findings(a, b)
    assert f.kind == "value_mismatch"


def test_minutes_of_two_events_are_apart() -> None:
    a = _one("Quill equalised for Oldcastle in the 64th minute with a low drive.", "match minute")
    b = _one(
        "The referee sent off Brannagh in the 81st minute for a second booking.", "match minute"
    )
    assert events_apart(a, b)
    assert not events_apart(a, a)
