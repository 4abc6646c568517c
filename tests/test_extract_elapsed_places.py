"""Properties of the rules for elapsed times, populations, breakdowns by place and the sides
of a referendum: every settlement noun and qualifier of the data, any time, any place name.

Place names are invented from syllables, so no test depends on a word list; the settlement
nouns, side labels and qualifiers are drawn from reconcile/data itself.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.units import load_data

_CN = load_data("count_nouns")
PLACES = sorted(_CN["populations"]["places"])
SIDES = sorted(_CN["vote_sides"]["labels"].items())

_syllable = st.tuples(st.sampled_from("bdfgklmnprtv"), st.sampled_from("aeiou")).map("".join)


@st.composite
def place_names(draw: st.DrawFn) -> str:
    """An invented capitalised place name."""
    return "".join(draw(st.lists(_syllable, min_size=2, max_size=3))).capitalize()


@settings(max_examples=120, deadline=None)
@given(
    st.integers(min_value=0, max_value=23),
    st.integers(min_value=0, max_value=59),
    st.integers(min_value=0, max_value=59),
    st.sampled_from(["won in", "clocked", "a time of", "finished in", "ran"]),
)
def test_an_elapsed_time_is_one_duration_in_seconds(h: int, m: int, s: int, lead: str) -> None:
    written = f"{h}:{m:02d}:{s:02d}"
    text = f"The favourite {lead} {written} on the coastal course."
    got = extract_quantities(text)
    assert [(g.value, g.unit, g.kind, g.surface) for g in got] == [
        (h * 3600 + m * 60 + s, "second", "physical", written)
    ]
    assert got[0].low == got[0].value - 0.5 and got[0].high == got[0].value + 0.5
    # the same digits as a clock time are nothing
    assert extract_quantities(f"The market opened at {written} on Monday.") == []
    assert extract_quantities(f"The vote closed {written} GMT.") == []
    # spelt out, the parts make the same duration
    spelt = f"The favourite {lead} {h} hours {m} minutes {s} seconds on the course."
    if h > 0:
        assert [(g.value, g.unit) for g in extract_quantities(spelt)] == [
            (h * 3600 + m * 60 + s, "second")
        ]


@settings(max_examples=120, deadline=None)
@given(
    st.sampled_from(PLACES),
    st.integers(min_value=1000, max_value=9_999_999),
    st.sampled_from(["", "about ", "nearly ", "more than "]),
    place_names(),
)
def test_a_settlement_of_n_counts_its_people(place: str, n: int, qualifier: str, name: str) -> None:
    text = f"{name}, a {place} of {qualifier}{n:,}, lies inland."
    got = extract_quantities(text)
    assert [(g.value, g.unit, g.surface) for g in got] == [(n, "person", f"{n:,}")]
    assert (got[0].qualifier is None) == (qualifier == "")
    # below the threshold it is nothing; with its own noun the noun wins
    assert extract_quantities(f"{name}, a {place} of {n % 1000}, lies inland.") == []
    with_noun = extract_quantities(f"{name}, a {place} of {n:,} wells, lies inland.")
    assert [(g.value, g.unit) for g in with_noun] == [(n, "well")]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(place_names(), min_size=3, max_size=3, unique=True),
    st.lists(st.integers(min_value=2, max_value=1799), min_size=3, max_size=3),  # no years
)
def test_a_breakdown_by_place_continues_the_count(names: list[str], ns: list[int]) -> None:
    a, b, c = names
    text = f"The floods cut off {ns[0]} farms in {a}, {ns[1]} in {b} and {ns[2]} in {c}."
    got = extract_quantities(text)
    assert [(g.value, g.unit) for g in got] == [(float(x), "farm") for x in ns]
    # a clause of its own is not part of the list
    cut = f"The floods cut off {ns[0]} farms in {a}. Then {ns[1]} in {b} were dry."
    assert [(g.value, g.unit) for g in extract_quantities(cut)] == [(float(ns[0]), "farm")]


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(SIDES), st.integers(min_value=1000, max_value=999_999), st.booleans())
def test_a_side_of_a_vote_is_a_unit_of_its_own(side: tuple[str, str], n: int, before: bool) -> None:
    label, unit = side
    text = f"Final count: {label} {n:,}." if before else f"Final count: {n:,} {label}."
    got = extract_quantities(text)
    assert [(g.value, g.unit) for g in got] == [(n, unit)]
    assert f"{n:,}" in got[0].surface
