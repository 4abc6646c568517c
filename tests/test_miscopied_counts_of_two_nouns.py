"""Class: one count copied wrong and told by two nouns. Counts of two nouns in one group are
weighed only when the texts show they count one thing (``judge``: one noun narrowed, one named
thing, one act's slot, a bare number); but two counts whose digits are one slip of typing
apart ("employs 840 workers" / "the loss of 480 jobs") are one figure miscopied, whatever noun
each source counts it by, and they conflict."""

from __future__ import annotations

from claim_builder import built_claim

from reconcile.claims.models import Claim, Group
from reconcile.compare import compare_groups


def count(doc: str, figure: str, value: float, noun: str, sentence: str) -> Claim:
    return built_claim(
        doc,
        figure,
        value,
        noun,
        value - 0.5,
        value + 0.5,
        start=sentence.index(figure),
        kind="count",
        subject="Dunholt",
        metric="jobs",
        sentence=sentence,
    )


def verdict(b_figure: str, b_value: float) -> list[str]:
    a = count("a.txt", "740 workers", 740, "worker", "The Dunholt mill employs 740 workers.")
    said = f"Closing the Dunholt mill will cost {b_figure}."
    b = count("b.txt", b_figure, b_value, "job", said)
    g = Group(id="g1", label="Dunholt: jobs", claims=[a.id, b.id], metric="jobs")
    return [f.kind for f in compare_groups([g], [a, b])]


def test_counts_of_two_nouns_one_slip_of_typing_apart_conflict() -> None:
    assert verdict("470 jobs", 470) == ["value_mismatch"]


def test_control_counts_of_two_nouns_of_no_common_slip_stay_apart() -> None:
    assert verdict("310 jobs", 310) == []
