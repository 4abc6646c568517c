"""A body that gives a figure as its own estimate or count ("the Port Board put its count of
ships at 412", "the chamber repeated its estimate that ...") is the body the figure is
attributed to, as "the Port Board said" makes it (class: attribution by an owned figure, not a
verb of saying). Controls: a pronoun owning an estimate names no body; a name that owns some
other noun is no attribution. Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.evidence import bodies


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Port Board put its count of ships at 412 on Monday.", "port board"),
        ("The Grain Council repeated its estimate that the harvest fell 12%.", "grain council"),
        ("The Nurses Union revised their tally of strikers to 3,100.", "nurses union"),
    ],
)
def test_a_body_owning_its_estimate_is_the_reporter(sentence: str, body: str) -> None:
    assert bodies(sentence) == frozenset({body})


@pytest.mark.parametrize(
    "sentence",
    [
        "They repeated their estimate that the harvest fell 12%.",
        "The Port Board opened its new terminal to 412 ships.",
    ],
)
def test_control_no_body_without_an_owned_estimate(sentence: str) -> None:
    assert bodies(sentence) == frozenset()
