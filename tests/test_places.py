"""Places read from where a name stands, not from a list of the world's cities.

The package ships countries, nationalities and market centres only. A city or region in a
story is told from the slot it stands in: a dateline, a name coordinated after "in", a
facility named after its place, "parts of X", and (with the recogniser's reading) the epithet
"the X company". Each class is tested with a control that must keep its subject.
"""

from __future__ import annotations

from reconcile.claims.context import extract_claims, vocab
from reconcile.claims.models import Claim, Document


def claims_of(text: str) -> list[Claim]:
    return extract_claims(Document(id="t.txt", path="t.txt", text=text))


def subject_of(text: str, surface: str) -> str | None:
    found = [c for c in claims_of(text) if surface in c.text]
    assert found, [c.text for c in claims_of(text)]
    return found[0].subject


def test_no_city_or_region_of_one_story_ships_in_the_place_list() -> None:
    places = vocab().places
    for name in (
        "kagoshima",
        "fukuoka",
        "san jose",
        "berlin",
        "lisbon",
        "oregon",
        "texas",
        "guangdong",
        "tamil nadu",
        "dresden",
        "cologne",
    ):
        assert name not in places


def test_a_dateline_in_capitals_is_a_place_not_the_subject() -> None:
    text = (
        "Quenby posts higher sales\n\n"
        "MARLOW HEIGHTS, Feb. 3 (Northline News) - Quenby Foods said quarterly sales "
        "reached $2.1 billion, helped by price rises."
    )
    assert subject_of(text, "$2.1 billion") == "Quenby"


def test_a_capitalised_company_opening_a_sentence_is_not_a_dateline() -> None:
    text = "Weekly round-up\n\nQUENBY FOODS said quarterly sales reached $2.1 billion."
    assert subject_of(text, "$2.1 billion") is not None


def test_a_name_coordinated_after_in_is_a_place_too() -> None:
    text = (
        "Harlow Freight said its staff grew to 900 people this year, most of them "
        "at warehouses in Tarrowby and Glenwick."
    )
    assert subject_of(text, "900") == "Harlow Freight"


def test_a_name_coordinated_after_a_verb_keeps_its_subject() -> None:
    text = "Brisco and Tarrowby Mills each cut about 300 jobs last quarter."
    assert subject_of(text, "300") is not None


def test_a_facility_named_after_its_place_makes_the_names_places() -> None:
    text = (
        "Gale-force winds from Storm Ilse grounded more than 140 flights at "
        "Ardleigh and Wexmoor airports on Sunday."
    )
    assert subject_of(text, "140") not in ("Ardleigh", "Wexmoor")


def test_parts_of_a_place_opening_a_sentence_is_no_name() -> None:
    text = (
        "Storm Ilse moved inland on Sunday. Parts of Dunmere county saw 80 millimetres "
        "of rain in a day, the weather service said."
    )
    assert subject_of(text, "80 millimetres") != "Dunmere"


def test_the_city_company_epithet_is_not_the_subject() -> None:
    text = (
        "Pellham Robotics raised $300 million in a round that values the Seattle "
        "company at $2.4 billion, investors said."
    )
    assert subject_of(text, "$2.4 billion") == "Pellham Robotics"


def test_a_place_that_owns_its_figure_keeps_it() -> None:
    text = (
        "Glenwick, a market town of some 41,000 people, lost power after the storm. "
        "Glenwick's council said repairs would take a week."
    )
    assert subject_of(text, "41,000") == "Glenwick"
