"""Counts of people whose clause did something to them beyond what the metric names (issue 11,
false alarms among counts of people in disasters): "two crew members were rescued" counts the
crew the rescue reached, not the crew on board; "nine injured passengers were moved to a
clinic" counts the injured moved, not all the injured. Such a count is kept apart from a count
whose clause did nothing to the counted (:func:`reconcile.claims.parse.count_act`,
:mod:`reconcile.claims.separate`), while two counts of one plain quantity still meet and
conflict. The sentences are written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.claims.parse import Narrowing, narrowing_of, parse_sentences
from reconcile.claims.separate import contradiction
from reconcile.config import Settings
from reconcile.pipeline import reconcile


def _act(sentence: str, figure: str, metric: str) -> str | None:
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    reading = narrowing_of(doc, at, at + len(figure), metric, True)
    assert reading is not None
    return reading.act


@pytest.mark.parametrize(
    ("sentence", "figure", "metric", "act"),
    [
        ("Nine injured passengers were moved to a rural clinic.", "Nine injured passengers",
         "people injured", "move"),
        ("Two crew members were rescued from the upturned hull.", "Two crew members",
         "crew members", "rescue"),
        ("Only two deckhands survived, clinging to a buoy.", "two deckhands", "people missing",
         "survive"),
        # the metric's own verb joined to another done to the same people
        ("Twelve people were hurt and taken to hospital.", "Twelve people", "people injured",
         "take"),
        ("Eight hikers were injured and airlifted to the valley.", "Eight hikers",
         "people injured", "airlift"),
        # a verb that governs another: what they managed
        ("Forty guests managed to climb out through a window.", "Forty guests", "guests",
         "climb"),
    ],
)  # fmt: skip
def test_a_count_names_what_its_clause_did_to_the_counted(
    sentence: str, figure: str, metric: str, act: str
) -> None:
    assert _act(sentence, figure, metric) == act


@pytest.mark.parametrize(
    ("sentence", "figure", "metric"),
    [
        # the metric's own verb alone
        ("Thirty people were injured when the coach overturned.", "Thirty people",
         "people injured"),
        # a condition of the counted, a count only reported or found
        ("Forty people were reported dead by the ministry.", "Forty people", "death toll"),
        ("Twelve bodies were recovered from the river on Monday.", "Twelve bodies",
         "death toll"),
        # a passive whose doer is named reads as its active form: the story's own count
        ("Sixty guests were struck down by a stomach bug.", "Sixty guests", "guests"),
        # the object of an active verb
        ("The coach was carrying 30 passengers and four crew members.", "30 passengers",
         "passengers"),
        ("The collapse left 14 people dead.", "14 people", "death toll"),
        # a verb of need: not done
        ("About 900 members still need to approve the offer.", "900 members", "members"),
    ],
)  # fmt: skip
def test_control_no_act_for_the_metric_s_own_verb_a_state_or_a_report(
    sentence: str, figure: str, metric: str
) -> None:
    assert _act(sentence, figure, metric) is None


def test_an_act_on_one_side_only_contradicts_two_acts_do_not() -> None:
    """The part an act reached against the whole; two verbs may tell one act ("rescued",
    "pulled out"), so two acts alone separate nothing."""
    assert contradiction(Narrowing(act="rescue"), Narrowing()) == "act"
    assert contradiction(Narrowing(), Narrowing(act="move")) == "act"
    assert contradiction(Narrowing(act="rescue"), Narrowing(act="pull")) is None
    assert contradiction(Narrowing(), Narrowing()) is None


def _errors(*docs: tuple[str, str]) -> list[str]:
    documents = [Document(id=d, path=d, text=t) for d, t in docs]
    report = reconcile(documents, Settings())
    return [f.message for f in report.findings if f.severity in ("error", "warning")]


A_CREW = (
    "a.txt",
    "The Harlow Tern was carrying 30 passengers and eight crew members when it capsized off "
    "Pellan Point on Sunday.",
)


def test_crew_rescued_do_not_conflict_with_the_crew_on_board() -> None:
    b = (
        "b.txt",
        "Two crew members were rescued from the upturned hull of the Harlow Tern on Sunday.",
    )
    assert not [m for m in _errors(A_CREW, b) if "crew" in m]


def test_control_two_counts_of_the_crew_on_board_still_conflict() -> None:
    b = ("b.txt", "The Harlow Tern had six crew members on board when it capsized on Sunday.")
    assert [m for m in _errors(A_CREW, b) if "crew" in m]


def test_injured_and_hospitalised_do_not_conflict_with_all_the_injured() -> None:
    a = (
        "a.txt",
        "Nine people were injured and hospitalised after the gas blast in Corvale on Monday.",
    )
    b = ("b.txt", "Officials said 23 people were injured in the gas blast in Corvale on Monday.")
    assert not [m for m in _errors(a, b) if "injured" in m]


def test_control_two_counts_of_the_injured_still_conflict() -> None:
    a = ("a.txt", "Nine people were injured in the gas blast in Corvale on Monday.")
    b = ("b.txt", "Officials said 23 people were injured in the gas blast in Corvale on Monday.")
    assert [m for m in _errors(a, b) if "injured" in m]
