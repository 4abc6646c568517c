"""Class: one count kept apart because one source names its noun with a word before it and
another source drops the word (issue 11, "split"): "2,400 police officers" / "1,800
officers", a fact sheet's "Batches recalled: 16" / "withdrawn 11 batches". The bare count
joins the one group of its subject whose name narrows its noun (``group._join_bare``, with
its guards: a labelled line never moves, a figure its own source tells apart or one far from
the group's stays), and the two nouns are weighed as one (``scope.one_noun_narrowed``). A
count of another noun stays apart. Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document
from reconcile.compare.scope import one_noun_narrowed
from reconcile.pipeline import reconcile
from tests.claim_builder import built_claim

SHEET = (
    "Harven Dairies recall: the facts\n\n- Batches recalled: 16\n- Product: strawberry yoghurt\n"
)


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t)
        for n, t in enumerate(texts)
    ]
    return [f.kind for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_a_count_of_the_bare_noun_meets_the_narrowed_one() -> None:
    assert _alarms("Harven Dairies has withdrawn 11 batches from shops.", SHEET) == [
        "value_mismatch"
    ]


def test_control_a_count_of_another_noun_stays_apart() -> None:
    assert _alarms("Harven Dairies told shops that 11 pallets must go back.", SHEET) == []


def _count(unit: str, value: float) -> Claim:
    return built_claim("a.txt", f"{value:g} x", value, unit, value - 0.5, value + 0.5, kind="count")


def test_a_noun_with_a_word_before_it_is_that_noun() -> None:
    assert one_noun_narrowed(_count("police officer", 2400), _count("officer", 1800))
    assert not one_noun_narrowed(_count("police officer", 2400), _count("steward", 1800))
