"""Length-preserving text normalization: spans found in the normalized text index the original.

* **Text.** Non-breaking spaces and hyphens, typographic dashes/quotes, the unicode minus and
  fullwidth digits are read through a length-preserving map, so spans index the original text.
  A comma followed by one or two digits is a decimal comma ("€3,50"); "5½%" and "3 1/2 %" read
  as 5.5% and 3.5%; a number right after "digit/" is part of a fraction or a date.
  Numbers inside web and e-mail addresses, bare domains and their paths, URL slugs, file
  names and inline code are skipped (``URL``).
"""

from __future__ import annotations

import re

CHAR_MAP: dict[int, str] = {}


for _cp in (
    0x00A0,
    0x2000,
    0x2001,
    0x2002,
    0x2003,
    0x2004,
    0x2005,
    0x2006,
    0x2007,
    0x2008,
    0x200A,
    0x205F,
    0x3000,
):
    CHAR_MAP[_cp] = " "


for _cp in (0x2009, 0x202F):  # thin spaces: also thousands separators
    CHAR_MAP[_cp] = "\u2009"


for _cp in (0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D):
    CHAR_MAP[_cp] = "-"


for _cp in (0x2018, 0x2019, 0x201A, 0x201B, 0x2032):
    CHAR_MAP[_cp] = "'"


for _cp in (0x201C, 0x201D, 0x201E, 0x2033):
    CHAR_MAP[_cp] = '"'


for _i in range(10):
    for _base in (0xFF10, 0x0660, 0x06F0, 0x0966):
        CHAR_MAP[_base + _i] = str(_i)


CHAR_MAP.update(
    {
        0xFF05: "%",
        0xFF04: "$",
        0xFF0C: ",",
        0xFF0E: ".",
        0xFFE5: "¥",
        0xFFE1: "£",
        0x00D7: "x",
        0xFE69: "$",
        0x2052: "%",
        0x066A: "%",
    }
)


CHAR_MAP[0x0000] = " "


THIN_NOT_GROUPING = re.compile(r"(?<![0-9])\u2009|\u2009(?![0-9]{3}(?![0-9]))")


def normalize_text(text: str) -> str:
    """Map look-alike characters to ASCII one for one (``len`` is preserved, so spans hold).

    Thin spaces stay (as U+2009) only between digit groups ("23 000"); elsewhere they are spaces.
    """
    if text.isascii():  # most text: only NUL is mapped (str.translate is some 20x slower)
        return text.replace("\0", " ")
    n = text.translate(CHAR_MAP)
    if "\u2009" in n:
        n = THIN_NOT_GROUPING.sub(" ", n)
    return n


# Vulgar fractions: after a whole number ("5½%", "1½ cups") or alone before a unit ("½
# teaspoon", "¾ mile"); alone they are figures only with a physical unit or a percent.
VULGAR: dict[str, float] = {
    "½": 0.5,
    "¼": 0.25,
    "¾": 0.75,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "⅕": 0.2,
    "⅖": 0.4,
    "⅗": 0.6,
    "⅘": 0.8,
    "⅙": 1 / 6,
    "⅚": 5 / 6,
    "⅛": 0.125,
    "⅜": 0.375,
    "⅝": 0.625,
    "⅞": 0.875,
}


def _unit_start(n: str, pos: int) -> int:
    """Where a unit written after ``pos`` would start: past blanks, one hyphen and blanks
    again."""
    k, end = pos, len(n)
    while k < end and n[k] in " \t":
        k += 1
    if k < end and n[k] == "-":
        k += 1
        while k < end and n[k] in " \t":
            k += 1
    return k


def next_char(n: str, pos: int) -> str:
    """The character where a unit written after ``pos`` would start ('' at the end). Each
    kind's reader first asks whether a unit of its kind can start with it (a set lookup)
    before it runs its pattern."""
    k = _unit_start(n, pos)
    return n[k] if k < len(n) else ""


def next_two(n: str, pos: int) -> str:
    """The two characters where a unit written after ``pos`` would start (see ``next_char``),
    lower case, a tab read as a blank."""
    k = _unit_start(n, pos)
    return n[k : k + 2].lower().replace("\t", " ")


def first_two(tokens: object) -> tuple[frozenset[str], frozenset[str]]:
    """What the given tokens can start with, for ``next_two``: the one-character tokens and
    the first two characters of the others (lower case; also without dots and blanks, as
    "u.s. $" may be written "us $" and "hk $" "hk$")."""
    ones: set[str] = set()
    twos: set[str] = set()
    for t in tokens:  # type: ignore[attr-defined]
        t = str(t).strip().lower()
        bare = t.replace(".", "")
        for form in (t, bare, t.replace(" ", ""), bare.replace(" ", "")):
            if len(form) == 1:
                ones.add(form)
            elif form:
                twos.add(form[:2])
    return frozenset(ones), frozenset(twos)


def first_chars(tokens: object) -> frozenset[str]:
    """The characters (either case) the given tokens can start with."""
    out: set[str] = set()
    for t in tokens:  # type: ignore[attr-defined]
        t = str(t).strip()
        if t:
            out.update((t[0], t[0].lower(), t[0].upper()))
    return frozenset(out)


ASCII_LOWER = {i: i + 32 for i in range(ord("A"), ord("Z") + 1)}


def ascii_lower(n: str) -> str:
    """``n`` with only A-Z lower-cased (same length, so positions are shared; ``str.lower``
    would also change other letters, some into two characters)."""
    return n.lower() if n.isascii() else n.translate(ASCII_LOWER)


_FILE_EXT = (
    r"(?:html?|php|aspx?|pdf|jpe?g|png|gif|svg|webp|csv|tsv|xlsx?|docx?|pptx?|txt|md|zip|gz|tar"
    r"|json|xml|ya?ml|toml|py|js|ts|rs|go|java|cpp|sh|exe|dmg|apk|mp[34]|mov|wav)"
)
_TLD = (
    r"(?:com|org|net|edu|gov|int|mil|info|biz|io|ai|co|dev|app|news|tv|me|uk|us|eu|de|fr|es|it"
    r"|nl|ch|se|no|dk|fi|pl|ru|cn|jp|kr|in|au|ca|nz|br|mx|za|sg|hk|tw|ly|gl|gg)"
)
# What is never a figure: web addresses, e-mail addresses, bare domains and their paths, URL
# slugs ("/hacked-for-1-5b"), file names and inline code. Every branch starts only where a
# token starts (the look-behinds), so the scan stays linear on long runs of word characters.
URL = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    rf"|(?<![\w@./-])(?:[a-z0-9-]+\.)+{_TLD}(?![\w-])(?:/\S*)?"
    r"|(?<!\S)(?=[^\s/]*/)(?=\S*[A-Za-z]-\S*-)\S+"
    rf"|(?<![\w.-])[\w-]+(?:\.[\w-]+)*\.{_FILE_EXT}\b"
    r"|`[^`\n]{1,200}`",
    re.IGNORECASE,
)
# Where an address may stand at all (one cheap pass; most sentences hold none).
# (every name after the dot starts with a letter: "(?=\w)" passes over " . " at once)
_DOT_ADDRESS = re.compile(rf"\.(?=\w)(?:{_TLD}|{_FILE_EXT})(?![\w-])", re.IGNORECASE)


def may_hold_address(n: str) -> bool:
    """One cheap pass: can ``URL`` match anywhere in ``n``? (Most sentences hold no address.)"""
    return "/" in n or "@" in n or "`" in n or ("." in n and _DOT_ADDRESS.search(n) is not None)


# Every branch of ``URL`` but inline code matches inside one blank-delimited token holding a
# "/", "@" or ".": without a backtick in the text the patterns run on those tokens only
# (``URL`` tried at every position of a long text was the slow part of setting up a scan).
_ADDRESS_TOKEN = re.compile(r"(?<!\S)[^\s/@.]*[/@.]\S*")
_IN_TOKEN = re.compile(URL.pattern.rsplit("|", 1)[0], re.IGNORECASE)


def address_spans(n: str) -> list[tuple[int, int]]:
    """The spans ``URL.finditer`` finds in ``n`` (addresses, file names, inline code), sorted
    and disjoint. Inline code may hold blanks and pairs its backticks from the left, so a
    text with a backtick is scanned whole."""
    if not may_hold_address(n):
        return []
    if "`" in n:
        return [m.span() for m in URL.finditer(n)]
    return [
        m.span()
        for tok in _ADDRESS_TOKEN.finditer(n)
        for m in _IN_TOKEN.finditer(n, tok.start(), tok.end())
    ]
