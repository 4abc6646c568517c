"""A speed at which a clause's verb happens is a speed, whatever moved (issue 11, class "a
physical figure named by its verb or its mover"): "the tram was running at 95km/h" was
'tram', "the coach struck the barrier at 70mph" 'strike', and no two sources' speeds met. A
figure that a noun of its own names keeps that noun ("a limit of 40km/h")."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import done_at, parse_sentences


def _claims(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


def _metric(text: str, figure: str) -> str | None:
    return next(c.metric for c in _claims(text) if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Inspectors believe the tram was running at 95km/h on the bend.", "95km/h"),
        ("The coach struck the central barrier at 70mph shortly after dawn.", "70mph"),
        ("The probe met the upper atmosphere at 11.9 km per second, its makers said.",
         "11.9 km per second"),
    ],
)  # fmt: skip
def test_the_rate_a_verb_happens_at_is_a_speed(text: str, figure: str) -> None:
    assert _metric(text, figure) == "speed"


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        ("The bend near the depot carries a limit of 40km/h for all trams.", "40km/h", "limit"),
        ("Drivers face a 30mph limit through the village.", "30mph", "limit"),
    ],
)
def test_a_figures_own_noun_still_names_it(text: str, figure: str, metric: str) -> None:
    assert _metric(text, figure) == metric


def test_done_at_reads_the_attachment() -> None:
    s = "The tram was running at 95km/h on a bend with a limit of 40km/h."
    doc = parse_sentences([s])[0]
    at, lim = s.index("95km/h"), s.index("40km/h")
    assert done_at(doc, at, at + 6)
    assert not done_at(doc, lim, lim + 6)
