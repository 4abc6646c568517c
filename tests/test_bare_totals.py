"""A total given bare ("a total of 13", "a visa total of 96", "640 in all") counts the noun its
sentence's parse names (``parse.total_noun``; the "not extracted" class of missed conflicts: a
total of a list of counts, "a total of 127" after golds, silvers and bronzes, was no figure and
never met the "137 medals" of another source). The controls: a total whose parse names no
counted noun stays no figure, and a total with its own noun keeps it."""

from __future__ import annotations

from reconcile.quantities import extract_quantities


def _units(text: str) -> dict[str, str]:
    return {m.surface: m.unit for m in extract_quantities(text)}


def test_total_of_a_list_counts_the_plural_the_list_hangs_on() -> None:
    text = (
        "The club signed more players this summer: 6 strikers, 4 defenders and 3 goalkeepers,"
        " a total of 13."
    )
    assert _units(text).get("13") == "player"


def test_total_counts_the_noun_compounded_with_it() -> None:
    assert _units("The embassy reported a visa total of 96 for the month.").get("96") == "visa"


def test_total_beside_its_verb_counts_the_verbs_object() -> None:
    text = "The bakery sold more loaves, 640 in all, than in any earlier week."
    assert _units(text).get("640") == "loaf"


def test_total_of_a_list_with_one_noun_counts_that_noun() -> None:
    text = "The stall sold 300 tickets on Friday and 200 tickets on Saturday, a total of 500."
    assert _units(text).get("500") == "ticket"


def test_control_total_whose_parse_names_no_counted_noun_stays_no_figure() -> None:
    text = (
        "Her winning total of 281 set a course record, and a 12-under total of 276 took the"
        " title last year."
    )
    assert _units(text) == {}


def test_control_total_with_its_own_noun_keeps_it() -> None:
    assert _units("The fair drew a total of 1,200 visitors.") == {"1,200 visitors": "visitor"}
