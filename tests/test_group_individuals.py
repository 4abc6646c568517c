"""An age belongs to the individual it is set beside (issue 11, class "one person's attribute
set against another's"): two ages are one quantity only when they describe one person. The
bearer is read from the parse (:mod:`reconcile.claims.bearer`): an apposition ("Name, 52,"), a
noun the age modifies and its apposed name ("his daughter Ilse, 19"), a relative clause ("who
is 40"), the subject of "turned 52"; "the 52-year-old" stands for someone named before, and "a
52-year-old conductor" is a description, one conductor in two reports of one event."""

from __future__ import annotations

import pytest

from reconcile.claims.bearer import ANAPHOR, bearer
from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import parse_sentences


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        (
            "Rescuers reached Tomas Brandl, 52, and his daughter Ilse, 19, at dawn.",
            "52",
            "Tomas Brandl",
        ),
        ("Rescuers reached Tomas Brandl, 52, and his daughter Ilse, 19, at dawn.", "19", "Ilse"),
        ("Kessel, a 33-year-old nurse from Wendt, was among them.", "33-year-old", "Kessel"),
        ("Dorn, who is 40, will lead the inquiry.", "40", "Dorn"),
        ("Pia Lund turned 61 last week.", "61", "Pia Lund"),
        ("The 45-year-old declined to comment.", "45-year-old", ANAPHOR),
        ("She turned 61 last week.", "61", ANAPHOR),
        ("The 45-year-old engineer declined to comment.", "45-year-old", "the engineer"),
        ("A 45-year-old woman was taken to hospital.", "45-year-old", "a woman"),
    ],
)
def test_the_bearer_of_an_age(sentence: str, figure: str, expected: str | None) -> None:
    doc = parse_sentences([sentence])[0]
    at = sentence.index(figure)
    assert bearer(doc, at, at + len(figure)) == expected


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _ages(claims: list[Claim]) -> dict[str, str]:
    """Age claim text (with its document) -> the id of its group."""
    groups = group_claims(claims)
    by_id = {c.id: c for c in claims}
    return {
        f"{by_id[cid].document}:{by_id[cid].text}": g.id
        for g in groups
        for cid in g.claims
        if g.metric and g.metric.rstrip("'") == "age"
    }


def test_two_people_aged_in_one_sentence_are_two_quantities() -> None:
    a = _claims("a.txt", "Rescuers reached Tomas Brandl, 52, and his daughter Ilse, 19, at dawn.")
    b = _claims("b.txt", "The rescued included Tomas Brandl, 55, a farmer from the valley.")
    ages = _ages([*a, *b])
    assert ages["a.txt:52"] == ages["b.txt:55"]  # one man: a disagreement to flag
    assert ages["a.txt:19"] != ages["a.txt:52"]  # his daughter's age is hers


def test_unnamed_people_of_different_ages_are_never_compared() -> None:
    a = _claims("a.txt", "Harwick signed three players on Friday. The 29-year-old cost £4m.")
    b = _claims("b.txt", "Harwick signed three players on Friday. The 22-year-old cost £9m.")
    c = _claims("c.txt", "Police said a 31-year-old man was arrested in Harwick.")
    ages = _ages([*a, *b, *c])
    assert (
        len({ages["a.txt:29-year-old"], ages["b.txt:22-year-old"], ages["c.txt:31-year-old"]}) == 3
    )


def test_a_reference_back_joins_the_person_another_source_ages_by_name() -> None:
    a = _claims("a.txt", "Arnaud Pelt, 27, has joined Brisco on a four-year deal.")
    b = _claims("b.txt", "Brisco have signed Arnaud Pelt. The 26-year-old striker cost £12m.")
    ages = _ages([*a, *b])
    assert ages["a.txt:27"] == ages["b.txt:26-year-old"]


def test_the_place_a_person_comes_from_does_not_split_their_age() -> None:
    """'Norland's Pia Lund, 61' and 'the 64-year-old' of another report are one person's age
    (a place before a name says where she is from, not which age it is)."""
    a = _claims("a.txt", "Norland's Pia Lund, 61, won the women's race in Orbury.")
    b = _claims("b.txt", "Pia Lund won in Orbury, and the 64-year-old made it look easy.")
    ages = _ages([*a, *b])
    assert ages["a.txt:61"] == ages["b.txt:64-year-old"]
