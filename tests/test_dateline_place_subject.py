"""A dateline names the place a reporter filed from ("BROOKVALE, May 4 (Wire) -"); the story is
about what happened there. When the body never makes that place an actor or an owner (no
sentence below the headline has it as its verb's subject or as a possessor; a body named after
it only speaks: "the Brookvale Chamber of Commerce said"), the place yields the story's main
subject to a name the headline gives and the body writes again, and a figure whose sentence
names no holder falls to that name (class: a dateline's place taken as the document's main
subject). Controls: the place stays the main subject when the body makes it act ("Brookvale
won ..."), when a longer name the document shortens to it acts ("Brookvale Water will lay
..."), and when the headline names no one else. Sentences written afresh, with invented
names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document

STORY = (
    "{headline}\n\n"
    "BROOKVALE, May 4 (Harbour Wire) - Planners gave final approval on Monday to a "
    "semiconductor plant on the edge of Brookvale, where Tessarin Systems will make chips for "
    "carmakers.\n\n"
    "{extra}The factory will employ about 1,800 people when it opens in 2029. Roads around the "
    "Brookvale site will be widened.\n\n"
    "Output is expected to reach 40,000 wafers a month, the company said. {chamber} the plant "
    "would bring new suppliers to the Brookvale area.\n"
)
BASE = {
    "headline": "Brookvale chip plant for Tessarin wins approval",
    "extra": "",
    "chamber": "The Brookvale Chamber of Commerce said",
}


def _subject(**changes: str) -> str | None:
    text = STORY.format(**{**BASE, **changes})
    claims = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    return next(c.subject for c in claims if c.text == "1,800 people")


def test_the_filing_place_yields_to_the_headlined_company() -> None:
    assert _subject() == "Tessarin"


@pytest.mark.parametrize(
    "changes",
    [
        {"extra": "Brookvale won the plant against rival towns. "},  # the place acts
        {"chamber": "Brookvale Water will lay a new main and said"},  # its namesake acts
        {"headline": "Brookvale chip plant wins approval"},  # the headline names no one else
    ],
)
def test_the_place_stays_when_the_story_makes_it_the_subject(changes: dict[str, str]) -> None:
    assert _subject(**changes) == "Brookvale"
