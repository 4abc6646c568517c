"""Two names that differ in their numbers are two things, however alike they are spelt (issue
11, class "a numbered product or mission read as another"): the fuzzy clustering of names
(``group.cluster_names``) already kept "Apollo 11" from "Apollo 13"; numbers written in Roman
numerals count too ("Lumen IX" / "Lumen X", "Phase II" / "Phase III"). Control: a name spelt
two ways with the same number stays one."""

from __future__ import annotations

from collections import Counter

import pytest

from reconcile.claims.group import cluster_names


@pytest.mark.parametrize(
    ("a", "b"),
    [("Lumen IX", "Lumen X"), ("Orbiter II", "Orbiter III"), ("Kestor 11", "Kestor 13")],
)
def test_names_with_other_numbers_stay_apart(a: str, b: str) -> None:
    names = cluster_names(Counter({a: 2, b: 3}))
    assert names[a] != names[b], names


def test_control_one_name_spelt_two_ways_is_one() -> None:
    names = cluster_names(Counter({"Orbiter III": 2, "Orbitter III": 3}))
    assert names["Orbiter III"] == names["Orbitter III"], names
