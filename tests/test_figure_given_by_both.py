"""A source that writes, elsewhere in its text, the other source's figure too (with the same
digits, three or more), and beside it a differing figure of its own, does not contradict the
other source when the other's sentence reads like the one giving the shared figure: it gives
that figure, and its own differing one is of another quantity that grouping put under the same
name (the whole firm's staff against one bakery's, given by both). When the other's sentence
reads like the differing figure's (the shared figure given under the wrong name), without the
shared figure, or with a figure of two digits that a text may write by chance, the pair still
conflicts (scope.figure_given_by_both)."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document, Finding, Group
from tests.reported import hand_claim

SITE = "Marlowe Foods employs about 3,150 people at its bakery near the ring road."
WHOLE = "Marlowe Foods will still employ more than 14,000 people after the cuts."
ALSO = " Marlowe Foods' bakery near the ring road keeps roughly 3,150 staff."


def people(doc: str, text: str, written: str, value: float) -> Claim:
    start = text.index(written)
    return hand_claim(
        doc,
        text,
        written,
        value,
        unit="person",
        kind="count",
        subject="Marlowe Foods",
        metric="jobs",
        low=value * 0.97,
        high=value * 1.03,
        sentence=text[: text.index(".", start) + 1],
        claim_id=f"{doc}#{start}",
    )


def judged(site: str, whole: str, site_fig: str, whole_fig: str, also: str | None) -> Finding:
    from reconcile.compare import compare_groups

    docs = [
        Document(id="a.txt", path="a.txt", text=site),
        Document(id="b.txt", path="b.txt", text=whole),
    ]
    x = people("a.txt", site, site_fig, float(site_fig.replace(",", "")))
    y = people("b.txt", whole, whole_fig, float(whole_fig.replace(",", "")))
    claims = [x, y]
    if also is not None:  # the source's own sentence giving the other's figure, in no group
        last = whole[whole.index(". ") + 2 :]
        start = whole.index(also, len(whole) - len(last))
        z = people("b.txt", last, also, float(also.replace(",", "")))
        z = z.model_copy(
            update={"id": f"b.txt#{start}", "span": (start, start + len(also)), "metric": "staff"}
        )
        claims.append(z)
    g = Group(id="g1", label="Marlowe Foods: jobs", claims=[x.id, y.id])
    [f] = compare_groups([g], claims, documents=docs)
    return f


def test_a_source_giving_the_others_figure_too_does_not_contradict_it() -> None:
    f = judged(SITE, WHOLE + ALSO, "3,150", "14,000", "3,150")
    assert (f.kind, f.severity) == ("different_scope", "info"), f.message


def test_control_without_the_shared_figure_the_pair_still_conflicts() -> None:
    f = judged(SITE, WHOLE, "3,150", "14,000", None)
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_control_a_two_digit_figure_given_by_both_is_no_evidence() -> None:
    site = SITE.replace("3,150", "40")
    whole = WHOLE.replace("14,000", "90") + ALSO.replace("3,150", "40")
    f = judged(site, whole, "40", "90", "40")
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message


def test_control_the_shared_figure_given_under_the_differing_ones_name_still_conflicts() -> None:
    site = "Marlowe Foods employs about 3,150 people in total, its filing shows."
    whole = "Marlowe Foods employs 14,000 people in total, its filing shows." + ALSO
    f = judged(site, whole, "3,150", "14,000", "3,150")
    assert (f.kind, f.severity) == ("value_mismatch", "error"), f.message
