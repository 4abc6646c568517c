"""A bound against a figure whose own text writes the same qualifier right before it (false alarms
on copy nobody on the team wrote): "hauls over 400 kilograms" in one text and "landed 12 hauls
over 400 kilograms" in another, where extraction read the second "over" as no qualifier (a
preposition after a noun), use the same words, which cannot contradict each other. A figure
written without the qualifier is still weighed against the bound."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Group
from reconcile.compare import compare_groups
from tests.claim_builder import built_claim


def claim(doc: str, text: str, value: float, *, over: bool) -> Claim:
    c = built_claim(
        doc,
        "400 kilograms",
        value,
        "kilogram",
        value if over else value - 0.5,
        None if over else value + 0.5,
        start=text.index("400 kilograms"),
        kind="physical",
        subject="Dunmere trawlers",
        metric="haul weight",
        qualifier="over" if over else None,
        sentence=text,
    )
    if over:
        mention = c.mention.model_copy(update={"qualifier_text": "over"})
        c = c.model_copy(update={"mention": mention})
    return c


def alarms(texts: dict[str, str], *claims: Claim) -> list:  # type: ignore[type-arg]
    docs = [Document(id=d, path=d, text=t) for d, t in texts.items()]
    g = Group(id="g1", label="Dunmere trawlers", claims=[c.id for c in claims])
    found = compare_groups([g], list(claims), documents=docs)
    return [f for f in found if f.severity != "info"]


BOUND = "Hauls over 400 kilograms made up a third of the Dunmere fleet's catch."
ALIKE = "Dunmere trawlers landed 12 hauls over 400 kilograms during the season."
EXACT = "The largest Dunmere haul of the week weighed 400 kilograms exactly."


def test_the_same_words_in_two_texts_raise_no_qualifier_conflict() -> None:
    a = claim("a.txt", BOUND, 400, over=True)
    b = claim("b.txt", ALIKE, 400, over=False)
    assert alarms({"a.txt": BOUND, "b.txt": ALIKE}, a, b) == []


def test_a_bound_against_the_figure_written_plainly_is_still_a_qualifier_conflict() -> None:
    # control: "weighed 400 kilograms" states the figure itself
    a = claim("a.txt", BOUND, 400, over=True)
    b = claim("b.txt", EXACT, 400, over=False)
    [f] = alarms({"a.txt": BOUND, "b.txt": EXACT}, a, b)
    assert f.kind == "qualifier_conflict"
