"""A share names its whole by the head of the noun phrase after "of" (issue 11: arithmetic
that links one sentence's figures): "8% of the share capital" is a share of capital, not of
the money raised from selling shares, so the two amounts beside it are not its part and whole;
"46% of the popular vote" is a share of votes, so the counts of votes beside it are."""

from __future__ import annotations

from tests.reported import alarms


def test_a_share_of_another_whole_is_not_checked_against_two_amounts() -> None:
    text = (
        "Sale\n\nSince 2015, the treasury has raised a total of ZRN 4.2 billion from selling "
        "shares, including ZRN 1.1 billion from the sale of 8% of the share capital in 2020.\n"
    )
    assert not [m for m in alarms(text) if "do not add up" in m]


def test_a_share_of_a_compound_meets_the_counts_of_its_head() -> None:
    text = "Vote\n\nThe party won 46% of the popular vote, or 2.1 million of 3.0 million votes.\n"
    assert [m for m in alarms(text) if "do not add up" in m]


def test_control_a_share_of_the_whole_it_names_is_checked() -> None:
    text = (
        "Budget\n\nOf the city's total budget of $900 million, the police budget of $120 million "
        "is 25% of the total budget.\n"
    )
    assert [m for m in alarms(text) if "do not add up" in m]
