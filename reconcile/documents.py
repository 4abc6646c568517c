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
import html
import re
from dataclasses import dataclass
from functools import cache

from reconcile.claims.models import Document
from reconcile.time.read import vocabulary

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HEADER_LINES = 8  # how many non-empty lines below the title count as the header
# A sentence longer than this is split into parts of at most this many characters, at the last
# clause break (";", ",", then any blank) in its second half, else at the limit. News sentences
# run to about 300 characters; a longer run is a table, a list or hostile input, and every later
# stage reads a sentence as a unit.
MAX_SENTENCE = 600
_CLAUSE_BREAKS = ("; ", ", ", " ", "\t")

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
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_RX_DATELINE = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z.'’ -]*(?:,\s*[A-Z][A-Za-z.'’ -]*)?,\s+)?(?:{_WEEKDAY})?"
    rf"(?:(?P<md>(?:{_MONTH})\s+\d{{1,2}})|(?P<dm>\d{{1,2}}\s+(?:{_MONTH})))"
    rf"(?:,?\s+(?P<year>\d{{4}}))?"
    rf"\s*(?:\([^)]*\))?\s*(?:[-–—:]|$)",
    re.I,
)
# A masthead opening the text: the outlet and perhaps a section or an issue, then the day, set
# apart by bars or dots ("THE DAILY | Business | Monday 3 May 2027"); the date closes the line.
_RX_MASTHEAD = re.compile(r"^(?:[^|·•]{2,60}\s[|·•]\s+){1,3}(?P<last>[^|·•]{6,40})$")


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
    """('Sept. 24', 2025 or None) from the first header line shaped like a dateline ("HONG
    KONG, Sept. 24 -", "OSLO, Tuesday 21 July 2026 (Wire) -": '21 July')."""
    for line in lines:
        m = _RX_DATELINE.match(line)
        written = m and (m["md"] or m["dm"])
        if written and re.search(r"[A-Z]", written):
            return written, int(m["year"]) if m["year"] else None
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


class _HTMLText:
    """Collects readable text and metadata from the events of :func:`_html_events`."""

    def __init__(self) -> None:
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


# The tokenizer below reads each character a bounded number of times, whatever the markup: a
# construct that never ends ("<a" with no ">", "<!--" with no "-->") ends the markup there and the
# rest is read as text (or, for a comment, dropped), instead of being retried from every "<".
_RAW_TEXT_TAGS = ("script", "style")  # their content is not markup and never text
_RX_TAG_NAME = re.compile(r"[A-Za-z][^\s/<>]*")
_RX_TAG_BODY = re.compile(r"[^>\"']*")
_RX_ATTR = re.compile(r"""([^\s=/>]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_RX_RAW_END = {t: re.compile(rf"</{t}(?=[\s/>]|$)", re.I) for t in _RAW_TEXT_TAGS}


def _attrs(body: str) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for m in _RX_ATTR.finditer(body):
        value = m[2]
        if value is not None and value[:1] in ("'", '"'):
            value = value[1:-1]
        out.append((m[1].lower(), html.unescape(value) if value is not None else None))
    return out


def _tag_end(raw: str, at: int, unclosed: set[str]) -> int:
    """Index of the ">" that ends the tag whose body starts at ``at``; -1 when no ">" follows
    (no later tag can end either), -2 when a quote is never closed.

    Quoted attribute values may hold ">". ``unclosed`` remembers quote characters that were
    found to have no closing partner, so no later tag scans for them again.
    """
    n = len(raw)
    while True:
        at = _RX_TAG_BODY.match(raw, at).end()  # type: ignore[union-attr]
        if at >= n:
            return -1
        c = raw[at]
        if c == ">":
            return at
        if c in unclosed:
            return -2
        close = raw.find(c, at + 1)
        if close < 0:
            unclosed.add(c)
            return -2
        at = close + 1


def _html_events(raw: str, sink: _HTMLText) -> None:
    """Feed the start tags, end tags and text of ``raw`` to ``sink``, in linear time."""
    n = len(raw)
    pos = 0
    unclosed: set[str] = set()

    def data(upto: int) -> None:
        if upto > pos:
            sink.handle_data(html.unescape(raw[pos:upto]))

    while pos < n:
        lt = raw.find("<", pos)
        if lt < 0:
            break
        nxt = raw[lt + 1 : lt + 2]
        if raw.startswith("<!--", lt):
            data(lt)
            close = raw.find("-->", lt + 4)
            pos = n if close < 0 else close + 3  # an unclosed comment runs to the end
            continue
        if nxt in ("!", "?") or (nxt == "/" and not raw[lt + 2 : lt + 3].isalpha()):
            close = raw.find(">", lt)
            if close < 0:
                break  # no ">" anywhere after: the rest is text
            data(lt)
            pos = close + 1
            continue
        end_tag = nxt == "/"
        name_at = lt + 2 if end_tag else lt + 1
        m = _RX_TAG_NAME.match(raw, name_at)
        if m is None:  # "<" followed by no tag name is text
            data(lt + 1)
            pos = lt + 1
            continue
        close = _tag_end(raw, m.end(), unclosed)
        if close == -1:  # no tag can end after this point: the rest is text
            break
        if close < 0:  # this tag never ends: text
            data(lt + 1)
            pos = lt + 1
            continue
        data(lt)
        tag = m[0].lower()
        pos = close + 1
        if end_tag:
            sink.handle_endtag(tag)
            continue
        body = raw[m.end() : close]
        sink.handle_starttag(tag, _attrs(body))
        if body.rstrip().endswith("/"):
            sink.handle_endtag(tag)
        elif tag in _RX_RAW_END:
            found = _RX_RAW_END[tag].search(raw, pos)
            pos = n if found is None else found.start()  # its content is skipped
    if pos < n:
        data(n)


def _tidy(text: str) -> str:
    """Collapse runs of blanks inside lines and of blank lines; strip the ends."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n")]
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return out.strip()


def html_to_text(raw: str) -> tuple[str, dict[str, str | None]]:
    """Readable text of an HTML page plus its metadata (title, heading, dates)."""
    parser = _HTMLText()
    _html_events(raw, parser)
    text = _tidy("".join(parser.parts))
    meta = {
        "title": parser.title,
        "heading": parser.heading,
        "meta_date": parser.meta_date,
        "time_date": parser.time_date,
    }
    return text, meta


# --- Markdown ------------------------------------------------------------------------------

# Every pattern here is linear on any line: a bracket, parenthesis or angle-bracket run stops
# at the next opening one, so a run of openers with no closer ("![![![", "<a<a<a") is read once.
_MD_INLINE: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"!\[([^\]\[]*)\]\([^()\[\]\n]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]\[]+)\]\([^()\[\]\n]*\)"), r"\1"),  # links -> text
    (re.compile(r"\[([^\]\[]+)\]\[[^\]\[]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^<>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][^<>]*>"), ""),  # inline HTML tags
    (re.compile(r"`([^`]+)`"), r"\1"),  # code spans
]
_MD_EMPHASIS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])"), r"\1"),  # _em_
]
_STRONG = ("**", "__", "~~")  # strong emphasis and strikethrough


def _unwrap(line: str, delim: str) -> str:
    r"""Remove ``delim`` pairs around text ("**a**" -> "a") in one pass over the line.

    An opener is followed by a non-blank; its closer is the next ``delim`` after at least one
    character, preceded by a non-blank (for "~~", any next one). This is what the lazy pattern
    ``(\*\*)(?=\S)(.+?)(?<=\S)\1`` matches, without retrying from every opener.
    """
    if delim not in line:
        return line
    out: list[str] = []
    last = 0
    opener = -1
    at = line.find(delim)
    size = len(delim)
    while at >= 0:
        after = at + size
        if opener < 0:
            if delim == "~~" or (after < len(line) and not line[after].isspace()):
                opener = at
        elif at > opener + size and (delim == "~~" or not line[at - 1].isspace()):
            out += [line[last:opener], line[opener + size : at]]
            last, opener = after, -1
        at = line.find(delim, after)
    out.append(line[last:])
    return "".join(out)


def _md_heading(line: str) -> str | None:
    """The text of an ATX heading line ("## Title ##"), else None."""
    body = line.lstrip(" ")
    if len(line) - len(body) > 3 or not body.startswith("#"):
        return None
    level = len(body) - len(body.lstrip("#"))
    rest = body[level:]
    if level > 6 or not rest[:1].isspace():
        return None
    return rest.strip().rstrip("#").strip()


def _md_rule(line: str) -> bool:
    """A thematic break or setext underline: three or more of one of - * _ = and blanks."""
    body = line.strip()
    if len(line) - len(line.lstrip()) > 3 or not body or body[0] not in "-*_=":
        return False
    marks = body.replace(" ", "").replace("\t", "")
    return len(marks) >= 3 and marks == body[0] * len(marks)


def _md_table_rule(line: str) -> bool:
    """A table's separator row, e.g. "|---|:---:|"."""
    body = line.strip()
    return "---" in body and not body.strip("|:- \t")


_RX_MD_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")
_RX_MD_REFDEF = re.compile(r"^\s{0,3}\[[^\]\[]+\]:\s+\S+")
_RX_MD_QUOTE = re.compile(r"^\s{0,3}>\s?")


def markdown_to_text(raw: str) -> tuple[str, str | None]:
    """Markdown -> plain text (markup removed, block structure kept) and the first heading.

    A line that continues a paragraph or a list item (a soft line break: the writer's editor
    wrapped it) joins the line before with a blank, as Markdown renders it, so that a sentence
    wrapped across lines is one sentence ("the index fell" / "by 2.3 percent"). Headings, list
    items, quotes, table rows, fenced code and blank lines each start a line of their own."""
    out: list[str] = []
    flowing: list[bool] = []  # whether each line of ``out`` is prose a next line may continue
    heading: str | None = None
    in_fence = False
    for line in raw.replace("\r\n", "\n").split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        if in_fence:
            out.append(line)
            flowing.append(False)
            continue
        if _RX_MD_REFDEF.match(line) or _md_table_rule(line):
            continue
        if _md_rule(line):
            out.append("")
            flowing.append(False)
            continue
        block = line.lstrip().startswith("<")  # an HTML block or comment ("<!-- ... -->")
        if (title := _md_heading(line)) is not None:
            line, block = title, True
            if heading is None:
                heading = line
        quoted = _RX_MD_QUOTE.match(line) is not None
        line = _RX_MD_QUOTE.sub("", line, count=1)
        item = _RX_MD_BULLET.match(line) is not None
        line = _RX_MD_BULLET.sub(r"\1", line, count=1)
        if line.strip().startswith("|"):
            line = line.strip().strip("|").replace(" | ", "; ")
            block = True
        for rx, repl in _MD_INLINE:
            line = rx.sub(repl, line)
        for delim in _STRONG:
            line = _unwrap(line, delim)
        for rx, repl in _MD_EMPHASIS:
            line = rx.sub(repl, line)
        prose = bool(line.strip()) and not block
        if prose and not item and not quoted and flowing and flowing[-1]:
            out[-1] = f"{out[-1]} {line.strip()}"  # a soft line break
            continue
        out.append(line)
        flowing.append(prose and title is None)
    return _tidy("\n".join(out)), heading


# --- characters ----------------------------------------------------------------------------

# Control characters other than tab and newline (C0, DEL, C1: a terminal obeys them) become
# blanks, a return before a newline too, and a lone return (old Mac line ends; on a terminal it
# would let later text overwrite a line) a newline; lone surrogates (undecodable input) become
# U+FFFD. One character for one.
_RX_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _safe_char(m: re.Match[str]) -> str:
    c = m[0]
    if c == "\r":
        return " " if m.string[m.end() : m.end() + 1] == "\n" else "\n"
    return "\ufffd" if c >= "\ud800" else " "


def clean_text(text: str) -> str:
    """``text`` with nothing a terminal obeys but tab and newline, and nothing UTF-8 cannot
    encode; same length."""
    return _RX_UNSAFE.sub(_safe_char, text) if _RX_UNSAFE.search(text) else text


# --- long sentences ------------------------------------------------------------------------


def _split_long(sentence: str, limit: int) -> list[str]:
    """Parts of at most ``limit`` characters; a blank at a clause break becomes the cut."""
    parts: list[str] = []
    pos = 0
    while len(sentence) - pos > limit:
        lo, hi = pos + limit // 2, pos + limit
        cut = -1
        for brk in _CLAUSE_BREAKS:
            cut = sentence.rfind(brk, lo, hi + 1)
            if cut >= 0:
                cut += len(brk) - 1  # the blank that ends the break
                break
        if cut >= 0:  # the blank is replaced by the line break
            parts.append(sentence[pos:cut])
            pos = cut + 1
        else:  # no blank: a line break is inserted
            parts.append(sentence[pos:hi])
            pos = hi
    parts.append(sentence[pos:])
    return parts


def cap_sentences(text: str, limit: int = MAX_SENTENCE) -> tuple[str, int]:
    """``text`` with every sentence over ``limit`` characters split by line breaks (a line break
    always ends a sentence), and how many were split. Linear in the length of ``text``."""
    if len(text) <= limit:
        return text, 0
    # extraction's code loads only for a line that may need it (a check reading a draft does not)
    from reconcile.claims.context import sentence_spans

    lines = text.split("\n")
    split = 0
    for i, line in enumerate(lines):
        if len(line) <= limit:
            continue
        out: list[str] = []
        last = 0
        for start, end in sentence_spans(line):
            if end - start > limit:
                out += [line[last:start], "\n".join(_split_long(line[start:end], limit))]
                last = end
                split += 1
        out.append(line[last:])
        lines[i] = "".join(out)
    return ("\n".join(lines) if split else text), split


# --- the outlet ----------------------------------------------------------------------------

OUTLET_LINES = 4  # how many non-empty lines at the top may carry the outlet's name
_RX_HEADER_PARTS = re.compile(r"\s+\|\s+|\s+[-–—]\s+|\s*\|\s*")  # "X | date", "X - Live"
_RX_NAME_WORD = re.compile(r"(?:[A-Z][\w'’&.-]*|&|and|of|the|for|on|\d{1,3})")
_RX_DATELINE_WIRE = re.compile(  # "VALBRUN, March 6 (Continental Wire) -"
    r"^[ \t]*(?:[A-Z][A-Za-z.'’ -]*,[ \t]*)?[^()\n]{0,40}?\d[^()\n]{0,20}?"
    r"\(([A-Z][^()\n]{1,60})\)[ \t]*[-–—]",
    re.M,
)
_RX_MONTH_YEAR = re.compile(rf"\b(?:{_MONTH})\b.*\b(?:19|20)\d{{2}}\b", re.I)
_RX_DATE_WORD = re.compile(rf"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|{_MONTH})\b", re.I)
# a weekday with its day of a month, no year ("Friday 12 June", "Wednesday, April 22"): a
# page's date as a daily writes it at its top
_RX_WEEKDAY_DATE = re.compile(
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})|(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\b",
    re.I,
)
_RX_BYLINE = re.compile(r"^(?:by|words by|reporting by)\s+[A-Z]", re.I)


@dataclass(frozen=True)
class Outlets:
    """The outlet a document names at its top (``masthead``: a newspaper, a wire, a
    broadcaster, a newsletter) and every name it gives the outlet there (``names``: the
    masthead, a wire in brackets in the dateline)."""

    masthead: str | None = None
    names: tuple[str, ...] = ()
    lines: tuple[tuple[int, int], ...] = ()  # where the masthead lines stand in the text


@cache
def _outlet_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]:
    from reconcile.claims.vocab import _base_vocab

    table = _base_vocab()[1]["outlets"]
    return (
        frozenset(table["titles"]),
        frozenset(table["media"]),
        frozenset(table["sections"]),
        tuple(table["issuers"]),
    )


def _date_line(line: str) -> bool:
    """A line that is a date and little else ("6 November 2026", "Friday 27 November 2026,
    19:05", "Published: 2025-06-18", "15-16 September 2026", or a weekday with its day and no
    year, "Friday 12 June", as a daily dates its page)."""
    if len(line) > 60:
        return False
    if (
        parse_date(line) is None
        and not _RX_MONTH_YEAR.search(line)
        and not _RX_WEEKDAY_DATE.search(line)
    ):
        return False
    words = re.findall(r"[A-Za-z]+", line)
    months = vocabulary()["months"]
    days = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    other = [w for w in words if w.lower() not in months and w.lower() not in days]
    return len(other) <= 3  # "Published", "Updated", "at", a time zone


def _name_shaped(part: str) -> bool:
    """Short, every word written with a capital (or a connective, a channel number), no
    sentence punctuation: the shape of a name, not of a sentence."""
    words = part.split()
    if not 1 <= len(words) <= 6 or len(part) > 60 or re.search(r"[,:;.!?\"“”‘$%€£]", part):
        return False
    if re.match(r"['’]", part) or not words[0][:1].isupper():
        return False
    return all(_RX_NAME_WORD.fullmatch(w) for w in words) and any(w[:1].isalpha() for w in words)


def _verbless(name: str, kinds: frozenset[str]) -> bool:
    """No word of the name, written in sentence case, is read as a verb by the tagger (the
    outlet word itself aside: "Live Events Bulletin"): "Halvern Unveils Flood Plan" is a
    headline."""
    from reconcile.claims.parse import parse_sentences

    words = name.split()
    cased = " ".join([words[0]] + [w if w.isupper() else w.lower() for w in words[1:]])
    doc = parse_sentences([cased])[0]
    return not any(t.pos_ in ("VERB", "AUX") and t.text.lower() not in kinds for t in doc)


def _outlet_kind(name: str, titles: frozenset[str], media: frozenset[str]) -> bool:
    words = [w.lower() for w in name.split()]
    return words[-1] in titles or any(w in media for w in words)


def top_lines(text: str) -> list[tuple[int, int, str]]:
    """The first ``OUTLET_LINES`` + 1 non-empty lines of ``text``: (start, end, stripped line),
    where a masthead, a date line or a header stands."""
    rows: list[tuple[int, int, str]] = []
    at = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line:
            rows.append((at, at + len(raw.rstrip("\r\n")), line))
            if len(rows) > OUTLET_LINES:
                break
        at += len(raw)
    return rows


# (Tried, 31 sets, 2026-12-06: a masthead with the page's day after a comma ("The X Courier,
# Tuesday 14 April", "X blog, Sunday"), a weekday after a bar or a dash as a date ("X -
# Tuesday 3 February"), and a kind of outlet written after the name ("X blog"): 106 more of
# 1,711 pages read a masthead, none wrongly after bylines, days and "Weekly bulletin" were
# excluded. Measured with spelling slips joined (group._spelling_forms): +1 conflict and +4
# false alarms, of which the mastheads' +0 and +3: a newsletter's and a paper's figures, no
# longer under the outlet's name, met other quantities of one metric (containers lost /
# aboard; construction / permanent jobs).)
_OUTLETS: dict[str, Outlets] = {}  # text -> read_outlets(text), the texts read lately
OUTLETS_MAX = 4096


def read_outlets(text: str) -> Outlets:
    """:func:`_read_outlets`, kept by text: a document's outlets are read when it is read
    (:func:`parse_document`) and again when its claims are extracted (``entities``); kept
    here, and handed from the process that read the documents to the one that extracts them
    (:func:`outlets_read`, :func:`remember_outlets`), they are read once."""
    got = _OUTLETS.get(text)
    if got is None:
        if len(_OUTLETS) >= OUTLETS_MAX:
            _OUTLETS.clear()
        got = _OUTLETS[text] = _read_outlets(text)
    return got


def outlets_read() -> dict[str, Outlets]:
    """The texts whose outlets this process read lately, with them (see :func:`read_outlets`)."""
    return dict(_OUTLETS)


def remember_outlets(found: dict[str, Outlets]) -> None:
    """Outlets another process read (:func:`outlets_read`), kept as if read here: a text's
    outlets are its own, wherever they are read."""
    for text, outlets in found.items():
        if len(_OUTLETS) >= OUTLETS_MAX:
            _OUTLETS.clear()
        _OUTLETS[text] = outlets


def _read_outlets(text: str) -> Outlets:
    """The outlet named at the top of ``text``: a line (or the part of a line before " | ",
    " - ") among the first few that is shaped like a name and carries no verb, with evidence
    that it names an outlet:

    - a last word that names a kind of outlet, or a media word anywhere ("Gazette", "Wire",
      "Radio", "News"; ``entities.toml [outlets]``), on the first line or on a line written
      in capitals or followed by a date or a byline;
    - a date line right below it, a date after a bar on its line ("The Ardell Courier |
      Wednesday, 12 August"), a tagline after a dash in lower case ("X - a weekly letter about
      ..."), a section after a dash or a bar ("X - Live"): the name then must not recur in the
      body, else it is the issuer of a statement, the story's own subject ("WESTMARCH FERRIES /
      date / Westmarch Ferries said ...").

    A line that calls itself a press release or a statement names an issuer, never an outlet
    (:func:`_issued`; a headline that only speaks of one goes on); a byline ("By X") is passed
    over; a name before a comma and a date is one before a bar ("The X Star, Friday 12 June").
    A wire in brackets in a dateline ("VALBRUN, March 6 (Continental Wire) -") is one of the
    outlet's names too."""
    titles, media, sections, issuers = _outlet_words()
    rows = top_lines(text)
    masthead: str | None = None
    found: list[tuple[int, int]] = []
    for k, (lo, hi, line) in enumerate(rows[:OUTLET_LINES]):
        if _issued(line, issuers):
            break  # "X - Press Release", "STATEMENT FROM X": the issuer's own words
        if _RX_BYLINE.match(line):
            continue  # "By X", above a date: the reporter, no masthead
        parts = [p for p in _RX_HEADER_PARTS.split(line) if p]
        head, _, tail = line.partition(",")
        if len(parts) == 1 and not _RX_DATE_WORD.search(head) and _date_line(tail.strip()):
            parts = [head.strip(), tail.strip()]  # "The X Star, Friday 12 June"
        raw_name = parts[0].strip() if parts else ""
        name = raw_name
        capitals = name.upper() == name and len(name) > 3
        if capitals:
            name = " ".join(w.capitalize() if len(w) > 3 else w.title() for w in name.split())
        if not _name_shaped(name) or _date_line(name) or len(parts) > 3:
            continue
        rest = parts[1:]
        nxt = rows[k + 1][2] if k + 1 < len(rows) else ""
        below = _date_line(nxt) or (not rest and bool(_RX_BYLINE.match(nxt)))
        dated = any(_date_line(p) for p in rest) or below
        tagline = bool(rest) and bool(re.match(r"(?:an?|the)\s+[a-z]|[a-z]", rest[0]))
        section = bool(rest) and (
            rest[0].lower() in sections or rest[0].split()[-1].lower() in titles | sections
        )  # "X - Live", "X - Population Brief"
        kind = _outlet_kind(name, titles, media) and (k == 0 or capitals or dated or section)
        if not (kind or dated or tagline or (section and k == 0)):
            continue
        if len(name.split()) == 1 and name.lower() in sections:
            continue  # "POLITICS | Friday 27 November": a section of the paper, no outlet
        if not kind and _recurs(text, hi, name, titles):
            continue  # the issuer of a statement, or a person under a photo: a subject
        if not _verbless(name, titles):
            continue
        masthead = raw_name
        found.append((lo, hi))
        break
    names = [masthead] if masthead else []
    for m in _RX_DATELINE_WIRE.finditer(text, 0, min(len(text), 2000)):
        if _name_shaped(m[1]) and m[1] not in names:
            names.append(m[1])
    return Outlets(masthead, tuple(names), tuple(found))


def _issued(line: str, issuers: frozenset[str] | tuple[str, ...]) -> bool:
    """A line that calls itself a press release or a statement: one of ``issuers`` opens or
    closes the line or one of its parts ("X - Press Release", "STATEMENT FROM X", "Media
    release: ..."). A headline that only speaks of one ("What the press release leaves out")
    is no issuer's line."""
    parts = re.split(_RX_HEADER_PARTS.pattern + r"|:\s*", line.lower())
    return any(p.strip().startswith(w) or p.strip().endswith(w) for p in parts for w in issuers)


def _recurs(text: str, after: int, name: str, titles: frozenset[str]) -> bool:
    """Whether the body below ``after`` names ``name`` again, or one of its own words (four
    letters or more, not a word naming a kind of outlet) written with a capital."""
    body = text[after:]
    if name.lower() in body.lower():
        return True
    words = [w for w in name.split() if len(w) >= 4 and w.lower() not in titles and w[0].isupper()]
    return any(re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", body) for w in words)


# --- the document --------------------------------------------------------------------------


def _first_line(text: str) -> str | None:
    return next((line.strip() for line in text.splitlines() if line.strip()), None)


# a lone line break between a lower-case word (or a comma) and a lower-case word: a line
# wrapped inside its sentence in plain text, read as a blank (same length, so spans hold)
_RX_WRAPPED = re.compile(r"(?<=[a-z,])\n(?=[a-z])")


def parse_document(doc_id: str, path: str, raw: str, suffix: str = ".txt") -> Document:
    """Turn a file's decoded text into a Document whose spans point into ``Document.text``."""
    suffix = (suffix or "").lower()
    raw = clean_text(raw)
    notices: list[str] = []
    meta: dict[str, str | None] = {}
    heading: str | None = None
    if suffix in HTML_SUFFIXES:
        text, meta = html_to_text(raw)
        heading = meta.get("heading") or meta.get("title")
    elif suffix in MARKDOWN_SUFFIXES:
        text, heading = markdown_to_text(raw)
    else:
        text = _RX_WRAPPED.sub(" ", raw)  # "the index fell\nby 2.3 percent": one sentence
    text, split = cap_sentences(text)
    if split:
        notices.append(
            f"{split} sentence(s) over {MAX_SENTENCE} characters split into parts (a table, a list "
            "or text without full stops)"
        )
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
        published = parse_date(f"{dateline} {year}")  # "Sept. 24" or "21 July", and its year
    if published is None and title and (masthead := _RX_MASTHEAD.match(title)):
        published = parse_date(masthead["last"])
    return Document(
        id=doc_id,
        path=path,
        text=text,
        title=title,
        published=published,
        dateline=dateline,
        outlet=read_outlets(text).masthead,
        notices=notices,
    )
