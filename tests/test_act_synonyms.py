"""One act told by two verbs (issue 11, class "arrested / detained"): a count of people a
verb of an act acts on counts the act, named by its noun (parse.toml [acts.counted]), and
"detain" names the same act as "arrest"; the verb then reads as a word of the metric it names
(``parse._metric_verb``), and suspects are counted as people (comparison.toml [people]), so
"four people were arrested on Friday" and "seven suspects were detained on Friday" are one
quantity that cannot hold twice. Control: people questioned are no arrests."""

from __future__ import annotations

from tests.reported import alarms

_ARRESTED = (
    "Border raid at Tallow Cross\n\n"
    "Four people were arrested on Friday at the Tallow Cross checkpoint, the border agency said."
)
_DETAINED = (
    "Smuggling ring broken up\n\n"
    "Seven suspects were detained on Friday at the Tallow Cross checkpoint after officers "
    "searched two lorries."
)
_QUESTIONED = (
    "Smuggling ring broken up\n\n"
    "Seven suspects were questioned on Friday at the Tallow Cross checkpoint after officers "
    "searched two lorries."
)


def test_arrests_told_by_two_verbs_conflict() -> None:
    found = alarms(_ARRESTED, _DETAINED)
    assert any("Four" in m and "Seven" in m for m in found), found


def test_control_people_questioned_are_no_arrests() -> None:
    found = alarms(_ARRESTED, _QUESTIONED)
    assert not any("Four" in m and "Seven" in m for m in found), found
