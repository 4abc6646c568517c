"""A metric named by one noun in the singular by one source and in the plural by another
(issue 11, quantities split by how their metric is named): the parse names what a figure
measures by the noun it quantifies, in the number the sentence uses ("40% more vans" ->
"van"; "the 160 vans represent a 33% increase" -> "vans"), so both forms are one measured
thing and the figures meet (:func:`reconcile.claims.group.number_forms`). Long nouns met
already (the fuzzy match of names: "locker" / "lockers"); short ones did not ("van" /
"vans", "bed" / "beds"). The sentences are written afresh."""

from __future__ import annotations

from reconcile.claims.group import group_claims, number_forms
from reconcile.claims.models import Claim, Document
from reconcile.config import Settings
from reconcile.pipeline import reconcile
from tests.claim_builder import built_claim


def test_a_singular_and_its_plural_pair() -> None:
    names = ["locker", "lockers", "paid member", "paid members", "person (rescue)",
             "persons (rescue)", "revenue"]  # fmt: skip
    assert sorted(number_forms(names)) == [
        ("locker", "lockers"),
        ("paid member", "paid members"),
        ("person (rescue)", "persons (rescue)"),
    ]


def test_names_that_are_not_one_noun_in_two_numbers_stay_apart() -> None:
    # another noun, another modifier, a bracket that differs, a plural with no singular
    # and a word of two letters ("do" / "dos")
    names = ["locker", "lockets", "box office", "boxes", "lockers (open)", "locker (close)",
             "revenue", "revenues growth", "do", "dos"]  # fmt: skip
    assert number_forms(names) == []


def _findings(*docs: tuple[str, str]) -> list[str]:
    documents = [Document(id=d, path=d, text=t) for d, t in docs]
    report = reconcile(documents, Settings())
    return [f.message for f in report.findings if f.severity in ("error", "warning")]


def test_a_change_named_by_a_singular_meets_the_plural_of_its_noun() -> None:
    a = ("a.txt", "The new Tarlow depot has nearly 40% more vans than the old Quarry Lane "
         "yard, which had 120.")  # fmt: skip
    b = ("b.txt", "The 160 vans at the new Tarlow depot represent a 33% increase on the "
         "120 vans at Quarry Lane, the yard it replaces.")  # fmt: skip
    found = _findings(a, b)
    assert any("40%" in m and "33%" in m for m in found), found


def test_two_nouns_of_one_sentence_frame_stay_two_metrics() -> None:
    # control: the same frame with two different nouns is two quantities
    a = ("a.txt", "The new Tarlow depot has nearly 40% more vans than the old Quarry Lane "
         "yard, which had 120.")  # fmt: skip
    b = ("b.txt", "The 160 vats at the new Tarlow depot represent a 33% increase on the "
         "120 vats at Quarry Lane, the yard it replaces.")  # fmt: skip
    assert not any("40%" in m and "33%" in m for m in _findings(a, b))


def _count(doc: str, value: int, metric: str, sentence: str) -> Claim:
    surface = f"{value}"
    return built_claim(doc, surface, value, "", value - 0.5, value + 0.5, kind="count",
                       start=sentence.index(surface), subject="Tarlow", metric=metric,
                       sentence=sentence)  # fmt: skip


def _groups(*claims: Claim) -> list[list[str]]:
    return [g.claims for g in group_claims(list(claims), Settings())]


def test_one_noun_in_two_numbers_is_one_group() -> None:
    a = _count("a.txt", 160, "van", "Couriers at Tarlow can hire one of 160 this autumn.")
    b = _count("b.txt", 210, "vans", "Council papers list 210 for the Tarlow scheme.")
    assert _groups(a, b) == [sorted([a.id, b.id])]


def test_two_nouns_stay_two_groups() -> None:
    # control: a noun and another noun's plural
    a = _count("a.txt", 160, "van", "Couriers at Tarlow can hire one of 160 this autumn.")
    b = _count("b.txt", 210, "vats", "Council papers list 210 for the Tarlow scheme.")
    assert len(_groups(a, b)) == 2
