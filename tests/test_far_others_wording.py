"""A group verdict that names camps ("2 of 4 sources agree on 1,340 people (a and b); 2
disagree") may add the sources whose figures lie far from every camp. A source the lineup has
already named (one that agrees with a camp) is not listed again as far from them, and when the
lineup has sources that agree the note does not claim that no two agree."""

from __future__ import annotations

from types import SimpleNamespace

from reconcile.compare.verdicts import SCATTERED, _far_others


def _claim(doc: str, text: str) -> SimpleNamespace:
    return SimpleNamespace(id=f"{doc}#{text}", document=doc, text=text)


CLAIMS = [_claim("a", "912 people"), _claim("b", "912 people"), _claim("e", "1,512 people")]
CTX = SimpleNamespace(by_id={c.id: c for c in CLAIMS})
PENDING = [
    SimpleNamespace(reason=SCATTERED, pair=(CLAIMS[1].id, CLAIMS[2].id)),
    SimpleNamespace(reason="value", pair=(CLAIMS[0].id, CLAIMS[2].id)),
]


def test_a_source_the_lineup_names_is_not_far_and_agreement_is_not_denied() -> None:
    note = _far_others(PENDING, {"a", "b", "c"}, True, CTX)  # type: ignore[arg-type]
    assert '"912 people"' not in note and '("1,512 people")' in note
    assert "no two of the sources agree" not in note


def test_control_with_no_agreement_the_note_says_so() -> None:
    note = _far_others(PENDING, {"a", "c"}, False, CTX)  # type: ignore[arg-type]
    assert '("912 people")' in note and "no two of the sources agree" in note
