"""Once a group has ``scope.PEOPLE_AHEAD`` figures said of a person (``scope.person_subject``),
comparison parses the group's other sentences it has no parse or answer for in one batch
(``scope._people_ahead``): the same answers, one pipeline call instead of one per sentence;
a group whose figures are said of no person keeps its parses one at a time, as asked."""

from __future__ import annotations

import pytest

from reconcile.claims import parse
from reconcile.claims.models import Claim
from reconcile.compare import scope
from tests.test_parse_ahead import Counting, counting, group_ctx  # noqa: F401
from tests.test_scope import fig

LIFTS = {"unit": "kilogram", "kind": "physical", "metric": "weight lifted"}

NAMED = [
    "John Harper lifted 140 kg on his third attempt at the county meet.",
    "On Saturday Peter Walsh lifted 152 kg in the heavy class.",
    "Michael Grant lifted 147 kg before a knee strain ended his day.",
    "At the weekend David Morris lifted 133 kg for a new personal best.",
    "James Collins lifted 158 kg, the heaviest of the afternoon.",
]
UNNAMED = [
    "The old harbour crane lifted 140 kg of netting off the quay.",
    "A small hoist lifted 152 kg of slate to the roof.",
    "The winch lifted 147 kg of timber before its cable frayed.",
    "One pulley lifted 133 kg of grain into the loft.",
    "The forklift lifted 158 kg of bricks onto the lorry.",
]


def lifts(texts: list[str]) -> list[Claim]:
    out = []
    for n, text in enumerate(texts):
        written = next(w for w in ("140", "152", "147", "133", "158") if w in text) + " kg"
        out.append(fig(f"{chr(97 + n)}.txt", text, written, float(written[:3]), **LIFTS))  # type: ignore[arg-type]
    return out


@pytest.mark.usefixtures("fresh_state")
def test_a_group_of_named_people_is_parsed_in_one_batch(
    counting: Counting,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scope, "PEOPLE_AHEAD", 2)
    cs = lifts(NAMED)
    ctx = group_ctx(cs)
    assert scope._people(cs[0], cs[1], ctx) == ("John Harper", "Peter Walsh")
    # the first two asked one at a time, the rest in one call once two people were named
    assert counting.calls == [[NAMED[0]], [NAMED[1]], NAMED[2:]]
    assert scope._people(cs[2], cs[3], ctx) == ("Michael Grant", "David Morris")
    assert scope._people(cs[4], cs[0], ctx) == ("James Collins", "John Harper")
    assert len(counting.calls) == 3
    # the answers are those of a parse of each sentence alone
    parse._KEPT.clear()  # type: ignore[union-attr]
    assert [scope.person_subject(c) for c in cs] == [
        "John Harper",
        "Peter Walsh",
        "Michael Grant",
        "David Morris",
        "James Collins",
    ]


@pytest.mark.usefixtures("fresh_state")
def test_control_a_group_said_of_no_person_is_parsed_as_asked(
    counting: Counting,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scope, "PEOPLE_AHEAD", 2)
    cs = lifts(UNNAMED)
    ctx = group_ctx(cs)
    for a, b in [(cs[0], cs[1]), (cs[2], cs[3]), (cs[4], cs[1])]:
        assert scope._people(a, b, ctx) == (None, None)
    # a side said of no one ends the pair: one sentence of each pair parsed, alone (of the
    # last pair, the side asked about more often)
    assert counting.calls == [[UNNAMED[0]], [UNNAMED[2]], [UNNAMED[1]]]


@pytest.mark.usefixtures("fresh_state")
def test_control_a_check_parses_only_what_its_pairs_ask(
    counting: Counting,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(scope, "PEOPLE_AHEAD", 2)
    cs = lifts(NAMED)
    ctx = group_ctx(cs, focus=frozenset({"a.txt"}))
    scope._people(cs[0], cs[1], ctx)
    scope._people(cs[0], cs[2], ctx)
    assert counting.calls == [[NAMED[0]], [NAMED[1]], [NAMED[2]]]
