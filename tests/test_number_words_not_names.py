"""A number word opening a sentence is never a name (entities._proper): "One pupil told ...",
"One was hurt" had made "One" the story's main subject, and every figure with no name near it
was filed under it. A number word inside a longer name is still part of that name."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document

TEXT = (
    "Tarnow school bus overturns\n\n"
    "A school bus run by Velko Transit overturned near Tarnow on Monday. "
    "One pupil said the driver braked hard. One parent said the road was icy. "
    "One was hurt badly. About 30 pupils were on board, Velko Transit said."
)


def test_a_number_word_is_never_the_subject() -> None:
    claims = extract_claims(Document(id="a.txt", path="a.txt", text=TEXT))
    assert claims and all(c.subject != "One" for c in claims)
    [pupils] = [c for c in claims if c.text.startswith("30")]
    assert pupils.subject == "Velko Transit"


def test_control_a_name_that_holds_a_number_word_stays_a_name() -> None:
    text = "Concert news\n\nOne Horizon sold 12,000 tickets for its Tarnow show, One Horizon said."
    [tickets] = extract_claims(Document(id="b.txt", path="b.txt", text=text))
    assert tickets.subject == "One Horizon"
