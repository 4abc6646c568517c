"""A capitalised ordinary word opening a sentence ("According to ...", "So far ...", "Despite
...") is not the subject of the figures after it, even when it recurs and is never written in
lower case; the tagger decides, so a name that is also an English word stays a name (class:
sentence openers taken as subjects). Sentences written afresh."""

from __future__ import annotations

import pytest

from reconcile.claims.context import _opens_as_word, extract_claims
from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _doc(name: str, text: str) -> Document:
    return Document(id=name, path=name, text=text)


def _subjects(text: str) -> dict[str, str | None]:
    return {c.text: c.subject for c in extract_claims(_doc("t.txt", text))}


@pytest.mark.parametrize(
    ("text", "figure", "subject", "opener"),
    [
        (
            "Brannock Rail ran late all winter. According to the regulator, Brannock Rail "
            "cancelled 1,240 trains in January. According to unions, staff shortages were to "
            "blame.",
            "1,240 trains",
            "Brannock Rail",
            "According",
        ),
        (
            "So far 212 homes have been flooded, the Dunmere council said. So far no one has been "
            "hurt. Dunmere is on alert.",
            "212 homes",
            "Dunmere",
            "So",
        ),
    ],
)
def test_an_opening_word_is_not_the_subject(
    text: str, figure: str, subject: str, opener: str
) -> None:
    subjects = _subjects(text)
    assert subjects[figure] == subject
    assert opener not in subjects.values()


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("According to the agency, sales fell 4%.", True),
        ("Despite the rain, 300 people came.", True),
        ("Per the filing, it spent $3 million.", True),
        ("So far 40 homes have been damaged.", True),
        ("Targeted savings come to £20m a year.", True),
        ("Yes won 58% of the vote.", True),
        ("Weight: 204g.", True),
        ("Apple sold 5 million phones in May.", False),
        ("Morocco's interior ministry counted 120 dead.", False),
        ("Brannock Rail cancelled 90 trains.", False),
    ],
)
def test_the_tagger_tells_an_opening_word_from_a_name(sentence: str, word: bool) -> None:
    assert _opens_as_word(sentence) is word


def test_two_sources_one_opening_with_according_to_are_compared() -> None:
    """The same count, one source opening its sentence with "According to", lands in one group
    and the two figures are flagged; another company's count stays apart."""
    a = _doc(
        "a.txt",
        "Brannock Rail ran late all winter. According to the regulator, Brannock Rail cancelled "
        "1,240 trains in January. According to unions, staff shortages were to blame.",
    )
    b = _doc("b.txt", "Brannock Rail cancelled 1,420 trains in January, the regulator said.")
    c = _doc("c.txt", "Harrow Rail cancelled 1,300 trains in January, its owner said.")
    report = reconcile([a, b, c])
    by_id = {cl.id: cl for cl in report.claims}
    flagged = [
        {by_id[i].document for i in f.claims}
        for f in report.findings
        if f.severity in ("warning", "error")
    ]
    assert {"a.txt", "b.txt"} in flagged
    assert not any("c.txt" in docs for docs in flagged)
