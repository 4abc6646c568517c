"""A count whose noun is joined by "and" to another noun with no number of its own counts both
("a bus carrying 52 pupils and teachers"): it is named by both and never meets a count of one
of them. Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _metric(text: str, figure: str) -> str | None:
    claims = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    [claim] = [c for c in claims if c.text.startswith(figure)]
    return claim.metric


@pytest.mark.parametrize(
    ("text", "figure", "both"),
    [
        ("The coach, carrying 52 pupils and teachers, left the road.", "52", ("pupil", "teacher")),
        ("Gales tore the roofs off 31 barns and workshops.", "31", ("barn", "workshop")),
    ],
)
def test_a_count_of_two_joined_nouns_names_both(text: str, figure: str, both: tuple) -> None:
    metric = _metric(text, figure) or ""
    assert all(word in metric for word in both), metric


@pytest.mark.parametrize(
    ("text", "figure", "absent"),
    [
        ("The coach carried 52 pupils and four teachers to the coast.", "52", "teacher"),
        ("The gale tore the roofs off 31 barns and a chapel overnight.", "31", "chapel"),
    ],
)
def test_control_a_joined_noun_with_its_own_number_is_another_count(
    text: str, figure: str, absent: str
) -> None:
    assert absent not in (_metric(text, figure) or "")


def test_the_whole_never_conflicts_with_one_of_its_parts() -> None:
    texts = (
        "Dunmore, Tuesday. A coach carrying 52 pupils and teachers left the road near Dunmore.",
        "Dunmore, Tuesday. Of the 47 pupils on the coach that left the road near Dunmore, "
        "nine were hurt.",
    )
    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t) for n, t in zip("ab", texts, strict=True)
    ]
    report = reconcile(docs)
    assert not [f for f in report.findings if f.severity in ("warning", "error")]
