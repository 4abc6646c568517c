"""A figure that is the level its own clause's subject reaches ("the gap shrank to $1.2bn") is
that subject's, not a metric keyword's of a coordinated clause before it (issue 11, class
"coordinated clause with its own subject"): a change of the first clause is not linked to the
second clause's level, and the far keyword does not name it. A subject that only bears the
quantity (a unit, a division, a club: "its cloud unit grew 12% to $900m") leaves the keyword
standing; so does a figure that is the verb's object, whose subject is an agent."""

from __future__ import annotations

import pytest

from reconcile.claims.parse import own_clause_subject, parse_sentences
from tests.reported import claims_of, metric_of


@pytest.mark.parametrize(
    ("text", "figure", "keyword_metric"),
    [
        (
            "Imports climbed 6% in the quarter, and the current-account gap shrank to $1.2bn.",
            "$1.2bn",
            "imports",
        ),
        (
            "Revenue edged up 2%, but the group's pension shortfall widened to £340m.",
            "£340m",
            "revenue",
        ),
    ],
)
def test_level_of_the_second_clause_is_its_subjects(
    text: str, figure: str, keyword_metric: str
) -> None:
    metric = metric_of(text, figure)
    assert metric is not None
    assert not metric.startswith(keyword_metric), metric
    change = next(c for c in claims_of("t.txt", text) if c.role == "change")
    level = next(c for c in claims_of("t.txt", text) if c.text == figure)
    assert level.id not in change.linked and change.id not in level.linked


def test_control_one_clause_keeps_the_move() -> None:
    text = "Imports climbed 6% in the quarter to $1.2bn."
    assert metric_of(text, "$1.2bn") == "imports"


def test_control_a_bearer_subject_keeps_the_keyword() -> None:
    text = "Group sales rose 3% to $5bn, while its cloud unit grew 12% to $900m."
    assert metric_of(text, "$900m") == "revenue"


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("The backlog fell to 4,100 by June.", "4,100", "backlog"),
        ("The final bill was $40m.", "$40m", "bill"),
        ("It fell to $3bn.", "$3bn", None),  # a pronoun names nothing
        ("The opposition bloc mustered 41% of the vote.", "41%", None),  # an object: an agent
    ],
)
def test_own_clause_subject(sentence: str, figure: str, expected: str | None) -> None:
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    assert own_clause_subject(doc, (at, at + len(figure))) == expected


def test_a_keyword_after_a_clause_opener_is_asked_of_the_parse() -> None:
    # the keyword stands three words after the figure, but across "as", which opens a clause
    text = "Ossory's budget shortfall narrows to $2.4bn in May as imports rise"
    metric = metric_of(text, "$2.4bn")
    assert metric is not None and "import" not in metric, metric
