"""A source that gives two figures under one name does not excuse every pair: an editor matches
each figure to the other source's figure told the same way ("priced at" with "priced at") and
weighs those pairs (issue 11, the comparison stage's recall)."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Finding, Group, Mention
from reconcile.compare import compare_groups


def price(doc: str, text: str, written: str, value: float, nth: int = 0) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(written, start + 1)
    span = (start, start + len(written))
    low, high = value - 0.005, value + 0.005
    mention = Mention(
        surface=written, span=span, value=value, unit="USD", kind="money", low=low, high=high
    )
    begin = text.rfind(". ", 0, start) + 2 if ". " in text[:start] else 0
    end = text.find(". ", start)
    sentence = text[begin : end if end >= 0 else len(text)]
    return Claim(
        id=f"{doc}#{nth}{written}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit="USD",
        low=low,
        high=high,
        kind="money",
        subject="Kelvane",
        metric="share price",
        sentence=sentence,
        mention=mention,
    )


FIRST = "Kelvane priced its shares at $21.40 in the listing. The stock opened at $26.10 in Ostrel."


def finding(second: str, figures: list[Claim]) -> Finding:
    docs = [
        Document(id="a.txt", path="a.txt", text=FIRST),
        Document(id="b.txt", path="b.txt", text=second),
    ]
    claims = [price("a.txt", FIRST, "$21.40", 21.4), price("a.txt", FIRST, "$26.10", 26.1)]
    claims += figures
    g = Group(id="g1", label="Kelvane: share price", claims=[c.id for c in claims])
    [f] = compare_groups([g], claims, documents=docs)
    return f


def test_the_word_that_tells_a_figure() -> None:
    from reconcile.compare.revisions import told_by

    a = price("a.txt", FIRST, "$21.40", 21.4)
    b = price("a.txt", FIRST, "$26.10", 26.1)
    assert (told_by(a), told_by(b)) == ("price", "open")


def test_a_price_against_a_price_is_weighed_though_the_source_gives_the_other_figure() -> None:
    # each source gives an offer price and an opening price; the first source's opening price
    # meets the second's offer price, but the two offer prices are the pair to weigh
    second = "Kelvane priced its shares at $26.10 on Monday. The stock opened flat at $26.10."
    f = finding(second, [price("b.txt", second, "$26.10", 26.1, n) for n in (0, 1)])
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message
    assert "$21.40" in f.message and "priced its shares at $26.10" in f.message


def test_a_second_quantity_the_other_source_never_tells_still_explains_the_pair() -> None:
    # the second source tells one price only: it may mean the first source's opening price,
    # so the first source's two figures still explain the difference
    second = "Kelvane priced its shares at $26.10 before trading began."
    f = finding(second, [price("b.txt", second, "$26.10", 26.1)])
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message
    assert "gives both figures itself" in f.message
