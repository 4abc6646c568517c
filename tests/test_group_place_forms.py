"""One natural place written with and without its generic head across sources ("River X" /
"X", "X Valley" / "X") is one subject for every quantity; two places of one head, a bare name
with two headed forms, and a sentence that gives figures of one kind to both stay apart."""

from __future__ import annotations

from reconcile.claims.group import _place_forms, group_claims
from tests.claim_builder import built_claim


def _metres(doc: str, value: float, subject: str, metric: str, sentence: str = ""):  # type: ignore[no-untyped-def]
    return built_claim(
        doc,
        f"{value:g} metres",
        value,
        "meter",
        value,
        value,
        kind="physical",
        subject=subject,
        metric=metric,
        sentence=sentence,
    )


def _homes(doc: str, value: float, subject: str):  # type: ignore[no-untyped-def]
    return built_claim(
        doc,
        f"{value:g} homes",
        value,
        "home",
        value,
        value,
        kind="count",
        subject=subject,
        metric="homes flooded",
    )


def test_a_river_written_with_and_without_its_head_is_one_subject_for_each_quantity() -> None:
    claims = [
        _metres("a.txt", 5.1, "River Ollin", "river level"),
        _homes("a.txt", 300, "River Ollin"),
        _homes("b.txt", 340, "Ollin"),
        _metres("c.txt", 5.4, "Ollin", "flood level"),
    ]
    groups = group_claims(claims)
    assert {g.subject for g in groups} == {"River Ollin"}
    homes = [g for g in groups if g.metric == "homes flooded"]
    assert len(homes) == 1 and len(homes[0].claims) == 2


def test_a_valley_and_its_bare_name_map_to_the_headed_form() -> None:
    claims = [_homes("a.txt", 80, "Wistow Valley"), _metres("b.txt", 2.0, "Wistow", "depth")]
    assert _place_forms(claims) == {"Wistow": "Wistow Valley"}


def test_two_valleys_stay_apart() -> None:
    claims = [_homes("a.txt", 80, "Wistow Valley"), _homes("b.txt", 95, "Tolver Valley")]
    assert _place_forms(claims) == {}
    assert {g.subject for g in group_claims(claims)} == {"Wistow Valley", "Tolver Valley"}


def test_a_bare_name_with_two_headed_forms_is_left_alone() -> None:
    claims = [
        _homes("a.txt", 80, "Lake Orle"),
        _homes("b.txt", 95, "Orle Bay"),
        _homes("c.txt", 60, "Orle"),
    ]
    assert _place_forms(claims) == {}


def test_a_sentence_giving_both_names_figures_of_one_kind_tells_them_apart() -> None:
    said = "Lake Orle rose 2 metres while the town of Orle stood under 1 metre of water."
    claims = [
        _metres("a.txt", 2.0, "Lake Orle", "lake level", said),
        _metres("a.txt", 1.0, "Orle", "flood level", said),
        _metres("b.txt", 2.3, "Lake Orle", "lake level"),
    ]
    assert _place_forms(claims) == {}


def test_a_man_made_place_is_not_a_head() -> None:
    claims = [_homes("a.txt", 80, "Wistow Tower"), _homes("b.txt", 95, "Wistow")]
    assert _place_forms(claims) == {}
