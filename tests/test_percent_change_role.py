"""A percentage the sentence's structure makes a change, though the words right before it do
not say so (issue 11, "role"): a signed percentage after an amount, the amount of a "by" phrase
of a direction verb however far, a percentage restating a change ("rose by N, or M%"), and the
level of a change noun ("wage growth eased to 4.9%"). Such a change meets the same change
written with a verb in another source; levels stay levels (controls)."""

from __future__ import annotations

import pytest

from reconcile.claims import role
from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if c.text.lstrip("+-−").startswith(digits))


@pytest.mark.parametrize(
    ("text", "digits", "direction"),
    [
        ("Tolvane posted turnover of €2.6bn (+9% on the year), its best quarter.", "9", "up"),
        ("The Pellow water board will raise tariffs by an average of 4.4% in May.", "4.4", "up"),
        ("Winter capacity on the route was cut by some 12%.", "12", "down"),
        ("Enrolment grew by 2,300 over five years, or 6.1 per cent.", "6.1", "up"),
        ("Growth in average earnings eased to 5.2% over the summer.", "5.2", "up"),
        ("The decline in orders narrowed to 3% in October.", "3", "down"),
    ],
)
def test_a_change_read_from_the_structure(text: str, digits: str, direction: str) -> None:
    c = _one(_claims("a.txt", text), digits)
    assert c.role == "change"
    assert c.direction == direction
    assert (c.value < 0) == (direction == "down")


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("Inflation slowed to 3.1% in October.", "3.1"),  # a rate, not a change noun
        ("Turnout reached 58% on Sunday.", "58"),
        ("The vote share of the Greens stood at 14.2%.", "14.2"),
        ("The jobless rate rose 0.2 points to 4.6%.", "4.6"),  # the new level
        ("The bond's yield of 4.8% compares with 4.1% a year ago.", "4.8"),
        ("Scores ranged from 40-60% by region.", "40"),
    ],
)
def test_levels_stay_levels(text: str, digits: str) -> None:
    assert _one(_claims("a.txt", text), digits).role != "change"


def test_a_signed_change_meets_the_same_change_written_with_a_verb() -> None:
    a = _claims("a.txt", "Harnley Foods: group revenue £1.84bn (+7%), operating profit £96m.")
    b = _claims("b.txt", "Harnley Foods said group revenue rose 9% to £1.84 billion.")
    group = {cid: g.id for g in group_claims([*a, *b]) for cid in g.claims}
    assert group[_one(a, "7").id] == group[_one(b, "9").id]


def test_no_cue_no_parse() -> None:
    """The cheap cues come first: a sentence without "by", ", or" or a change noun before the
    figure says nothing (and is not parsed)."""
    assert not role.has_cue("Turnout was ")
    assert role.has_cue("Fares will rise by ")
    assert _one(_claims("a.txt", "Turnout was 61% on Sunday."), "61").role == "level"
    assert role.signed_change("Shares +3.2% at noon.", 8, "3.2%", after_amount=False) == "up"
    assert role.signed_change("Margin -0.4% (guidance)", 7, "-0.4%", after_amount=False) is None
