"""A figure whose sentence names no holder takes its document's default subject (the agency
that reported it, a code of the thing measured). When every other source gives that metric
one holder, named in sentences of two documents or more, the default yields: the two groups
merge at ``group.DEFAULT_CUT`` as two defaults do (``group._SoleBearers``). A holder named by
one document only, or two holders the sentences name, keep the usual cut."""

from __future__ import annotations

from reconcile.claims.evidence import context, probability
from reconcile.claims.group import DEFAULT_CUT, group_claims
from tests.claim_builder import built_claim

UNNAMED = "Overnight 14 ferries were held in port as the gale strengthened."
NAMED_A = "The gale kept 11 ferries in port at Ostervik overnight."
NAMED_B = "The storm kept 11 ferries in port at Ostervik overnight."
OTHER = "Lunnbay cancelled 3 ferries at noon."


def _ferries(doc: str, value: float, subject: str, sentence: str):  # type: ignore[no-untyped-def]
    surface = f"{value:g} ferries"
    return built_claim(
        doc,
        surface,
        value,
        "ferry",
        value,
        value,
        start=sentence.index(surface),
        kind="count",
        subject=subject,
        metric="ferries",
        sentence=sentence,
    )


def _run(b: str = NAMED_A, c: str = NAMED_B, c_subject: str = "Ostervik") -> list:  # type: ignore[type-arg]
    return [
        _ferries("a.txt", 14, "NQX-7", UNNAMED),
        _ferries("b.txt", 11, "Ostervik", b),
        _ferries("c.txt", 11, c_subject, c),
    ]


def test_the_default_and_the_named_holder_lie_between_the_cuts() -> None:
    a, b, _ = _run()
    assert DEFAULT_CUT <= probability(a, b, context([a, b])) < 0.93


def test_a_default_yields_to_the_one_holder_two_sources_name() -> None:
    groups = group_claims(_run())
    assert len(groups) == 1 and len(groups[0].claims) == 3


def test_a_holder_one_source_names_keeps_the_usual_cut() -> None:
    claims = _run()[:2]
    assert len(group_claims(claims)) == 2


def test_two_named_holders_keep_the_usual_cut() -> None:
    groups = group_claims([*_run(), _ferries("d.txt", 3, "Lunnbay", OTHER)])
    assert any(g.subject == "NQX-7" and len(g.claims) == 1 for g in groups)
