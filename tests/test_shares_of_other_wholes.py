"""Two shares "of" different wholes ("holding 27% of the bonds", "owns 61% of the shares") are two
quantities, however the subject is read; shares of one whole conflict (class: a share set
against another share of something else). Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.compare.scope import shares_of_other_wholes
from tests.reported import alarms, claims_of

LEAD = "Varnell Estates missed a bond payment on Monday. "
ONE = LEAD + "A group of creditors holding about 27% of the bonds said it would wait.\n"
OTHER = LEAD + "Chairman Ida Morrow, who founded the firm, owns 61% of the shares.\n"


def test_shares_of_two_wholes_are_no_conflict() -> None:
    assert alarms(ONE, OTHER) == []


def test_control_two_shares_of_one_whole_conflict() -> None:
    assert alarms(ONE, ONE.replace("27%", "35%")) != []


def test_the_wholes_are_read_from_the_parse() -> None:
    [a] = claims_of("a.txt", ONE)
    [b] = claims_of("b.txt", OTHER)
    assert shares_of_other_wholes(a, b) is not None
    assert shares_of_other_wholes(a, a) is None


def test_control_one_whole_in_two_words_still_conflicts() -> None:
    lead = "Corrin Mills will close two plants. "
    one = lead + "Some 700 posts will go, roughly 12 per cent of a workforce numbering 5,800.\n"
    other = lead + "Some 700 posts will go, almost a fifth of its 5,800 staff.\n"
    assert alarms(one, other) != []
