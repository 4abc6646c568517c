"""A figure of a superlative's reference event is an earlier value, not a rival current figure.

"The strongest since one of magnitude 7.3" and "the highest since 2011, when it reached 5.2%"
name the event a figure is measured against. Another source's current figure is not
contradicted by it: an info note at most, never an alarm. A current figure phrased with
"since" but no reference event of its own ("the highest since records began, at 5.2%") is
still compared.
"""

from __future__ import annotations

import pytest

from reconcile import reconcile
from reconcile.documents import parse_document


def _alarms(a: str, b: str) -> list:
    docs = [parse_document("a.txt", "a.txt", a), parse_document("b.txt", "b.txt", b)]
    return [f for f in reconcile(docs).findings if f.severity in ("warning", "error")]


@pytest.mark.parametrize(
    "reference",
    [
        "The tremor was the strongest to shake the island since one of magnitude 7.6 in 1999.",
        "It was the deadliest tremor since a quake of magnitude 7.6 flattened the port.",
    ],
)
def test_a_reference_quakes_magnitude_is_no_rival_figure(reference: str) -> None:
    head = "Island quake\n\nPublished: 2026-02-10\n\n"
    plain = head + "A 7.4 magnitude earthquake struck the island on Wednesday.\n"
    assert _alarms(head + reference + "\n", plain) == []


def test_a_rate_reached_in_the_reference_year_is_no_rival_figure() -> None:
    head = "Prices\n\nPublished: 2026-06-12\n\n"
    a = head + "Inflation rose to 4.1% in May, the highest since 2011, when it reached 5.2%.\n"
    b = head + "Inflation stood at 4.1% in May, the statistics office said.\n"
    assert _alarms(a, b) == []


def test_a_current_figure_after_since_is_still_compared() -> None:
    head = "Prices\n\nPublished: 2026-06-12\n\n"
    a = head + "Inflation in May was the highest since records began, at 5.2%.\n"
    b = head + "Inflation stood at 4.1% in May, the statistics office said.\n"
    assert any(f.kind == "value_mismatch" for f in _alarms(a, b))


def test_a_reference_figure_right_after_since_and_an_article_is_no_rival_figure() -> None:
    """ "the strongest tremor since a 7.6-magnitude one": the article stands for "one of"."""
    head = "Coast quake\n\nPublished: 2026-03-04\n\n"
    a = head + "Seismologists called it the strongest tremor since a 7.6-magnitude one in 1987.\n"
    b = head + "A 7.2-magnitude earthquake hit the coast on Tuesday, officials said.\n"
    assert _alarms(a, b) == []


def test_two_sources_giving_the_reference_figure_are_compared() -> None:
    """Both sources name the reference event's figure, one right after "since a", the other
    after "since one of": both are earlier values, so they are weighed against each other."""
    head = "Coast quake\n\nPublished: 2026-03-04\n\n"
    a = head + "Seismologists called it the strongest tremor since a 7.6-magnitude one in 1987.\n"
    b = head + "It was the largest shock there since one of magnitude 7.1 struck in 1987.\n"
    found = _alarms(a, b)
    assert [f.kind for f in found] == ["value_mismatch"]


def test_a_current_figure_does_not_give_another_sources_reference_figure() -> None:
    """Two sources name the reference event's figure differently; one of them also gives the
    current quake's, equal to the other's reference figure. That current figure is not the
    source's own account of the reference event (no "both figures itself")."""
    head = "Coast quake\n\nPublished: 2026-03-04\n\n"
    a = (
        head + "A 7.2-magnitude earthquake struck the coast on Tuesday. Seismologists called "
        "it the strongest tremor since a 7.2-magnitude one in 1987.\n"
    )
    b = (
        head + "A 7.2-magnitude earthquake struck the coast on Tuesday. It was the largest "
        "shock there since one of magnitude 7.5 struck in 1987.\n"
    )
    found = _alarms(a, b)
    assert [f.kind for f in found] == ["value_mismatch"]
    assert "7.5" in found[0].message
