"""An amount held by the "of" of its verb's object is the value of what that noun names, not of
what a keyword in the rest of the clause names: "the deal carries an exit clause of £90m" is
the clause's figure, not the deal's value (claims.context._subject_owners, parse.subject_owner
with objects). A noun that is itself a word of the chosen metric keeps it."""

from __future__ import annotations

from tests.reported import metric_of


def test_an_amount_of_the_object_is_not_the_subjects_metric() -> None:
    text = "Tarrow kept its winger. The deal carries an exit clause of £90m, the club said.\n"
    assert metric_of(text, "£90m") not in (None, "deal value")
    text = "The takeover carries a break penalty of $140m for either side.\n"
    assert metric_of(text, "$140m") != "deal value"


def test_controls_the_nouns_own_metric_stays() -> None:
    assert metric_of("The club signed a deal of £90m with its winger.\n", "£90m") == "deal value"
    assert metric_of("Pellcorp raised a funding round of $50m.\n", "$50m") == "funds raised"
