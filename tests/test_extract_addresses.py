"""Properties of extraction over addresses and spans (issue 12): no claim from a web or e-mail
address, a file name or inline code; a figure's span always holds its digits or number words."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from reconcile import extract_quantities
from reconcile.quantities.text import VULGAR
from reconcile.units import load_data

_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
_SLUG_PART = st.sampled_from(
    ["1", "5b", "50", "2024", "1-5b", "3.2", "10m", "hacked", "for", "usd", "oil", "tops", "90"]
)
_SLUG = st.lists(_SLUG_PART, min_size=1, max_size=5).map("-".join)
_PATH = st.lists(st.one_of(_LABEL, _SLUG, st.sampled_from(["50%", "$5", "page/2", "q=30%25"])))
_TLD = st.sampled_from(["com", "org", "net", "co.uk", "io", "news", "example"])


@st.composite
def _addresses(draw: st.DrawFn) -> str:
    tld = draw(_TLD)
    host = ".".join(draw(st.lists(_LABEL, min_size=1, max_size=3))) + "." + tld
    path = "/".join(draw(_PATH))
    kind = draw(st.sampled_from(["https", "www", "bare", "mail", "file", "code"]))
    if kind == "https":
        return f"https://{host}/{path}"
    if kind == "www":
        return f"www.{host}/{path}"
    if kind == "bare" and tld != "example":  # a bare name needs a real top-level domain
        return f"{host}/{path}" if path else host
    if kind == "mail":
        return f"{draw(_LABEL)}.{draw(_LABEL)}@{host}"
    if kind == "file":
        ext = draw(st.sampled_from(["pdf", "csv", "jpg", "xlsx", "json"]))
        return f"{draw(_SLUG)}.{ext}"
    return f"`x = {draw(st.integers(0, 10**6))} * 5`"


_BEFORE = st.sampled_from(["", "See ", "Read more at ", "(", "Source: ", "Sales rose 5%. See "])
_AFTER = st.sampled_from(["", ".", " for details", ")", ", officials said.", " and $3 billion"])


@settings(max_examples=300, deadline=None)
@given(before=_BEFORE, address=_addresses(), after=_AFTER)
@example(before="See ", address="example.com/tech/hacked-for-1-5b", after=".")
@example(before="", address="desk-2@paper.example.org", after="")
def test_no_claim_from_an_address(before: str, address: str, after: str) -> None:
    text = f"{before}{address}{after}"
    start, end = len(before), len(before) + len(address)
    for m in extract_quantities(text):
        assert m.span[1] <= start or m.span[0] >= end, (text, m.surface)


_NUMBERS = load_data("numbers")
_QUAL = _NUMBERS["qualitative"]
_NUMBER_WORDS = frozenset(
    w.lower()
    for phrase in (
        *_NUMBERS["units"],
        *_NUMBERS["tens"],
        *_NUMBERS["multipliers"],
        *_NUMBERS["fractions"],
        *_NUMBERS["multiplier_verbs"],
        *_NUMBERS["share_fractions"]["denominators"],
        *(k for k in _QUAL["digits"] if k != "follow"),
        *_QUAL["flat"]["words"],
        *_QUAL["points"],
    )
    for w in re.findall(r"[A-Za-z]+", phrase)
)
_FRAGMENTS = st.sampled_from(
    [
        "$3.2 billion",
        "4.5%",
        " rose ",
        "1,204 jobs",
        "two-thirds of voters",
        "tripled",
        "a hundred and two people",
        "5 ft 2 in",
        "1.8m tall",
        "tenfold",
        "half of all homes",
        "revenue was flat",
        "a quarter point",
        "double-digit growth",
        "one in five adults",
        "491,000 ETH",
        "$15.4/hour",
        "1,240p shares",
        "a 33-story building",
        "209g",
        " and ",
        "more than 80 others",
        "Now 28, ",
        "the 28-year-old",
        "4km^3",
        "3 to 4 L",
        ". ",
        "about ",
        "１２３ users",
        "\u0661\u0662 km",
        "5½%",
        "a 1/4 mile oval",
        "nine out of 10",
        "⅜ cup",
        "½ teaspoon",
        "a 64-bit chip",
        "\u2014$40 million",
        "5'6\"",
        "aged 19 and 27",
        "were aged between 23 and 61",
        "a man, 79, ",
        "with 25 more",
        "a further nine",
        "7min 03.6sec",
        "1,200 Bitcoin miners",
        "290 kelvin",
        "a hundred more were hurt",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_FRAGMENTS, max_size=10).map("".join))
def test_a_figure_span_holds_its_digits_or_number_words(text: str) -> None:
    for m in extract_quantities(text):
        surface = m.surface
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", surface)}
        assert (
            any(ch.isdigit() or ch in VULGAR for ch in surface)
            or words & _NUMBER_WORDS
            or any(w.endswith("fold") for w in words)
        ), (text, surface)
