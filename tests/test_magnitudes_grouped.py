"""An order of magnitude ("Hundreds feared lost") takes no part in grouping the other claims
(reconcile.claims.group.group_claims): the others are grouped as they are without it, and it
is grouped with orders of magnitude only. Before, a headline's
"Hundreds" among one source's toll split the toll of the sources datelined in a port from the
others'. Sentences written afresh, with invented names."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.documents import parse_document
from reconcile.pipeline import reconcile

TEXTS = {
    "a.txt": "Harbour Wire\n3 June 2026\n\n{head}\n\n"
    "At least 61 migrants died when their boat capsized off Serra, the coastguard said.{more}\n",
    "b.txt": "Lissby, June 3 (Coast Agency): Rescue ships searched the sea off Serra. "
    "The coastguard said 64 people had died after the boat capsized.\n",
    "c.txt": "Isles Evening Post\n3 June 2026\n\nSerra boat: what we know\n\n"
    "The boat sank off Serra on Tuesday, killing at least 61 people. Survivors were taken to "
    "the southern port of Lissby, where 61 dead were also brought.\n",
    "d.txt": "Lissby, June 3: The death toll rose to 64 people, officials in the port of "
    "Lissby said.{aboard}\n",
}
SIZED = {
    "head": "Hundreds feared lost as overloaded boat overturns near Serra",
    "more": " Hundreds more are feared missing.",
    "aboard": " Hundreds of passengers were on board.",
}
PLAIN = {"head": "Overloaded boat overturns near Serra", "more": "", "aboard": ""}


def _groups(words: dict[str, str]) -> list[set[str]]:
    docs: list[Document] = [parse_document(k, k, v.format(**words)) for k, v in TEXTS.items()]
    report = reconcile(docs)
    by_id = {c.id: c for c in report.claims}
    return [{f"{by_id[i].document}:{by_id[i].text}" for i in g.claims} for g in report.groups]


def _sized(name: str) -> bool:
    return name.split(":", 1)[1].startswith("Hundreds")


def test_the_other_claims_are_grouped_as_without_the_magnitudes() -> None:
    with_sized = _groups(SIZED)
    plain = _groups(PLAIN)
    rest = sorted(sorted(n for n in g if not _sized(n)) for g in with_sized)
    assert [g for g in rest if g] == sorted(sorted(g) for g in plain)


def test_a_magnitude_is_grouped_with_magnitudes_only() -> None:
    groups = _groups(SIZED)
    sized = [g for g in groups if any(_sized(n) for n in g)]
    assert sized and all(all(_sized(n) for n in g) for g in sized)
