"""Numbers written so that no reading is safe ("$1,2,3.4.5 billion", "12..5%", "1.2.3 million").

The extractor reads what it can; a figure like these must not pass silently as a smaller one, so
each is reported as a notice on its document, with its line and column.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"(?<![\w.,])\d[\d.,]*[.,][\d.,]*\d?(?![\d\w])")
_VALID = re.compile(
    r"""^(?:
        \d{1,3}(?:,\d{3})+(?:\.\d+)?     # 1,234,567.89
      | \d{1,3}(?:\.\d{3})+(?:,\d+)?     # 1.234.567,89
      | \d+(?:[.,]\d+)?                  # 12.5 / 12,5
    )$""",
    re.VERBOSE,
)
_BEFORE = re.compile(r"(?:[$€£¥₹₩]|\b[A-Z]{3}|\b(?:HK|US|NT|S|A|C)\$)\s?$")
_AFTER = re.compile(
    r"^\s?(?:%|percent\b|per cent\b|pc\b|bn\b|mn\b|m\b|b\b|k\b|tn\b|"
    r"thousand\b|million\b|billion\b|trillion\b)",
    re.IGNORECASE,
)


def malformed_numbers(text: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, surface)`` of amounts whose digits and separators make no number."""
    found = []
    for m in _TOKEN.finditer(text):
        token = m.group(0).rstrip(".,")
        end = m.start() + len(token)
        if _VALID.match(token):
            continue
        before = text[max(0, m.start() - 4) : m.start()]
        after = text[end : end + 10]
        if _BEFORE.search(before) or _AFTER.match(after):
            found.append((m.start(), end, token))
    return found


MAX_NOTICES = 20  # per document; a summary line counts the rest


def notices_for(text: str, found: list[tuple[int, int, str]] | None = None) -> list[str]:
    """One notice per malformed amount (``found``, else searched for): where it is, unread.

    At most ``MAX_NOTICES`` are listed, then one line counts the others: a hostile file of
    thousands of them gets a short report. Lines are counted in one pass over the text."""
    spans = sorted(malformed_numbers(text) if found is None else found)
    out = []
    line, at, line_start = 1, 0, 0  # the line holding ``at``, and where it starts
    for start, _end, token in spans[:MAX_NOTICES]:
        breaks = text.count("\n", at, start)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", at, start) + 1
        at = start
        col = start - line_start + 1
        out.append(f"line {line}, col {col}: malformed number {token!r} was not read as a figure")
    if len(spans) > MAX_NOTICES:
        out.append(f"{len(spans) - MAX_NOTICES:,} more malformed numbers were not read as figures")
    return out
