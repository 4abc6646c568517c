"""A penalty is a fine whether a source says "was fined" or "a fine of" (spaCy's small model
lemmatises "fined" as "fin", so the parse alone named the verb wrongly). Sentences written
afresh."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _metrics(text: str) -> list[str | None]:
    return [c.metric for c in extract_claims(Document(id="a.txt", path="a.txt", text=text))]


def test_fined_and_a_fine_of_name_one_metric() -> None:
    assert _metrics("The watchdog fined Corlan Bank £3.4m on Tuesday.") == ["fine"]
    assert _metrics("Corlan Bank faces a fine of £3.4m, the watchdog said.") == ["fine"]


def test_two_sources_disagreeing_on_a_fine_conflict() -> None:
    texts = (
        "Dunmore, Tuesday. The watchdog fined Corlan Bank £3.4m on Tuesday.",
        "Dunmore, Tuesday. Corlan Bank was handed a penalty of £4.3m on Tuesday.",
    )
    docs = [
        Document(id=f"{n}.txt", path=f"{n}.txt", text=t) for n, t in zip("ab", texts, strict=True)
    ]
    found = [f for f in reconcile(docs).findings if f.severity == "error"]
    assert found and "fine" in found[0].message


def test_control_money_that_is_no_penalty_keeps_its_metric() -> None:
    assert _metrics("Corlan Bank's revenue rose to £3.4bn.") != ["fine"]
