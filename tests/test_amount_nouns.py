"""A noun that is an amount made, moved or let out (emissions, production, exports, the harvest)
is what a physical figure it holds measures, by the copula as by a verb: "exports were 3.1
million tonnes" and "exports rose to 3.3 million tonnes" are one quantity, not an export's
weight against exports. Control: a thing that is no amount keeps its dimension's name ("the
tanker is 290 metres": tanker length). Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _run(*texts: str):  # type: ignore[no-untyped-def]
    docs = [Document(id=f"{chr(97 + i)}.txt", path="x", text=t) for i, t in enumerate(texts)]
    return reconcile(docs)


def test_an_amount_by_the_copula_meets_the_amount_by_a_verb() -> None:
    r = _run(
        "Velland's wheat exports rose 4% in 2025 to 3.1 million tonnes, the board said.",
        "Wheat exports were 3.6 million tonnes in 2025, the board said.",
    )
    tonnes = [c for c in r.claims if "tonnes" in c.text]
    assert len({g.id for g in r.groups for c in tonnes if c.id in g.claims}) == 1
    assert any(f.severity != "info" and "3.6 million tonnes" in f.message for f in r.findings)


def test_control_a_thing_that_is_no_amount_keeps_its_dimension() -> None:
    r = _run("The tanker is 290 metres long and sails under a Velland flag.")
    assert r.claims[0].metric == "tanker length"
