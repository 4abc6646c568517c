"""Tallies (reconcile/quantities/tallies.py): properties over every small tally and date."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.claims.models import Document
from reconcile.pipeline import reconcile
from reconcile.render.common import fmt_value

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(k: int) -> str:
    """0..99 in words, as a reporter writes them ("forty-two")."""
    if k < 20:
        return _UNITS[k]
    tens, unit = divmod(k, 10)
    return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")


pairs = st.integers(0, 999).flatmap(lambda a: st.tuples(st.just(a), st.integers(0, a)))
small_pairs = st.integers(0, 99).flatmap(lambda a: st.tuples(st.just(a), st.integers(0, a)))


def tallies(text: str) -> list[tuple[float, str | None]]:
    return [(m.value, m.modifier) for m in extract_quantities(text) if m.kind == "tally"]


@settings(deadline=None)
@given(pairs)
def test_digit_tally_reads_both_counts_in_order(pair: tuple[int, int]) -> None:
    a, b = pair
    for text in (f"The committee voted {a}-{b} on the motion.", f"a {a}-{b} vote in the hall"):
        assert tallies(text) == [(float(a), f"{a}-{b}")], text


@settings(deadline=None)
@given(small_pairs)
def test_words_and_votes_to_are_the_same_tally_as_digits(pair: tuple[int, int]) -> None:
    a, b = pair
    want = [(float(a), f"{a}-{b}")]
    assert tallies(f"The committee voted {words(a)} to {words(b)}.") == want
    assert tallies(f"it carried by {a} votes to {b}") == want
    assert tallies(f"The committee voted {a}-{b}.") == want


@settings(deadline=None)
@given(small_pairs, small_pairs)
def test_different_tallies_differ(p: tuple[int, int], q: tuple[int, int]) -> None:
    """Two tallies with different first counts never share a value."""
    (a, b), (c, d) = p, q
    x = tallies(f"The panel voted {a}-{b}.")
    y = tallies(f"The panel voted {words(c)}-to-{words(d)}.")
    assert (x[0][0] == y[0][0]) == (a == c)


@settings(deadline=None)
@given(st.integers(1800, 2100), st.integers(1, 12), st.integers(1, 28))
def test_dates_are_never_tallies(year: int, month: int, day: int) -> None:
    for text in (
        f"The council voted {year}-{month:02d}.",
        f"the vote of {year}-{month:02d}-{day:02d} was close",
        f"results won {year}-{month}-{day}",
        f"a {month}-{day}-{year} vote",
    ):
        assert tallies(text) == [], text


@settings(deadline=None)
@given(st.integers(0, 99), st.integers(0, 99), st.integers(0, 99))
def test_names_and_three_counts_are_never_tallies(a: int, b: int, c: int) -> None:
    for text in (
        f"The F-{a} fleet won approval.",
        f"the team won with a {a}-{b}-{c} formation",
        f"The board voted {a}-{b}.{c} percent",
    ):
        assert tallies(text) == [], text


def _tally_findings(*texts: str) -> list[str]:
    docs = [
        Document(id=f"{chr(97 + i)}.txt", path=f"{chr(97 + i)}.txt", text=t)
        for i, t in enumerate(texts)
    ]
    report = reconcile(docs)
    tally_ids = {c.id for c in report.claims if c.kind == "tally"}
    return [f.kind for f in report.findings if tally_ids & set(f.claims)]


def test_two_sources_with_different_tallies_conflict_and_equal_ones_agree() -> None:
    """Through the whole pipeline: "7-2" and "six-to-three" are different tallies; "7-2" and
    "seven votes to two" the same one."""
    first = "The planning board of Westbrook voted 7-2 on Monday to approve the tower."
    differ = "The planning board of Westbrook approved the tower in a six-to-three vote."
    same = "The planning board of Westbrook approved the tower by seven votes to two."
    assert _tally_findings(first, differ) == ["value_mismatch"]
    assert _tally_findings(first, same) == []


def test_a_tally_is_shown_as_its_first_count() -> None:
    assert fmt_value(7.0, "tally") == "7 (first count of a tally)"
