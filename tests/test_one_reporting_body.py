"""Two sources that quote one body for one count often name different holders of it: a sound
and the spit where the animals lay, a district and the river it counts on. When every figure of
two groups of one metric is attributed to one body, written whole by one source and by its last
words by the other ("the Coastal Wildlife Bureau said" / "according to the wildlife bureau"),
the two subjects are no evidence of two quantities: the groups merge at the lower cut
``group.BODY_CUT``. Figures of two bodies, or of one body and none, keep the usual cut, and two
forms of one body no longer count as two bodies that measured apart."""

from __future__ import annotations

from reconcile.claims.evidence import FEATURES, features, one_body, same_body
from reconcile.claims.group import _Profile, _profiles_apart, group_claims
from tests.claim_builder import built_claim

A_SEALS = (
    "On Sunday morning about 140 grey seals were hauled out on the sandbanks of Hollin Sound,"
    " the Coastal Wildlife Bureau said."
)
B_SEALS = (
    "According to the wildlife bureau, some 190 grey seals were hauled out on the sandbanks of"
    " Marram Spit on Sunday morning."
)
B_OTHER_BODY = (
    "According to the Seal Watch Society, some 190 grey seals were hauled out on the sandbanks"
    " of Marram Spit on Sunday morning."
)
B_NO_BODY = (
    "By all accounts some 190 grey seals were hauled out on the sandbanks of Marram Spit on"
    " Sunday morning."
)


def _seals(doc: str, value: float, subject: str, sentence: str):  # type: ignore[no-untyped-def]
    surface = f"{value:g} grey seals"
    return built_claim(
        doc,
        surface,
        value,
        "seal",
        value,
        value,
        start=sentence.index(surface),
        kind="count",
        subject=subject,
        metric="seals",
        sentence=sentence,
    )


def _groups(b_sentence: str) -> list[list[str]]:
    claims = [
        _seals("a.txt", 140, "Hollin Sound", A_SEALS),
        _seals("b.txt", 190, "Marram Spit", b_sentence),
    ]
    return [g.claims for g in group_claims(claims)]


def test_one_body_written_two_ways() -> None:
    assert same_body("wildlife bureau", "coastal wildlife bureau")
    assert same_body("registrar general", "office of the registrar general")
    assert one_body({"seal watch society", "wildlife bureau"}, {"coastal wildlife bureau"})


def test_two_bodies_sharing_a_word_are_two() -> None:
    assert not same_body("wildlife trust", "coastal wildlife bureau")
    assert not same_body("bureau of statistics", "weather bureau")


def test_figures_one_body_reports_under_two_holders_are_one_group() -> None:
    assert len(_groups(B_SEALS)) == 1


def test_figures_of_two_bodies_stay_apart() -> None:
    assert len(_groups(B_OTHER_BODY)) == 2


def test_a_figure_no_body_reports_keeps_the_usual_cut() -> None:
    assert len(_groups(B_NO_BODY)) == 2


def test_one_body_written_two_ways_is_no_veto() -> None:
    a = _Profile([_seals("a.txt", 140, "Hollin Sound", A_SEALS)], {})
    b = _Profile([_seals("b.txt", 190, "Marram Spit", B_SEALS)], {})
    assert _profiles_apart(a, b) != "body"


def _bodies_differ(b_sentence: str) -> float:
    a = _seals("a.txt", 140, "Hollin Sound", A_SEALS)
    b = _seals("b.txt", 190, "Marram Spit", b_sentence)
    return features(a, b)[FEATURES.index("bodies_differ")]


def test_one_body_written_two_ways_is_no_different_body_in_the_evidence() -> None:
    assert _bodies_differ(B_SEALS) == 0.0


def test_two_bodies_are_different_bodies_in_the_evidence() -> None:
    assert _bodies_differ(B_OTHER_BODY) == 1.0
