"""A figure held by a word of value is the value of the noun that word attaches to (issue 11,
class "a head noun picked from the wrong phrase"): "goods worth $9.6 billion" was 'worth worth
good' (the subject's noun, narrowed twice by "worth"), "$9.6 billion worth of goods" 'worth'
narrowed "of good", and neither met "$6.9 billion of goods" ('good'); "thieves took jewellery
worth $12 million" was the thieves'. All now name the goods, the jewellery. Control: a
vocabulary metric that "worth" already serves stays ("the deal, worth $5bn": deal value).
Sentences written afresh, names invented."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metric(text: str, figure: str) -> str | None:
    claims = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    return next(c.metric for c in claims if c.text == figure)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Analysts at Orlin Freight estimate that cargo worth $4.1 billion sits idle each day.",
         "$4.1 billion"),
        ("Analysts at Orlin Freight estimate that $4.1 billion worth of cargo sits idle each day.",
         "$4.1 billion"),
        ("Analysts at Orlin Freight estimate that $4.7 billion of cargo sits idle each day.",
         "$4.7 billion"),
    ],
)  # fmt: skip
def test_three_wordings_of_a_value_name_one_thing(text: str, figure: str) -> None:
    assert _metric(text, figure) == "cargo"


def test_the_valued_noun_not_the_verbs_subject() -> None:
    text = "Raiders took paintings worth $12 million from the Welby gallery."
    assert _metric(text, "$12 million") == "painting"


def test_control_a_vocabulary_metric_of_worth_stays() -> None:
    assert _metric("The deal, worth $5bn, was signed by Tamsin Group on Monday.", "$5bn") == (
        "deal value"
    )
