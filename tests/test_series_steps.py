"""Heights passed on the way through a competition are each their own quantity: a source that
tells a series of values of one measured thing ("then cleared A and went over B", "cleared A
and B") sets none of them against another source's figure for another occasion, unless some
other source gives that value too. A conflict on one occasion stays (controls). Sentences
written afresh."""

from __future__ import annotations

from reconcile.claims.models import Claim, Document
from reconcile.claims.parse import parse_sentences
from reconcile.claims.separate import series_apart, series_step
from reconcile.pipeline import reconcile
from tests.claim_builder import built_claim

OPENING = "Tova Lindqvist won the high jump in Malmo on Sunday."
WIN = f"{OPENING} She cleared 2.01 metres at the third attempt."
RIVAL = f"{OPENING} She cleared 2.03 metres at the third attempt."


def _alarms(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    return [f.kind for f in reconcile(docs).findings if f.severity != "info"]


def test_heights_cleared_in_coordinated_clauses_are_steps_not_rivals() -> None:
    steps = (
        "Tova Lindqvist won the high jump in Malmo on Sunday. She then cleared 1.94 metres "
        "and went over 1.97 metres at her second attempt."
    )
    assert not _alarms(WIN, steps)


def test_coordinated_heights_are_steps_not_rivals() -> None:
    steps = (
        "Tova Lindqvist won the high jump in Malmo on Sunday. She cleared 1.95 metres and "
        "1.98 metres at the first attempt."
    )
    assert not _alarms(WIN, steps)


def test_control_two_winning_heights_still_conflict_beside_a_series() -> None:
    steps = (
        "Tova Lindqvist won the high jump in Malmo on Sunday. She then cleared 1.94 metres "
        "and went over 1.97 metres at her second attempt."
    )
    assert "value_mismatch" in _alarms(WIN, RIVAL, steps)


def _claim(doc: str, text: str, value: float, sentence: str) -> Claim:
    return built_claim(
        doc,
        text,
        value,
        "meter",
        value - 0.005,
        value + 0.005,
        start=sentence.find(text),
        kind="number",
        subject="Lindqvist",
        metric="clear",
        sentence=sentence,
    )


def test_a_step_another_source_gives_stays_in_the_group() -> None:
    told = "She then cleared 1.94 metres and went over 1.97 metres at her second attempt."
    a = _claim("a.txt", "1.94 metres", 1.94, told)
    b = _claim("a.txt", "1.97 metres", 1.97, told)
    same = _claim("b.txt", "1.97 metres", 1.97, "Lindqvist cleared 1.97 metres.")
    win = _claim("c.txt", "2.01 metres", 2.01, "Lindqvist cleared 2.01 metres.")
    linked = {c.id: c for c in (a, b, same, win)}
    parts = series_apart([b, same, win], linked)
    assert [[c.id for c in p] for p in parts] == [[b.id, same.id, win.id]]
    parts = series_apart([b, win], linked)  # no other source gives 1.97: a step of its own
    assert [[c.id for c in p] for p in parts] == [[win.id], [b.id]]


def test_control_a_breakdown_is_no_series() -> None:
    sentence = "Income of £72m splits into £50.1m from tolls and £21.9m from fines."
    doc = parse_sentences([sentence])[0]
    a, b = sentence.find("£50.1m"), sentence.find("£21.9m")
    assert series_step(doc, a, a + 6, [(b, b + 6)]) is None
    plain = "The fund raised £50.1m and £21.9m in its two rounds."
    doc = parse_sentences([plain])[0]
    a, b = plain.find("£50.1m"), plain.find("£21.9m")
    assert series_step(doc, a, a + 6, [(b, b + 6)]) == "coordinated"
