"""Properties of the count rules: plural nouns outside the vocabulary, names before small
numbers, counts stated before the number ([head_counts]), shares "N in M" and scores.

Nouns and names are invented from syllables, so no test depends on a word list; the heads,
verbs and breakers are drawn from reconcile/data/count_nouns.toml itself.
"""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
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
# words that open a label before a number ("Level 2", "Gate 14"): never an invented name's
LABEL_WORDS = frozenset(w.lower().rstrip(".") for w in _CN["labels"]["words"])
BREAKERS = sorted(b for b in _HC["breakers"] if b not in ("than",))
ADJECTIVES = ["", "new ", "self-propelled ", "Russian ", "more ", "armoured mobile "]

_syllable = st.tuples(st.sampled_from("bdfgklmnprtv"), st.sampled_from("aeiou")).map("".join)


def _unit_word(word: str) -> bool:
    """Whether the invented word is a real unit's name ("liter"): its plural after a number is
    then a measurement, not a count of an unknown thing."""
    return any(m.kind == "physical" for m in extract_quantities(f"2 {word}s"))


@st.composite
def nouns(draw: st.DrawFn) -> str:
    """An invented singular noun ending in a consonant (its plural just adds "s"), no unit's
    name."""
    body = "".join(draw(st.lists(_syllable, min_size=2, max_size=3)))
    word = body + draw(st.sampled_from("dgklmnprt"))
    assume(not _unit_word(word))
    return word


def numeral(n: int) -> str:
    return f"{n:,}" if n >= 1000 else str(n)


def at(mentions: list[Mention], text: str, surface: str) -> list[Mention]:
    start = text.index(surface)
    return [m for m in mentions if m.span[0] <= start < m.span[1]]


def ending_at(mentions: list[Mention], text: str, surface: str) -> list[Mention]:
    """The mentions that end where ``surface`` ends in ``text``."""
    end = text.index(surface) + len(surface)
    return [m for m in mentions if m.span[1] == end]


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
@given(
    nouns().filter(lambda w: w not in LABEL_WORDS), nouns(), st.integers(min_value=2, max_value=999)
)
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
def test_scores_are_tallies_not_counts(a: int, b: int) -> None:
    """A vote's tally is one tally mention (tallies.toml), never a count of either side; with
    no vote or match word near, "hi-lo" is nothing."""
    hi, lo = max(a, b), min(a, b)
    got = extract_quantities(f"The board backed it in a {hi}-{lo} vote.")
    assert [(m.kind, m.value, m.modifier) for m in got] == [("tally", hi, f"{hi}-{lo}")]
    assert extract_quantities(f"The shirt read {hi}-{lo} in red.") == []


_NUMS = load_data("numbers")
CUES = sorted(k for k, unit in _CN["cue_units"].items() if unit == "person")
_QUAL = load_data("qualifiers")
QUALIFIERS = [
    (phrase, canon)
    for canon, table in sorted(_QUAL.items())
    if canon != "range"
    for phrase in table.get("prefix", [])
    if phrase[0].isalpha() and phrase.lower() not in ("estimated", "some")
]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(CUES),
    st.sampled_from(QUALIFIERS),
    st.integers(min_value=2, max_value=9_999_999),
)
def test_a_casualty_verb_before_a_qualified_number_counts_people(
    cue: str, qualifier: tuple[str, str], n: int
) -> None:
    phrase, canon = qualifier
    text = f"The storm hit the coast on Friday, {cue} {phrase} {numeral(n)}."
    got = at(extract_quantities(text), text, numeral(n))
    assert [(m.value, m.unit, m.kind, m.qualifier) for m in got] == [
        (n, "person", "count", canon)
    ], got
    assert got[0].surface == numeral(n)


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(HEADS),
    nouns(),
    nouns(),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["from", "in", "after"]),
)
def test_a_head_reaches_over_a_descriptive_phrase_with_a_claimed_number(
    head: tuple[str, str], place: str, thing: str, n: int, opener: str
) -> None:
    phrase, unit = head
    text = (
        f"The {phrase} {opener} the 6.8 magnitude earthquake that flattened the {place} "
        f"{thing} district reached {n} on Monday evening."
    )
    got = ending_at(extract_quantities(text), text, f"reached {n}")
    assert [(m.value, m.unit) for m in got] == [(n, unit)]
    # the same phrase with a number no mention claims, or cut by a comma: no count
    bare = text.replace("6.8 magnitude", "68")
    assert ending_at(extract_quantities(bare), bare, f"reached {n}") == []
    cut = text.replace(" that flattened", ", which flattened")
    assert ending_at(extract_quantities(cut), cut, f"reached {n}") == []


_SF = _NUMS["share_fractions"]
DENOMINATORS = sorted(_SF["denominators"].items())
NUMERATORS = sorted(
    {
        "a": 1,
        "one": 1,
        **{w: _NUMS["units"][w] for w in _SF["numerators"] if w in _NUMS["units"]},
    }.items()
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(NUMERATORS),
    st.sampled_from(DENOMINATORS),
    st.sampled_from([" ", "-"]),
    nouns(),
    st.sampled_from(_SF["not_after"]),
    st.sampled_from(_SF["not_before"]),
)
def test_a_fraction_of_a_whole_is_a_share(
    numerator: tuple[str, int],
    denominator: tuple[str, int],
    joint: str,
    noun: str,
    before: str,
    period: str,
) -> None:
    (nw, nv), (dw, dv) = numerator, denominator
    fraction = f"{nw}{joint}{dw}"
    text = f"Officials said {fraction} of the {noun}s were damaged."
    got = extract_quantities(text)
    if nv >= dv:
        assert all(m.unit != "percent" for m in got)
        return
    assert len(got) == 1, got
    m = got[0]
    assert (m.unit, m.kind, m.surface) == ("percent", "percent", fraction)
    assert math.isclose(m.value, 100 * nv / dv, rel_tol=1e-9)
    assert m.low is not None and m.high is not None and m.low < m.value < m.high
    # "the first half of the year", "a quarter of the season", "a quarter of a million"
    assert extract_quantities(f"It happened in the {before} {dw} of the {noun}.") == []
    lost = f"Officials said {fraction} of the {period} was lost."
    assert all(m.unit != "percent" for m in extract_quantities(lost))


_MAG = load_data("physical_units")["magnitude"]
MAG_CUES = sorted(c for c in _MAG["cues"] if "magnitude" not in c)  # the word alone is enough


@settings(max_examples=100, deadline=None)
@given(
    st.integers(min_value=10, max_value=99),
    st.sampled_from(MAG_CUES),
    st.sampled_from(sorted(_MAG["needs"])),
)
def test_a_cue_makes_a_magnitude_only_beside_a_quake_word(
    tenths: int, cue: str, quake: str
) -> None:
    value = tenths / 10
    text = f"The {quake} struck at dawn, {cue} {value}, the institute said."
    got = ending_at(extract_quantities(text), text, f"{cue} {value}")
    assert [(m.value, m.unit, m.kind) for m in got] == [(value, "magnitude", "number")]
    assert extract_quantities(f"The pike was caught at dawn, {cue} {value}, he said.") == []
