"""A figure that a participle of expecting follows as a modifier, on the figure or on the noun
it is "of" ("winds of up to 70mph expected on the coast later today"; a headline's "Rainfall of
80mm predicted", which the parser reads as the participle's subject), gives what is expected,
not what happened: against another source's measured figure it is no conflict, as a figure
after "expected" or "forecast" is not (scope.is_expected). The same phrase with a participle of
measuring ("recorded") still conflicts."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare.scope import _expected_subject
from tests.reported import claims_of, hand_claim

MEASURED = "Storm Ferra brought sustained winds of 87mph to Brannock Point on Sunday."
EXPECTED = "Winds of up to 70mph expected on the coast later today."


def speed(doc: str, text: str, written: str, value: float) -> Claim:
    return hand_claim(
        doc,
        text,
        written,
        value,
        unit="mph",
        kind="physical",
        subject="Ferra",
        metric="wind speed",
        low=value - 0.5,
        high=value + 0.5,
    )


def judged(other: str) -> Finding:
    from reconcile.compare import compare_groups

    docs = [
        Document(id="a.txt", path="a.txt", text=MEASURED),
        Document(id="b.txt", path="b.txt", text=other),
    ]
    claims = [speed("a.txt", MEASURED, "87mph", 87), speed("b.txt", other, "70mph", 70)]
    g = Group(id="g1", label="Ferra: wind speed", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    return f


def test_a_figure_a_participle_of_expecting_follows_is_no_outcome() -> None:
    f = judged(EXPECTED)
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_control_a_participle_of_measuring_still_conflicts() -> None:
    f = judged(EXPECTED.replace("expected", "recorded"))
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (EXPECTED, True),
        ("Rainfall of 80mm predicted for Friday will test the defences.", True),
        ("Winds of 70mph recorded on the coast later today.", False),
        ("Analysts have expected sales of 80,000 units for a year.", False),
    ],
)
def test_the_participle_is_read_from_the_parse(sentence: str, expected: bool) -> None:
    [c] = claims_of("a.txt", sentence)[:1]
    assert _expected_subject(c) is expected
