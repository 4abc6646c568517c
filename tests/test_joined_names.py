"""A name joined by hyphens is one name whatever order its parts come in ("Lindby-Port Aster
Link" / "Port Aster-Lindby Link": the fuzzy match reads each hyphenated run as one word, so the
two never met; issue 11, class "a joined name's parts in another order";
``group.cluster_names``). Control: two names sharing some parts stay two."""

from __future__ import annotations

from reconcile.claims.group import cluster_names


def test_parts_in_another_order_are_one_name() -> None:
    reps = cluster_names({"Port Aster-Lindby Link": 2, "Lindby-Port Aster Link": 1})
    assert reps["Port Aster-Lindby Link"] == reps["Lindby-Port Aster Link"]


def test_control_names_sharing_some_parts_stay_two() -> None:
    reps = cluster_names({"Port Aster-Lindby Link": 2, "Port Aster-Colby Ferry": 1})
    assert reps["Port Aster-Lindby Link"] != reps["Port Aster-Colby Ferry"]
