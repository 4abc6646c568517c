"""Class: two undated market moves told with one price. A share's move of no stated day is not
weighed against another source's (``rules.undated_blocks``: either may be of another session);
but when both sentences also give one price written to its cents, or one move written with a
decimal point ("rose 12% to $5.84" / "jumped by more than a fifth, closing at $5.84"), the two
sources tell one session's move, and the moves are weighed."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups

A = "Tovrin shares rose 12% to $5.84 after the drilling results."
B = "Tovrin shares jumped by more than a fifth after the results, closing at $5.84."
B_OTHER = "Tovrin shares jumped by more than a fifth after the results, closing at $6.31."


def move(doc: str, surface: str, value: float, sentence: str, start: int, **kw: object) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        "percent",
        kw.pop("low", value - 0.5),  # type: ignore[arg-type]
        kw.pop("high", value + 0.5),  # type: ignore[arg-type]
        start=start,
        kind="percent",
        subject="Tovrin",
        metric="share-price change",
        sentence=sentence,
        role="change",
        **kw,  # type: ignore[arg-type]
    )


def price(doc: str, surface: str, value: float, sentence: str, start: int) -> Claim:
    return built_claim(
        doc,
        surface,
        value,
        "USD",
        value - 0.005,
        value + 0.005,
        start=start,
        subject="Tovrin",
        metric="share price",
        sentence=sentence,
    )


def findings(b_sentence: str, b_price: float) -> list[str]:
    a = move("a.txt", "12%", 12.0, A, 19)
    b = move("b.txt", "a fifth", 20.0, b_sentence, 40, low=20.0, high=None, qualifier="over")
    pa = price("a.txt", "$5.84", 5.84, A, 26)
    pb = price("b.txt", f"${b_price:.2f}", b_price, b_sentence, 90)
    group = Group(
        id="g1",
        label="Tovrin: share-price change",
        claims=[a.id, b.id],
        metric="share-price change",
    )
    return [f.severity for f in compare_groups([group], [a, b, pa, pb])]


def test_two_undated_moves_told_with_one_price_are_weighed() -> None:
    assert findings(B, 5.84) in (["error"], ["warning"])


def test_control_two_undated_moves_of_two_prices_stay_apart() -> None:
    assert findings(B_OTHER, 6.31) == ["info"]
