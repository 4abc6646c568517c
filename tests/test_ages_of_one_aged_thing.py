"""When every source that ages a thing ages one thing only, the nouns they describe it by name
one thing, whatever subject each sentence gives it (class: subjects that are no names: an age
filed under the noun of its description, "tunnel" in one source and "culvert" in another, so
that the two ages never met; group._one_thing_described). A source that ages two things keeps
its nouns apart, and nouns of people are never joined. Sentences written afresh for these
tests."""

from __future__ import annotations

from reported import age_alarms

SEWER = (
    "Road caves in above Kellow Lane\n\n"
    "A stretch of Kellow Lane collapsed into a hole four metres deep on Tuesday. "
    "Engineers blamed a 95-year-old brick tunnel running under the road, the council said."
)
CULVERT = (
    "Brantley Water to reline pipes after collapse\n\n"
    "Brantley Water said on Wednesday that it would reline every old pipe in the district. "
    "The 59-year-old culvert had last been surveyed in 2019, the company added."
)


def test_one_thing_aged_by_each_source_has_one_age() -> None:
    assert age_alarms(SEWER, CULVERT)


def test_control_a_source_ageing_two_things_keeps_them_apart() -> None:
    two = CULVERT.replace(
        "the company added.",
        "the company added. The 140-year-old bridge above it was not damaged.",
    )
    assert not age_alarms(SEWER, two)


def test_control_two_people_are_two_ages() -> None:
    worker = SEWER.replace("a 95-year-old brick tunnel running", "a 41-year-old worker digging")
    driver = CULVERT.replace("The 59-year-old culvert", "The 36-year-old driver")
    assert not age_alarms(worker, driver)
