"""A company named in full by one source ("Tallow Rail") and by the first word of its name by
another ("Tallow") is one subject for every quantity of the run; a public body ("Tallow
Police"), a segment ("Tallow Cloud"), a bare name with two full forms and a pair to which one
document gives figures of one kind stay apart."""

from __future__ import annotations

from reconcile.claims.group import _body_forms, group_claims
from tests.claim_builder import built_claim


def _count(doc: str, value: float, subject: str, metric: str, unit: str = "train"):  # type: ignore[no-untyped-def]
    return built_claim(
        doc, f"{value:g} {unit}s", value, unit, value, value,
        kind="count", subject=subject, metric=metric,
    )  # fmt: skip


def test_the_full_and_the_bare_name_are_one_subject_for_every_quantity() -> None:
    """The full name gives one quantity, the bare name another: one subject for both."""
    claims = [
        _count("a.txt", 46, "Tallow Rail", "trains"),
        _count("b.txt", 3100, "Tallow", "jobs", "person"),
    ]
    assert _body_forms(claims) == {"Tallow Rail": "Tallow"}
    assert {g.subject for g in group_claims(claims)} == {"Tallow"}


def test_a_public_body_and_a_segment_stay_apart() -> None:
    for long in ("Tallow Police", "Tallow City Council", "Tallow Cloud"):
        claims = [_count("a.txt", 46, long, "trains"), _count("b.txt", 52, "Tallow", "trains")]
        assert _body_forms(claims) == {}, long


def test_a_bare_name_with_two_full_forms_is_left_alone() -> None:
    claims = [
        _count("a.txt", 46, "Tallow Rail", "trains"),
        _count("b.txt", 12, "Tallow Shipping", "trains"),
        _count("c.txt", 52, "Tallow", "trains"),
    ]
    assert _body_forms(claims) == {}


def test_a_document_giving_both_names_figures_of_one_kind_tells_them_apart() -> None:
    claims = [
        _count("a.txt", 46, "Tallow Rail", "trains"),
        _count("a.txt", 300, "Tallow", "trains"),
        _count("b.txt", 52, "Tallow", "trains"),
    ]
    assert _body_forms(claims) == {}


def test_a_month_or_a_code_after_a_name_names_no_company() -> None:
    claims = [
        _count("a.txt", 4, "Tallow October CPI", "trains"),
        _count("b.txt", 5, "Tallow", "trains"),
    ]
    assert _body_forms(claims) == {}
