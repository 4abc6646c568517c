"""Percentages, percentage points, basis points and shares.

* **Shares** (``[ratio]`` in ``numbers.toml``): "one in five adults", "nine out of 10" are
  percentages (100*N/M; the interval takes M to half a unit; "a 1 in 40,000 risk" too);
  "2 in 10 days" is not. So are
  fractions of a whole before "of" (``[share_fractions]``): "nearly half of all buildings"
  (50%, qualifier 'under'), "two-thirds of the budget", "a third of residents", after a verb
  too ("make up about a quarter of revenue", "accounts for nearly a tenth of sales": the
  next stage reads the role from the verb, as it does for "25% of revenue"), and "half"
  straight before a determiner ("half the ballots", "half my regulars"); not "the first
  half of the year", "half the time", "half an hour" nor "a quarter of a million" (a scale).
* **Percentages without digits** (``numbers.toml``): "a triple-digit pace" ([100, 999.5]%,
  qualifier 'range'), "revenue was flat" (0% within ±0.5), "a quarter point" (0.25
  percentage point, exact). "4.1pc" is 4.1%.
"""

from __future__ import annotations

import re
from functools import cache

from reconcile.claims.numbers import (
    parse_words,
)
from reconcile.quantities.numerals import YEAR, Num
from reconcile.quantities.physical import physical_suffix
from reconcile.quantities.state import (
    SENTENCE_BREAK,
    WORD_AFTER,
    WORD_BEFORE,
    Amount,
    Scan,
    Unit,
    qualified_interval,
)
from reconcile.quantities.text import next_char
from reconcile.quantities.vocab import vocab

PERCENT_OF = re.compile(r"(?<![\w])(?:per[ \t]?cents?|percents?)[ \t]+of[ \t]+$", re.IGNORECASE)


SHARE_OF = re.compile(r"[ \t]+of[ \t]+(?P<w>[\w'.]+)", re.IGNORECASE)
# "half" straight before a determiner, "of" left out: "half the votes", "half my customers"
HALF_THE = re.compile(r"[ \t]+(?P<w>the|its|their|his|her|my|our|your)(?=[ \t])", re.IGNORECASE)


def ratio(s: Scan, amt: Amount, num: Num) -> int | None:
    """ "one in five", "nine out of 10", "a 1 in 9,100 chance": a share of 100*N/M percent
    (``[ratio]``)."""
    n, v = s.n, s.v
    if num.scale or num.value != int(num.value) or num.value < 1 or YEAR.match(num.text):
        return None
    m = v.ratio_rx.match(n, num.end)
    if m is None:
        return None
    raw = m["m"]
    if raw[0].isdigit():
        total, end = float(raw.replace(",", "")), m.end()  # "one in 58,000"
    else:
        wn = parse_words(raw)
        if wn is None or wn.scale:
            return None
        total, end = wn.value, m.start("m") + wn.length
    if total <= num.value or total < 2 or YEAR.match(raw):
        return None
    after = WORD_AFTER.match(n, end)
    if after is not None and after["w"].lower() in v.ratio_not_before:
        return None
    value = 100.0 * num.value / total
    lo, hi = 100.0 * num.value / (total + 0.5), 100.0 * num.value / (total - 0.5)
    qual, qual_text = s.qualifier(amt.start, end, "percent")
    interval: tuple[float | None, float | None] = (lo, hi)
    if qual is not None:
        interval = qualified_interval(value, max(value - lo, hi - value), qual)
    s.emit(
        amt.start,
        end,
        value,
        0.0,
        "percent",
        "percent",
        qual,
        qual_text,
        None,
        interval=interval,
    )
    return end


_SEPARATOR = re.compile(r"[ \t-]+")


def share(s: Scan, m: re.Match[str]) -> int | None:
    """ "nearly half of all buildings", "two-thirds of the budget": a share of 100*N/M
    percent with the interval of "N in M" (``[share_fractions]`` in numbers.toml); None
    when the fraction names something else ("the first half of the year")."""
    n, v = s.n, s.v
    start, end = m.span("frac")
    if start < s.last_end:
        return None
    parts = _SEPARATOR.split(m["frac"].lower())
    den = v.frac_denominators[parts[-1]]
    if len(parts) == 1:
        if den != 2 or parts[0] not in ("half",):
            return None  # "third of" without a numerator is an ordinal
        num = 1.0
    else:
        num = v.frac_numerators[parts[0]]
    if num >= den:
        return None
    wb = WORD_BEFORE.search(n, max(0, start - 24), start)
    if wb is not None and (
        wb["w"].lower() in v.frac_not_after or wb["w"].lower() in v.number_words
    ):
        return None  # "the second half of", "the other half of", "eight half of" (no fraction)
    if start > 0 and (n[start - 1].isdigit() or n[start - 1] == "-"):
        return None
    part_end = part_of_unit(s, start, end, num, den)
    if part_end is not None:
        return part_end  # "half a per cent", "six-tenths of a mile", "half an hour"
    after = SHARE_OF.match(n, end)
    if after is None and parts == ["half"]:
        after = HALF_THE.match(n, end)  # "half the votes", "half my customers"
        if after is not None:
            nxt = WORD_AFTER.match(n, after.end())
            if nxt is None or nxt["w"].lower() in v.frac_not_before:
                return None  # "half the time", "half the 71 per cent" (a number follows)
    if after is None:
        for read in (change_by, moved_by, without_of):
            read_end = read(s, start, end, num, den)
            if read_end is not None:
                return read_end
        return None
    word = after["w"]
    low = word.lower()
    if low in ("a", "an") or low in v.not_adjectives or low in v.number_words:
        return None  # "a quarter of a million", "half of March", "half of one percent"
    if word[0].isdigit():
        return None  # "half of 2024", "a third of 300": the number is the figure
    if low in v.frac_determiners:
        nxt = WORD_AFTER.match(n, after.end())
        if nxt is not None and nxt["w"].lower() in v.frac_not_before:
            return None  # "half of the year", "a quarter of the season"
    elif low in v.frac_not_before:
        return None
    qual, qual_text = s.qualifier(start, end, "percent")
    return _emit_fraction(s, start, end, num, den, qual, qual_text)


# "of a", "a", "-a-" between a fraction and its unit: "six-tenths of a mile", "half a per
# cent", "half-a-mile", "half an hour"
OF_A = re.compile(r"(?:[ \t]+of[ \t]+|[ \t]+|-)an?(?=[ \t-])", re.IGNORECASE)
DURATION_AFTER = re.compile(r"[ \t-](?P<w>[a-z]+)\b", re.IGNORECASE)


def part_of_unit(s: Scan, start: int, end: int, num: float, den: int) -> int | None:
    """A fraction of one unit: "half a per cent" (0.5 percent), "six-tenths of a mile" (0.6
    mile), "more than half a minute" (0.5 minute, a duration like "an hour and a half"). The
    interval is the fraction's written precision (a denominator of ``den`` ± 0.5), widened by
    the qualifier. None when no percent, physical unit or time noun follows ("half a
    million" is a scale, "half a loaf" names no unit)."""
    n, v = s.n, s.v
    m = OF_A.match(n, end)
    if m is None:
        return None
    pos = m.end()
    unit = percent_suffix(n, pos) or physical_suffix(n, pos)
    if unit is None or unit.kind not in ("percent", "physical"):
        dm = DURATION_AFTER.match(n, pos)
        if dm is None or dm["w"].lower() not in v.hyphen_adjectives:
            return None
        unit = Unit(dm.end(), dm["w"].lower(), "count")
    if unit.unit in ("basis_point",):
        return None
    value = unit.factor * num / den
    lo = unit.factor * num / (den + 0.5)
    hi = unit.factor * num / (den - 0.5)
    qual, qual_text = s.qualifier(start, unit.end, unit.unit)
    interval: tuple[float | None, float | None] = (lo, hi)
    if qual is not None:
        interval = qualified_interval(value, max(value - lo, hi - value), qual)
    s.emit(
        start, unit.end, value, 0.0, unit.unit, unit.kind, qual, qual_text, None, interval=interval
    )
    return unit.end


def _emit_fraction(
    s: Scan, start: int, end: int, num: float, den: int, qual: str | None, qual_text: str | None
) -> int:
    """Emit ``num/den`` as a percentage whose interval is the fraction's written precision (a
    denominator of ``den`` ± 0.5), widened by its qualifier."""
    value = 100.0 * num / den
    lo, hi = 100.0 * num / (den + 0.5), 100.0 * num / (den - 0.5)
    interval: tuple[float | None, float | None] = (lo, hi)
    if qual is not None:
        interval = qualified_interval(value, max(value - lo, hi - value), qual)
    s.emit(start, end, value, 0.0, "percent", "percent", qual, qual_text, None, interval=interval)
    return end


# A fraction with no "of" after it that still states a share or the size of a change (each
# closes its phrase, so "half the time" or "a quarter past" never reach these):
# "cut its staff in half" (a change verb, then "in half" in its clause)
IN_HALF = re.compile(
    r"(?<![\w-])(?:cut|cuts|cutting|slash|slashed|slashing|reduce|reduced|reduces|reducing|"
    r"chop|chopped|chopping)\b[^.;:!?\n]{0,40}[ \t]in[ \t]+$",
    re.IGNORECASE,
)
# "knocked a third off", "a quarter off the price"
OFF_AFTER = re.compile(r"[ \t]+off\b(?!-)", re.IGNORECASE)
# "a quarter smaller than", "a third cheaper than": a comparative and "than" after it; "almost
# a fifth below the norm", "a third above its level": a position set against another
COMPARATIVE_AFTER = re.compile(
    r"[ \t]+(?:(?:[a-z]{2,}er|more|less|fewer)[ \t]+than\b|(?:below|above)[ \t]+"
    r"(?:the|its|their|his|her|our|last|this|that|a|an)\b)"
)
# the fraction as a subject, a verb after it: "two-thirds voted", "more than half have gone",
# "a third contained"
VERB_AFTER = re.compile(
    r"[ \t]+(?:have|has|had|were|was|are|is|said|say|says|will|would|did|do|does|"
    r"[a-z]{3,}ed)\b(?![ \t]+(?:of|by)\b)"
)
# the fraction as the complement of a copula, closing its clause: "the share is two-fifths.",
# "That's almost half." (a pronoun's "'s", never a possessive)
COPULA_BEFORE = re.compile(
    r"(?:(?<![\w'’-])(?:is|was|are|were|stood[ \t]+at|stands[ \t]+at)|"
    r"(?<![\w'’-])(?:that|it|this|which|what)['’]s)[ \t]+$",
    re.IGNORECASE,
)


def without_of(s: Scan, start: int, end: int, num: float, den: int) -> int | None:
    """A share or the size of a change written as a fraction with no "of" after it: "cut
    in half", "knocked a third off", "a quarter smaller than", "two-thirds voted", "it is
    about two-thirds." (a percentage, as "by a third" is); None otherwise."""
    n = s.n
    qual, qual_text = s.qualifier(start, end, "percent")
    at = start
    if qual is not None:
        qm = s.v.qual_prefix_rx.search(n, max(0, start - 40), start)
        if qm is not None:
            at = qm.start()
    head = max(0, at - 60)
    before = WORD_BEFORE.search(n, max(0, at - 8), at)
    if before is not None and before["w"].lower() == "in":
        if num == 1 and den == 2 and IN_HALF.search(n, head, at) is not None:
            return _emit_fraction(s, start, end, num, den, qual, qual_text)
        return None
    if (
        OFF_AFTER.match(n, end)
        or COMPARATIVE_AFTER.match(n, end)
        or VERB_AFTER.match(n, end)
        or (COPULA_BEFORE.search(n, head, at) and CLAUSE_END.match(n, end))
    ):
        return _emit_fraction(s, start, end, num, den, qual, qual_text)
    return None


# the end of a clause right after a fraction of change
CLAUSE_END = re.compile(r"[ \t]*(?:[,;:)\]\n]|\.(?:\s|$)|$)")


def _qualified(s: Scan, start: int, end: int) -> tuple[str | None, str | None, int]:
    """The qualifier of a fraction of change ("nearly a fifth"), as read and as written, and
    where the fraction's phrase starts: at the qualifier when one is written before it."""
    qual, qual_text = s.qualifier(start, end, "percent")
    at = start
    if qual is not None:
        qm = s.v.qual_prefix_rx.search(s.n, max(0, start - 40), start)
        if qm is not None:
            at = qm.start()
    return qual, qual_text, at


def change_by(s: Scan, start: int, end: int, num: float, den: int) -> int | None:
    """ "fell by a third from its peak", "cut by nearly a fifth.": a fraction after "by" is the
    size of a change, a percentage (``change_after`` in ``[share_fractions]``)."""
    n, v = s.n, s.v
    qual, qual_text, at = _qualified(s, start, end)
    wb = WORD_BEFORE.search(n, max(0, at - 8), at)
    if wb is None or wb["w"].lower() != "by":
        return None
    if CLAUSE_END.match(n, end) is None:
        nxt = WORD_AFTER.match(n, end)
        if nxt is None or nxt["w"].lower() not in v.frac_change_after:
            return None  # "by a third party", "by half past ten"
        if den == 4 and nxt["w"].lower() == "to":
            return None  # "by a quarter to ten": a clock time
    return _emit_fraction(s, start, end, num, den, qual, qual_text)


def moved_by(s: Scan, start: int, end: int, num: float, den: int) -> int | None:
    """ "leapt a third in five days", "up nearly a fifth in a year", "a drop of a quarter.": a
    fraction right after a verb or noun of a move (``frac_moved_by``; "of" between for a
    noun) is the size of the move, a percentage as "by a third" is. Only where the fraction
    closes its phrase, as after "by" ("added a third runway", "rose a third time": nothing)."""
    n, v = s.n, s.v
    qual, qual_text, at = _qualified(s, start, end)
    wb = WORD_BEFORE.search(n, max(0, at - 12), at)
    if wb is not None and wb["w"].lower() == "of":
        wb = WORD_BEFORE.search(n, max(0, wb.start() - 12), wb.start())  # "a rise of"
    if wb is None or wb["w"].lower() not in v.frac_moved_by:
        return None
    if CLAUSE_END.match(n, end) is None:
        nxt = WORD_AFTER.match(n, end)
        if nxt is None or nxt["w"].lower() not in v.frac_change_after:
            return None
        if den == 4 and nxt["w"].lower() == "to":
            return None  # "up a quarter to ten": a clock time
    return _emit_fraction(s, start, end, num, den, qual, qual_text)


def digit_words(s: Scan, m: re.Match[str]) -> None:
    """ "a triple-digit pace": a percentage range ([qualitative.digits] in numbers.toml)."""
    low, high = s.v.digit_words[" ".join(m["digits"].lower().split())]
    text = s.n[m.start("digits") : m.end("digits")]
    s.emit(
        m.start(),
        m.end(),
        low,
        0.0,
        "percent",
        "percent",
        "range",
        text,
        None,
        interval=(low, high),
    )


def point_words(s: Scan, m: re.Match[str]) -> None:
    """ "a quarter point": percentage points in words ([qualitative.points])."""
    key = " ".join(m["points"].split())
    value = s.v.point_words.get(key, s.v.point_words.get(key[:-1], 0.0))
    s.emit_simple(m.start(), m.end(), value, 0.0, "percentage_point", "percent")


# the level a flat figure stays at, written after it: "unchanged at 33.9", "flat at $6.1bn"
FLAT_LEVEL = re.compile(r"[ \t]+(?:at|on)[ \t]+(?:[^\w\s]{1,3}[ \t]?|[A-Z]{2,3}[ \t]?)?[0-9]")


def flat(s: Scan, m: re.Match[str]) -> None:
    """ "revenue was flat": 0% within the data's interval ([qualitative.flat]). Not when the
    level it stays at follows ("hours were unchanged at 33.9": that level is the figure), nor
    when the sentence's parse gives it a subject that names no measure ("the line-up is
    unchanged", "main routes were unchanged": see ``_measured_subject``)."""
    a, b = m.span("fw")
    if FLAT_LEVEL.match(s.n, b) or not _measured_subject(s, a, b):
        return
    s.emit(a, b, 0.0, 0.0, "percent", "percent", None, None, None, interval=s.v.flat_interval)


def _measured_subject(s: Scan, start: int, end: int) -> bool:
    """Whether the flat word at ``[start, end)`` speaks of a measure: True unless the parse
    gives its clause a subject (the subject of the verb it complements) whose noun, and every
    noun compounded with it, is a word no metric's keywords use (metrics.toml), or a name."""
    from reconcile.claims.parse import parse_sentences
    from reconcile.claims.vocab import sentence_spans

    if s.sentences is None:
        s.sentences = sentence_spans(s.text)
    lo, hi = next(((x, y) for x, y in s.sentences if x <= start < y), (0, 0))
    if hi < end:
        return True
    doc = parse_sentences([s.text[lo:hi]])[0]
    tok = next((t for t in doc if t.idx == start - lo), None)
    if tok is None or tok.dep_ not in ("acomp", "oprd", "advmod", "attr"):
        return True
    subject = next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ == "PRON":
        return True
    if subject.pos_ == "PROPN":
        return False  # "Ashgrove are unchanged": a side, no figure
    nouns = [subject, *(c for c in subject.children if c.dep_ == "compound")]
    return any(t.lemma_.lower().rstrip("s") in metric_words() for t in nouns)


@cache
def metric_words() -> frozenset[str]:
    """Every word of every metric's keywords (metrics.toml), lower case, without a final
    "s" ("exports" and "export" are one word)."""
    from reconcile.vocabulary import load

    out: set[str] = set()
    for entry in load("metrics").get("metric", []):
        for phrase in entry.get("keywords", []):
            out.update(w.rstrip("s") for w in re.findall(r"[a-z]+", phrase.lower()) if len(w) > 2)
    return frozenset(out)


_PERCENT_FIRST = frozenset("%pPbB")  # what the patterns below can start with


# "points" standing for percentage points: a percentage in the same sentence ("its share went
# from 21.3% to 21.9%, up 0.6 points", "Retail added 0.4 percentage points to output
# and farming 0.2 points"), or the sentence measures a swing or a (vote, market) share ("the
# 11.4-point swing", "her vote share fell 12 points"). Not an index's move restated as a
# percentage ("the index fell 45.2 points, or 0.6%", "closed 31 points lower (0.4%)"), a share
# index's, nor a value over 100 (ranking points, a championship's standings).
POINTS_PERCENT = re.compile(r"%|\bper[ \t]?cent|\bpercent|\bpercentage\b", re.IGNORECASE)
POINTS_RESTATED = re.compile(
    r"(?:[ \t]+[A-Za-z]+){0,3}[ \t]*(?:,[ \t]*|[ \t]+)?(?:or[ \t]+|\([ \t]*)"
    r"(?:about[ \t]+|nearly[ \t]+|some[ \t]+)?[-+\u2212]?[0-9][0-9.,]*"
    r"[ \t]*(?:%|per[ \t]?cent|percent)",
    re.IGNORECASE,
)
POINTS_SWING = re.compile(r"\b(?:swings?|share)\b", re.IGNORECASE)
POINTS_INDEX = re.compile(r"\bind(?:ex|ices)\b", re.IGNORECASE)


def points_unit(s: Scan, start: int, value: float, unit: Unit) -> Unit:
    """The unit of "N points"/"an N-point" read as a count (``unit``): percentage points where
    the sentence is about percentages (see ``POINTS_PERCENT``), else ``unit`` as it was."""
    if value > 100:
        return unit
    n = s.n
    begin = 0
    for br in SENTENCE_BREAK.finditer(n, max(0, start - 400), start):
        begin = br.end()
    br = SENTENCE_BREAK.search(n, unit.end)
    end = br.start() if br is not None else len(n)
    if POINTS_RESTATED.match(n, unit.end):
        return unit  # "fell 45.2 points, or 0.6%": an index's move, restated
    sentence = n[begin:end]
    if POINTS_PERCENT.search(sentence) is None:
        swing = POINTS_SWING.search(sentence)
        if swing is None or (swing[0].lower() == "share" and POINTS_INDEX.search(sentence)):
            return unit
    return Unit(unit.end, "percentage_point", "percent", modifier=unit.modifier)


def percent_suffix(n: str, pos: int) -> Unit | None:
    """ "%", "percent", "pc"; "percentage points", "pp"; "basis points", "bps"."""
    if next_char(n, pos) not in _PERCENT_FIRST:
        return None
    v = vocab()
    m = v.bp_rx.match(n, pos)
    if m:
        return Unit(m.end(), "basis_point", "percent")
    m = v.pp_rx.match(n, pos)
    if m:
        return Unit(m.end(), "percentage_point", "percent")
    m = v.pct_rx.match(n, pos)
    if m:
        return Unit(m.end(), "percent", "percent")
    return None
