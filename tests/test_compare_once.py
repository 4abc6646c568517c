"""Comparison's tests that do not depend on the pair are worked out once, not once a pair
(class: speed, issue 13's cold report over 1,000 sources; about 20,000 pairs): whether any
figure of the group is dated to a period (``scope.later_tally``), once a group; whether a
sentence may hold a verb of expecting (``scope._may_be_expected``) or a word of a rule
(``scope.is_rule``'s lemma gate), once a sentence. Controls: each group keeps its own answer,
and the findings are those of each group compared alone."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.claims.models import Claim, Document, Finding, Group
from reconcile.compare import compare_groups, scope
from tests.test_scope import fig

CRATES = {"unit": "crate", "kind": "count", "metric": "crates seized"}
MON, THU = dt.date(2025, 9, 1), dt.date(2025, 9, 4)
RISEN = "The number of crates seized at the Ostley depot has climbed to 60, officers said."


def _lower(doc: str, n: int = 45, when: str | None = None) -> tuple[str, Claim]:
    text = f"Officers at the Ostley depot said {n} crates were seized."
    return text, fig(doc, text, f"{n} crates", n, when=when, **CRATES)  # type: ignore[arg-type]


def _group(name: str, dated: bool) -> tuple[Group, list[Claim], dict[str, str]]:
    """A tally that rose (60) and eleven other sources' one lower count (45); with ``dated``,
    the last of them is dated to a month (the group then measures a periodic statistic)."""
    top = fig(f"{name}0.txt", RISEN, "60", 60, **CRATES)  # type: ignore[arg-type]
    claims, texts = [top], {f"{name}0.txt": RISEN}
    for i in range(1, 12):
        when = "2025-08" if dated and i == 11 else None
        text, c = _lower(f"{name}{i}.txt", when=when)
        claims.append(c)
        texts[f"{name}{i}.txt"] = text
    g = Group(id=f"g-{name}", label="Ostley: crates", claims=[c.id for c in claims])
    return g.model_copy(update={"metric": CRATES["metric"]}), claims, texts


def _docs(texts: dict[str, str]) -> list[Document]:
    return [
        Document(id=d, path=d, text=t, published=THU if d.endswith("0.txt") else MON)
        for d, t in texts.items()
    ]


def test_the_group_is_searched_for_a_period_once_not_once_a_pair(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    g, claims, texts = _group("p", dated=False)
    calls = []
    real = scope._of_period
    monkeypatch.setattr(scope, "_of_period", lambda c: calls.append(c) or real(c))
    findings = compare_groups([g], claims, documents=_docs(texts))
    # once a claim for the group, and at most twice for each of the 11 pairs of differing
    # figures (the tally's own date); once a pair, the group's search took 11 x 12 calls
    assert len(calls) <= len(claims) + 2 * 11
    assert _running(findings)  # lower counts read as earlier stages of the tally


def test_control_each_group_keeps_its_own_answer() -> None:
    """A group with a month's figure (no running tally: the lower counts conflict) before one
    without (the lower counts are earlier stages): each as when compared alone."""
    g1, c1, t1 = _group("m", dated=True)
    g2, c2, t2 = _group("n", dated=False)
    both = compare_groups([g1, g2], c1 + c2, documents=_docs({**t1, **t2}))
    alone1 = compare_groups([g1], c1, documents=_docs(t1))
    alone2 = compare_groups([g2], c2, documents=_docs(t2))
    assert _shown(both) == _shown(alone1) | _shown(alone2)
    assert not _running(alone1)
    assert _running(alone2)


def _running(findings: list[Finding]) -> bool:
    return any(e.kind == "different_scope" for f in findings for e in f.evidence)


def _shown(findings: list[Finding]) -> set[tuple[str, str, tuple[object, ...]]]:
    return {(f.kind, f.message, tuple((e.kind, *e.claims) for e in f.evidence)) for f in findings}


def test_a_sentences_gates_are_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from reconcile.claims import parse

    scope._may_hold_rule.cache_clear()
    scope._may_be_expected.cache_clear()
    asked: list[str] = []
    real = parse.may_hold_lemma
    monkeypatch.setattr(
        parse, "may_hold_lemma", lambda text, lemmas: asked.append(text) or real(text, lemmas)
    )
    text = "Hauliers at the Ostley depot are expected to move 70 crates, the rules require."
    c = fig("r.txt", text, "70 crates", 70, **CRATES)  # type: ignore[arg-type]
    answers = {scope.is_rule(c) for _ in range(5)}
    assert len(answers) == 1
    assert asked.count(text) == 1
    assert all(scope._may_be_expected(text) for _ in range(5))
    assert scope._may_be_expected.cache_info().misses == 1
    # control: a sentence with neither word is still told apart
    plain = "Officers at the Ostley depot counted 70 crates."
    assert not scope._may_be_expected(plain)
    assert not scope.is_rule(fig("s.txt", plain, "70 crates", 70, **CRATES))  # type: ignore[arg-type]
