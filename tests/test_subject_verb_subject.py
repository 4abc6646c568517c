"""A figure that is the object of a verb whose subject is a name belongs to that name, not to
a nearer name in a prepositional adjunct of the verb ("Brandvik Marine employs 1,750 people at
Osterholm": the firm's staff, Osterholm only where they work) (the s31-subject class "the
nearest name instead of the syntactic subject"). Controls: a figure that is the verb's
subject itself, a figure in an adjunct of the verb ("with gusts of 140 km/h at X"), and a verb
whose subject is a common noun keep the nearer name. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_an_employers_staff_at_a_place_are_the_employers() -> None:
    text = (
        "Shipyard wins order\n\n"
        "The navy ordered four frigates on Monday.\n\n"
        "Brandvik Marine employs 1,750 people at Osterholm."
    )
    assert _subjects(text)["1,750 people"] == "Brandvik Marine"


def test_a_miners_staff_at_a_town_are_the_miners() -> None:
    text = "Mine news\n\nCorliss Mining employs 900 people at Vennick."
    assert _subjects(text)["900 people"] == "Corliss Mining"


def test_a_place_inside_the_objects_phrase_keeps_its_figure() -> None:
    text = "Freight update\n\nOsprey Freight handled 52,000 containers at Kellport in March."
    assert _subjects(text)["52,000 containers"] == "Kellport"  # "containers at Kellport"


def test_a_figure_in_an_adjunct_keeps_the_nearer_name() -> None:
    text = "Storm update\n\nHilde came ashore on Monday with gusts of 140 km/h at Dorrow."
    assert _subjects(text)["140 km/h"] == "Dorrow"


def test_a_figure_that_is_the_subject_keeps_its_place() -> None:
    text = (
        "Shipyard wins order\n\n"
        "The navy ordered four frigates on Monday.\n\n"
        "About 1,750 people work at Osterholm, the yard Brandvik Marine bought in 2019."
    )
    assert _subjects(text)["1,750 people"] == "Osterholm"


def test_a_common_noun_subject_leaves_the_place() -> None:
    text = (
        "Shipyard wins order\n\n"
        "Brandvik Marine said on Monday that the navy had ordered four frigates.\n\n"
        "The yard employs 1,750 people at Osterholm."
    )
    assert _subjects(text)["1,750 people"] == "Osterholm"
