"""A figure after a bare "from" is an earlier value only when the parse hangs the "from" on a
move (issue 11, a group whose pair the comparison let pass as "an earlier value"): a word of a
rise or a fall ("grew its base from 2,140 farms"), a word that also goes "to" a value, a
word a figure of its own measures or a return ("came back from"); and only for a count: a
level after "from" is where a move started, whatever the verb. A "from" on anything else names
where something comes from ("collects milk from 2,140 farms"), and its figure is weighed."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.compare.context import Ctx
from reconcile.config import Settings
from tests.reported import alarms

OTHER = "Velmark, the dairy cooperative in Orrisby, says it works with 2,410 farms."
COLLECTS = "The dairy cooperative Velmark in Orrisby collects milk from 2,140 farms."


def _earlier(text: str) -> dict[str, bool]:
    """Each figure of ``text`` -> whether the comparison reads it as an earlier value."""
    claims = extract_claims(Document(id="a.txt", path="a.txt", text=text))
    ctx = Ctx(Settings(), {c.id: c for c in claims}, {"a.txt": text}, set(), frozenset())
    return {c.text: ctx.is_earlier(c) for c in claims}


def test_a_from_that_names_a_source_is_no_earlier_value() -> None:
    assert _earlier(COLLECTS) == {"2,140 farms": False}
    found = alarms(COLLECTS, OTHER)
    assert len(found) == 1
    assert "2,140" in found[0] and "2,410" in found[0]


def test_a_from_on_a_move_is_still_an_earlier_value() -> None:
    grew = _earlier("Velmark in Orrisby grew its supplier base from 2,140 farms this year.")
    assert grew == {"2,140 farms": True}
    assert _earlier("Velmark's farm count rose to 2,600 from 2,140.")["2,140"]
