"""A place and what some sentence of the run sets in it ("Storm Gellick, which came ashore near
Colwyn Quay") may name one total: their groups merge at a lower cut of the weighed evidence
(``group.PLACE_CUT``) when no source tells them apart. Two places, a place no sentence sets the
other in, and a speed measured at a place stay apart."""

from __future__ import annotations

from reconcile.claims.group import group_claims
from reconcile.claims.placed import Places
from tests.claim_builder import built_claim

STORM = (
    "Storm Gellick, which came ashore near Colwyn Quay on Friday night, tore roofs from "
    "warehouses and flattened the harbour wall."
)
TOWNS = "Flood water stood a metre deep in Colwyn Quay and in Tamsby by Saturday morning."


def _toll(doc: str, value: float, subject: str, sentence: str, start: int):  # type: ignore[no-untyped-def]
    return built_claim(
        doc,
        f"{value:g} people",
        value,
        "person",
        value,
        value,
        start=start,
        kind="count",
        subject=subject,
        metric="death toll",
        sentence=sentence,
    )


def _speed(doc: str, value: float, subject: str, sentence: str, start: int):  # type: ignore[no-untyped-def]
    return built_claim(
        doc,
        f"{value:g} km/h",
        value,
        "kilometer / hour",
        value,
        value,
        start=start,
        kind="physical",
        subject=subject,
        metric="wind speed",
        sentence=sentence,
    )


A_TOLL = "The death toll in Colwyn Quay rose to 11 people on Sunday, the coroner said."
B_TOLL = "Storm Gellick has killed 14 people across the region, the coroner said on Sunday."


def _texts(extra: str) -> dict[str, str]:
    return {"a.txt": f"{A_TOLL}\n{extra}", "b.txt": f"{B_TOLL}\n{extra}"}


def _tolls(a_subject: str = "Colwyn Quay", b_subject: str = "Storm Gellick") -> list:  # type: ignore[type-arg]
    return [
        _toll("a.txt", 11, a_subject, A_TOLL, A_TOLL.index("11")),
        _toll("b.txt", 14, b_subject, B_TOLL, B_TOLL.index("14")),
    ]


def test_a_storm_set_in_a_town_is_what_stands_in_it() -> None:
    places = Places({("Colwyn Quay", "death toll"): _tolls()}, _texts(STORM))  # type: ignore[dict-item]
    assert places.stands_in("Colwyn Quay", "Storm Gellick")
    assert places.stands_in("Storm Gellick", "Colwyn Quay")


def test_a_town_and_the_storm_that_came_ashore_near_it_give_one_toll() -> None:
    groups = group_claims(_tolls(), texts=_texts(STORM))
    assert len(groups) == 1 and len(groups[0].claims) == 2


def test_without_a_sentence_setting_the_storm_in_the_town_the_tolls_stay_apart() -> None:
    apart = "Storm Gellick tore roofs from warehouses and flattened the harbour wall on Friday."
    assert len(group_claims(_tolls(), texts=_texts(apart))) == 2


def test_two_towns_tolls_stay_apart() -> None:
    claims = _tolls("Colwyn Quay", "Tamsby")
    assert not Places({("x", "death toll"): claims}, _texts(TOWNS)).stands_in(  # type: ignore[dict-item]
        "Colwyn Quay", "Tamsby"
    )
    assert len(group_claims(claims, texts=_texts(TOWNS + " " + STORM))) == 2


def test_a_speed_measured_at_the_town_stays_the_towns() -> None:
    a = "Gusts reached 131 km/h in Colwyn Quay on Friday, the weather office said."
    b = "Storm Gellick brought gusts of 118 km/h on Friday, the weather office said."
    claims = [
        _speed("a.txt", 131, "Colwyn Quay", a, a.index("131")),
        _speed("b.txt", 118, "Storm Gellick", b, b.index("118")),
    ]
    texts = {"a.txt": f"{a}\n{STORM}", "b.txt": f"{b}\n{STORM}"}
    assert len(group_claims(claims, texts=texts)) == 2
