"""Counts of people written with a specific noun and the generic one (issue 11, verdicts on the
gold's groups): a group that holds "2,300 employees" and "2,900 people" of one plant, or "63
passengers" and "63 individuals" discharged, counts people either way; the verdict weighs them
as counts of people instead of leaving them uncompared because the nouns differ. Two specific
nouns ("3,120 participants", "1,050 patients") may count two sets of people: left apart."""

from __future__ import annotations

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups
from tests.claim_builder import built_claim


def count(doc: str, value: float, noun: str) -> Claim:
    return built_claim(
        doc,
        f"{value:,.0f} {noun}s",
        value,
        noun,
        value - 0.5,
        value + 0.5,
        start=30,
        kind="count",
        subject="Dunmere plant",
        metric="workforce",
    )


def alarms(*claims: Claim) -> list:  # type: ignore[type-arg]
    g = Group(id="g1", label="Dunmere plant: workforce", claims=[c.id for c in claims])
    return [f for f in compare_groups([g], list(claims)) if f.severity != "info"]


def test_employees_and_people_of_one_group_are_weighed_as_people() -> None:
    [f] = alarms(count("a.txt", 2300, "employee"), count("b.txt", 2900, "person"))
    assert f.kind == "value_mismatch"


def test_the_same_count_under_a_noun_and_the_generic_one_agrees() -> None:
    assert alarms(count("a.txt", 63, "passenger"), count("b.txt", 63, "individual")) == []


def test_two_specific_people_nouns_stay_apart() -> None:
    # control: a trial's participants and a subgroup's patients may be two sets of people
    assert alarms(count("a.txt", 3120, "participant"), count("b.txt", 1050, "patient")) == []


def test_counts_of_things_under_two_nouns_stay_apart() -> None:
    # control: carriages and wagons are not people; the nouns are left to say what is counted
    assert alarms(count("a.txt", 6, "carriage"), count("b.txt", 4, "wagon")) == []


def test_more_nouns_of_people_beside_the_generic_one_are_weighed_as_people() -> None:
    # mourners at a funeral, pilgrims at a shrine, workers at a plant: people, as "people" says
    for noun in ("mourner", "pilgrim", "worker", "voter", "child"):
        [f] = alarms(count("a.txt", 48_200, noun), count("b.txt", 42_800, "person"))
        assert f.kind == "value_mismatch", noun


def test_control_a_noun_of_people_against_a_noun_of_things_stays_apart() -> None:
    # workers and jobs: a plant's jobs are posts, not the people who fill them (two counts
    # one slip of typing apart, "910" / "190", are weighed: test_miscopied_counts_of_two_nouns)
    assert alarms(count("a.txt", 910, "worker"), count("b.txt", 240, "job")) == []
