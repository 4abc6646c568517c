"""A level and its change with no metric word are a share's price and its move only when a share
could be priced so: "jumped 4% to $13.20" is, "climbed to $48.2 billion, up 3.1%" is not (the
parse names what moved). Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def _metrics(text: str) -> dict[str, str | None]:
    report = reconcile([Document(id="a.txt", path="a.txt", text=text)])
    return {c.text: c.metric for c in report.claims}


def test_a_large_amount_and_its_move_are_no_share_price() -> None:
    got = _metrics("Deposits climbed to $48.2 billion, up 3.1% from $46.8 billion a year before.")
    assert got and not any(m and m.startswith("share") for m in got.values()), got


def test_control_a_company_price_move_is_a_share_price() -> None:
    got = _metrics("Harlan Mining jumped 4% to $13.20 in early trade.")
    assert got["$13.20"] == "share price" and got["4%"] == "share-price change"
