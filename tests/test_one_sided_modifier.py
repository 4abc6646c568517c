"""A noun modifier on one side only ("46 pilot whales" / "52 whales") splits two counts only
when some source of the run sets the modified and the plain thing apart (gives figures to both,
or gives the modified figure beside another in its sentence): a retelling often drops the
modifier its first mention gave. Sentences written afresh."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import Narrowing
from reconcile.claims.separate import modifiers_apart
from reconcile.pipeline import reconcile
from tests.claim_builder import built_claim


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    report = reconcile(docs)
    return [f.message for f in report.findings if f.severity != "info"]


def test_a_count_retold_without_its_modifier_is_one_quantity() -> None:
    alarms = _alarms(
        "Rescuers said 46 pilot whales had stranded on the shingle at Tarrow Point by Tuesday "
        "morning.",
        "Volunteers counted 52 whales stranded on the shingle at Tarrow Point on Tuesday.",
    )
    assert any("46" in m and "52" in m for m in alarms)


def test_control_a_source_giving_both_keeps_them_apart() -> None:
    alarms = _alarms(
        "Rescuers said 58 whales had stranded on the shingle at Tarrow Point, including 46 "
        "pilot whales.",
        "Volunteers said 46 pilot whales had stranded on the shingle at Tarrow Point.",
    )
    assert not alarms


def test_control_the_plain_counts_still_conflict() -> None:
    alarms = _alarms(
        "Rescuers said 58 whales had stranded on the shingle at Tarrow Point, including 46 "
        "pilot whales.",
        "Volunteers said 60 whales had stranded on the shingle at Tarrow Point.",
    )
    assert any("58" in m and "60" in m for m in alarms)


def _claim(doc: str, value: float, sentence: str) -> Claim:
    surface = sentence.split()[1] if sentence.startswith("In all") else sentence.split()[0]
    return built_claim(
        doc,
        surface,
        value,
        "whale",
        value - 0.5,
        value + 0.5,
        start=sentence.index(surface),
        kind="count",
        metric="whales",
        sentence=sentence,
    )


def test_only_a_modifier_some_source_sets_apart_is_apart() -> None:
    pilot = Narrowing(parts=frozenset({"pilot"}))
    sperm = Narrowing(parts=frozenset({"sperm"}))
    members = [
        _claim("a.txt", 46, "Forty-six pilot ones came ashore."),
        _claim("a.txt", 58, "In all, 58 came ashore."),
        _claim("b.txt", 7, "Seven sperm ones were seen offshore."),
        _claim("c.txt", 9, "Nine were seen offshore."),
    ]
    readings = dict(
        zip([c.id for c in members], [pilot, Narrowing(), sperm, Narrowing()], strict=True)
    )
    assert modifiers_apart(members, readings) == frozenset({"pilot"})
    # a source that gives one figure to both names one thing twice
    same = [members[0], _claim("a.txt", 46, "In all, 46 came ashore.")]
    readings[same[1].id] = Narrowing()
    assert modifiers_apart(same, readings) == frozenset()


def test_control_a_part_s_rate_of_change_keeps_its_modifier() -> None:
    assert not _alarms(
        "Output in Brindle rose 1.9% in the third quarter, the statistics office said.",
        "Brindle mills endured a weak quarter, with factory output down 2.4%.",
    )
