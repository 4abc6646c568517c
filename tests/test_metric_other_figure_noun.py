"""A keyword that is another figure's counted noun names that figure, not a bare count beside
it: in "the toll reached 31 once four passengers succumbed", 31 is the toll's, the passengers are
the four. Sentences written afresh with invented names."""

from __future__ import annotations

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document


def _claims(text: str) -> dict[str, Claim]:
    return {c.text: c for c in extract_claims(Document(id="a.txt", path="x", text=text))}


def test_a_bare_count_is_not_named_by_the_next_figures_noun() -> None:
    cs = _claims(
        "Officials said the toll in the Velmar ferry sinking reached 31 once four passengers "
        "succumbed to their injuries."
    )
    assert cs["31"].metric == "death toll"


def test_control_the_other_figure_keeps_its_noun() -> None:
    cs = _claims(
        "Officials said the toll in the Velmar ferry sinking reached 31 once four passengers "
        "succumbed to their injuries."
    )
    assert cs["four passengers"].metric == "passengers"
