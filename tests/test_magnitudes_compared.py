"""An order of magnitude ("hundreds of homes in ruins") is held against nothing
(reconcile.compare.run): beside a source's own figure it made the source seem to give two
figures, which turned a conflict between two sources into a note; set against another
source's figure of another scope it raised a false alarm. Sentences written afresh,
with invented names."""

from __future__ import annotations

from reconcile.documents import parse_document
from reconcile.pipeline import reconcile
from tests.test_assumed_day_tolls import _named

HEAD = "{outlet}\n14 May 2026\n\n"
BODY = "The Brannock Hills blaze has destroyed {n} homes, county officials said on Thursday.\n"


def test_a_headline_magnitude_does_not_hide_two_sources_disagreeing() -> None:
    alarms = _named(
        {
            "a.txt": HEAD.format(outlet="Hills Wire")
            + "Brannock Hills blaze spreads east\n\n"
            + BODY.format(n=318),
            "b.txt": HEAD.format(outlet="County Ledger")
            + "Brannock Hills blaze leaves hundreds of homes in ruins\n\n"
            + BODY.format(n=381),
        }
    )
    assert {"a.txt", "b.txt"} in alarms


def test_a_magnitude_alone_raises_nothing() -> None:
    alarms = _named(
        {
            "a.txt": HEAD.format(outlet="Hills Wire")
            + "Brannock Hills blaze spreads east\n\n"
            + BODY.format(n=318),
            "b.txt": HEAD.format(outlet="County Ledger")
            + "Brannock Hills blaze spreads west\n\n"
            + "The Brannock Hills blaze has destroyed thousands of homes, residents said.\n",
        }
    )
    assert alarms == []


def test_the_magnitude_is_still_a_claim() -> None:
    docs = [
        parse_document(
            "b.txt",
            "b.txt",
            HEAD.format(outlet="County Ledger") + "Hundreds of homes in ruins as fire spreads\n",
        )
    ]
    report = reconcile(docs)
    assert any(c.text.startswith("Hundreds of homes") for c in report.claims)
