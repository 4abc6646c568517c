"""Two figures a sentence gives as one quantity's levels before and after a move ("fell from
640 members in 2015 to 410 this year") are no part and whole: a share in the sentence ("about
one in nine of its members is a woman") is a share of something else, not checked against
them. Control: a part and its whole with a share that does not fit them are still flagged.
Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _arithmetic(text: str) -> list[str]:
    docs = [Document(id="a.txt", path="x", text=text)]
    return [f.message for f in reconcile(docs).findings if f.kind == "arithmetic"]


def test_two_levels_of_a_move_are_no_part_and_whole() -> None:
    moved = (
        "The sailing club's membership fell from 640 sailors in 2015 to 410 sailors this "
        "year, and only about one in nine of its sailors is a woman."
    )
    assert not _arithmetic(moved)


def test_two_levels_rising_are_no_part_and_whole() -> None:
    moved = (
        "The choir grew from 410 singers in 2019 to 640 singers this spring; about one "
        "in nine of the singers is under 25."
    )
    assert not _arithmetic(moved)


def test_control_a_share_that_misfits_its_part_and_whole_is_flagged() -> None:
    parted = (
        "Of the sailing club's 640 sailors, 410 sailors live on the island, about one in "
        "nine of the sailors."
    )
    assert _arithmetic(parted)
