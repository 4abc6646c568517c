"""Words that are no names are never a figure's subject (issue 11, class: subjects that are no
names). A list item's capital says nothing of a name: a common noun the parse reads as the head
of the item's own phrase ("- Shipments to resume ...", "- Week 4: ...") is judged as a
sentence's first word is, a name only when the text shows it is one elsewhere; a number with
its unit's letters ("the 400m") is a measure, never a name. A name at an item's or a sentence's
start stays the subject. Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


def test_a_common_noun_opening_a_list_item_is_no_subject() -> None:
    text = (
        "Cranes halted at Quenby port\n\n"
        "Quenby Docks said on Monday that two of its cranes had failed and that shipments "
        "were waiting offshore.\n\n"
        "Key points\n"
        "- Shipments to resume once 14 cranes have been inspected\n"
        "- Quenby Docks expects repairs to take a week\n"
    )
    assert _subjects(text)["14 cranes"] in ("Quenby", "Quenby Docks")


def test_a_period_word_opening_a_list_item_is_no_subject() -> None:
    text = (
        "Flu cases climb in Harrowdene\n\n"
        "Harrowdene Health Board said cases rose again in the last week of the month.\n\n"
        "- Week 4 (to 28 Jan): 318 cases\n"
        "- Week 5 (to 4 Feb): 402 cases\n"
        "Harrowdene Health Board will publish the next count on Friday.\n"
    )
    subjects = _subjects(text)
    assert subjects["402 cases"] == "Harrowdene Health Board"
    assert "Week" not in subjects.values()


def test_a_measure_is_no_subject() -> None:
    text = (
        "Ilse Marwood breaks national record\n\n"
        "Ilse Marwood won her third title of the week on Friday. Marwood's 400m medley "
        "took 4 minutes 31 seconds, a national record.\n"
    )
    assert _subjects(text)["4 minutes 31 seconds"] in ("Marwood", "Ilse Marwood")


def test_a_name_opening_a_list_item_stays_the_subject() -> None:
    # control: a name the text writes with a capital mid-sentence keeps its item's figure
    text = (
        "Ferry traffic recovers after the storm\n\n"
        "Tolvern Ferries said the Heron and the Osprey sailed again on Tuesday.\n\n"
        "- Heron carried 410 passengers on its first crossing\n"
        "- Osprey carried 285 passengers\n"
    )
    subjects = _subjects(text)
    assert subjects["410 passengers"] == "Heron"
    assert subjects["285 passengers"] == "Osprey"


def test_a_modifier_opening_a_list_item_is_left_to_the_metric() -> None:
    # a word that modifies the noun after it names what the item measures; the measure test
    # leaves it to the claim's metric: the item's figure keeps a subject of its own words
    text = (
        "Pellmoor Telecom results\n\n"
        "Pellmoor Telecom said revenue rose in the quarter.\n\n"
        "- Mobile service revenue was $1.2 billion, up 4%\n"
    )
    assert _subjects(text)["$1.2 billion"] is not None
