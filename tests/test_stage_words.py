"""Class: a stage word that names no stage of a count. "final" or "early" inside a hyphenated
compound ("the quarter-final", "early-season"), or "the final" as the match itself ("watched
the final.", "the final of the cup"), gives no stage: two counts whose sentences hold such
words and an unmarked one are weighed as one count. A stage word on a count ("the final
count", "provisional figures") still names its stage. Fresh sentences with invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.evidence import stages
from tests.reported import paired_alarms


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("A crowd of 41,260 saw the quarter-final at Dunmere Park.", set()),
        ("Some 41,260 fans watched the final.", set()),
        ("In the final of the shield, 41,260 fans watched.", set()),
        ("The early-season crowd was 41,260.", set()),
        ("The final count put attendance at 41,260.", {"final"}),
        ("Attendance was 41,260, provisional figures show.", {"provisional"}),
        ("The organisers' official figure is 41,260.", {"official"}),
        ("The preliminary and final figures were 40,100 and 41,260.", {"preliminary", "final"}),
    ],
)
def test_the_stage_words_of_a_sentence(sentence: str, named: set[str]) -> None:
    assert stages(sentence) == named


def test_a_match_called_the_final_is_no_stage_of_a_count() -> None:
    found = paired_alarms(
        "A crowd of 41,260 at Dunmere Park saw the quarter-final on Sunday.",
        "The official crowd at Dunmere Park on Sunday was 42,160.",
    )
    assert [f.kind for f in found] == ["value_mismatch"]


def test_control_a_provisional_count_is_an_early_stage() -> None:
    found = paired_alarms(
        "A provisional crowd of 41,260 at Dunmere Park saw the quarter-final on Sunday.",
        "The official crowd at Dunmere Park on Sunday was 42,160.",
    )
    assert found == []
