"""One quantity that two sources name two ways gets one metric (issue 11, the "metric" class of
missed conflicts: the same subject, two names for what is measured), each with a control of two
different quantities that must stay apart:

- a reading verb's subject is what the figure measures ("the marker read 41 cm": the marker,
  as "the marker fell to 35 cm" is; ``level_verbs`` in parse.toml);
- a verb of standing measures its subject's height ("the hotel stands 190 metres above the
  bay", through a relative pronoun too; ``[dimensions]`` in parse.toml);
- a count of its own noun is not the count of the people a label names ("- Staff: 40
  volunteers" counts volunteers; ``context._other_counted_noun``);
- "the figure" of a count is its number, and rides are trips, grouped as one ([synonyms] in
  metrics.toml; counts of two nouns are still compared only as comparison allows)."""

from __future__ import annotations

from reconcile.claims.models import Claim
from tests.reported import alarms, claims_of, group_ids, metric_of


def test_a_reading_verb_measures_its_subject() -> None:
    found = alarms(
        "Low water at Pellwick\n\nThe depth marker at Pellwick lock read 41 cm on Monday.",
        "Low water at Pellwick\n\nOn Monday the depth marker at Pellwick lock stood at 35 cm.",
    )
    assert any("41 cm" in m and "35 cm" in m for m in found), found


def test_control_a_reading_of_another_thing_stays_apart() -> None:
    found = alarms(
        "Low water at Pellwick\n\nThe depth marker at Pellwick lock read 41 cm on Monday.",
        "Low water at Pellwick\n\nOn Monday the snow gauge above Pellwick stood at 35 cm.",
    )
    assert not any("41 cm" in m and "35 cm" in m for m in found), found


def test_a_verb_of_standing_gives_a_height() -> None:
    assert metric_of("The new hotel now stands almost 190 metres above the bay.", "190 metres") == (
        "hotel height"
    )
    assert metric_of(
        "Crews finished a hotel that now stands 190 metres above the bay.", "190 metres"
    ) == ("hotel height")
    found = alarms(
        "Hotel tops out\n\nThe Dunmere hotel now stands almost 190 metres above the bay.",
        "Hotel tops out\n\nThe Dunmere hotel is 205 metres tall, the builder said.",
    )
    assert any("190 metres" in m and "205 metres" in m for m in found), found


def test_control_a_length_is_no_height() -> None:
    found = alarms(
        "Hotel tops out\n\nThe Dunmere hotel now stands almost 190 metres above the bay.",
        "Hotel tops out\n\nThe Dunmere hotel's jetty is 260 metres long, the builder said.",
    )
    assert not any("190 metres" in m and "260 metres" in m for m in found), found


def test_a_count_is_of_its_own_noun_beside_a_label_of_other_people() -> None:
    assert metric_of("Food bank at a glance\n\n- Staff: 40 volunteers", "40 volunteers") == (
        "volunteers"
    )
    assert metric_of("Trial at a glance\n\n- Patients: 12 hospitals", "12 hospitals") == (
        "hospitals"
    )


def test_control_a_count_of_the_labelled_people_keeps_the_label() -> None:
    assert metric_of("Food bank at a glance\n\n- Staff: 40 workers", "40 workers") == "jobs"
    assert metric_of("Trial at a glance\n\n- Patients: 640 adults", "640 adults") == (
        "trial participants"
    )


def test_the_figure_is_the_number() -> None:
    found = alarms(
        "Hostel count\n\nClose to 900 families slept in Brantley hostels last month, the "
        "charity said. The figure is up 12% on a year earlier.",
        "Hostel count\n\nThe number of families in Brantley hostels rose 7% on a year earlier.",
    )
    assert any("12%" in m and "7%" in m for m in found), found


def test_control_numbers_of_two_things_stay_apart() -> None:
    found = alarms(
        "Hostel count\n\nThe number of beds in Brantley hostels rose 12% on a year earlier.",
        "Hostel count\n\nThe number of families in Brantley hostels rose 7% on a year earlier.",
    )
    assert not any("12%" in m and "7%" in m for m in found), found


def _one_group(a: str, b: str, fa: str, fb: str) -> bool:
    claims: list[Claim] = [*claims_of("a.txt", a), *claims_of("b.txt", b)]
    groups = group_ids(claims)
    x = next(c for c in claims if c.text.startswith(fa))
    y = next(c for c in claims if c.text.startswith(fb))
    return x.id in groups and groups[x.id] == groups.get(y.id)


def test_rides_are_trips() -> None:
    assert _one_group(
        "Tram year\n\nRiders took 1.8 million rides on the Cobham tram line last year.",
        "Tram year\n\nPassengers made 1.6 million trips on the Cobham tram line last year.",
        "1.8 million",
        "1.6 million",
    )


def test_control_rides_are_no_tickets() -> None:
    assert not _one_group(
        "Tram year\n\nRiders took 1.8 million rides on the Cobham tram line last year.",
        "Tram year\n\nThe operator sold 1.6 million tickets for the Cobham tram line last year.",
        "1.8 million",
        "1.6 million",
    )
