"""One name written by one source with a slip of the keys (a letter swapped, dropped, added or
changed: "Carnbury" / "Carbnury") is one subject with the form the others write (class: a
misspelt name in one source filed as another subject). Two distinct names stay apart: names
one letter apart that one source writes both, acronyms, names that differ in their number,
and short words. Names invented."""

from __future__ import annotations

from reconcile.claims.group import _one_slip, _spelling_forms, group_claims
from tests.claim_builder import built_claim


def _visitors(doc: str, value: float, subject: str):  # type: ignore[no-untyped-def]
    return built_claim(
        doc,
        f"{value:g} visitors",
        value,
        "visitor",
        value,
        value,
        kind="count",
        subject=subject,
        metric="visitors",
    )


def test_a_swapped_letter_in_one_source_is_the_same_subject() -> None:
    claims = [
        _visitors("a.txt", 41000, "Carnbury"),
        _visitors("b.txt", 41000, "Carnbury"),
        _visitors("c.txt", 14000, "Carbnury"),
    ]
    assert _spelling_forms(claims) == {"Carbnury": "Carnbury"}
    groups = group_claims(claims)
    assert len(groups) == 1 and len(groups[0].claims) == 3


def test_a_dropped_letter_is_a_slip() -> None:
    assert _one_slip("Quenwick", "Quenwik")
    assert _one_slip("Carnbury", "Carnbry")


def test_a_letter_added_at_the_end_makes_another_word() -> None:
    # control: "the Swede" is a person, not the country; an adjective of a place is no slip
    assert not _one_slip("Dane", "Danes")
    assert not _one_slip("Orvanda", "Orvandan")


def test_two_firms_one_letter_apart_that_a_source_names_both_stay_apart() -> None:
    # control: a source giving figures to both names tells the two apart
    claims = [
        _visitors("a.txt", 900, "Halbrook"),
        _visitors("a.txt", 1200, "Holbrook"),
        _visitors("b.txt", 950, "Halbrook"),
    ]
    assert _spelling_forms(claims) == {}


def test_acronyms_numbers_and_short_words_are_no_slips() -> None:
    # controls: an acronym's letter, a model's number and a short word change what is named
    assert not _one_slip("UNHCR", "UNHRC")
    assert not _one_slip("Vexa-3", "Vexa-4")
    assert not _one_slip("Tarn", "Tern")
    assert not _one_slip("Dulcott", "Bulcott")


def test_names_of_more_words_are_left_to_the_fuzzy_match() -> None:
    # control: a slip in a longer name is joined within each quantity by cluster_names only
    claims = [_visitors("a.txt", 900, "Tobin Marlowe"), _visitors("b.txt", 950, "Tobyn Marlowe")]
    assert _spelling_forms(claims) == {}
