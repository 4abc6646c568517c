"""A running total (a death toll) in an article with no date of its own is not dated by the day
its dated companions share: that day is assumed for the article, and a toll rises from one day
to the next, so it is never set against a dated article's toll as a same-day figure (class: an
assumed day dating a running total). Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.documents import parse_document
from reconcile.pipeline import reconcile

UNDATED = "The fire at the Orsk copper mine has killed {n} people, officials said.\n"
DATED = "{outlet}\n9 March 2026\n\n" + UNDATED


def _named(texts: dict[str, str]) -> list[set[str]]:
    docs: list[Document] = [parse_document(name, name, text) for name, text in texts.items()]
    report = reconcile(docs)
    by_id = {c.id: c for c in report.claims}
    return [
        {by_id[i].document for i in f.claims if i in by_id}
        for f in report.findings
        if f.severity != "info"
    ]


def test_an_undated_articles_toll_is_not_set_against_a_dated_one() -> None:
    named = _named(
        {
            "a.txt": DATED.format(outlet="Orsk Herald", n=12),
            "b.txt": DATED.format(outlet="Valley Post", n=12),
            "c.txt": UNDATED.format(n=31),
        }
    )
    assert not any("c.txt" in docs and docs & {"a.txt", "b.txt"} for docs in named)


def test_control_tolls_dated_to_one_day_still_disagree() -> None:
    named = _named(
        {
            "a.txt": DATED.format(outlet="Orsk Herald", n=12),
            "b.txt": DATED.format(outlet="Valley Post", n=12),
            "c.txt": DATED.format(outlet="Lake Courier", n=31),
        }
    )
    assert any("c.txt" in docs for docs in named)
