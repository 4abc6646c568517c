"""The time of day a figure is given at: one grammar of clock times, read three ways.

- :func:`clock_of`, a figure's ``Claim.clock``: a clock time in its clause after a word that
  places the figure at it ("traded down 28% at 38.52 by 1030 GMT", "at 2.15pm"), else the stamp
  of the live-blog entry it stands in (:func:`entry_stamp`). A market quote is one moment of a
  session; two quotes of one day at different times are two readings, not one figure given
  twice (:func:`reconcile.compare.rules.moments_apart`).
- :func:`stage_of`: the time a count still running is given as of ("turnout was 38.9% by
  14:00", "as of noon", "by mid-afternoon", "at the same point"; not "at 14:05", which dates an
  event more often than it stages a count; not the evening, whose count is the day's tally):
  :func:`reconcile.compare.scope.clock_stage`.
- :func:`entry_stamp`: the time stamp of a live blog's entry ("16:05 Officials confirm four
  people have died", or a stamp alone on the line above).

Times are written ``"HH:MM"`` on a 24-hour clock ("2pm", "14:00", "1400 GMT" and "noon" are one
time), in whatever zone the text uses: two stamps written in different zones are different
moments as far as the text tells. A part of the day named without a clock ("mid-afternoon",
"lunchtime") is written as the text names it, lower-cased."""

from __future__ import annotations

import re
from collections.abc import Iterable

_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|PST|PDT|local[ \t]+time)"
_AMPM = r"(?:[ap]\.?m\b\.?)"
# one time of day: "10:30", "9.15am", "1030 GMT" (without a separator the time needs a zone:
# "by 2030" is a year), "2pm", "noon", "mid-afternoon"
_TIME = (
    rf"(?:(?P<h>\d{{1,2}})[:.](?P<m>[0-5]\d)(?:[ \t]*(?P<ap>{_AMPM}))?(?:[ \t]*{_ZONE})?"
    rf"|(?P<h2>[01]?\d|2[0-3])(?P<m2>[0-5]\d)[ \t]*{_ZONE}"
    rf"|(?P<h3>1[0-2]|[1-9])[ \t]*(?P<ap3>{_AMPM})(?:[ \t]*{_ZONE})?"
    r"|(?P<named>noon|midday|midnight)"
    r"|(?P<part>mid-?(?:morning|afternoon)|lunchtime|(?:early|late)[ \t]+(?:morning|afternoon)))"
    r"(?![\w:.]\d)"
)
_NAMED = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}
# words that place a figure at a time ("at", "by", "as of", "around", "shortly before")
_AT = re.compile(
    rf"\b(?:at|by|as[ \t]+of|around|shortly[ \t]+(?:before|after))[ \t]+{_TIME}", re.IGNORECASE
)
# words that give a figure as of a time, a stage of a running count; "at the same point" too
_AS_OF = re.compile(
    rf"\b(?:by|as[ \t]+(?:of|at)|until)[ \t]+{_TIME}"
    r"|\bat[ \t]+the[ \t]+same[ \t]+(?P<same>point|stage|time)\b",
    re.IGNORECASE,
)
# a live blog's stamp opening a line ("09:02", "9.15am - ", "14:40 GMT: ")
_STAMP = re.compile(
    rf"[ \t]*(?P<h>\d{{1,2}})[:.](?P<m>[0-5]\d)(?:[ \t]*(?P<ap>{_AMPM}))?(?:[ \t]*{_ZONE})?"
    r"(?:[ \t]*[-–—:|])?(?=[ \t]|$)",
    re.IGNORECASE,
)


def _hhmm(hour: str, minute: str, ampm: str | None) -> str | None:
    h, m = int(hour), int(minute)
    if ampm:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ampm.lower().startswith("p") else 0)
    return f"{h:02d}:{m:02d}" if h < 24 and m < 60 else None


def _time(m: re.Match[str]) -> str | None:
    """The time one match of the grammar names (see the module's docstring), or None for a
    clock no day has ("25:10", "13pm")."""
    if m["h"] is not None:
        return _hhmm(m["h"], m["m"], m["ap"])
    if m["h2"] is not None:
        return _hhmm(m["h2"], m["m2"], None)
    if m["h3"] is not None:
        return _hhmm(m["h3"], "00", m["ap3"])
    if m["named"] is not None:
        return _NAMED[m["named"].lower()]
    return " ".join(m["part"].lower().replace("-", "").split()).replace("mid", "mid-", 1)


def _first(
    rx: re.Pattern[str], text: str, lo: int, hi: int, skip: Iterable[tuple[int, int]]
) -> str | None:
    spans = tuple(skip)
    for m in rx.finditer(text, lo, hi):
        if any(s < m.end() and m.start() < e for s, e in spans):
            continue  # a time whose digits the text gives as a figure is that figure
        if m.groupdict().get("same"):
            return "the same point"
        got = _time(m)
        if got is not None:
            return got
    return None


def entry_stamp(text: str, start: int) -> str | None:
    """The stamp of the live-blog entry the figure at ``start`` stands in: its line opens with a
    stamp before it, or the nearest non-blank line above is a stamp and nothing else."""
    line_start = text.rfind("\n", 0, start) + 1
    stamp = _STAMP.match(text, line_start)
    if stamp is not None and stamp.end() <= start:
        return _hhmm(stamp["h"], stamp["m"], stamp["ap"])
    above = text[:line_start].rstrip()
    prev = above[above.rfind("\n") + 1 :]
    stamp = _STAMP.fullmatch(prev)
    return _hhmm(stamp["h"], stamp["m"], stamp["ap"]) if stamp is not None else None


def clock_of(
    text: str, start: int, lo: int, hi: int, skip: Iterable[tuple[int, int]] = ()
) -> str | None:
    """The time of day of the figure at ``start``: a clock time in its clause ``text[lo:hi]``
    after a word that places the figure at it ("at 10.50" is no time when ``skip``, the text's
    figures, holds it as a price), else its live-blog entry's stamp. None when neither says."""
    return _first(_AT, text, lo, hi, skip) or entry_stamp(text, start)


def stage_of(text: str, lo: int, hi: int, skip: Iterable[tuple[int, int]] = ()) -> str | None:
    """The time ``text[lo:hi]`` gives a figure as of, a stage of a count still running ("by
    14:00", "as of 2pm", "by mid-afternoon", "at the same point"), or None. A time overlapping
    one of the ``skip`` spans (the text's figures) is that figure, not a time ("up by 1.20")."""
    return _first(_AS_OF, text, lo, hi, skip)
