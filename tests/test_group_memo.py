"""Grouping keeps what it read of each document's claims from one run to the next in a process
(``group._DOC_FACTS``: the warm process of ``reconcile check --keep-warm`` groups the same
source claims, as the same objects, after every edit of a draft). Kept or not, the grouping is
the same: these tests group a run, then runs in which one document's claims changed, and
compare each with a grouping that kept nothing."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims import group as grouping
from reconcile.claims.context import extract_claims
from reconcile.claims.evidence import context
from reconcile.claims.group import _Profile, _run_facts, dimension, group_claims
from reconcile.claims.models import Claim, Document, Mention


def _claims(doc_id: str, text: str) -> list[Claim]:
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def _memory() -> tuple[object, ...]:
    g = grouping
    return g._DOC_FACTS, g._KEPT, g._CEILINGS, g._STEADY_CONTEXT


def _restore(saved: tuple[object, ...]) -> None:
    g = grouping
    g._DOC_FACTS, g._KEPT, g._CEILINGS, g._STEADY_CONTEXT = saved  # type: ignore[assignment]


def _cold(claims: list[Claim]) -> object:
    """The grouping with nothing kept from an earlier run."""
    saved = _memory()
    grouping.forget()
    try:
        return group_claims(claims)
    finally:
        _restore(saved)


SOURCES = {
    "north.txt": "Pellgrave Foods said quarterly revenue rose 4.2% to $3.1 billion. Its "
    "shares fell 2% to $41.50 on Tuesday, and the company employs 12,400 people.",
    "south.txt": "Revenue at Pellgrave Foods grew 4.2% to $3.1 billion in the quarter, "
    "while its rival Ostwick Mills reported revenue of $1.9 billion.",
    "east.txt": "Pellgrave Foods shares dropped 2% to $41.50. The grocer has 12,400 staff "
    "and plans to open 30 stores.",
}
DRAFTS = [
    "Pellgrave Foods revenue rose 4.2% to $3.1 billion, and it has 12,400 workers.",
    "Pellgrave Foods revenue rose 5.2% to $3.4 billion, and it has 12,900 workers.",
    "Pellgrave Foods shares fell 2% to $44.50; Ostwick Mills revenue was $2.9 billion.",
]


def test_kept_facts_give_the_grouping_of_a_run_that_kept_nothing() -> None:
    sources = [c for doc, text in SOURCES.items() for c in _claims(doc, text)]
    for text in [*DRAFTS, DRAFTS[0]]:  # each edit, then the first draft again
        claims = [*sources, *_claims("draft.md", text)]  # the sources: the same objects
        assert group_claims(claims) == _cold(claims)
        kept = grouping._DOC_FACTS["draft.md"]
        assert {id(c) for c in kept.claims} == {id(c) for c in claims if c.document == "draft.md"}


def test_a_document_whose_claims_changed_is_read_again() -> None:
    first = [
        *_claims("a.txt", "Harl Ferries carried 412 passengers. Its fares rose 3%."),
        *_claims("b.txt", "Harl Ferries carried 412 passengers on Friday."),
    ]
    group_claims(first)
    kept = [c for c in first if c.document == "a.txt"]
    edited = [*kept, *_claims("b.txt", "Harl Ferries carried 431 passengers on Friday.")]
    group_claims(edited)
    facts = grouping._DOC_FACTS["b.txt"]
    assert facts.claims == [c for c in edited if c.document == "b.txt"]
    assert any(431.0 in vs for vs in facts.values.values())
    assert not any(412.0 in vs for vs in facts.values.values())  # (stale facts would hold it)


def test_run_facts_read_what_context_and_profile_read() -> None:
    sources = [c for doc, text in SOURCES.items() for c in _claims(doc, text) if c.metric]
    # the same claims twice (worked out, then kept), then twice a draft read afresh beside
    # them (the sources' context kept and the draft's laid over it; a draft's figures must
    # not stay in what is kept for the next)
    runs = [[], [], DRAFTS[1], DRAFTS[2], DRAFTS[1]]
    for text in runs:
        draft = [c for c in _claims("draft.md", text) if c.metric] if text else []
        claims = [*sources, *draft]
        buckets = defaultdict(list)
        for c in claims:
            buckets[(c.subject, c.metric, c.role, dimension(c), c.scope)].append(c)
        facts, ctx, steady = _run_facts(dict(buckets))
        assert steady <= set(SOURCES)
        fresh = context(claims)
        assert (ctx.values, ctx.subjects, ctx.documents) == (
            fresh.values,
            fresh.subjects,
            fresh.documents,
        )
        siblings: dict[tuple, set] = defaultdict(set)
        for c in claims:
            siblings[(c.document, c.sentence, dimension(c))].add(grouping.value_interval(c))
        for members in buckets.values():
            a, b = _Profile.of(members, facts), _Profile(members, siblings)
            for attr in _Profile.__slots__:
                assert getattr(a, attr) == getattr(b, attr), attr
    assert steady == set(SOURCES)


def _claim(doc: str, n: int, subject: str, metric: str, value: float, kind: str) -> Claim:
    unit = {"money": "USD", "percent": "percent", "count": "staff"}[kind]
    text = f"{value:g}"
    sentence = f"{subject} {metric} was {text} {unit}."
    m = Mention(
        surface=text,
        span=(0, len(text)),
        value=value,
        unit=unit,
        kind=kind,  # type: ignore[arg-type]
        low=value,
        high=value,
    )
    return Claim(
        id=f"{doc}#{n}",
        document=doc,
        span=(n * 40, n * 40 + len(text)),
        text=text,
        sentence=sentence,
        value=value,
        unit=unit,
        low=value,
        high=value,
        kind=kind,  # type: ignore[arg-type]
        subject=subject,
        metric=metric,
        role="level",
        mention=m,
    )


@st.composite
def runs(draw: st.DrawFn) -> tuple[list[Claim], list[list[Claim]]]:
    """Claims of four documents, and a few edits of one document's claims."""
    subjects = ["Brill Dairy", "Brill", "Onfel Rail", None]
    metrics = ["revenue", "operating revenue", "staff", "market share"]

    def doc_claims(doc: str) -> list[Claim]:
        out = []
        for n in range(draw(st.integers(min_value=0, max_value=5))):
            subject = draw(st.sampled_from(subjects)) or "Unnamed"
            out.append(
                _claim(
                    doc,
                    n,
                    subject,
                    draw(st.sampled_from(metrics)),
                    draw(st.sampled_from([3.0, 3.2, 40.0, 4000.0])),
                    draw(st.sampled_from(["money", "percent", "count"])),
                )
            )
        return out

    base = [c for d in "abc" for c in doc_claims(f"{d}.txt")]
    edits = [doc_claims("d.txt") for _ in range(draw(st.integers(min_value=1, max_value=3)))]
    return base, edits


@settings(max_examples=60, deadline=None)
@given(runs(), st.randoms(use_true_random=False))
def test_grouping_after_edits_matches_a_cold_grouping(
    run: tuple[list[Claim], list[list[Claim]]], rnd: random.Random
) -> None:
    base, edits = run
    for edit in edits:
        claims = [*base, *edit]
        rnd.shuffle(claims)
        assert group_claims(claims) == _cold(claims)


@pytest.fixture(autouse=True)
def _nothing_kept() -> object:
    saved = _memory()
    grouping.forget()
    yield
    _restore(saved)


def test_a_kept_profile_is_not_changed_by_the_merges_of_a_run() -> None:
    import copy

    sources = [c for doc, text in SOURCES.items() for c in _claims(doc, text) if c.metric]
    draft = [c for c in _claims("draft.md", DRAFTS[1]) if c.metric]
    buckets = defaultdict(list)
    for c in [*sources, *draft]:
        buckets[c.kind].append(c)
    facts, _ctx, _steady = _run_facts(dict(buckets))
    money = [c for c in buckets["money"] if c.document != "draft.md"]
    kept = _Profile.of(money, facts)
    before = {attr: copy.deepcopy(getattr(kept, attr)) for attr in _Profile.__slots__}
    joined = _Profile.joined(kept, [c for c in buckets["money"] if c.document == "draft.md"], facts)
    joined.absorb(_Profile.of(buckets["percent"], facts))  # the same documents' other figures
    assert joined.figures != before["figures"]
    for attr in _Profile.__slots__:
        assert getattr(kept, attr) == before[attr], attr
