"""One amount converted at two rates is no conflict: a source that writes its figure beside the
amount in another currency ("$48 million (₹4 billion)") gives a conversion, and another
figure that some source writes beside the same original amount differs by the rate, not by the
amount. A figure that no source gives as that amount's conversion still conflicts."""

from __future__ import annotations

from reconcile import reconcile
from reconcile.documents import parse_document

HEAD = "Orbiter budget\n\nPublished: 2026-05-14\n\n"


def _alarms(*texts: str) -> list:
    docs = [
        parse_document(f"{n}.txt", f"{n}.txt", HEAD + t + "\n")
        for n, t in zip("abcd", texts, strict=False)
    ]
    return [f for f in reconcile(docs).findings if f.severity in ("warning", "error")]


def test_one_original_amount_restated_at_two_rates_is_no_conflict() -> None:
    a = "The Veskar orbiter mission's bill came to Rs 530 crore ($64 million), ISRO said."
    b = "The Veskar orbiter mission cost just $65 million (Rs 530 crore) to build, ISRO said."
    c = "The Veskar orbiter mission cost $65 million to build, ISRO said."
    assert _alarms(a, b, c) == []


def test_an_amount_that_no_rate_explains_still_conflicts() -> None:
    """Control: the third source's figure is not the original amount at any rate given."""
    a = "The Veskar orbiter mission's bill came to Rs 530 crore ($64 million), ISRO said."
    b = "The Veskar orbiter mission cost just $65 million (Rs 530 crore) to build, ISRO said."
    c = "The Veskar orbiter mission cost $90 million to build, ISRO said."
    assert any(f.kind == "value_mismatch" for f in _alarms(a, b, c))


def test_figures_with_no_restatement_still_conflict() -> None:
    """Control: neither source gives another currency, so nothing speaks for a rate."""
    a = "The Dunmore footbridge cost $52 million to build, the council said."
    b = "The Dunmore footbridge cost $50 million to build, the council said."
    assert any(f.kind == "value_mismatch" for f in _alarms(a, b))


def test_a_bound_against_a_conversion_is_as_loose_as_the_rate() -> None:
    """ "just under $65 million" against "$65 million", a figure the coverage writes beside
    Rs 530 crore while another source converts the same crores to $64 million: no alarm. The
    figure counts as a conversion in a source that gives it alone, too."""
    a = "The Veskar orbiter mission's bill came to Rs 530 crore ($65 million), ISRO said."
    b = "The Veskar orbiter mission cost just $64 million (Rs 530 crore) to build, ISRO said."
    c = "The Veskar orbiter mission cost $65 million to build, ISRO said."
    d = "The Veskar orbiter mission's bill stayed just under $65 million, ISRO said."
    assert _alarms(a, b, c, d) == []


def test_a_bound_against_a_plain_figure_still_collides() -> None:
    """Control: with no conversion in the coverage, the strict bound and the precise figure
    cannot both hold."""
    c = "The Veskar orbiter mission cost $65 million to build, ISRO said."
    d = "The Veskar orbiter mission's bill stayed just under $65 million, ISRO said."
    assert [f.kind for f in _alarms(c, d)] == ["qualifier_conflict"]
