"""Properties of the count rules: plural nouns outside the vocabulary, names before small
numbers, counts stated before the number ([head_counts]), shares "N in M" and scores.

Nouns and names are invented from syllables, so no test depends on a word list; the heads,
verbs and breakers are drawn from reconcile/data/count_nouns.toml itself.
"""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.claims.models import Mention
from reconcile.units import load_data

_CN = load_data("count_nouns")
_HC = _CN["head_counts"]
_MULT_VERBS = set(load_data("numbers")["multiplier_verbs"])
HEADS = sorted(_HC["nouns"].items())
BIG_HEADS = sorted(_HC["thousands_only"].items())
VERBS = sorted(v for v in _HC["verbs"] if v not in _MULT_VERBS)
BREAKERS = sorted(b for b in _HC["breakers"] if b not in ("than",))
ADJECTIVES = ["", "new ", "self-propelled ", "Russian ", "more ", "armoured mobile "]

_syllable = st.tuples(st.sampled_from("bdfgklmnprtv"), st.sampled_from("aeiou")).map("".join)


@st.composite
def nouns(draw: st.DrawFn) -> str:
    """An invented singular noun ending in a consonant: its plural just adds "s"."""
    body = "".join(draw(st.lists(_syllable, min_size=2, max_size=3)))
    return body + draw(st.sampled_from("dgklmnprt"))


def numeral(n: int) -> str:
    return f"{n:,}" if n >= 1000 else str(n)


def at(mentions: list[Mention], text: str, surface: str) -> list[Mention]:
    start = text.index(surface)
    return [m for m in mentions if m.span[0] <= start < m.span[1]]


@settings(max_examples=150, deadline=None)
@given(nouns(), st.integers(min_value=2, max_value=9_999_999), st.sampled_from(ADJECTIVES))
def test_a_number_before_an_unknown_plural_counts_it(noun: str, n: int, adjective: str) -> None:
    text = f"Rebels seized {numeral(n)} {adjective}{noun}s near the border."
    got = extract_quantities(text)
    assert len(got) == 1, got
    m = got[0]
    assert (m.value, m.unit, m.kind) == (n, noun, "count")
    assert m.surface == f"{numeral(n)} {adjective}{noun}s"
    assert m.low is not None and m.high is not None and m.low <= n <= m.high


@settings(max_examples=100, deadline=None)
@given(nouns(), nouns(), st.integers(min_value=2, max_value=999))
def test_a_capitalised_name_before_a_small_number_is_a_name(name: str, noun: str, n: int) -> None:
    text = f"Engineers praised {name.capitalize()} {n} {noun}s in the review."
    assert extract_quantities(text) == []
    # ...unless a giving verb says the name receives the count
    given_text = f"The army sent {name.capitalize()} {n} {noun}s in the spring."
    assert [(m.value, m.unit) for m in extract_quantities(given_text)] == [(n, noun)]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(HEADS + BIG_HEADS),
    st.sampled_from(VERBS),
    st.integers(min_value=1, max_value=9_999_999),
    st.sampled_from(["", "overnight ", "sharply "]),
)
def test_a_head_and_a_verb_make_the_bare_number_a_count(
    head: tuple[str, str], verb: str, n: int, adverb: str
) -> None:
    phrase, unit = head
    text = f"The {phrase} from the storm {verb} {adverb}to {numeral(n)}, officials said."
    got = at(extract_quantities(text), text, numeral(n))
    if head in BIG_HEADS and n < 1000:
        assert got == []  # "turnout reached 61": most likely a percentage
        return
    assert [(m.value, m.unit, m.kind) for m in got] == [(n, unit, "count")]


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(HEADS),
    st.sampled_from(BREAKERS),
    st.integers(min_value=1, max_value=999),
)
def test_a_head_in_another_clause_claims_nothing(
    head: tuple[str, str], breaker: str, n: int
) -> None:
    text = f"The {head[0]} rose sharply, {breaker} the river rose to {n}."
    assert at(extract_quantities(text), text, f"to {n}") == []


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=2, max_value=1000))
def test_n_in_m_is_a_share(a: int, b: int) -> None:
    text = f"Officials said {a} in {b} adults had left."
    got = extract_quantities(text)
    if a >= b:
        assert all(m.unit != "percent" for m in got)
        return
    assert len(got) == 1
    m = got[0]
    assert m.unit == "percent" and m.kind == "percent"
    assert math.isclose(m.value, 100 * a / b, rel_tol=1e-9)
    assert m.low is not None and m.high is not None and m.low < m.value < m.high


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=99))
def test_scores_are_not_quantities(a: int, b: int) -> None:
    hi, lo = max(a, b), min(a, b)
    assert extract_quantities(f"The board backed it in a {hi}-{lo} vote.") == []
