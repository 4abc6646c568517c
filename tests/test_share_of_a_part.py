"""A figure its clause gives as what a named part makes up of a whole ("weaving makes up about
35% of its workforce", "the hatchback accounted for 131,300") is a part's share: another
source's figure with no such part may be the whole's (the share of the staff cut, all the cars
delivered), so the two are no conflict. When both sentences name the part, or neither does, a
difference stands."""

from __future__ import annotations

from reconcile.claims.models import Claim
from reconcile.compare.scope import part_named, share_of_a_part
from tests.reported import alarms, claims_of

CUT = "Tarrow Mills will cut 620 jobs, or about 15% of its workforce, the company said on Monday.\n"
PART = (
    "Tarrow Mills is cutting 620 jobs. Weaving makes up about 35% of its workforce, the union "
    "said on Monday.\n"
)


def test_a_parts_share_is_no_conflict_with_the_wholes() -> None:
    assert alarms(CUT, PART) == []
    assert alarms(CUT, PART.replace("makes up", "represents")) == []


def test_control_a_plain_share_still_conflicts() -> None:
    plain = PART.replace("Weaving makes up about 35%", "Weaving is about 35%")
    assert alarms(CUT, plain) != []


def test_control_the_same_part_named_on_both_sides_still_conflicts() -> None:
    named = CUT.replace("620 jobs, or about 15%", "620 jobs. Weaving is about 15%")
    assert alarms(named, PART) != []


def test_the_part_is_the_subject_of_a_verb_of_making_up() -> None:
    def part(text: str) -> str | None:
        [c] = [c for c in claims_of("b.txt", text) if "3" in c.text]
        got = part_named(c)
        return None if got is None else got.lower_

    assert part("Weaving makes up about 35% of the staff.") == "weaving"
    assert part("Of the cars it sold, the hatchback accounted for 131,300.") == "hatchback"
    assert part("It accounted for 35% of the staff.") is None  # a pronoun: the story's subject
    assert part("The mill makes 35% of the cloth.") is None  # no "up": no share of a whole
    assert part("The mill cut 35% of the staff.") is None


def test_a_part_narrowed_by_a_word_the_other_sentence_lacks_is_still_a_part() -> None:
    assert alarms(CUT, PART.replace("Weaving makes up", "Weaving jobs make up")) == []


def test_control_two_shares_of_one_whole_still_conflict() -> None:
    one = "Tarrow Mills signed Dana Kaur. Kaur's base pay makes up about 3% of the wage bill.\n"
    other = "Tarrow Mills signed Dana Kaur. Kaur's base salary is about 7% of the wage bill.\n"
    assert alarms(one, other) != []


def test_control_a_part_above_the_other_count_is_no_part_of_it() -> None:
    [whole] = claims_of("a.txt", "Kelder Motors delivered 212,400 cars in the quarter.")

    def part(text: str) -> Claim:
        return next(c for c in claims_of("b.txt", text) if "1,3" in c.text)

    assert share_of_a_part(whole, part("The hatchback accounted for 131,300 of them.")) is not None
    assert share_of_a_part(whole, part("The hatchback accounted for 231,300 of them.")) is None
