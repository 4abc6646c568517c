"""A person a story brings in as an example ("Mira Holt, a nurse from Eastwick, waited eight
months for a refund") is not its main subject, though named more often than the body the
figures belong to: the figures a sentence gives without a name fall to the story's subject,
not to the example (class: a case study's person as a document's subject). Controls: a person
in the headline, and a person introduced by a post who acts for the body, keep their place."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document


def _subjects(text: str) -> dict[str, str | None]:
    doc = Document(id="t.txt", path="t.txt", text=text)
    return {c.text: c.subject for c in extract_claims(doc)}


STORY = (
    "Refund claims climb\n\n"
    "Claims lodged with the Tarnfield Ombudsman Service rose 11.4 per cent last year to "
    "52,300, the ombudsman said on Thursday.\n\n"
    "Mira Holt, a nurse from Eastwick, waited eight months for a refund on a broken boiler. "
    '"Nobody answered," Mira Holt said. Mira Holt was repaid in the end.\n\n'
    "The service upheld 38% of the claims it closed."
)


def test_an_example_person_is_not_the_stories_subject() -> None:
    subjects = _subjects(STORY)
    assert subjects["38%"] != "Mira Holt"
    assert subjects["52,300"] != "Mira Holt"


def test_control_a_person_in_the_headline_stays() -> None:
    text = STORY.replace("Refund claims climb", "Mira Holt's long wait", 1)
    assert _subjects(text)["38%"] == "Mira Holt"
