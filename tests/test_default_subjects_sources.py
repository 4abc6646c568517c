"""A figure whose sentence names no holder takes its document's main subject, and that is often
the body the article quotes: the sentence then names it, but only as the source that reports the
figure ("..., the X said", "X says 12 ...", "according to X"). Such a subject is still only the
document's default: two groups of one metric under such subjects merge at the lower cut
(``group.DEFAULT_CUT``) as two unnamed defaults do. A body whose verb takes the figure as its own
object ("X counted 12 lifeboats"), or one the sentence speaks to ("told X"), holds the figure
and keeps the usual cut."""

from __future__ import annotations

import pytest

from reconcile.claims.entities import only_source
from reconcile.claims.evidence import context, probability
from reconcile.claims.group import DEFAULT_CUT, group_claims
from tests.claim_builder import built_claim

A_BOATS = "Rescuers combed the bay through the night with 16 lifeboats and a coastguard plane."


def _boats(doc: str, value: float, subject: str, sentence: str):  # type: ignore[no-untyped-def]
    surface = f"{value:g} lifeboats"
    return built_claim(
        doc,
        surface,
        value,
        "lifeboat",
        value,
        value,
        start=sentence.index(surface),
        kind="count",
        subject=subject,
        metric="lifeboats",
        sentence=sentence,
    )


def _pair(b_sentence: str) -> list:  # type: ignore[type-arg]
    return [
        _boats("a.txt", 16, "Coastline Radio", A_BOATS),
        _boats("b.txt", 12, "Pelham Rescue Trust", b_sentence),
    ]


SOURCES = (
    "Through the night 12 lifeboats and a plane combed the water, the Pelham Rescue Trust said.",
    "The Pelham Rescue Trust says that through the night 12 lifeboats and a plane combed the"
    " water.",
    "Through the night 12 lifeboats and a plane combed the water, according to Pelham Rescue"
    " Trust.",
)

HOLDERS = (
    "Through the night the Pelham Rescue Trust sent 12 lifeboats and a plane to comb the water.",
    "The Pelham Rescue Trust counted 12 lifeboats and a plane combing the water overnight.",
    "Coastguards told the Pelham Rescue Trust that 12 lifeboats and a plane combed the water.",
    "Volunteers cheered, said the Pelham Rescue Trust, whose 12 lifeboats combed the water.",
    "The Pelham Rescue Trust said it was proud and sent 12 lifeboats to comb the water.",
)


@pytest.mark.parametrize("sentence", SOURCES)
def test_a_body_that_only_reports_the_figure_is_its_source(sentence: str) -> None:
    assert only_source(sentence, "Pelham Rescue Trust", "12 lifeboats")


@pytest.mark.parametrize("sentence", HOLDERS)
def test_a_body_that_holds_or_hears_the_figure_is_no_mere_source(sentence: str) -> None:
    assert not only_source(sentence, "Pelham Rescue Trust", "12 lifeboats")


def test_the_body_behind_a_cited_survey_is_a_source() -> None:
    sentence = "Gusts reached 140 km/h, according to an initial survey by the Dunholm Met Office."
    assert only_source(sentence, "Dunholm Met Office", "140 km/h")


def test_an_owner_of_the_reporting_body_is_a_source_too() -> None:
    sentence = "The toll rose to 38 overnight, Dunholm's ministry said in its evening bulletin."
    assert only_source(sentence, "Dunholm", "38")


@pytest.mark.parametrize("sentence", SOURCES)
def test_two_defaults_one_named_as_the_source_give_one_count(sentence: str) -> None:
    claims = _pair(sentence)
    assert DEFAULT_CUT <= probability(*claims, context(claims)) < 0.93
    groups = group_claims(claims)
    assert len(groups) == 1 and len(groups[0].claims) == 2


@pytest.mark.parametrize("sentence", HOLDERS)
def test_a_named_holder_keeps_the_usual_cut(sentence: str) -> None:
    claims = _pair(sentence)
    if probability(*claims, context(claims)) >= 0.93:
        pytest.skip("weighed above the usual cut: merged whatever the subject")
    assert len(group_claims(claims)) == 2
