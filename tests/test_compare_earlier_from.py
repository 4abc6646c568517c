"""A bare "from" before a figure makes it an earlier value only when it starts a move
(compare.context.Ctx.is_earlier): "losses from the storm at £120m" puts the figure in another
phrase, the object of "at". Fresh sentences with invented names; controls that stay earlier
values."""

from __future__ import annotations

import pytest

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Document
from reconcile.compare.context import Ctx
from reconcile.config import Settings


def earlier(text: str, written: str) -> bool:
    """Whether the claim whose text starts with ``written`` is read as an earlier value."""
    doc = Document(id="a.txt", path="a.txt", text=text)
    claims = extract_claims(doc)
    ctx = Ctx(Settings(), {c.id: c for c in claims}, {"a.txt": text}, set())
    [c] = [c for c in claims if c.text.startswith(written)]
    return ctx.is_earlier(c)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Insurers in Brevick put losses from the storm at £120m on Monday.", "£120m"),
        ("Auditors in Adeyemo put fees from the contract at £310,000 last year.", "£310,000"),
    ],
)
def test_a_from_that_names_a_source_gives_no_earlier_value(text: str, written: str) -> None:
    assert not earlier(text, written)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Quarnby's profit rose to £40m from £31m a year earlier.", "£31m"),
        ("Adeyemo Foods said revenue was $12bn, from $10bn a year before.", "$10bn"),
        ("The Tamberlin party went from 12 seats to 19 in the regional vote.", "12"),
        ("The Vasquell bank cut its main rate from 4.50% on Thursday.", "4.50%"),
        ("The airliner made an emergency descent from 35,000 feet over the sea.", "35,000"),
    ],
)
def test_control_a_from_that_starts_a_move_still_gives_an_earlier_value(
    text: str, written: str
) -> None:
    assert earlier(text, written)


def test_a_figure_named_with_its_article_after_above_is_a_benchmark() -> None:
    """Class: "above the €9.80 the panel proposed" sets another figure against €9.80, the mark
    (an earlier value, as "ahead of the" is); a strict bound of its own it is not."""
    assert earlier("The Ulstrom wage rise is above the €9.80 the pay panel proposed.", "€9.80")


def test_control_a_bare_above_bounds_the_figure_itself() -> None:
    assert not earlier("Hourly pay in Ulstrom rose above €9.80 this spring.", "€9.80")
