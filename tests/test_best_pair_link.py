"""Two groups are weighed on a few cross pairs of their claims. A group that holds one figure
of something else (a handful of rooms closed by a flood among the rooms a resort has) pulls the
mean of those pairs below the cut although its other figures restate the other group's: the
mean left once one claim of a sample of three is set aside links the two groups when it
reaches the cut. When it does not, the groups stay apart."""

from __future__ import annotations

from reconcile.claims.evidence import context, probability
from reconcile.claims.group import DEFAULT_CUT, merge_by_evidence
from tests.claim_builder import built_claim

NEAR = "When it opens next spring the resort will have 1,240 rooms for visitors."
LOOSE = "The new wing brings the resort to 1,240 rooms, its owners said."
B_ROOMS = "When it opens next spring the resort will offer 1,420 rooms to visitors."
B_CLOSED = "Flooding on the lower floor has closed 18 rooms until further notice."
B_AGAIN = "The resort will have 1,420 rooms and four pools."


def _rooms(doc: str, value: float, subject: str, sentence: str):  # type: ignore[no-untyped-def]
    surface = f"{value:,g} rooms"
    return built_claim(
        doc,
        surface,
        value,
        "room",
        value,
        value,
        start=sentence.index(surface),
        kind="count",
        subject=subject,
        metric="rooms",
        sentence=sentence,
    )


def _groups(a_sentence: str) -> dict:  # type: ignore[type-arg]
    return {
        ("Kestmoor Grand", "rooms", "level", "count", None): [
            _rooms("a.txt", 1240, "Kestmoor Grand", a_sentence)
        ],
        ("Orlane Bay", "rooms", "level", "count", None): [
            _rooms("b.txt", 1420, "Orlane Bay", B_ROOMS),
            _rooms("c.txt", 18, "Orlane Bay", B_CLOSED),
            _rooms("d.txt", 1420, "Orlane Bay", B_AGAIN),
        ],
    }


def _pairs(groups: dict) -> list[float]:  # type: ignore[type-arg]
    (a,), bs = groups.values()
    ctx = context([a, *bs])
    return [probability(a, b, ctx) for b in bs]


def test_one_close_pair_is_dragged_below_the_cut_by_the_mean() -> None:
    weights = sorted(_pairs(_groups(NEAR)))
    assert sum(weights) / len(weights) < DEFAULT_CUT <= sum(weights[1:]) / 2


def test_the_mean_without_the_odd_figure_links_the_groups() -> None:
    merged = merge_by_evidence(_groups(NEAR))
    assert len(merged) == 1 and len(next(iter(merged.values()))) == 4


def test_a_mean_below_the_cut_without_it_leaves_the_groups_apart() -> None:
    weights = sorted(_pairs(_groups(LOOSE)))
    assert sum(weights[1:]) / 2 < DEFAULT_CUT
    assert len(merge_by_evidence(_groups(LOOSE))) == 2
