"""Parsing one document's decoded text: format (text, Markdown, HTML), title, publication date.

``parse_document`` turns a file's text into a :class:`Document` whose ``text`` is the readable
text (Markdown markup and HTML tags removed); every span later points into that text.

Publication date, from the header (the lines just below the title) or HTML metadata:
``Published: 09/09/2025, 05:40:00 EDT`` (an NN/NN/YYYY date that could be read either way is
read day-first unless a North American time zone follows it, as here; see ``time.toml``),
``Published 2025-03-14``, ``March 14, 2025``, ``14 March 2025``,
``<meta name="date">``, ``<meta property="article:published_time">``, ``<time datetime>``.
A dateline (``HONG KONG, Sept. 24 -``) is kept as written in ``Document.dateline`` ("Sept. 24");
it gives a publication date only when it names its year (a year in the body is no evidence).
Relative headers ("2 hours ago") give nothing: a date is never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

from reconcile.claims.models import Document
from reconcile.claims.timeref import vocabulary

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HEADER_LINES = 8  # how many non-empty lines below the title count as the header

# --- dates ---------------------------------------------------------------------------------


def _month_alt() -> str:
    words = sorted(vocabulary()["months"], key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


_MONTH = _month_alt()
_RX_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_RX_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})(?:[T\s]\d{2}:\d{2}(?::\d{2})?)?")
_RX_MDY = re.compile(rf"\b({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_RX_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\s+(\d{{4}})\b", re.I)
_RX_LABEL = re.compile(
    r"^\s*(?:first\s+)?(?:published|posted|updated|last\s+updated|date|dated)(?:\s+on)?\s*[:\-–—]?\s*",
    re.I,
)
_RX_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z.'’ -]*(?:,\s*[A-Z][A-Za-z.'’ -]*)?,\s+)?"
    rf"(?P<md>(?:{_MONTH})\s+\d{{1,2}})(?:,?\s+(?P<year>\d{{4}}))?"
    rf"\s*(?:\([^)]*\))?\s*(?:[-–—:]|$)",
    re.I,
)


def _month(word: str) -> int:
    return int(vocabulary()["months"][word.lower()])


def _date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _us_order(after: str) -> bool:
    """A North American time zone right after a numeric date marks month-first order."""
    zones = vocabulary()["numeric_dates"]["month_first_zones"]
    words = set(re.findall(r"\b[A-Z]{2,4}\b", after.split("\n", 1)[0]))
    return bool(words & set(zones))


def parse_date(text: str) -> dt.date | None:
    """The first full calendar date written in ``text`` (with a year), or None."""
    found: list[tuple[int, dt.date]] = []
    for m in _RX_NUMERIC.finditer(text):
        a, b, y = int(m[1]), int(m[2]), int(m[3])
        if a > 12 or b > 12:
            month, day = (b, a) if a > 12 else (a, b)
        else:
            month, day = (a, b) if _us_order(text[m.end() : m.end() + 40]) else (b, a)
        if d := _date(y, month, day):
            found.append((m.start(), d))
    for m in _RX_ISO.finditer(text):
        if d := _date(int(m[1]), int(m[2]), int(m[3])):
            found.append((m.start(), d))
    for m in _RX_MDY.finditer(text):
        if d := _date(int(m[3]), _month(m[1]), int(m[2])):
            found.append((m.start(), d))
    for m in _RX_DMY.finditer(text):
        if d := _date(int(m[3]), _month(m[2]), int(m[1])):
            found.append((m.start(), d))
    return min(found, key=lambda x: x[0])[1] if found else None


def _dated_label(line: str) -> bool:
    """A header line such as 'Published: 06/03/2026 06:45 CDT'."""
    return bool(_RX_LABEL.match(line)) and parse_date(line) is not None


def _header_date(lines: list[str]) -> dt.date | None:
    """A publication date from the header lines: a labelled line first, then a date line."""
    for line in lines:
        if _RX_LABEL.match(line) and (d := parse_date(line)):
            return d
    for line in lines:
        if len(line) <= 80 and not _RX_DATELINE.match(line) and (d := parse_date(line)):
            return d
    return None


def _dateline(lines: list[str]) -> tuple[str | None, int | None]:
    """('Sept. 24', 2025 or None) from the first header line shaped like a dateline."""
    for line in lines:
        m = _RX_DATELINE.match(line)
        if m and m["md"][0].isupper():
            return m["md"], int(m["year"]) if m["year"] else None
    return None, None


# --- HTML ----------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "title",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}
_DATE_META = {
    "date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date",
    "dc.date.issued", "article:published_time", "og:published_time", "datepublished",
}  # fmt: skip


class _HTMLText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta_date: str | None = None
        self.time_date: str | None = None
        self.title: str | None = None
        self.heading: str | None = None
        self._capture: str | None = None  # 'title' or 'h1' while inside one
        self._buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if key in _DATE_META and a.get("content") and self.meta_date is None:
                self.meta_date = a["content"]
            return
        if tag == "time" and a.get("datetime") and self.time_date is None:
            self.time_date = a["datetime"]
        if tag == "title":
            self._capture, self._buf = "title", []
            return
        if tag in _SKIP_TAGS:
            self.skip += 1
            return
        if tag in {"h1", "h2"} and self.heading is None:
            self._capture, self._buf = "h1", []
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n" if tag != "br" else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._capture == "title":
            self.title = " ".join("".join(self._buf).split()) or None
            self._capture = None
            return
        if tag in _SKIP_TAGS:
            self.skip = max(0, self.skip - 1)
            return
        if tag in {"h1", "h2"} and self._capture == "h1":
            self.heading = " ".join("".join(self._buf).split()) or None
            self._capture = None
        if tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._capture == "title":
            self._buf.append(data)
            return
        if self.skip:
            return
        if self._capture == "h1":
            self._buf.append(data)
        self.parts.append(data)


def _tidy(text: str) -> str:
    """Collapse runs of blanks inside lines and of blank lines; strip the ends."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()


def html_to_text(raw: str) -> tuple[str, dict[str, str | None]]:
    """Readable text of an HTML page plus its metadata (title, heading, dates)."""
    parser = _HTMLText()
    parser.feed(raw)
    parser.close()
    text = _tidy("".join(parser.parts))
    meta = {
        "title": parser.title,
        "heading": parser.heading,
        "meta_date": parser.meta_date,
        "time_date": parser.time_date,
    }
    return text, meta


# --- Markdown ------------------------------------------------------------------------------

_MD_INLINE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline HTML tags
    (re.compile(r"`([^`]+)`"), r"\1"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),  # _em_
    (re.compile(r"~~(.+?)~~"), r"\1"),  # strikethrough
]
_RX_MD_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_RX_MD_RULE = re.compile(r"^\s{0,3}([-*_=])(\s*\1){2,}\s*$")
_RX_MD_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")
_RX_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_RX_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def markdown_to_text(raw: str) -> tuple[str, str | None]:
    """Markdown -> plain text (markup removed, block structure kept) and the first heading."""
    out: list[str] = []
    heading: str | None = None
    in_fence = False
    for line in raw.replace("\r\n", "\n").split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            continue
        if _RX_MD_REFDEF.match(line) or (_RX_MD_TABLE_SEP.match(line) and "-" in line):
            continue
        if _RX_MD_RULE.match(line):
            out.append("")
            continue
        if m := _RX_MD_HEADING.match(line):
            line = m.group(2)
            if heading is None:
                heading = line
        line = re.sub(r"^\s{0,3}>\s?", "", line)
        line = _RX_MD_BULLET.sub(r"\1", line)
        if line.strip().startswith("|"):
            line = line.strip().strip("|").replace(" | ", "; ")
        for rx, repl in _MD_INLINE:
            line = rx.sub(repl, line)
        out.append(line)
    return _tidy("\n".join(out)), heading


# --- the document --------------------------------------------------------------------------


def _first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


def parse_document(doc_id: str, path: str, raw: str, suffix: str = ".txt") -> Document:
    """Turn a file's decoded text into a Document whose spans point into ``Document.text``."""
    suffix = (suffix or "").lower()
    notices: list[str] = []
    meta: dict[str, str | None] = {}
    heading: str | None = None
    if suffix in HTML_SUFFIXES:
        text, meta = html_to_text(raw)
        heading = meta.get("heading") or meta.get("title")
    elif suffix in MARKDOWN_SUFFIXES:
        text, heading = markdown_to_text(raw)
    else:
        text = raw
    if not text.strip():
        notices.append(f"{doc_id}: no readable text")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # the title is the first line that is not a dated label ("Published: ..." may come first)
    title = heading or next((line for line in lines if not _dated_label(line)), _first_line(text))
    if title in lines[: HEADER_LINES + 1]:
        at = lines.index(title)
        lines = lines[:at] + lines[at + 1 :]
    header = lines[:HEADER_LINES]

    published: dt.date | None = None
    for source in (meta.get("meta_date"), meta.get("time_date")):
        if source and (published := parse_date(source)):
            break
    if published is None:
        published = _header_date(header)
    dateline, year = _dateline(header)
    # The year must come from the dateline itself: a year in the body ("the year to March
    # 2026", "since 2019") is no evidence of when the article was written.
    if published is None and dateline and year:
        m = re.match(rf"({_MONTH})\s+(\d{{1,2}})", dateline, re.I)
        if m:
            published = _date(year, _month(m[1]), int(m[2]))
    return Document(
        id=doc_id,
        path=path,
        text=text,
        title=title,
        published=published,
        dateline=dateline,
        notices=notices,
    )
