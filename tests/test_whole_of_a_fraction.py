"""A count whose noun carries a fraction ("laid off about half the firm's 7,200 workers",
"a third of its 900 staff") is the whole a part of which its clause speaks: not a figure for
what the verb did, so no conflict with another source's count of the act (issue 11
precision). The same count without the fraction still conflicts."""

from __future__ import annotations

import pytest

from reconcile.claims.parse import parse_sentences, whole_of
from tests.reported import alarms

CUT = "Ostland Tools laid off 3,600 workers on Monday, the company said.\n"
HALF = "Ostland Tools laid off about half the firm's 7,200 workers on Monday, the firm said.\n"


def test_the_whole_of_a_fraction_is_no_conflict_with_the_part() -> None:
    assert alarms(CUT, HALF) == []


def test_control_the_count_without_its_fraction_still_conflicts() -> None:
    assert alarms(CUT, HALF.replace("about half the firm's ", "")) != []


@pytest.mark.parametrize(
    ("sentence", "figure", "fraction"),
    [
        (HALF, "7,200 workers", "half"),
        ("The mill cut a third of its 900 staff in spring.", "900 staff", "third"),
        ("Most of the 310 passengers were flown home.", "310 passengers", "most"),
        ("Some 310 passengers were flown home.", "310 passengers", None),
        (CUT, "3,600 workers", None),
    ],
)
def test_the_fraction_is_read_from_the_parse(
    sentence: str, figure: str, fraction: str | None
) -> None:
    at = sentence.index(figure)
    assert whole_of(parse_sentences([sentence])[0], at, at + len(figure)) == fraction
