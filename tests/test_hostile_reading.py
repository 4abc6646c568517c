"""Hostile markup: reading stays linear, never raises, and keeps the text it can."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.claims.context import sentence_spans
from reconcile.documents import (
    MAX_SENTENCE,
    cap_sentences,
    html_to_text,
    markdown_to_text,
    parse_document,
)
from reconcile.io import load_documents

# Inputs that made the old regex-based reader retry from every opener (quadratic or worse).
# Each is read here at a size that took seconds before; the figures are in benchmarks/.
N = 40_000


def test_unclosed_strong_runs_are_kept_as_text() -> None:
    text, _ = markdown_to_text("**a " * (N // 4))
    assert text.count("**a") == N // 4


def test_unclosed_image_and_link_runs_are_kept_as_text() -> None:
    assert markdown_to_text("![" * (N // 2))[0] == "![" * (N // 2)
    assert markdown_to_text("[a](" * (N // 4))[0] == "[a](" * (N // 4)


def test_emphasis_pairs_still_unwrap() -> None:
    text, _ = markdown_to_text("Sales rose **12%** to __$4 billion__, ~~up~~ *ahead* of _plan_.")
    assert text == "Sales rose 12% to $4 billion, up ahead of plan."


def test_markdown_links_images_headings_and_rules() -> None:
    raw = "# Profit climbs #\n\n![chart](a.png) See [the filing](http://x.org/f) now.\n\n- - -\n"
    text, heading = markdown_to_text(raw)
    assert heading == "Profit climbs"
    assert text == "Profit climbs\n\nchart See the filing now."


def test_heading_with_a_long_blank_run_keeps_its_words() -> None:
    text, heading = markdown_to_text("# a" + " " * N + "b ##")
    assert text == "a b"
    assert heading is not None and heading.split() == ["a", "b"]


def test_unclosed_tag_runs_are_text() -> None:
    text, _ = html_to_text("<p>Revenue $5</p>" + "<a" * (N // 2))
    assert text.startswith("Revenue $5")
    assert text.endswith("<a<a")


def test_unclosed_quote_and_comment_runs() -> None:
    text, _ = html_to_text("<p>One 4%</p>" + '<a b="' * (N // 6))
    assert text.startswith("One 4%")
    text, _ = html_to_text("<p>Two 5%</p>" + "<!--" * (N // 4))
    assert text == "Two 5%"


def test_marked_section_garbage_never_raises(tmp_path) -> None:
    # the standard library parser raised AssertionError on this
    (tmp_path / "a.html").write_text("<p>x</p><![<![", encoding="utf-8")
    (doc,) = load_documents([tmp_path])
    assert doc.text.startswith("x")


def test_html_entities_attributes_scripts_and_void_tags() -> None:
    raw = (
        "<html><head><title>Up &amp; down</title>"
        '<meta property="article:published_time" content="2025-01-02">'
        "<script>if (a<b) { x = '</p>' }</script><style>p>b{}</style></head>"
        '<body><h1>Head</h1><p title="a>b">Rose 5% <b>to</b> &euro;3.<br/>Next</p></body></html>'
    )
    text, meta = html_to_text(raw)
    assert text == "Head\n\nRose 5% to €3.\n\nNext"
    assert meta["title"] == "Up & down"
    assert meta["meta_date"] == "2025-01-02"


def test_deep_nesting_keeps_all_text() -> None:
    text, _ = html_to_text("<div>" * 5000 + "<p>Deep $7</p>" + "</div>" * 5000)
    assert text == "Deep $7"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>!/-[]()*_#`~=\"' ap\n", max_size=300))
def test_any_markup_reads_without_error(raw: str) -> None:
    for suffix in (".html", ".md", ".txt"):
        doc = parse_document("x" + suffix, "x" + suffix, raw, suffix)
        assert isinstance(doc.text, str)


# --- sentences over the length cap ---------------------------------------------------------


def test_a_long_sentence_is_split_at_clause_breaks() -> None:
    clause = "the agency counted 40 trucks and 12 vans at the depot"
    raw = "Brief note. " + ", ".join([clause] * 60) + ". Short end."
    doc = parse_document("x.txt", "x.txt", raw)
    spans = sentence_spans(doc.text)
    assert max(e - s for s, e in spans) <= MAX_SENTENCE
    assert len(doc.text) == len(raw)  # only blanks became line breaks
    assert doc.text.replace("\n", " ") == raw
    assert any("split into parts" in n for n in doc.notices)


def test_a_long_run_without_blanks_is_cut_at_the_window() -> None:
    text, n = cap_sentences("7" * 1500)
    assert n == 1
    assert [len(p) for p in text.split("\n")] == [MAX_SENTENCE, MAX_SENTENCE, 300]


def test_ordinary_text_is_left_alone() -> None:
    raw = "Prices rose 3% in May. Rents climbed 5%, the survey said.\nA new line."
    assert cap_sentences(raw) == (raw, 0)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab 1.,;\n", max_size=3000), st.integers(min_value=20, max_value=200))
def test_capped_text_keeps_every_character_and_respects_the_cap(raw: str, limit: int) -> None:
    text, _ = cap_sentences(raw, limit)
    assert "".join(text.split()) == "".join(raw.split())
    assert all(e - s <= limit for s, e in sentence_spans(text))
