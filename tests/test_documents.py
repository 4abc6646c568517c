"""parse_document: plain text, Markdown, HTML; titles, publication dates, datelines."""

from __future__ import annotations

import datetime as dt

import pytest

from reconcile.documents import html_to_text, markdown_to_text, parse_date, parse_document


def doc(raw: str, suffix: str = ".txt"):
    return parse_document("x" + suffix, "x" + suffix, raw, suffix)


# --- publication dates ----------------------------------------------------------------------

PUBLISHED = [
    ("Title\nPublished: 09/09/2025, 05:40:00 EDT\n\nBody.", dt.date(2025, 9, 9)),
    ("Title\nPublished: 13/09/2025\n\nBody.", dt.date(2025, 9, 13)),  # first number > 12: a day
    ("Title\nPublished: 03/04/2025\n\nBody.", dt.date(2025, 4, 3)),  # both <= 12: day first
    ("Title\nPublished: 03/04/2025 10:00 EST\n\nBody.", dt.date(2025, 3, 4)),  # US zone: US order
    ("Title\nPublished 2025-03-14\n\nBody.", dt.date(2025, 3, 14)),
    ("Title\nMarch 14, 2025\n\nBody.", dt.date(2025, 3, 14)),
    ("Title\n14 March 2025\n\nBody.", dt.date(2025, 3, 14)),
    ("Title\nUpdated on Sept. 2, 2024 at 10:00\n\nBody.", dt.date(2024, 9, 2)),
    # a dateline with the weekday and the day before the month
    (
        "Title\n\nKESTRA, Friday 9 October 2026 (Coast Wire) - Ferries ran late.",
        dt.date(2026, 10, 9),
    ),
    ("Title\n\nOSLIN, Fri., Oct. 9, 2026 - Ferries ran late.", dt.date(2026, 10, 9)),
    # a masthead opening the text: outlet, perhaps a section or issue, then the day
    ("THE HARBOUR LEDGER | Thursday 8 October 2026\n\nFerries late\n\nBody.", dt.date(2026, 10, 8)),
    ("Riverside Weekly | Issue 12 | 4 October 2026\n\nFerries late\n\nBody.", dt.date(2026, 10, 4)),
]


@pytest.mark.parametrize(("raw", "expected"), PUBLISHED)
def test_publication_date_from_header(raw: str, expected: dt.date) -> None:
    assert doc(raw).published == expected


@pytest.mark.parametrize(
    "raw",
    [
        "Title\n2 hours ago\n\nShares rose 2% on Tuesday.",
        "Title\n\nThe company was founded on March 14, 2019, in a garage. "
        "Over the years it grew. "
        "It now has many customers. It has offices. It sells things. It hires people. "
        "It pays taxes. It is profitable.\nMore text.",
        "Title\n\nNo date anywhere in this text.",
        "Ferry fares | what changes in October\n\nFares rise by 4%.",  # a masthead with no date
        "Title\n\nKESTRA, 9 October (Coast Wire) - Ferries ran late.",  # no year: no date
    ],
)
def test_no_publication_date_is_guessed(raw: str) -> None:
    assert doc(raw).published is None


def test_dateline_kept_raw_and_without_year_no_date() -> None:
    d = doc("Alibaba shares surge\n2 hours ago\n\nHONG KONG, Sept. 24 - Alibaba rose 9.2% today.")
    assert d.dateline == "Sept. 24"
    assert d.published is None


def test_a_year_in_the_body_does_not_date_the_article() -> None:
    # "the year to March 2026" is a forecast horizon, not the article's year
    d = doc("Title\n\nOSAKA, May 11 - Profit for the year to March 2026 will fall, it said.")
    assert d.dateline == "May 11"
    assert d.published is None


def test_dateline_with_agency_in_brackets() -> None:
    d = doc("T\n\nSAN JOSE, Oct. 23 (Valley Newswire) - Corvane reported revenue.")
    assert d.dateline == "Oct. 23"


def test_parse_date_rejects_impossible_dates() -> None:
    assert parse_date("Published: 31/02/2025") is None
    assert parse_date("2025-13-01") is None


# --- plain text and titles ------------------------------------------------------------------


def test_plain_text_is_kept_as_is() -> None:
    raw = "Headline here\n\nBody with  two  spaces and HK$140.60."
    d = doc(raw)
    assert d.text == raw
    assert d.title == "Headline here"


def test_empty_document_gets_a_notice_not_an_error() -> None:
    d = doc("   \n  ", ".html")
    assert d.text == ""
    assert d.notices


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_markup_is_removed_and_heading_is_the_title() -> None:
    raw = (
        "# The Alibaba Brief\n\n**This week: the cloud budget grows**\n\n"
        "Alibaba will spend *more than* the [380 billion yuan](https://x.y/z) target.\n\n"
        "- Bigger budgets\n- `code` stays\n\n---\n\n> quoted text\n"
    )
    text, heading = markdown_to_text(raw)
    assert heading == "The Alibaba Brief"
    assert "**" not in text and "[" not in text and "](" not in text and "`" not in text
    assert "Alibaba will spend more than the 380 billion yuan target." in text
    assert "Bigger budgets" in text and "quoted text" in text
    assert not any(line.startswith(("#", "- ", ">")) for line in text.splitlines())
    d = doc(raw, ".md")
    assert d.title == "The Alibaba Brief"
    assert d.text == text


def test_markdown_keeps_snake_case_and_lone_asterisks() -> None:
    text, _ = markdown_to_text("a snake_case_name and 2 * 3 = 6")
    assert text == "a snake_case_name and 2 * 3 = 6"


# --- HTML -----------------------------------------------------------------------------------

HTML = """<!DOCTYPE html><html><head>
<meta property="article:published_time" content="2025-02-05T07:30:00+01:00"><meta charset="utf-8">
<title>Page title</title><style>p { color: red; }</style>
<script>var x = "HK$999";</script></head>
<body><article><h1>Fernwerk&#39;s big cheque</h1>
<p>Fernwerk raised &euro;420&nbsp;million &amp; more.</p><p>Second<br>line.</p>
</article></body></html>"""


def test_html_text_only_with_block_breaks_and_entities() -> None:
    text, meta = html_to_text(HTML)
    assert "HK$999" not in text and "color" not in text  # scripts and styles dropped
    assert "Fernwerk raised €420 million & more." in text  # nbsp becomes a space
    assert "Fernwerk's big cheque\n\nFernwerk raised" in text
    assert "Second\nline." in text
    assert meta["title"] == "Page title"


def test_html_document_title_and_meta_date() -> None:
    d = doc(HTML, ".html")
    assert d.title == "Fernwerk's big cheque"
    assert d.published == dt.date(2025, 2, 5)
    start = d.text.index("€420")
    assert d.text[start : start + 4] == "€420"


def test_html_time_element_gives_the_date() -> None:
    d = doc('<p>By X, <time datetime="2024-11-03">Nov 3</time></p><p>Text.</p>', ".html")
    assert d.published == dt.date(2024, 11, 3)


def test_broken_html_does_not_raise() -> None:
    d = doc("<p>Unclosed <b>bold <i>and <div>text", ".htm")
    assert "Unclosed bold and" in d.text


def test_a_published_line_before_the_title_dates_the_document_and_is_no_title() -> None:
    from reconcile.documents import parse_document

    raw = (
        "Published: 06/03/2026 07:15 CDT\n\nThe mayor's plan: more for parks\n\n"
        "The Harbourside Courier\n\nMayor Ellery set out a $4.62 billion budget.\n"
    )
    doc = parse_document("b.txt", "b.txt", raw)
    assert doc.title == "The mayor's plan: more for parks"
    assert doc.published is not None and doc.published.isoformat() == "2026-06-03"
