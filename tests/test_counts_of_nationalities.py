"""Two counts whose nouns are narrowed by different nationalities or affiliations ("two
Norwegian guides", "three Chilean army guides") count two groups of people: no conflict. A
count its noun leaves unnarrowed ("three guides") may be of either group and is weighed, and
two counts of one nationality conflict."""

from __future__ import annotations

from reconcile.compare.scope import nationalities
from tests.reported import alarms, claims_of

ONE = (
    "Rescuers reached the climbers on Sunday. Two Norwegian guides who knew the glacier led "
    "the way down.\n"
)
OTHER = (
    "Rescuers reached the climbers on Sunday. Three Chilean army guides stayed on the glacier "
    "overnight.\n"
)


def test_counts_of_two_nationalities_are_no_conflict() -> None:
    assert alarms(ONE, OTHER) == []


def test_control_a_count_of_no_nationality_still_conflicts() -> None:
    assert alarms(ONE, OTHER.replace("Chilean army ", "")) != []


def test_control_two_counts_of_one_nationality_still_conflict() -> None:
    assert alarms(ONE, OTHER.replace("Chilean", "Norwegian")) != []


def test_the_nationality_is_read_off_the_counted_noun() -> None:
    [one] = claims_of("a.txt", ONE)
    [other] = claims_of("b.txt", OTHER)
    assert nationalities(one) == {"norwegian"}
    assert nationalities(other) == {"chilean"}
