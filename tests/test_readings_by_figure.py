"""Comparison weighs a claim against every other of its group, and some scope tests read the
claim's own parse each time: the period of a share's whole ("4% of its average weekly
takings"), the noun of a share's whole ("27% of the bonds"), an earlier thing's noun ("its
previous refit, costing $30 million"). Each is a reading of one figure in one sentence, so it
is made once per figure and sentence, however many pairs ask; the answers are unchanged."""

from __future__ import annotations

from typing import Any

import pytest

from reconcile import Document
from reconcile.claims import parse
from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim
from reconcile.compare import scope

_TEXT = (
    "The harbour levy takes 4% of its average weekly takings. "
    "A pension fund holds 27% of the bonds. "
    "The ferry's previous refit, costing $30 million, ran late. "
    "Turnover at the chandlery rose 6% in the spring."
)


def _claims() -> dict[str, Claim]:
    doc = Document(id="levy", path="levy.txt", text=_TEXT)
    return {c.text: c for c in extract_claims(doc)}


def _readings(c: Claim) -> tuple[Any, ...]:
    marked = scope.earlier_instance(c)
    return (
        scope.whole_period(c),
        scope._share_whole(c),
        None if marked is None else marked.lower_,
    )


@pytest.mark.usefixtures("fresh_state")
def test_a_figures_own_readings_are_made_once_however_many_pairs_ask(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    claims = _claims()
    first = {t: _readings(c) for t, c in claims.items()}
    assert first["4%"][0] == "week"
    assert first["27%"][1] == "bond"
    assert first["$30 million"][2] == "refit"
    assert first["6%"] == (None, None, None)  # control: nothing of the kind in its sentence
    asked: list[list[str]] = []
    real = parse.parse_sentences

    def counting(texts: Any) -> Any:
        asked.append(list(texts))
        return real(texts)

    monkeypatch.setattr(parse, "parse_sentences", counting)
    for _ in range(5):  # five more pairs weigh each claim
        assert {t: _readings(c) for t, c in claims.items()} == first
    # only a noun found is fetched again from the kept parse, to hand back its token
    assert sum(len(t) for t in asked) <= 5
