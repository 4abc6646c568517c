"""A verb of speech that also reports an amount ("added", "reported", "estimated") is speech
only when no figure follows it, nor stands in the noun phrase after it ("reported a 12% rise",
"announced net income of $4m"): "X added well over 50,000 residents", "X reported more than
400 cases" make X the subject of the figure, as "X added 2.0%" already did, whatever words of
approximation stand before the figure (class: a name read as a speaker, and so skipped as the
figure's subject, because an approximation stood between its verb and the figure). Sentences
written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.entities import _speaker_rx
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


@pytest.mark.parametrize(
    "after",
    [
        " added well over 50,000 residents",
        " reported more than 400 cases",
        " estimated at least $2 million",
        " added just under 3%",
        " added another 1,200 jobs",
    ],
)
def test_an_approximated_figure_after_the_verb_is_no_speech(after: str) -> None:
    assert _speaker_rx().match(after) is None


@pytest.mark.parametrize(
    "after",
    [
        " reported a 12% rise in sales",
        " announced net income of $4 million",
        " estimated the damage at $5m",
    ],
)
def test_a_figure_in_the_noun_phrase_after_a_verb_of_amounts_is_no_speech(after: str) -> None:
    """ "reported", "announced", "estimated" take an amount as their object: with a figure in
    the noun phrase after them, the name before reports its own figure."""
    assert _speaker_rx().match(after) is None


@pytest.mark.parametrize(
    "after",
    [
        " added that the plant would reopen",
        " said on Monday",
        ", said about its plans",
        " said a 12% rise was likely",  # "said" reports speech, whatever follows
        " noted that sales rose 4%",
    ],
)
def test_speech_stays_speech(after: str) -> None:
    assert _speaker_rx().match(after) is not None


def test_the_town_that_added_people_owns_them() -> None:
    text = (
        "Tarnby has grown by barely 1% in a decade, while Orlisk added well over 60,000 "
        "people over the same years."
    )
    assert _subjects(text)["60,000 people"] == "Orlisk"


def test_a_company_that_reported_a_loss_owns_it() -> None:
    text = (
        "Shares in Dovrel Media jumped 9% on its debut. Analysts at Pellham Research expect "
        "the company to stay unprofitable; Dovrel Media reported an $88 million net loss "
        "last year."
    )
    assert _subjects(text)["$88 million"] == "Dovrel Media"
