"""An age two sources give to one thing described by two nouns ("a 23-year-old barge", "the
26-year-old ship") is one quantity when the same subject's figures are described by both
nouns (class: the age of the story's subject split by the noun each source describes it with,
group._one_thing_described). Nouns of people are never joined so: "a 41-year-old nurse" and
"the 36-year-old pilot" are two people. Sentences written afresh for these tests."""

from __future__ import annotations

from reported import age_alarms

BARGE = (
    "Grain barge Marla Venn sinks at Holtby pier\n\n"
    "The Marla Venn sank at Holtby pier on Sunday after striking a piling in thick fog. "
    "The 23-year-old barge was carrying 900 tonnes of wheat when it went down, the harbour "
    "master said."
)
SHIP = (
    "Marla Venn lost at Holtby\n\n"
    "The Marla Venn went down beside the pier at Holtby on Sunday morning. "
    "The 26-year-old ship had passed an inspection in May, its owners said."
)


def test_one_thing_described_by_two_nouns_has_one_age() -> None:
    assert age_alarms(BARGE, SHIP)


def test_control_two_people_described_by_two_nouns_are_two_ages() -> None:
    nurse = BARGE.replace("The 23-year-old barge was carrying", "A 41-year-old nurse saw it")
    pilot = SHIP.replace("The 26-year-old ship had passed", "The 36-year-old pilot had passed")
    assert not age_alarms(nurse, pilot)


def test_nouns_of_people_are_no_things() -> None:
    from reconcile.claims.group import _thing_noun

    assert _thing_noun("barge") and _thing_noun("ship") and _thing_noun("coach")
    assert not any(_thing_noun(w) for w in ("nurse", "pilot", "driver", "conductor", "boy"))
