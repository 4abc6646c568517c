"""A figure's subject is never the outlet that reports it (issue 11): a name the body writes
where only an outlet stands (a kind of outlet beside it, "the broadcaster X", "X television";
the one a statement was made to, "told the X", "told XYZ"; a medium, "in an X post"), or a
name whose own words name an outlet ("X News", "the X Times"), is the source of a statement,
never what its figures are about; the subject falls to the next name or the story's main
subject. A company that speaks of its own figures keeps them, and so does a company with a
media word in its name and a company's suffix. Also: a title's number ("a Typhoon 4") is no
name, and a labelled date run into the first line ("date 2026-03-04 During ...") leaves the
line's first word its opening. Sentences written afresh, with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _claims(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


def _subject(text: str, surface: str) -> str | None:
    found = [c for c in _claims(text) if surface in c.text]
    assert found, [c.text for c in _claims(text)]
    return found[0].subject


_STORY = (
    "Zolbek Mining halted work at its Pirrow pit on Monday after a roof collapse.\n\n"
    "Zolbek Mining said rescuers were still searching the lower galleries.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "A union organiser told KTB that 212 workers were underground when the roof gave way.",
        "A union organiser told the Mabrey Courier that 212 workers were underground.",
        "The broadcaster Nalvik said 212 workers were underground when the roof gave way.",
        "Some 212 workers were underground when the roof gave way, Ostrava Radio reported.",
        "A union organiser said in a Pindle post that 212 workers were underground.",
    ],
)
def test_an_outlet_is_the_source_not_the_subject(sentence: str) -> None:
    subject = _subject(_STORY + sentence, "212 workers")
    assert subject == "Zolbek Mining"


def test_an_outlet_is_never_the_story_main_subject() -> None:
    text = (
        "Floodwater reached the old mill district overnight, Tarn Valley News reported.\n\n"
        "About 340 homes were without power on Tuesday morning, Tarn Valley News said.\n\n"
        "Tarn Valley News counted 12 closed roads."
    )
    assert _subject(text, "340 homes") != "Tarn Valley News"


def test_a_company_that_speaks_keeps_its_figure() -> None:
    text = _STORY + "Zolbek Mining said 212 workers were underground when the roof gave way."
    assert _subject(text, "212 workers") == "Zolbek Mining"


def test_a_media_company_with_a_suffix_keeps_its_figure() -> None:
    text = "Tuskell News Group said it would cut 120 jobs across its regional titles."
    assert _subject(text, "120 jobs") == "Tuskell News"  # the suffix is dropped from names


def test_a_person_told_is_not_an_outlet() -> None:
    """ "told Brisko": one word after "told" may be a person, so the slot makes no outlet."""
    text = (
        "Brisko, 44, had run the crew for a decade. "
        "The foreman told Brisko that 18 pumps had failed."
    )
    assert _subject(text, "18 pumps") == "Brisko"


def test_a_titles_number_is_no_name() -> None:
    text = (
        "Storm Ulvar strengthened into a Hurricane 4 in about nine hours before reaching the "
        "coast of Drumvale."
    )
    assert _subject(text, "nine hours") != "4"


def test_a_dated_label_run_into_the_line_leaves_its_opening_word() -> None:
    text = (
        " date 2026-03-04 During the cold snap, nearly 9,400 people sought shelter in "
        "emergency centres."
    )
    assert _subject(text, "9,400 people") != "During"
