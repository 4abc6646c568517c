"""A hyphenated modifier is one word of what a figure measures, however the tagger splits it
(issue 11, class "labels split by the parse"): "sell-on" in "a 10% sell-on clause" was read as
"sell" in one sentence and dropped in the next, so two sources' clauses never met."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _claims(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


def _metric(text: str, figure: str) -> str | None:
    return next(c.metric for c in _claims(text) if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure", "label"),
    [
        ("Under the agreement Kesby also retain a 12% sell-on clause, the club confirmed.", "12%",
         "sell-on clause"),
        ("Kesby keep a 20% sell-on clause that pays out if he moves again.", "20%",
         "sell-on clause"),
        ("The regulator's clean-up estimate of €40m was published on Monday.", "€40m",
         "clean-up estimate"),
        ("A clean-up estimate of €55m came from the insurers a week later.", "€55m",
         "clean-up estimate"),
    ],
)  # fmt: skip
def test_a_hyphenated_modifier_is_kept_whole(text: str, figure: str, label: str) -> None:
    assert _metric(text, figure) == label


def test_hyphenated_terms_tell_two_rates_apart() -> None:
    a = _metric("The average two-year fixed deal stood at 4.1% this week.", "4.1%")
    b = _metric("The average five-year fixed deal stood at 3.8% this week.", "3.8%")
    assert a is not None and "two-year" in a
    assert b is not None and "five-year" in b  # the terms tell the two rates apart


def test_a_plain_compound_is_unchanged() -> None:
    """The control: without a hyphen, the modifier's lemma as before."""
    assert _metric("Kesby keep a 20% resale clause that pays out if he moves again.", "20%") == (
        "resale clause"
    )
