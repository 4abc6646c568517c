"""The cheap tests that run before a kind's pattern never turn away a unit the pattern reads.

Each unit reader first asks whether the character where a unit would start (``next_char``:
past blanks and one hyphen) can start a unit of its kind; these properties check that every
token of the vocabulary, written after any run of blanks and hyphen, in any case, passes it.
"""

from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.quantities.money import currency_suffix
from reconcile.quantities.multipliers import multiplier_suffix
from reconcile.quantities.percent import percent_suffix
from reconcile.quantities.physical import physical_suffix
from reconcile.quantities.text import (
    URL,
    address_spans,
    ascii_lower,
    may_hold_address,
    next_char,
    next_two,
    normalize_text,
)
from reconcile.quantities.vocab import vocab

LEADS = st.sampled_from(["", " ", "  ", "\t", "-", " -", " - ", "- "])


def _cased(token: str, how: int) -> str:
    return (token, token.lower(), token.upper(), token.title())[how]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_currency_token_passes_the_currency_gate(data: st.DataObject) -> None:
    v = vocab()
    token = data.draw(st.sampled_from(sorted(v.cur_by_token)))
    # the symbol patterns let a dot or a blank drop out ("u.s $" as "us $", "hk $" as "hk$")
    token = data.draw(st.sampled_from([token, token.replace(".", ""), token.replace(" ", "")]))
    text = "5" + data.draw(LEADS) + _cased(token, data.draw(st.integers(0, 3))) + " more"
    if v.suffix_cur_rx.match(text, 1):
        two = next_two(text, 1)
        assert two[:1] in v.suffix_cur_ones or two in v.suffix_cur_twos
        assert currency_suffix(text, 1) is not None or not token.strip()


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_every_physical_token_passes_the_physical_gate(data: st.DataObject) -> None:
    v = vocab()
    token = data.draw(st.sampled_from(sorted(v.phys)))
    wrap = data.draw(st.sampled_from(["{}", "({})", "[{}]"]))
    text = "5" + data.draw(LEADS) + wrap.format(token) + " long"
    patterns = (v.phys_sym_rx, v.phys_word_rx, v.phys_att_rx, v.phys_bracket_rx)
    if any(p.match(text, 1) for p in patterns):
        assert next_char(text, 1) in v.phys_first
        # ("in" and "bar" have rules of their own: "bar" before a noun is a bar of music)
        assert physical_suffix(text, 1) is not None or "/" in token or token in ("in", "bar")


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        ("%", "percent"),
        (" percent", "percent"),
        (" per cent", "percent"),
        ("pc", "percent"),
        (" pct", "percent"),
        (" percentage points", "percentage_point"),
        ("pp", "percentage_point"),
        (" basis points", "basis_point"),
        ("bps", "basis_point"),
        (" -percent", "percent"),
    ],
)
def test_percent_gate_lets_every_spelling_through(after: str, unit: str) -> None:
    found = percent_suffix("5" + after + " more", 1)
    assert found is not None and found.unit == unit


@pytest.mark.parametrize("after", [" times smaller", "x faster", "-fold", " times its size"])
def test_multiplier_gate_lets_every_spelling_through(after: str) -> None:
    assert multiplier_suffix("5" + after, 1) is not None


def test_next_char_skips_blanks_and_one_hyphen() -> None:
    assert next_char("5 - km", 1) == "k"
    assert next_char("5--km", 1) == "-"
    assert next_char("5   ", 1) == ""


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60))
def test_ascii_fast_paths_match_the_general_mapping(text: str) -> None:
    n = normalize_text(text)
    assert len(n) == len(text)
    assert ascii_lower(n) == re.sub("[A-Z]", lambda m: m.group(0).lower(), n)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("rose to $5", 5.0, "USD"),
        ("the fee, us $ 5, was paid", 5.0, "USD"),
        ("paid u.s. $ 12 each", 12.0, "USD"),
        ("a bid of c $ 40", 40.0, "CAD"),
        ("about hk $ 9", 9.0, "HKD"),
    ],
)
def test_a_word_before_a_spaced_sign_joins_it_only_when_it_can(
    text: str, value: float, unit: str
) -> None:
    found = [(m.value, m.unit) for m in extract_quantities(text)]
    assert found == [(value, unit)]


def _matches(rx: re.Pattern[str], text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in rx.finditer(text)]


_WORDS = [
    "a", "an", "and", "the", "then", "three", "thirty", "third", "tenfold", "ten", "tent",
    "half", "halved", "quarter", "quarters", "of", "point", "percentage", "hundred", "one",
    "money", "someone", "single", "digit", "double-digit", "doubled", "million", "billions",
    "dozen", "lakh", "crore", "thousand", "twenty-two", "fourty", "tripled", "trebled",
    "quintupled",
    "growth", "was", "sixfold", "zero", "eleven", "$5", "5", "1.5", "½", "3/4", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), max_size=14),
    st.lists(st.sampled_from([" ", "  ", "-", ", ", "\t", ". "]), min_size=14, max_size=14),
)
def test_fast_master_finds_what_the_full_one_finds(words: list[str], seps: list[str]) -> None:
    """Without a fraction word or 'flat' in the text, the scan's fast pattern (fewer word
    starts tried) gives the same matches as the full one."""
    v = vocab()
    text = ascii_lower("".join(w + s for w, s in zip(words, seps, strict=False)))
    assert not any(word in text for word in v.flat_words)
    assert _matches(v.master_fast, text) == _matches(v.master_rest, text)


def test_fast_master_agrees_on_the_corpus() -> None:
    import tomllib
    from pathlib import Path

    v = vocab()
    texts: list[str] = []
    for path in sorted(Path(__file__).parent.glob("corpus/*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            texts += case["texts"]
        texts += [m["text"] for m in data.get("multi", [])]
        texts += data.get("negative", {}).get("texts", [])
    checked = 0
    for raw in texts:
        text = ascii_lower(normalize_text(raw))
        if any(word in text for word in v.flat_words):
            continue
        assert _matches(v.master_fast, text) == _matches(v.master_rest, text), raw
        checked += 1
    assert checked > 300


_PIECES = [
    "http://", "https://", "www.", "a.com", "news.example.org", "x@y.org", "/a-1-5b", "/2",
    "file.pdf", "v1.2", "`", " ", "  ", "\n", "5", "-", ".", "/", "@", "abc", "1.5", "co", "+",
    "$3", "sales-of-4-5", "report.txt-2", "uk",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=16))
def test_token_address_scan_finds_what_the_whole_text_scan_finds(pieces: list[str]) -> None:
    """``address_spans`` runs the address patterns on candidate tokens only (a text with a
    backtick whole): it finds exactly the spans of ``URL`` over the whole text."""
    text = "".join(pieces)
    old = [m.span() for m in URL.finditer(text)] if may_hold_address(text) else []
    new = address_spans(text)
    assert all(a < b for a, b in new) and all(b <= c for (_, b), (c, _) in itertools.pairwise(new))
    assert new == old
