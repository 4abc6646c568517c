"""What a figure of change measures, read from its clause (classes from a blind set's false
alarms, each tested here in other wording, with invented names):

- a percentage change linked to a count ("burglaries climbed 14% to 3,120 cases") is no share
  price's change: only money may default to a share price;
- a weak verb of growth ("grew") names no metric for a change whose own level no keyword names
  ("its freight arm grew 20% to $6.2bn" is the arm's, not revenue growth);
- the noun a vocabulary keyword gives the metric ("bookings" of "orders") is the measured noun,
  so its noun modifier narrows it ("cargo bookings"), and a segment's noun against the whole's
  adjective ("cargo" / "gross" bookings) are two quantities;
- a change noun is the measured thing's change ("the wholesale price rise is 7.5%"), and a
  figure on "by" or "to" of a verb with an object measures that object ("will raise its
  wholesale prices by 7.5%"): their modifiers narrow it;
- a settlement noun as the clause's subject ("the province harvested", "the country
  harvested") is the place whose figure it is;
- "the year before" / "the previous year" after a figure make it an earlier value.
"""

from __future__ import annotations

from reconcile.claims.parse import narrowing_of, parse_sentences
from tests.reported import alarms, metric_of


def _reading(sentence: str, figure: str, metric: str):  # type: ignore[no-untyped-def]
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    return narrowing_of(doc, at, at + len(figure), metric)


def test_a_count_and_its_change_are_no_share_price() -> None:
    text = "Burglaries climbed 14% to 3,120 cases, the constabulary said.\n"
    assert "share" not in (metric_of(text, "14%") or "")
    assert "share" not in (metric_of(text, "3,120 cases") or "")


def test_control_a_price_and_its_change_are_a_share_price() -> None:
    text = "Its stock climbed 4% to $12.40 in early trading.\n"
    assert metric_of(text, "4%") == "share-price change"


def test_a_weak_growth_verb_leaves_the_change_to_what_grew() -> None:
    assert metric_of("Its freight arm grew 20% to $6.2bn last quarter.\n", "20%") != (
        "revenue growth"
    )


def test_control_a_keyword_still_names_the_change() -> None:
    assert metric_of("Revenue grew 20% to $6.2bn last quarter.\n", "20%") == "revenue growth"


def test_a_keyword_noun_carries_its_modifier() -> None:
    r = _reading("Cargo bookings rose 9% to $2.1bn in the quarter.", "9%", "orders change")
    assert r is not None and "cargo" in r.parts


def test_a_segment_and_the_whole_are_two_quantities() -> None:
    one = "Cargo bookings rose 9% to $2.1bn in the quarter, and charter bookings rose 4%.\n"
    other = "Gross bookings rose 12% to $5.3bn in the quarter, Fennick Air said.\n"
    assert alarms(one, other) == []


def test_control_one_segment_in_both_disagrees() -> None:
    one = "Cargo bookings rose 9% to $2.1bn in the quarter, Fennick Air said.\n"
    other = "Cargo bookings rose 12% to $2.1bn in the quarter, Fennick Air said.\n"
    assert len(alarms(one, other)) == 1


def test_a_change_noun_is_narrowed_by_its_modifiers() -> None:
    r = _reading("On those sums the wholesale price rise is 7.5%.", "7.5%", "price change")
    assert r is not None and "wholesale" in r.kinds


def test_control_a_plain_change_noun_is_not_narrowed() -> None:
    r = _reading("On those sums the price rise is 7.5%.", "7.5%", "price change")
    assert r is not None and not r.kinds and not r.parts


def test_the_object_of_the_verb_is_what_a_by_figure_changes() -> None:
    r = _reading(
        "Harlow Ales will raise its wholesale prices by 7.5% in May.", "7.5%", "price change"
    )
    assert r is not None and "wholesale" in r.kinds


def test_a_settlement_noun_subject_is_the_place_of_the_figure() -> None:
    r = _reading("The province harvested 286,000 tonnes of rye this year.", "286,000 tonnes", "")
    assert r is not None and r.places == frozenset({"province"})


def test_two_settlement_nouns_are_two_places() -> None:
    one = "Farmers had a dismal summer. The province harvested 286,000 tonnes of rye this year.\n"
    other = "Farmers had a dismal summer. The country harvested 142,000 tonnes of rye this year.\n"
    assert alarms(one, other) == []


def test_control_one_settlement_noun_in_both_disagrees() -> None:
    one = "Farmers had a dismal summer. The country harvested 286,000 tonnes of rye this year.\n"
    other = "Farmers had a dismal summer. The country harvested 142,000 tonnes of rye this year.\n"
    assert len(alarms(one, other)) == 1


def test_the_year_before_marks_an_earlier_value() -> None:
    text = (
        "The bakery chain posted a loss of $38m for the year to March, against a profit of $11m "
        "the year before.\n"
    )
    assert (metric_of(text, "$11m") or "").endswith("(previous)")
    assert not (metric_of(text, "$38m") or "").endswith("(previous)")


def test_a_label_names_the_figure_after_it() -> None:
    r = _reading("Daily volume was EUR 2.4bn (90-day average: EUR 5.1bn).", "EUR 5.1bn", "volume")
    assert r is not None and r.extreme == "average"


def test_control_a_plain_label_names_no_average() -> None:
    r = _reading("Daily volume: EUR 2.4bn, the exchange said.", "EUR 2.4bn", "volume")
    assert r is not None and r.extreme is None


def test_a_plain_figure_joins_the_part_nearest_its_value() -> None:
    one = (
        "Gross spending by the league's clubs reached £1.34bn this summer, the league said. "
        "Net spending was £610m.\n"
    )
    other = "Spending by the league's clubs topped £1.43bn this summer, the league said.\n"
    found = alarms(one, other)
    assert len(found) == 1 and "1.43bn" in found[0] and "610m" not in found[0]


def test_what_can_be_done_is_not_what_was_done() -> None:
    one = "The ferry, which can carry 1,200 passengers, sailed from Orlen on Friday.\n"
    other = "The ferry was carrying 740 passengers when it sailed from Orlen on Friday.\n"
    assert alarms(one, other) == []


def test_control_two_loads_of_one_verb_disagree() -> None:
    one = "The ferry was carrying 1,200 passengers when it sailed from Orlen on Friday.\n"
    other = "The ferry was carrying 740 passengers when it sailed from Orlen on Friday.\n"
    assert len(alarms(one, other)) == 1
