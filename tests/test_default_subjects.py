"""Two articles on one story often settle on different main subjects (the vessel, or the
outlet that reported it), and a figure whose sentence names no holder takes its document's.
Two groups of one metric whose subjects no sentence of theirs names merge at a lower cut of
the weighed evidence (``group.DEFAULT_CUT``); a subject the figure's sentence names, a list item
or a labelled line, and two holders a source tells apart keep the usual cut."""

from __future__ import annotations

from reconcile.claims.evidence import context, probability
from reconcile.claims.group import DEFAULT_CUT, group_claims, merge_by_evidence
from tests.claim_builder import built_claim

A_BOATS = "Rescuers combed the bay through the night with 16 lifeboats and a coastguard plane."
B_BOATS = "Through the night 12 lifeboats and a plane combed the water."


def _boats(doc: str, value: float, subject: str, sentence: str):  # type: ignore[no-untyped-def]
    surface = f"{value:g} lifeboats"
    return built_claim(
        doc,
        surface,
        value,
        "lifeboat",
        value,
        value,
        start=sentence.index(surface),
        kind="count",
        subject=subject,
        metric="lifeboats",
        sentence=sentence,
    )


def _pair(b_sentence: str = B_BOATS, b_subject: str = "Merrow Lass") -> list:  # type: ignore[type-arg]
    return [
        _boats("a.txt", 16, "Coastline Radio", A_BOATS),
        _boats("b.txt", 12, b_subject, b_sentence),
    ]


def _weighed(claims: list) -> float:  # type: ignore[type-arg]
    a, b = claims
    return probability(a, b, context(claims))


def test_the_pair_lies_between_the_lower_cut_and_the_usual_one() -> None:
    assert DEFAULT_CUT <= _weighed(_pair()) < 0.93


def test_two_documents_defaults_give_one_count() -> None:
    groups = group_claims(_pair())
    assert len(groups) == 1 and len(groups[0].claims) == 2


def test_a_subject_the_sentence_names_keeps_the_usual_cut() -> None:
    named = "Through the night 12 lifeboats from Tarrow Point and a plane combed the water."
    claims = _pair(named, "Tarrow Point")
    assert _weighed(claims) >= DEFAULT_CUT
    assert len(group_claims(claims)) == 2


def test_a_labelled_line_keeps_the_usual_cut() -> None:
    line = "Search: through the night 12 lifeboats and a plane combed the water."
    claims = _pair(line)
    assert _weighed(claims) >= DEFAULT_CUT
    assert len(group_claims(claims)) == 2


def test_two_holders_a_source_tells_apart_stay_apart() -> None:
    both = "Through the night 12 lifeboats and a plane combed the water, and 16 lifeboats the bay."
    told = [
        *_pair(),
        _boats("c.txt", 12, "Merrow Lass", both),
        built_claim(
            "c.txt",
            "16 lifeboats",
            16,
            "lifeboat",
            16,
            16,
            start=both.index("16 lifeboats"),
            kind="count",
            subject="Coastline Radio",
            metric="lifeboats",
            sentence=both,
        ),
    ]
    keys = {
        ("Coastline Radio", "lifeboats", "level", "count", None): [told[0], told[3]],
        ("Merrow Lass", "lifeboats", "level", "count", None): [told[1], told[2]],
    }
    assert len(merge_by_evidence(keys)) == 2  # type: ignore[arg-type]
