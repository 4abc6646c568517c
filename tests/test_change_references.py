"""Changes measured against different things ("the rand slid 1.9% against the dollar" / "shed
0.7% against the euro") are two quantities, not one move the sources disagree on. Controls:
the same reference written two ways (a name and a code) still conflicts, and so does a change
that names nothing it is measured against."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Document, Group
from reconcile.compare import compare_groups


def move(doc: str, text: str, surface: str, value: float) -> tuple[Claim, Document]:
    at = text.index(surface)
    claim = built_claim(
        doc,
        surface,
        value,
        "percent",
        value - 0.05,
        value + 0.05,
        start=at,
        kind="percent",
        subject="Tarvenia",
        metric="exchange rate change",
        sentence=text,
        role="change",
        direction="down",
    )
    return claim, Document(id=doc, path=doc, text=text)


def severities(*pairs: tuple[Claim, Document]) -> set[str]:
    claims = [c for c, _ in pairs]
    group = Group(id="g1", label="Tarvenia: exchange rate change", claims=[c.id for c in claims])
    found = compare_groups([group], claims, documents=[d for _, d in pairs])
    return {e.severity for f in found for e in f.evidence}


def test_moves_against_two_currencies_are_two_quantities() -> None:
    a = move("a.txt", "The rand slid -1.9% against the dollar on Tuesday.", "-1.9%", -1.9)
    b = move("b.txt", "Traders said the rand shed -0.7% against the euro.", "-0.7%", -0.7)
    assert severities(a, b) <= {"info"}


def test_control_one_currency_written_as_name_and_code_still_conflicts() -> None:
    a = move("a.txt", "The rand slid -1.9% against the dollar on Tuesday.", "-1.9%", -1.9)
    b = move("b.txt", "Traders said the rand shed -0.7% against USD.", "-0.7%", -0.7)
    assert "error" in severities(a, b)


def test_control_a_move_naming_no_reference_still_conflicts() -> None:
    a = move("a.txt", "The rand slid -1.9% against the dollar on Tuesday.", "-1.9%", -1.9)
    b = move("b.txt", "Traders said the rand shed -0.7% in thin trade.", "-0.7%", -0.7)
    assert "error" in severities(a, b)
