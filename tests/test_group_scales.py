"""Figures orders of magnitude apart measure different things (issue 11, class "look-alikes
merged"): "family passes cost £349" and "the arena will cost £410m" are both a cost, but no
slip of scale turns one into the other. A slip of scale (a thousand times off) stays a
disagreement."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document
from reconcile.pipeline import reconcile


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _group_of(claims: list[Claim]) -> dict[str, str]:
    return {cid: g.id for g in group_claims(claims) for cid in g.claims}


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if digits in c.text)


def test_a_price_and_a_budget_named_alike_are_two_quantities() -> None:
    a = _claims("a.txt", "Family passes to the new Orwin Arena will cost £349.")
    b = _claims("b.txt", "The new Orwin Arena will cost £410m, its builders said.")
    group = _group_of([*a, *b])
    assert group[_one(a, "349").id] != group[_one(b, "410m").id]


def test_control_a_slip_of_scale_is_still_one_quantity_in_conflict() -> None:
    docs = [
        Document(id="a.txt", path="a.txt", text="The new Orwin Arena will cost £410m in all."),
        Document(id="b.txt", path="b.txt", text="The new Orwin Arena will cost £410bn in all."),
    ]
    report = reconcile(docs)
    assert any(f.severity != "info" for f in report.findings)


def test_an_amount_on_top_of_another_is_not_the_whole() -> None:
    """'another', 'a further': an increment of the quantity an earlier figure of the source
    gives is grouped with increments, not with the whole."""
    a = _claims("a.txt", "The council will spend £40m on roads and a further £15m on bridges.")
    b = _claims("b.txt", "The council will spend £40m on roads, it said.")
    c = _claims("c.txt", "The council will spend £40m on roads. It will spend a further £15m.")
    group = _group_of([*a, *b, *c])
    assert group[_one(a, "40m").id] == group[_one(b, "40m").id] == group[_one(c, "40m").id]
    assert group[_one(a, "15m").id] == group[_one(c, "15m").id] != group[_one(a, "40m").id]


def test_a_first_instalment_is_not_the_whole() -> None:
    """Class "an instalment taken for the whole": 'an immediate 9% rise' and '£300m up front'
    are the first part of a staged amount, grouped with first parts, never set against the
    whole another source gives ('a 22% rise over the four-year deal', '£1.1bn in all')."""
    a = _claims("a.txt", "Brevick Rail drivers will get an immediate 9% rise under the deal.")
    b = _claims("b.txt", "Brevick Rail drivers will get a 22% rise over the four-year deal.")
    c = _claims("c.txt", "Tessaly Pharma will pay £300m up front for the Ulstrom licence.")
    d = _claims("d.txt", "Tessaly Pharma will pay £1.1bn for the Ulstrom licence.")
    group = _group_of([*a, *b, *c, *d])
    assert group[_one(a, "9%").id] != group[_one(b, "22%").id]
    assert group[_one(c, "300m").id] != group[_one(d, "1.1bn").id]


def test_control_without_an_instalment_word_the_whole_meets_the_whole() -> None:
    a = _claims("a.txt", "Brevick Rail drivers will get a 19% rise under the deal.")
    b = _claims("b.txt", "Brevick Rail drivers will get a 22% rise under the deal.")
    group = _group_of([*a, *b])
    assert group[_one(a, "19%").id] == group[_one(b, "22%").id]


def test_control_another_after_a_figure_of_another_quantity_marks_nothing() -> None:
    a = _claims("a.txt", "The blast killed 23 people and another 61 people were injured in Verlo.")
    b = _claims("b.txt", "In Verlo, 64 people were injured by the blast.")
    group = _group_of([*a, *b])
    assert group[_one(a, "61").id] == group[_one(b, "64").id]


def test_two_rates_narrowed_by_nouns_of_their_own_stay_apart() -> None:
    """'a retention rate of 84%' and 'an approval rate of 81%' for one company: near figures,
    one measured thing (a rate), but the parse names each by a noun of its own: two
    quantities, never merged by the weighed evidence."""
    from reconcile.claims.group import _named_apart

    assert _named_apart("retention rate", "approval rate")
    assert not _named_apart("previous record", "old record")  # adjectives: one record
    assert not _named_apart("retention rate", "retention rate (among pupil)")
    a = _claims("a.txt", "Larkfield College reported a retention rate of 84% this year.")
    b = _claims("b.txt", "Larkfield College said its approval rate was 81% this year.")
    group = _group_of([*a, *b])
    assert group[_one(a, "84%").id] != group[_one(b, "81%").id]


def test_an_adjective_of_the_bearer_names_no_other_quantity() -> None:
    """Class "the bearer's description is not the quantity": "the 612-foot Liberian-flagged
    tanker" and "the 621-foot tanker" measure one length; the flag describes the tanker, so its
    noun ("liberian" inside "liberian-flagged") does not tell two lengths apart, and "vessel"
    is a ship (metrics.toml [synonyms]). Two sources' lengths then meet and disagree."""
    from reconcile.claims.group import _named_apart

    assert not _named_apart("liberian-flagged tanker length", "tanker length")
    from reconcile.claims.context import canonical_metric

    assert canonical_metric("bulk vessel weight") == "bulk ship weight"
    a = _claims("a.txt", "The 612-foot Liberian-flagged vessel Morvanna ran aground near Tessel.")
    b = _claims("b.txt", "The 621-foot ship Morvanna ran aground near Tessel on Sunday.")
    group = _group_of([*a, *b])
    assert group[_one(a, "612").id] == group[_one(b, "621").id]


def test_control_nouns_of_their_own_still_name_two_lengths() -> None:
    """Control: a noun of the name's own still narrows it ("hull length" / "deck length"
    stay apart), and so does a noun before an adjective's head ("cloud revenue")."""
    from reconcile.claims.group import _named_apart

    assert _named_apart("hull length", "deck length")
    assert _named_apart("cloud revenue", "advertising revenue")


def test_units_of_two_words_have_their_dimension() -> None:
    from reconcile.claims.group import physical_dimension

    assert physical_dimension("metric ton") == physical_dimension("kilogram") == "[mass]"
    assert physical_dimension("degree Celsius") == physical_dimension("degree Fahrenheit")
    assert physical_dimension("nautical mile") == "[length]"
    assert physical_dimension("no such unit").startswith("unit:")


def test_a_ferry_is_a_ship_so_its_tonnage_meets_the_ships() -> None:
    """Class "the bearer's description is not the quantity", a ferry named by another outlet as
    a ship: "the 4,200-tonne ferry" and "the 4,500-tonne ship" of one name weigh one thing
    (metrics.toml [synonyms] ferry = ship), so the two figures meet and disagree."""
    from reconcile.claims.context import canonical_metric

    assert canonical_metric("ferry weight") == canonical_metric("ship weight")
    a = _claims("a.txt", "The 4,200-tonne ferry Brisk Heron capsized off Tallow Point.")
    b = _claims("b.txt", "The 4,500-tonne ship Brisk Heron capsized off Tallow Point on Monday.")
    group = _group_of([*a, *b])
    assert group[_one(a, "4,200").id] == group[_one(b, "4,500").id]
