"""Amounts given as the values of two different nouns ("a bonus of $2.4m" / "a base salary of
$900,000") are two quantities under one name when some source gives figures of both nouns that
cannot both hold: that source tells the two apart. Nouns no source tells apart, and two figures
of one noun, still conflict."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Finding, Group
from reconcile.compare import compare_groups


def amount(doc: str, surface: str, value: float, sentence: str) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        "USD",
        value,
        value,
        start=sentence.index(surface),
        kind="money",
        subject="Marla Venn",
        metric="pay",
        sentence=sentence,
    )


BOTH = "Venn received a signing bonus of $2.6 million and a base salary of $900,000 last year."
BONUS = "The chief executive was also paid a bonus of $2.4m, the board said."
SALARY = "Her base salary of $950,000 was unchanged, the filing shows."


def verdicts(*cs: Claim, elsewhere: tuple[Claim, ...] = ()) -> dict[frozenset[str], str]:
    """The pairs' severities in a group of ``cs``; ``elsewhere``: claims of another group."""
    group = Group(id="g1", label="Marla Venn: pay", claims=[c.id for c in cs], unit="USD")
    groups = [group]
    if elsewhere:
        groups.append(Group(id="g2", label="bonus", claims=[c.id for c in elsewhere], unit="USD"))
    found: list[Finding] = compare_groups(groups, [*cs, *elsewhere])
    return {frozenset(e.claims): e.severity for f in found for e in f.evidence}


def test_a_salary_and_a_bonus_one_source_tells_apart_are_not_one_figure() -> None:
    bonus_a = amount("a.txt", "$2.6 million", 2.6e6, BOTH)
    salary_a = amount("a.txt", "$900,000", 9e5, BOTH)
    bonus_b = amount("b.txt", "$2.4m", 2.6e6, BONUS)
    # the source that gives both has its bonus in another group: no source of this group gives
    # both figures, yet it tells the two nouns apart
    seen = verdicts(salary_a, bonus_b, elsewhere=(bonus_a,))
    assert seen[frozenset({salary_a.id, bonus_b.id})] == "info", seen


def test_control_two_salaries_still_conflict() -> None:
    bonus_a = amount("a.txt", "$2.6 million", 2.6e6, BOTH)
    salary_a = amount("a.txt", "$900,000", 9e5, BOTH)
    salary_c = amount("c.txt", "$950,000", 9.5e5, SALARY)
    seen = verdicts(salary_a, salary_c, elsewhere=(bonus_a,))
    assert seen[frozenset({salary_a.id, salary_c.id})] == "error", seen


def test_control_nouns_no_source_tells_apart_still_conflict() -> None:
    pay = "Regulators said she took home pay of $1.2 million in the year."
    salary = amount("a.txt", "$900,000", 9e5, "Venn earned a base salary of $900,000.")
    paid = amount("b.txt", "$1.2 million", 1.2e6, pay)
    seen = verdicts(salary, paid)
    assert seen[frozenset({salary.id, paid.id})] == "error", seen
