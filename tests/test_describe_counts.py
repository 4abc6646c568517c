"""A count of a generic noun ("1,410 people") measures what befell them (issue 11, class "no
metric or a junk metric": the plural "persons" said nothing): two counts of people treated
meet, a count of people treated and one of people who were sent home stay apart; a population
is named by the vocabulary however it is worded."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _one(cs: list[Claim], digits: str) -> Claim:
    return next(c for c in cs if digits in c.text)


@pytest.mark.parametrize(
    ("text", "digits", "metric"),
    [
        (
            "Doctors in Velsk say 2,310 people have been treated for smoke inhalation.",
            "2,310",
            "persons (treat)",
        ),
        (
            "Clinics across Velsk treated 2,130 people for smoke inhalation on Monday.",
            "2,130",
            "persons (treat)",
        ),
        (
            "Officials say a total of 6,500 people were affected by the outage.",
            "6,500",
            "persons (affect)",
        ),
        (
            "A number of 40 people were questioned by the police after the match.",
            "40",
            "persons (question)",
        ),
    ],
)
def test_a_count_of_people_is_named_by_what_befell_them(
    text: str, digits: str, metric: str
) -> None:
    assert _one(_claims("t.txt", text), digits).metric == metric


def test_two_wordings_of_people_treated_meet_and_people_sent_home_stay_apart() -> None:
    a = _claims("a.txt", "In Velsk, 2,310 people have been treated for smoke inhalation.")
    b = _claims("b.txt", "Hospitals in Velsk treated 2,130 people for smoke inhalation.")
    c = _claims("c.txt", "In Velsk, 1,900 people were sent home from the shelters by Monday.")
    groups = group_claims([*a, *b, *c])
    by_claim = {cid: g for g in groups for cid in g.claims}
    ta, tb, home = _one(a, "2,310"), _one(b, "2,130"), _one(c, "1,900")
    assert by_claim[ta.id] is by_claim[tb.id]
    assert by_claim[home.id] is not by_claim[ta.id]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour town is home to 48,000 people and two ferry piers.",
        "The harbour town has a population of 48,000, the census shows.",
        "The harbour town, a community of 48,000 people, opened a new school.",
        "The harbour town, where some 48,000 people live, opened a new school.",
        "The harbour town counts 48,000 inhabitants after the boundary change.",
        "Brask, a town of 48,000 people on the coast, opened a new school.",
        "Velsk, a city of 48,000 residents near the border, opened a new school.",
    ],
)
def test_a_population_is_one_metric_however_it_is_worded(text: str) -> None:
    assert _one(_claims("t.txt", text), "48,000").metric == "population"
