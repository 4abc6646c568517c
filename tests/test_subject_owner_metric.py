"""A figure held by the "of" of its clause's subject is what that noun names (issue 11):
"Assembly of 71,500 cars outstripped deliveries" counts cars assembled, not deliveries, so
it never meets "delivered 69,800 cars"; nor does a counted noun alone make "a convoy of 14
vehicles" a count of vehicles sold. A subject noun that is itself a word of the metric
("Deliveries of 58,100 scooters fell short of output") keeps it."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _claim(text: str, digits: str) -> Claim:
    cs = extract_claims(Document(id="t.txt", path="t.txt", text=text))
    return next(c for c in cs if c.text.startswith(digits))


def test_the_subjects_noun_names_the_figure_not_the_objects_keyword() -> None:
    made = _claim(
        "Assembly of 71,500 cars outstripped deliveries at Tessaro last quarter.", "71,500"
    )
    sold = _claim("Tessaro delivered 69,800 cars last quarter.", "69,800")
    assert sold.metric == "unit sales"
    assert made.metric != sold.metric
    convoy = _claim("A convoy of 14 vehicles was caught in the flood near Amberley.", "14")
    assert convoy.metric != "unit sales"


def test_a_subject_noun_of_the_metric_keeps_it() -> None:
    cs = _claim("Deliveries of 58,100 scooters fell short of output.", "58,100")
    assert cs.metric == "unit sales"
