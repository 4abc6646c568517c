"""The value a process started from is an earlier value, not the figure it ended at ("bidding
began at $8 million" against another source's sale price; "the count started at 112"): the
comparison reads it as an earlier value (compare.context.Ctx.is_earlier, comparison.toml
``initial_pattern``). Fresh sentences with invented names; controls that stay current values."""

from __future__ import annotations

import pytest

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from tests.test_compare_earlier_from import earlier


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Bidding for the Ostrava manuscript began at $8 million in the packed saleroom.", "$8"),
        ("The tally of stranded hikers started at 112 people and fell by the morning.", "112"),
        ("Offers for the Kellwick site started from £2.5m, the agents said.", "£2.5m"),
    ],
)
def test_the_value_a_process_started_from_is_an_earlier_value(text: str, written: str) -> None:
    assert earlier(text, written)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Ostrava manuscript sold for $12.4 million in the packed saleroom.", "$12.4"),
        ("Work on the Kellwick site began on Monday and will cost £2.5m.", "£2.5m"),
    ],
)
def test_control_a_figure_no_start_introduces_stays_current(text: str, written: str) -> None:
    assert not earlier(text, written)


def _alarms(second: str) -> list[str]:
    docs = [
        Document(
            id="a.txt",
            path="a.txt",
            text="Manuscript sale\n\nThe Ostrava manuscript sold for $12.4 million at auction.",
        ),
        Document(id="b.txt", path="b.txt", text="Saleroom report\n\n" + second),
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_a_starting_bid_is_not_set_against_the_sale_price() -> None:
    assert _alarms("Bidding on the Ostrava manuscript began at $8 million at auction.") == []


def test_control_another_sale_price_still_conflicts() -> None:
    assert len(_alarms("The Ostrava manuscript sold for $8 million at auction.")) == 1
