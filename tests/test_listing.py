"""A currency never implies a listing: a price with no exchange named joins the one its rivals name.

Two sources give one stock's price for the same day; only one of them names the exchange. The
unnamed one is the same listing (nothing says otherwise), so the two prices are compared.
"""

from __future__ import annotations

from reconcile import reconcile
from reconcile.documents import parse_document


def _doc(name: str, body: str) -> object:
    return parse_document(name, name, body)


def _alarms(*bodies: str) -> list:
    docs = [_doc(f"{chr(97 + i)}.txt", b) for i, b in enumerate(bodies)]
    report = reconcile(docs)
    return [f for f in report.findings if f.severity in ("warning", "error")]


def test_two_prices_for_one_day_conflict_when_only_one_names_the_exchange() -> None:
    plain = (
        "Orvane rallies after results\n\nPublished: 2026-04-14\n\n"
        "Orvane stock closed up 4% at $81.20 on Tuesday after quarterly sales beat forecasts.\n"
    )
    named = (
        "Orvane jumps on sales beat\n\nPublished: 2026-04-14\n\n"
        "Shares of Orvane finished Tuesday 6% higher at $88.90 on the Nasdaq, traders said.\n"
    )
    alarms = _alarms(plain, named)
    assert any(f.kind == "value_mismatch" for f in alarms), alarms


def test_the_same_price_with_and_without_the_exchange_named_agrees() -> None:
    plain = (
        "Orvane rallies after results\n\nPublished: 2026-04-14\n\n"
        "Orvane stock closed at $81.20 on Tuesday after quarterly sales beat forecasts.\n"
    )
    named = (
        "Orvane jumps on sales beat\n\nPublished: 2026-04-14\n\n"
        "Shares of Orvane finished Tuesday at $81.20 on the Nasdaq, traders said.\n"
    )
    assert _alarms(plain, named) == []


def test_a_dollar_price_is_not_filed_under_new_york() -> None:
    doc = _doc(
        "a.txt",
        "Orvane rallies\n\nPublished: 2026-04-14\n\nOrvane stock closed at $81.20 on Tuesday.\n",
    )
    report = reconcile([doc])
    prices = [c for c in report.claims if c.mention.unit == "USD"]
    assert prices and all(c.scope is None for c in prices)
