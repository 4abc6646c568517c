"""Claims whose parse says they measure different quantities are never judged as one: each
class of narrowing is tested with a pair of sources that must not conflict and a control pair
that still must. Sentences written afresh."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Document
from reconcile.claims.parse import Narrowing, narrowing_of, parse_sentences
from reconcile.claims.separate import contradiction
from reconcile.pipeline import reconcile


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    report = reconcile(docs)
    return [f.kind for f in report.findings if f.severity != "info"]


# --- period: a span of several months is not the quarter's figure ----------------------------


def test_a_nine_month_figure_is_not_the_quarter_s() -> None:
    assert not _alarms(
        "Brackwater Mills said revenue rose 4% to $2.30 billion in the quarter.",
        "Brackwater Mills said its year-to-date revenue, over the first nine months, came to "
        "$6.85 billion.",
    )


def test_control_two_quarter_figures_still_conflict() -> None:
    assert _alarms(
        "Brackwater Mills said revenue rose 4% to $2.30 billion in the quarter.",
        "Brackwater Mills said its quarterly revenue came to $2.65 billion.",
    )


# --- kind: gross against operating --------------------------------------------------------------


def test_gross_and_operating_margins_are_two_quantities() -> None:
    assert not _alarms(
        "Operating margin at Fennick Foods improved to 9.8% in the period.",
        "Fennick Foods said its gross margin slipped to 41.2% in the period.",
    )


def test_a_margin_line_without_a_verb_is_read() -> None:
    assert not _alarms(
        "Operating margin at Fennick Foods improved to 9.8% in the period.",
        "Fennick Foods results\n\n- Gross margin up 0.4 pts to 41.2%\n",
    )


def test_control_two_operating_margins_still_conflict() -> None:
    assert _alarms(
        "Operating margin at Fennick Foods improved to 9.8% in the period.",
        "Fennick Foods said its operating margin improved to 11.5% in the period.",
    )


# --- category: one product line is not the whole -----------------------------------------------


def test_a_product_line_s_sales_are_not_the_company_s() -> None:
    assert not _alarms(
        "Pardoe Brands said revenue grew to $3.20 billion in the quarter.",
        "Pardoe Brands said biscuits revenue grew to $640 million in the quarter.",
    )


def test_a_division_s_sales_are_not_the_company_s() -> None:
    assert not _alarms(
        "Pardoe Brands said revenue grew to $3.20 billion in the quarter.",
        "At Pardoe Brands, the frozen meals division lifted revenue to $710 million in the "
        "quarter.",
    )


def test_control_the_whole_company_s_revenue_still_conflicts() -> None:
    assert _alarms(
        "Pardoe Brands said revenue grew to $3.20 billion in the quarter.",
        "Pardoe Brands said total revenue grew to $3.60 billion in the quarter.",
    )


# --- the rule itself --------------------------------------------------------------------------

_words = st.frozensets(st.sampled_from(["gross", "net", "operate", "adjust", "core"]), max_size=3)
_periods = st.sampled_from([None, "quarter", "half", "year", "9 month"])


@given(_words, _words, _periods, _periods)
def test_contradiction_is_symmetric(k1: frozenset[str], k2: frozenset[str], p1, p2) -> None:  # type: ignore[no-untyped-def]
    a, b = Narrowing(kinds=k1, period=p1), Narrowing(kinds=k2, period=p2)
    assert (contradiction(a, b) is None) == (contradiction(b, a) is None)


@given(_words, _periods)
def test_a_reading_never_contradicts_itself(kinds: frozenset[str], period) -> None:  # type: ignore[no-untyped-def]
    r = Narrowing(kinds=kinds, period=period, owner="Pardoe")
    assert contradiction(r, r, "Pardoe", "Pardoe") is None


def test_an_empty_reading_contradicts_no_plain_one() -> None:
    assert contradiction(Narrowing(), Narrowing(kinds=frozenset({"gross"}))) is None
    assert contradiction(Narrowing(), Narrowing(period="9 month")) == "period"


# --- place: two countries are not one of them ---------------------------------------------------


def test_a_count_across_two_countries_is_not_the_count_in_one() -> None:
    assert not _alarms(
        "Harrowgate Logistics runs 61 warehouses across Spain and Portugal.",
        "Harrowgate Logistics operates 48 warehouses in Spain, its largest market.",
    )


def test_control_the_same_country_still_conflicts() -> None:
    assert _alarms(
        "Harrowgate Logistics runs 61 warehouses across Spain and Portugal.",
        "Harrowgate Logistics operates 55 warehouses across Spain and Portugal.",
    )


# --- owner: another company's quantity ------------------------------------------------------------


def test_debt_of_the_company_bought_is_not_the_buyer_s_new_debt() -> None:
    assert not _alarms(
        "Quillon Systems said the purchase would see it take on about $3 billion in Marbeck debt.",
        "Quillon Systems has lined up $14 billion in new debt from a group of lenders.",
    )


def test_global_spending_belongs_to_no_one_company() -> None:
    text = "Quillon Systems said global cloud spending would reach $500 billion this year."
    doc = parse_sentences([text])[0]
    at = text.index("$500 billion")
    r = narrowing_of(doc, at, at + len("$500 billion"), "spending")
    assert r is not None and r.owner == "world"
    assert contradiction(r, Narrowing(), None, "Quillon Systems") == "owner"


# --- process: a share of the ballots counted is not a share of the vote -----------------------


def test_the_share_counted_is_not_a_vote_share() -> None:
    for counting in (
        "After counting nearly 97 percent of the votes, officials said the Green list had won.",
        "With 97 percent of the vote counted, the Green list had won, officials said.",
    ):
        assert not _alarms(
            counting, "The Green list won 38.6 percent of the vote, the electoral board said."
        )


def test_control_two_vote_shares_still_conflict() -> None:
    assert _alarms(
        "The Green list won 38.2 percent of the vote, according to the final count.",
        "The Green list won 41.6 percent of the vote, the electoral board said.",
    )


# --- margin and amount taken off: not the quantity itself ----------------------------------------


def test_a_winning_margin_is_not_a_count_of_votes() -> None:
    assert not _alarms(
        "The harbour bridge plan was approved with 12,840 votes in favour.",
        "Voters approved the harbour bridge plan by 3,115 votes.",
    )


def test_value_wiped_off_is_not_the_market_value() -> None:
    assert not _alarms(
        "Ostrell Labs shares slid 18%, wiping $2.1 billion off its market value on Tuesday.",
        "Ostrell Labs' market value shrank to $9.4 billion on Tuesday.",
    )


def test_a_category_s_growth_given_beside_its_sales_is_the_category_s() -> None:
    assert not _alarms(
        "Pardoe Brands said revenue grew 5% in the quarter.",
        "Biscuits sales reached $640 million in the quarter, a 14% increase, Pardoe Brands said.",
    )


# --- basis, extreme, stage of a count -------------------------------------------------------------


def test_adjusted_earnings_are_not_the_reported_ones() -> None:
    assert not _alarms(
        "Tarnby Retail said earnings per share rose to 96 cents in the quarter.",
        "After adjusting for one-off charges, Tarnby Retail said earnings per share rose to $1.42 "
        "in the quarter.",
    )


def test_control_two_reported_earnings_still_conflict() -> None:
    assert _alarms(
        "Tarnby Retail said earnings per share rose to 96 cents in the quarter.",
        "Tarnby Retail said earnings per share rose to $1.42 in the quarter.",
    )


def test_a_session_high_is_not_the_close() -> None:
    assert not _alarms(
        "Lumora Health shares closed at $31.20 on Thursday in New York.",
        "Lumora Health shares touched a high of $36.90 on Thursday in New York.",
    )


def test_control_two_closes_still_conflict() -> None:
    assert _alarms(
        "Lumora Health shares closed at $31.20 on Thursday in New York.",
        "Lumora Health shares closed at $36.90 on Thursday in New York.",
    )


def test_shares_at_two_stages_of_a_count_are_two_figures() -> None:
    docs = [
        Document(id="a.txt", path="a.txt", text="With 60 percent of the ballots counted, the Blue "
                 "party had won 44.1 percent of the vote."),
        Document(id="b.txt", path="b.txt", text="With 95 percent of the ballots counted, the Blue "
                 "party had won 42.7 percent of the vote."),
    ]  # fmt: skip
    report = reconcile(docs)
    text = {c.id: c.text for c in report.claims}
    judged = {text[i] for f in report.findings for i in f.claims}
    assert "44.1 percent" not in judged and "42.7 percent" not in judged


def test_control_shares_at_one_stage_still_conflict() -> None:
    assert _alarms(
        "With 95 percent of the ballots counted, the Blue party had won 44.1 percent of the vote.",
        "With 95 percent of the ballots counted, the Blue party had won 42.7 percent of the vote.",
    )


# --- conversions of different amounts: rates drift between dates -------------------------------


def _rate_findings(first: str, second: str) -> list[tuple[str, str]]:
    docs = [
        Document(id="a.txt", path="a.txt", text=first),
        Document(id="b.txt", path="b.txt", text=second),
    ]
    return [(f.kind, f.severity) for f in reconcile(docs).findings if f.kind == "arithmetic"]


def test_different_amounts_converted_a_few_percent_apart_are_an_info_note() -> None:
    found = _rate_findings(
        "The striker will be paid £90 million ($117 million) a season by his new club.",
        "His old deal was worth £12 million ($14.6 million) a season, the club said.",
    )  # 1.30 against 1.217 dollars a pound: 6% apart
    assert found == [("arithmetic", "info")]


def test_control_one_amount_converted_two_ways_is_still_a_warning() -> None:
    found = _rate_findings(
        "The striker will be paid £90 million ($117 million) a season by his new club.",
        "The new deal, worth £90 million ($110 million) a season, was signed on Friday.",
    )
    assert found and all(s != "info" for _, s in found)


def test_control_different_amounts_far_apart_are_still_a_warning() -> None:
    found = _rate_findings(
        "The striker will be paid £90 million ($117 million) a season by his new club.",
        "His old deal was worth £12 million ($19.9 million) a season, the club said.",
    )  # 1.30 against 1.66: 22% apart
    assert found and all(s != "info" for _, s in found)


# --- a reference that an amount goes beyond: bounded, as "beyond the X" is ------------------------


def test_beyond_a_named_pledge_of_x_is_no_exact_x() -> None:
    assert not _alarms(
        "Kelso Energy will invest beyond its spring pledge of 12.4 billion euros on new grids.",
        "Kelso Energy said it would spend over 12.4 billion euros on new grids.",
    )


def test_control_an_exact_plan_against_a_bound_still_collides() -> None:
    assert _alarms(
        "Kelso Energy plans to invest 12.4 billion euros on new grids.",
        "Kelso Energy said it would spend over 12.4 billion euros on new grids.",
    )


# --- a peak written cut down or rounded -----------------------------------------------------------


def test_a_peak_cut_down_and_one_rounded_up_agree() -> None:
    assert not _alarms(
        "Lumora Health shares rose as much as 29% in late trading on Wednesday.",
        "Lumora Health shares climbed as much as 30% in late trading on Wednesday.",
    )


def test_control_two_peaks_far_apart_still_conflict() -> None:
    assert _alarms(
        "Lumora Health shares rose as much as 29% in late trading on Wednesday.",
        "Lumora Health shares climbed as much as 34% in late trading on Wednesday.",
    )


# --- person: ages of people described by different nouns ----------------------------------------


def test_ages_of_two_unnamed_people_are_two_quantities() -> None:
    assert not _alarms(
        "After the Solvik tram derailed, a 58-year-old conductor was taken to hospital.",
        "After the Solvik tram derailed, the 23-year-old driver was taken to hospital.",
    )


def test_control_the_age_of_one_described_person_still_collides() -> None:
    assert _alarms(
        "After the Solvik tram derailed, a 58-year-old conductor was taken to hospital.",
        "After the Solvik tram derailed, a 61-year-old conductor was taken to hospital.",
    )


# --- holder: percentages held by different parties ----------------------------------------------


def _reading(text: str, figure: str) -> Narrowing:
    (doc,) = parse_sentences([text])
    at = text.index(figure)
    found = narrowing_of(doc, at, at + len(figure), "stake")
    assert found is not None
    return found


def test_stakes_of_two_holders_are_two_quantities() -> None:
    a = _reading(
        "Pellow Industrial, which owns 6.3% of Dunmere Paints, wrote to the board.", "6.3%"
    )
    b = _reading("Ostwick Partners already holds 14.5% of the company's shares.", "14.5%")
    assert contradiction(a, b, "Dunmere Paints", "Dunmere Paints") == "holder"


def test_a_holder_named_by_a_with_phrase_is_read() -> None:
    a = _reading("Its biggest investor, Ostwick Partners, with 14.5%, backs a sale.", "14.5%")
    b = _reading("The Carrow pension scheme, which holds 3.1% of the shares, will abstain.", "3.1%")
    assert a.holder == "ostwick partners" and b.holder == "carrow pension scheme"
    assert contradiction(a, b) == "holder"


def test_control_one_holder_s_two_stakes_are_one_quantity() -> None:
    a = _reading(
        "Pellow Industrial, which owns 6.3% of Dunmere Paints, wrote to the board.", "6.3%"
    )
    b = _reading("Pellow Industrial already holds 7.1% of the company's shares.", "7.1%")
    assert contradiction(a, b, "Dunmere Paints", "Dunmere Paints") is None


def test_control_one_holder_s_stake_still_conflicts() -> None:
    assert _alarms(
        "Pellow Industrial, which owns a 6.3% stake in Dunmere Paints, opposes the merger.",
        "Pellow Industrial already holds a 14.5% stake in Dunmere Paints and opposes the merger.",
    )


# --- selection: a superlative picks some of the counted things out of more -------------------


def test_a_count_of_the_oldest_is_not_the_whole_fleet() -> None:
    assert not _alarms(
        "Corvell Air flies 31 jets on its regional routes, the carrier said on Monday.",
        "Corvell Air said on Monday that it had grounded its nine oldest jets for checks.",
    )


def test_a_least_profitable_selection_is_not_the_chain() -> None:
    assert not _alarms(
        "Pellory Foods runs 240 stores across the country, the grocer said.",
        "Pellory Foods runs its 90 least profitable stores at a loss, the grocer said.",
    )


def test_control_two_counts_of_the_whole_fleet_still_conflict() -> None:
    assert _alarms(
        "Corvell Air flies 31 jets on its regional routes, the carrier said on Monday.",
        "Corvell Air flies 37 jets on its regional routes, the carrier said on Monday.",
    )


def test_the_superlative_is_read_as_a_selection() -> None:
    doc = parse_sentences(["Inspectors checked the six busiest terminals in the region."])[0]
    text = doc.text
    start = text.index("six")
    r = narrowing_of(doc, start, text.index(" in the"), "terminals", count=True)
    assert r is not None and r.selection == "busy"
    plain = parse_sentences(["Inspectors checked six terminals in the region."])[0]
    start = plain.text.index("six")
    r2 = narrowing_of(plain, start, plain.text.index(" in the"), "terminals", count=True)
    assert r2 is not None and r2.selection is None
    assert contradiction(r, r2) == "selection"


# --- listed kinds: "3 flight crew and 5 cabin crew" are parts of the crew ------------------


def test_a_listed_kind_of_crew_is_not_the_whole_crew() -> None:
    assert not _alarms(
        "The jet carried 151 passengers, 3 flight crew and 5 cabin crew, the airline said.",
        "There were 151 passengers and eight crew on board, the airline said.",
    )


def test_control_two_counts_of_the_whole_crew_still_conflict() -> None:
    assert _alarms(
        "There were 151 passengers and eight crew on board, the airline said.",
        "There were 151 passengers and eleven crew on board, the airline said.",
    )


def test_listed_kinds_are_read_as_categories() -> None:
    text = "The plant employs 300 day-shift workers and 120 night-shift workers."
    doc = parse_sentences([text])[0]
    start = text.index("120")
    r = narrowing_of(doc, start, text.index("."), "workers", count=True)
    assert r is not None and r.categories == frozenset({"night", "shift"})
    alone = "The plant employs 120 night-shift workers."
    doc = parse_sentences([alone])[0]
    start = alone.index("120")
    r = narrowing_of(doc, start, alone.index("."), "workers", count=True)
    assert r is not None and not r.categories


# --- selection by position: "the first 40", "its last 12", "the remaining 30" -----------------


def test_a_count_of_the_first_few_is_not_the_whole() -> None:
    assert not _alarms(
        "The Brenholt library lent 5,400 books over the summer, its director said.",
        "The Brenholt library lent its first 2,000 books within a month, its director said.",
    )


def test_a_word_of_position_before_the_number_is_read_as_a_selection() -> None:
    for sentence, word in (
        ("Riders completed the last 15 laps under a safety car.", "last"),
        ("The remaining 30 flats will be sold next spring.", "remaining"),
    ):
        doc = parse_sentences([sentence])[0]
        start = doc.text.index("1" if word == "last" else "3")
        end = doc.text.index(" under" if word == "last" else " will")
        r = narrowing_of(doc, start, end, "", count=True)
        assert r is not None and r.selection == word


def test_control_a_position_after_the_number_selects_nothing() -> None:
    doc = parse_sentences(["The airline sold 40 first-class seats on the route."])[0]
    start = doc.text.index("40")
    r = narrowing_of(doc, start, doc.text.index(" on the"), "seats", count=True)
    assert r is not None and r.selection is None


def test_control_two_counts_of_all_the_books_still_conflict() -> None:
    assert _alarms(
        "The Brenholt library lent 5,400 books over the summer, its director said.",
        "The Brenholt library lent 2,000 books over the summer, its director said.",
    )
