"""Class: a count updated over the story. A count its sentence gives as the final tally ("the
board's final tally", "the final toll") against another source's lower count that names no
final tally: the lower one may be a tally taken while the count still ran. A plain higher
count, or a final tally below the other, still conflicts. Fresh sentences with invented names
and figures."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups

EARLY = "The Carrow health board said today that 190 residents have reported symptoms."


def _findings(a: str, b: str) -> list[Finding]:
    docs = [
        Document(id="a.txt", path="a.txt", text=a),
        Document(id="b.txt", path="b.txt", text=b),
    ]
    claims: list[Claim] = [c for d in docs for c in extract_claims(d)]
    assert len(claims) == 2, [(c.text, c.value) for c in claims]
    g = Group(id="g1", label="residents", claims=[c.id for c in claims])
    return [f for f in compare_groups([g], claims, documents=docs) if f.severity != "info"]


def test_a_final_tally_above_an_unmarked_count_is_a_later_stage() -> None:
    found = _findings(EARLY, "On the Carrow health board's final tally, 305 residents fell ill.")
    assert all(f.kind != "value_mismatch" for f in found)


def test_control_a_higher_count_named_no_final_tally_conflicts() -> None:
    [f] = _findings(EARLY, "The Carrow health board says 305 residents fell ill.")
    assert f.kind == "value_mismatch"


def test_control_a_final_tally_below_the_other_conflicts() -> None:
    [f] = _findings(EARLY, "On the Carrow health board's final tally, 150 residents fell ill.")
    assert f.kind == "value_mismatch"
