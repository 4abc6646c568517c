"""The time of day a figure was given at: a clock time in its clause ("traded down 28% at 38.52
by 1030 GMT", "at 2.15pm") or the time stamp of the live-blog entry it stands in ("09:02" on the
line above, "14:40 - Shares are down 3%"). A market quote is one moment of a session; two
quotes of one day at different times of day are two readings, not one figure given twice
(:func:`reconcile.compare.rules.moments_apart`).

Written as ``"HH:MM"`` on a 24-hour clock, in whatever zone the text uses: two stamps written in
different zones are different moments as far as the text tells."""

from __future__ import annotations

import re

# a clock after a word that places a figure at it: "by 1030 GMT", "at 10:30", "as of 2pm";
# without a separator the time needs a zone or am/pm ("by 2030" is a year)
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|PST|PDT|local[ \t]+time)"
_AMPM = r"(?:[ap]\.?m\.?)"
_CLAUSE_CLOCK = re.compile(
    r"\b(?:at|by|as[ \t]+of|around|shortly[ \t]+(?:before|after))[ \t]+"
    rf"(?:(?P<h>\d{{1,2}})[:.](?P<m>[0-5]\d)(?:[ \t]*(?P<ap>{_AMPM}))?(?:[ \t]*{_ZONE})?"
    rf"|(?P<h2>[01]?\d|2[0-3])(?P<m2>[0-5]\d)[ \t]*{_ZONE}"
    rf"|(?P<h3>1[0-2]|[1-9])[ \t]*(?P<ap3>{_AMPM})(?:[ \t]*{_ZONE})?)"
    r"(?![\w:.]\d)",
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


def clock_of(text: str, start: int, lo: int, hi: int) -> str | None:
    """The time of day of the figure at ``start``: a clock time in its clause ``text[lo:hi]``,
    else the stamp of the live-blog entry it stands in (its line opens with a stamp, or the
    nearest non-blank line above is a stamp and nothing else). None when neither says."""
    for m in _CLAUSE_CLOCK.finditer(text, lo, hi):
        if m["h"] is not None:
            got = _hhmm(m["h"], m["m"], m["ap"])
        elif m["h2"] is not None:
            got = _hhmm(m["h2"], m["m2"], None)
        else:
            got = _hhmm(m["h3"], "00", m["ap3"])
        if got is not None:
            return got
    line_start = text.rfind("\n", 0, start) + 1
    stamp = _STAMP.match(text, line_start)
    if stamp is not None and stamp.end() <= start:
        return _hhmm(stamp["h"], stamp["m"], stamp["ap"])
    above = text[:line_start].rstrip()
    prev = above[above.rfind("\n") + 1 :]
    stamp = _STAMP.fullmatch(prev)
    return _hhmm(stamp["h"], stamp["m"], stamp["ap"]) if stamp is not None else None
