"""Property tests for extraction: formatted amounts round-trip, spans hold, nothing raises."""

from __future__ import annotations

import itertools
import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.claims.extract import normalize_text
from reconcile.units import load_data

# (code, forms written before the number, forms written after it)
CURRENCIES = [
    ("USD", ["$", "US$", "USD ", "USD", "us $ "], [" USD", " dollars", " US dollars"]),
    ("HKD", ["HK$", "HKD", "HKD ", "hk $ "], [" HKD", " Hong Kong dollars"]),
    ("CNY", ["CNY", "RMB ", "CN¥"], [" yuan", " CNY", " renminbi"]),
    ("EUR", ["€", "€ ", "EUR "], [" euros", " EUR", " €"]),
    ("GBP", ["£", "£ ", "GBP "], [" pounds", " GBP"]),
    ("JPY", ["JP¥"], [" yen", " JPY"]),
    ("INR", ["₹", "INR "], [" rupees", " INR"]),
    ("KRW", ["₩", "KRW "], [" won", " KRW"]),
    ("TWD", ["NT$"], [" TWD", " Taiwan dollars"]),
    ("SGD", ["S$"], [" SGD", " Singapore dollars"]),
    ("AUD", ["A$"], [" AUD", " Australian dollars"]),
    ("CAD", ["C$", "c $ "], [" CAD", " Canadian dollars"]),
    ("CHF", ["CHF ", "CHF"], [" CHF", " Swiss francs"]),
]
SCALES = [
    ("", 1.0),
    (" thousand", 1e3),
    (" million", 1e6),
    (" billion", 1e9),
    (" trillion", 1e12),
    ("bn", 1e9),
    (" bn", 1e9),
    ("mn", 1e6),
    ("tn", 1e12),
    ("m", 1e6),
    ("B", 1e9),
    ("k", 1e3),
]
_Q = load_data("qualifiers")
QUALIFIERS = [(None, "")] + [
    (canon, phrase)
    for canon, table in _Q.items()
    if canon != "range"
    for phrase in table.get("prefix", [])
    if phrase[0].isalpha()
]
CONTEXT = st.sampled_from(["", "Shares rose to ", "It raised ", "The fund holds ", "("])
TAIL = st.sampled_from(["", ".", " in 2024.", " on Monday", ")", ", analysts said"])


def _group(n: int) -> str:
    return f"{n:,}"


@st.composite
def amounts(draw: st.DrawFn) -> tuple[str, float, str, str | None, int, int]:
    code, before, after = draw(st.sampled_from(CURRENCIES))
    scale, factor = draw(st.sampled_from(SCALES))
    if scale:
        whole = draw(st.integers(min_value=1, max_value=999))
        decimals = draw(st.integers(min_value=0, max_value=2))
        frac = draw(st.integers(min_value=0, max_value=10**decimals - 1)) if decimals else 0
        number = f"{whole}.{frac:0{decimals}d}" if decimals else str(whole)
        value = float(number) * factor
    else:
        whole = draw(st.integers(min_value=1, max_value=99_999_999))
        number = _group(whole) if draw(st.booleans()) else str(whole)
        if draw(st.booleans()):
            cents = draw(st.integers(min_value=0, max_value=99))
            number += f".{cents:02d}"
        value = float(number.replace(",", ""))
    prefix_form = draw(st.booleans())
    if scale in ("m", "B", "k") and not prefix_form:
        scale = " million" if scale == "m" else " billion" if scale == "B" else " thousand"
        factor = {" million": 1e6, " billion": 1e9, " thousand": 1e3}[scale]
        value = float(number.replace(",", "")) * factor
    amount = (
        draw(st.sampled_from(before)) + number + scale
        if prefix_form
        else number + scale + draw(st.sampled_from(after))
    )
    canon, phrase = draw(st.sampled_from(QUALIFIERS))
    lead = draw(CONTEXT) + (phrase + " " if phrase else "")
    text = lead + amount + draw(TAIL)
    return text, value, code, canon, len(lead), len(lead) + len(amount)


@settings(max_examples=200, deadline=None)
@given(amounts())
@example(("about $303 billion", 303e9, "USD", "about", 6, 18))
@example(("more than HKD174.00", 174.0, "HKD", "over", 10, 19))
def test_formatted_amount_round_trips(case: tuple[str, float, str, str | None, int, int]) -> None:
    text, value, code, canon, start, end = case
    mentions = [m for m in extract_quantities(text) if m.kind == "money"]
    assert len(mentions) == 1, (text, mentions)
    m = mentions[0]
    assert math.isclose(m.value, value, rel_tol=1e-9), (text, m)
    assert m.unit == code, (text, m)
    assert m.qualifier == canon, (text, m)
    assert m.span == (start, end), (text, m)
    if m.low is not None:
        assert m.low <= m.value
    if m.high is not None:
        assert m.value <= m.high


FRAGMENTS = st.sampled_from(
    [
        "$3.2 billion",
        "HK$138.0",
        "4%",
        "about",
        "over",
        "nearly 23,000 chips",
        " ",
        ", ",
        ". ",
        "\u00a0",
        "\u2011",
        "\u2013",
        "\u202f",
        "１２３",
        "−3.2%",
        "Qwen3-235B",
        "2025",
        "the",
        "from 600 million to 235 billion parameters",
        "5–7%",
        "¥",
        "yuan",
        "(",
        ")",
        "\n",
        "13 times smaller",
        "doubled",
        "HKG: 9988",
        "between",
        "and",
        "to",
        "-",
        "bn",
        "percent",
        "120km/h",
        "magnitude-7.2",
        "£5m",
        "50 cents",
        "one trillion",
        "a dozen",
        "x",
        "~",
        "half",
        "two-thirds",
        " of ",
        "nearly",
        "killing at least 112",
        "measuring 5.1",
        "quake",
        "the death toll from",
        " rose to 94",
        "have been left homeless",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(FRAGMENTS, max_size=14).map("".join))
def test_spans_slice_the_original_text(text: str) -> None:
    mentions = extract_quantities(text)
    for m in mentions:
        assert text[m.span[0] : m.span[1]] == m.surface
        assert m.span[0] < m.span[1]
        # the interval always admits the value itself
        if m.low is not None:
            assert m.low <= m.value + 1e-9 * abs(m.value)
        if m.high is not None:
            assert m.value <= m.high + 1e-9 * abs(m.value)
    spans = [m.span for m in mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans)), spans  # no word read twice


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for m in extract_quantities(text):
        assert text[m.span[0] : m.span[1]] == m.surface
        assert math.isfinite(m.value)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=100))
def test_normalization_preserves_length(text: str) -> None:
    assert len(normalize_text(text)) == len(text)


_LOOKALIKES = {" ": ["\u00a0", "\u2009", "\u202f"], "-": ["\u2011", "\u2013", "\u2212"]}


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(
        [
            "about $303 billion",
            "5-7%",
            "over 1 trillion parameters",
            "1-Trillion-Parameter",
            "nearly 13 times smaller",
            "from 600 million to 235 billion parameters",
            "closed 9.2 percent higher at HKD174.00 (USD22.38)",
            "-3.2% and 120 km/h",
        ]
    ),
    st.data(),
)
def test_lookalike_characters_extract_the_same(text: str, data: st.DataObject) -> None:
    variant = "".join(
        data.draw(st.sampled_from([ch, *_LOOKALIKES[ch]])) if ch in _LOOKALIKES else ch
        for ch in text
    )
    plain = [(m.value, m.unit, m.span) for m in extract_quantities(text)]
    fancy = [(m.value, m.unit, m.span) for m in extract_quantities(variant)]
    assert fancy == plain, variant
