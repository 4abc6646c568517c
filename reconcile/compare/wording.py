"""How findings are worded: numbers, intervals, times as an editor writes them, a claim's own
words, lists of sources."""

from __future__ import annotations

import math
from collections.abc import Iterable

from reconcile.claims.models import Claim
from reconcile.compare.intervals import interval
from reconcile.time.values import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    parse,
    periods_ago,
)


def fmt(x: float) -> str:
    if not math.isfinite(x):
        return "∞" if x > 0 else "-∞"
    ax = abs(x)
    for div, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if ax >= div:
            return f"{x / div:,.4g}{word}"
    return f"{x:,.2f}".rstrip("0").rstrip(".") if ax < 1e4 else f"{x:,.0f}"


def fmt_interval(c: Claim, tolerance: float) -> str:
    lo, hi = interval(c, tolerance)
    if lo == -math.inf:
        return f"at most {fmt(hi)}"
    if hi == math.inf:
        return f"at least {fmt(lo)}"
    low, high = fmt(lo), fmt(hi)
    return low if low == high else f"{low} to {high}"


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


_LABEL_UNITS = {"year", "quarter", "month", "week", "half", "day", "season"}


def when_words(when: str | None) -> str:
    """A claim's time as an editor writes it: "Tue 9 Sep 2025", "24 Sep", "Monday, day not
    given", "2020", "Q2 2025", "May 2025", "this year", "February"; never the internal code."""
    if when is None:
        return "no stated day"
    w = parse(when)
    if w.kind == "day" and w.first is not None:
        d = w.first
        return f"{_DAY_NAMES[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1][:3]} {d.year}"
    if w.kind == "monthday":
        return f"{w.day} {MONTH_NAMES[w.month - 1][:3]}"
    if w.kind == "weekday":
        return f"{WEEKDAY_NAMES[w.weekday]}, day not given"
    if w.kind == "period":
        if w.unit == "year":
            return str(w.year)
        if w.unit == "quarter":
            return f"Q{w.number} {w.year}"
        if w.unit == "month":
            return f"{MONTH_NAMES[w.number - 1]} {w.year}"
        return f"week {w.number} of {w.year}"
    if (ago := periods_ago(when)) is not None:
        unit, n = ago  # "year:-5" is five years ago
        return f"{n} {unit}{'' if n == 1 else 's'} ago"
    unit, sep, value = when.partition(":")
    if not sep:
        return when
    if unit.lower() in ("month", "weekday") or value[:1].isupper():
        return value  # "month:February" is February
    if unit.lower() in _LABEL_UNITS:
        return f"{value} {unit}"  # "year:this" is this year
    return f"{value} ({unit})"


def quote(c: Claim, text: str | None, linked: Iterable[Claim] = ()) -> str:
    """The claim's words as the source wrote them: a few words before it and its linked figures."""
    if text is None:
        return c.text
    start, end = c.span
    for other in linked:
        if other.document == c.document and 0 <= other.span[0] - end <= 24:
            end = max(end, other.span[1])
    words = " ".join(text[_lead_start(text, start) : end].split()).lstrip("-–—•*> ")
    return words.strip('"\u201c\u201d')  # it is quoted again: no doubled quote marks


_STOPS = frozenset(".;:!?")


def _inside(text: str, k: int) -> bool:
    """Whether the mark before ``k`` sits inside a word or number ("9.2", "U.S."), not after it."""
    return k < len(text) and text[k].isalnum() and k > 1 and text[k - 2].isalnum()


def _lead_start(text: str, start: int, words: int = 5) -> int:
    """Where the (at most ``words``) words before ``start`` begin, within one sentence and line."""
    i = start
    for _ in range(words):
        j = i
        while j > 0 and text[j - 1].isspace():
            j -= 1
        k = j
        while (
            k > 0 and not text[k - 1].isspace() and (text[k - 1] not in _STOPS or _inside(text, k))
        ):
            k -= 1
        if j == i or k == j or "\n" in text[j:i] or (k > 0 and not text[k - 1].isspace()):
            break  # no gap before the figure, a line break, a sentence mark, or the text's start
        i = k
    return i


ALSO_QUOTED = 3  # sources quoted by name in a summary; the rest are counted


def also_sources(shown: list[tuple[str, str]], count: int) -> str:
    """ "; the same goes for 41 other sources: a.txt ("..."), b.txt ("...") and 39 more"."""
    quoted = [f'{doc} ("{q}")' for doc, q in shown]
    if count == 1:
        return f"; the same goes for {quoted[0]}"
    rest = count - len(quoted)
    listed = ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if not rest else ", ".join(quoted)
    more = f" and {rest} more" if rest else ""
    return f"; the same goes for {count} other sources: {listed}{more}"


def title_end(text: str, title: str | None = None) -> int:
    """End offset of a document's headline: its title's line when the text holds it (a
    "Published:" line may come first), else its first non-empty line."""
    at = text.find(title) if title else -1
    if at >= 0 and (nl := text.find("\n", at)) >= 0:
        return nl  # (a text of one line has no headline apart from its body)
    stripped = len(text) - len(text.lstrip())
    nl = text.find("\n", stripped)
    return 0 if nl < 0 else nl


NAMED = 4  # sources named in a list before the rest are counted


def names(docs: list[str]) -> str:
    """ "a, b and c"; "a, b, c, d and 7 more"."""
    if len(docs) <= NAMED + 1:
        return docs[0] if len(docs) == 1 else ", ".join(docs[:-1]) + f" and {docs[-1]}"
    return ", ".join(docs[:NAMED]) + f" and {len(docs) - NAMED} more"
