"""A metric keyword the parse reads as the clause's verb names nothing (issue 11, class "a
verb read as a noun keyword"): in "the old barracks now houses 700 refugees" the verb
"houses" is no count of homes, and the figure counts refugees. A verb that names what a
generic noun counts ("employs 350 people") or whose metric holds the figure's own noun
("activates 35 billion parameters") stays, and so does the noun ("700 houses were
flooded")."""

from __future__ import annotations

import pytest

from tests.reported import metric_of


def test_a_verb_is_no_noun_keyword() -> None:
    assert metric_of("The old barracks in Quenmoor now houses 700 refugees.", "700 refugees") == (
        "refugees"
    )


@pytest.mark.parametrize(
    ("text", "surface", "metric"),
    [
        ("Storm damage: 700 houses were flooded in Quenmoor.", "700 houses", "homes damaged"),
        ("The Quenmoor firm employs 350 people.", "350 people", "jobs"),
    ],
)
def test_control_nouns_and_verbs_of_a_metric_stay(text: str, surface: str, metric: str) -> None:
    assert metric_of(text, surface) == metric
