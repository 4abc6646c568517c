"""A figure that belongs to a named part of the whole ("the opening phase, rated at ...",
"the hill section, which carries two tracks", "the top single model, on ... sales") is the
part's figure, never a conflict with the whole's; a restatement of the whole that names no part
stays with the whole (:func:`reconcile.claims.parse._piece`,
:func:`reconcile.claims.separate.contradiction`)."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.claims.parse import Narrowing, narrowing_of, parse_sentences
from reconcile.claims.separate import contradiction
from reconcile.pipeline import reconcile


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    return [f.kind for f in reconcile(docs).findings if f.severity != "info"]


def _piece(sentence: str, figure: str, metric: str, count: bool = False) -> str | None:
    (doc,) = parse_sentences([sentence])
    at = sentence.find(figure)
    r = narrowing_of(doc, at, at + len(figure), metric, count)
    assert r is not None
    return r.piece


# --- the reading ------------------------------------------------------------------------------


def test_a_with_phrase_on_a_narrowed_part_noun_names_the_part() -> None:
    sentence = "The opening phase, with an output of 350 megawatts, will be switched on in May."
    assert _piece(sentence, "350 megawatts", "capacity") == "phase"


def test_a_relative_clause_on_a_narrowed_part_noun_names_the_part() -> None:
    sentence = "Along the hill section, which has just two tracks, trains must slow down."
    assert _piece(sentence, "two tracks", "tracks", count=True) == "section"


def test_control_a_bare_part_noun_and_a_count_of_parts_name_no_part() -> None:
    assert _piece("The model has 40 billion parameters.", "40 billion", "parameters") is None
    sentence = "The grocer said 26 branches will shut, costing 900 roles."
    assert _piece(sentence, "900 roles", "jobs", count=True) is None


def test_control_a_part_noun_setting_the_scene_is_no_part_of_the_figure() -> None:
    sentence = "The closing phase of the sale heated up in the 26GHz band."
    assert _piece(sentence, "26GHz", "band") is None


def test_a_one_sided_part_contradicts_the_whole_but_not_the_same_part() -> None:
    assert contradiction(Narrowing(piece="phase"), Narrowing()) == "part"
    assert contradiction(Narrowing(), Narrowing(piece="section")) == "part"
    assert contradiction(Narrowing(piece="phase"), Narrowing(piece="section")) == "part"
    assert contradiction(Narrowing(piece="phase"), Narrowing(piece="phase")) is None
    # both name the same part, one by a part noun too ("the dairy division" / "dairy sales")
    dairy = frozenset({"dairy"})
    assert (
        contradiction(Narrowing(piece="division", categories=dairy), Narrowing(categories=dairy))
        is None
    )


# --- end to end -----------------------------------------------------------------------------


def test_the_first_phase_s_capacity_is_not_the_whole_plant_s() -> None:
    assert not _alarms(
        "Tormund Cells said its new plant at Ostervik is to reach a yearly capacity of 60 "
        "gigawatt hours once it is complete.",
        "Tormund Cells is building in stages. The opening phase at Ostervik, with an annual "
        "capacity of 24 gigawatt hours, should start production in 2029.",
    )


def test_control_a_restatement_of_the_whole_plant_still_conflicts() -> None:
    assert _alarms(
        "Tormund Cells said its new plant at Ostervik is to reach a yearly capacity of 60 "
        "gigawatt hours once it is complete.",
        "Tormund Cells is building in stages. Its plant at Ostervik, with an annual capacity of "
        "24 gigawatt hours, should start production in 2029.",
    )


def test_one_stretch_s_lanes_are_not_the_whole_road_s() -> None:
    assert not _alarms(
        "The new Pellister bypass has eight lanes, the transport agency said.",
        "On the narrow river section, which has only four lanes, the Pellister bypass "
        "will carry a lower speed limit, the transport agency said.",
    )
