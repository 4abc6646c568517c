"""A count of people whose verb says they died ("the blaze killed 23 workers", "nineteen
miners died") is a death toll, not the employer's jobs, although the noun counted ("workers")
names a workforce elsewhere ("the mill employs 400 workers") (class: the counted noun's metric
beating the verb that says what happened to them). Sentences written afresh, invented names."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _metrics(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.metric for c in extract_claims(doc)}


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The blaze at the Ostrand depot killed 23 workers on Monday.", "23 workers"),
        ("Nineteen miners died underground at the Pellek pit.", "Nineteen miners"),
        ("The collapse killed 14 staff at the Ruvane warehouse.", "14 staff"),
    ],
)
def test_people_who_died_are_a_death_toll(sentence: str, figure: str) -> None:
    assert _metrics(sentence)[figure] == "death toll"


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The Ostrand depot employs 400 workers across two shifts.", "400 workers"),
        ("A total of 140 workers were inside the Pellek plant.", "140 workers"),
    ],
)
def test_a_workforce_stays_jobs(sentence: str, figure: str) -> None:
    # control: no verb of death, the workforce's count
    assert _metrics(sentence)[figure] == "jobs"
