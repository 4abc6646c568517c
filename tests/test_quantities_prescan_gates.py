"""The scans that run before the main loop (ranks, model names, "a/an <time noun>") look
cheaply first and find exactly what their patterns find: each fast form against the plain
pattern it stands for, on generated text built from the pieces those patterns read."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.claims.numbers import trie_regex
from reconcile.quantities.counts import ARTICLE_DURATION
from reconcile.quantities.model_sizes import HYPHEN_JOIN, HYPHEN_NAME
from reconcile.quantities.ranks import _WORDS, any_ordinal

# the patterns as they were written before the fast forms (the reference)
PLAIN_ORDINAL = re.compile(rf"[0-9](?:st|nd|rd|th)|\b{trie_regex(_WORDS)}\b")
PLAIN_DURATION = re.compile(
    r"(?<![\w-])an?[ \t]+(?P<u>second|minute|hour|day|week|fortnight|month|year|decade)\b"
    r"(?![-'\u2019])"
)

PIECES = st.sampled_from(
    [
        "second", "third", "twelfth", "twentieth", "seventeenth", "x", "_", "é", "ü", "1",
        "3rd", "21st", "a", "an", "A", "hour", "fortnight", "decade", "-", " ", "\t", ".",
        "'", "’", "$", "GLM-4", "5-7B", "magnitude-7.2", "Qwen3-235B-A22B", "s", "th", "nd",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_any_ordinal_says_what_the_plain_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces).lower()
    assert any_ordinal(text) == (PLAIN_ORDINAL.search(text) is not None)


def test_any_ordinal_reads_the_word_boundary_as_the_pattern_does() -> None:
    """A letter (any script), a digit or "_" before the word hides it; a blank, a hyphen or a
    full stop does not; a hidden one does not hide a later one."""
    for text, found in [
        ("the second day", True),
        ("second", True),
        ("xsecond", False),
        ("_third", False),
        ("ésecond", False),
        ("9second", False),
        ("-third", True),
        (".third", True),
        ("xthird third", True),
        ("xthird xfourth", False),
        ("secondly", False),
        ("3rd", True),
    ]:
        assert any_ordinal(text) is found, text
        assert (PLAIN_ORDINAL.search(text) is not None) is found, text


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_the_duration_pattern_finds_what_the_plain_one_finds(pieces: list[str]) -> None:
    text = "".join(pieces).lower()
    assert [m.span() for m in ARTICLE_DURATION.finditer(text)] == [
        m.span() for m in PLAIN_DURATION.finditer(text)
    ]


def test_the_duration_pattern_reads_the_article_alone() -> None:
    assert [m["u"] for m in ARTICLE_DURATION.finditer("in a day, an hour, a-week, ba day")] == [
        "day",
        "hour",
    ]
    assert ARTICLE_DURATION.match("a day") is not None  # at the very start


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12))
def test_a_text_the_hyphen_look_turns_away_holds_no_hyphenated_name(pieces: list[str]) -> None:
    text = "".join(pieces)
    if HYPHEN_JOIN.search(text) is None:
        assert HYPHEN_NAME.search(text) is None


def test_model_names_are_still_read_and_a_spaced_hyphen_is_no_name() -> None:
    found = extract_quantities("Brightmoor released Kestrel-70B, a rival to Lark-8x7B.")
    assert [(m.value, m.unit) for m in found] == [(70e9, "parameter"), (7e9, "parameter")]
    # the control: a hyphen between blanks joins nothing, the figures are read as usual
    spaced = extract_quantities("shares fell 3 - 4 % on Tuesday")
    assert [(m.low, m.high, m.unit) for m in spaced] == [(3.0 - 0.5, 4.0 + 0.5, "percent")]
