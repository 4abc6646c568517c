"""What every kind shares: the text being read, the mentions so far, and how one is emitted."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from functools import cache

from reconcile.claims.models import Kind, Mention
from reconcile.quantities.money import pick_currency
from reconcile.quantities.numerals import Num
from reconcile.quantities.text import address_spans, ascii_lower, normalize_text
from reconcile.quantities.vocab import Currency, vocab
from reconcile.units import currency_codes

_VALIDATE = Mention.__pydantic_validator__.validate_python


PREV_WORD = re.compile(r"([A-Za-z]+)[ \t]+$")
# "beyond its February pledge of 380 billion yuan": a qualifier, a determiner, one to three
# words naming what the figure is the value of, then "of" right before the figure
CONTAINER_OF = re.compile(
    r"(?<![\w])(?P<det>the|its|their|his|her|our|this|that)[ \t]+"
    r"(?P<words>[A-Za-z0-9][\w'’-]*(?:[ \t]+[A-Za-z0-9][\w'’-]*){0,2})[ \t]+of[ \t]+$",
    re.IGNORECASE,
)
# words before "of" that make the figure a part, not the value of a thing ("a third of")
PARTITIVE = frozenset(
    {
        "half",
        "third",
        "thirds",
        "quarter",
        "quarters",
        "fifth",
        "share",
        "part",
        "most",
        "some",
        "all",
        "each",
        "none",
        "any",
        "majority",
        "minority",
        "rest",
        "bulk",
        "portion",
        "fraction",
        "percent",
        "one",
        "two",
        "three",
        "four",
        "five",
    }
)


SENTENCE_BREAK = re.compile(r"[.!?;][ \t\n]|\n\n")


CLAUSE_BREAK = re.compile(r"[.!?;:)(\[\]][ \t\n]|\n|[\"]")


@dataclass
class Unit:
    end: int
    unit: str
    kind: Kind
    factor: float = 1.0
    alternatives: tuple[str, ...] = ()
    modifier: str | None = None


def round12(x: float | None) -> float | None:
    if x is None or x == 0 or not math.isfinite(x):
        return x
    if -1e12 < x < 1e12 and x == int(x):
        return float(x)  # at most 12 digits: already exact (formatting is the slow part)
    return float(f"{x:.12g}")


WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-z]+(?:[-.][A-Za-z]+)*)")


CAP_BEFORE = re.compile(r"(?<![\w'])(?P<w>[A-Z][\w'&.]*)[ \t]+$")


WORD_BEFORE = re.compile(r"(?<![\w'])(?P<w>[A-Za-z]+)\.?[ \t]+$")


ABOUT_STEPS = 5  # "about" admits this many steps of the figure's last written digit at most


def written_step(value: float, half: float) -> float:
    """The step of the figure's last significant digit: 100 for 228,400, 0.1 for 14.2 (twice
    its rounding half-width when that is larger). "About 228,400" is close to 228,400: the
    writer kept four digits; "about 230,000" may be 5% off."""
    step = 2 * half
    if value and float(value).is_integer():
        n = int(abs(value))
        unit = 1
        while n % (unit * 10) == 0:
            unit *= 10
        step = max(step, float(unit))
    return step


def qualified_interval(
    value: float, half: float, qualifier: str | None
) -> tuple[float | None, float | None]:
    lo, hi = value - half, value + half
    if qualifier is None:
        return lo, hi
    bounds, margin = vocab().qual_bounds.get(qualifier, ("widen", 0.0))
    a = abs(value)
    if bounds == "widen":
        extra = min(margin * a, ABOUT_STEPS * written_step(value, half))
        return lo - extra, hi + extra
    if bounds == "lower":
        return value, None
    if bounds == "near_below":
        return value - margin * a, value
    if bounds == "upper_wide":
        return None, hi
    if bounds == "upper":
        return None, value
    return lo, hi


@dataclass
class Amount:
    start: int
    num: Num
    cur: tuple[int, Currency, float] | None
    negative: bool


# (the ages of people already named are figures, not a band: after a copula or a comma, "the
# crew were aged between 23 and 61", "two guides, aged 19 to 27,"; and "aged 19 and 27"
# without "between" is two people's ages: see ``bare_counts.context_unit`` and ``read_range``)
AGE_BAND = re.compile(
    # (the first character each way can start with, tested first: the lookbehinds of the first
    # way were tried at every position of the text, about 1 ms a document)
    r"(?=[abou\d])(?:"
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!,\s)(?<!,)"
    r"\baged\s+(?:between\s+\d{1,3}\s*(?:and|-|\u2013|to)|\d{1,3}\s*(?:-|\u2013|to))"
    r"\s*\d{1,3}(?:-year-olds?)?\b"
    r"|\b\d{1,3}\s*-?\s*(?:to|\u2013|-)\s*\d{1,3}-year-olds\b"
    r"|\bbetween\s+(?:the\s+)?ages\s+(?:of\s+)?\d{1,3}\s+and\s+\d{1,3}\b"
    # an open band: "aged 65 or over", "aged 70 and older", "the over-80s", "under-18s"
    r"|\baged\s+\d{1,3}\s+(?:and|or)\s+(?:over|older|above|under|younger|upwards|up)\b"
    r"|\b(?:over|under)-\d{1,3}s\b"
    r")"
)

# a count and its plural noun right before an age band: the people are counted, so their ages
# are figures, not a band ("14 climbers aged between 19 and 58", "nine pupils aged 11 to 13")
COUNTED_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<n>\d[\d,]*|[a-z]+)[ \t]+(?:[a-z-]+[ \t]+)?[a-z-]+s[ \t]+$"
)


OPEN_BAND = re.compile(r"aged\s+\d{1,3}\s+(?:and|or)\s|(?:over|under)-")
_LARGE_WORDS = frozenset(("hundred", "hundreds", "thousand", "thousands", "million", "millions"))


# the words after a figure that compare it with the next one rather than qualify the next one:
# right after it ("18% above the ₹412 offer price"), or after a comma with an adverb of degree
# ("£780 million, far above the £525 million budget"; a list keeps its qualifiers: "six years,
# more than 400 scientists")
_DEGREE = r"(?:far|well|way|just|much|[a-z]+ly)\s+"
_COMPARING = r"(?:above|below|beyond|over|under|(?:more|less|higher|lower) than)"
# what follows a suffix "plus" that adds an amount instead of bounding the figure: "£245 plus
# a £12.50 booking fee", "$40 plus tax", "12 plus 3"
ADDEND = re.compile(
    r"[\s-]*(?:(?:a|an|the|another|its|their|his|her|vat|tax|taxes|fees?|interest|costs?|"
    r"expenses)\b|[£$€¥]|\d)",
    re.IGNORECASE,
)


def _adds(n: str, after: int, unit: str) -> bool:
    """Whether a "plus" after a figure adds something to it (it is then no lower bound): an
    amount, a determiner, or, after money, any word ("$1,200 plus utilities")."""
    if ADDEND.match(n, after):
        return True
    return unit in _currency_codes() and _BLANK_LETTER.match(n[after : after + 2]) is not None


_BLANK_LETTER = re.compile(r"\s+[A-Za-z]")


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(currency_codes())


COMPARED = re.compile(r"\s*,?\s*(?:" + _DEGREE + ")?")
COMPARING = re.compile("(?:" + _DEGREE + ")?" + _COMPARING)
DEGREE = re.compile(r"(?:^|[\s,])" + _DEGREE)


class Scan:
    """The text being read and the mentions found so far (shared by every kind)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.n = normalize_text(text)
        self.v = vocab()
        self.out: list[Mention] = []
        self.last_end = 0
        n = self.n
        self.low = ascii_lower(n)  # same length: positions are shared
        # addresses, file names, code: never figures (sorted, disjoint: see ``in_address``)
        self.addresses: list[tuple[int, int]] = address_spans(n)
        self._address_starts = [a for a, _ in self.addresses]
        self.blocked: list[tuple[int, int]] = list(self.addresses)
        low = self.low
        if "aged" in low or "year-old" in low or "ages" in low or "over-" in low or "under-" in low:
            # an age band names a group of people, it is no figure: "aged 15 to 24"
            self.blocked += [
                m.span() for m in AGE_BAND.finditer(low) if not self._counted_group(m.start())
            ]
        self.models: list[tuple[int, int, Mention]] = []
        self.hint_positions: dict[str, list[int]] = {}
        self.quake: bool | None = None  # does the text name a quake? (asked lazily)
        self.cue_word: bool | None = None  # does it hold a word of [cue_units]?
        self.cricket: bool | None = None  # does it speak of cricket? (tallies.cricket_score)
        self.metres: bool | None = None  # are its lengths in metres? (physical.metres_text)
        self.distances: bool | None = None  # does it measure distances? (physical.no_distances)
        self.millions: bool | None = None  # a bare "2.1m" is millions? (physical.millions_text)
        # letters that may be a currency of the story's own stood before a number that no
        # currency took ("QX 270m", "Qx61m"): extract_quantities then looks (story_codes)
        self.story_letters = False
        self._merged: list[tuple[int, int]] | None = None  # blocked, merged (after set-up)
        self._merged_starts: list[int] = []
        self._head_ends: list[int] | None = None  # where head nouns end ([head_counts])
        self.sentences: list[tuple[int, int]] | None = None  # its sentences (asked lazily)

    def _counted_group(self, start: int) -> bool:
        """Whether a count of people stands right before the age band at ``start`` ("12
        walkers aged 19 to 58"): their ages are then figures (see ``COUNTED_BEFORE``)."""
        if OPEN_BAND.match(self.low, start):
            return False  # "1,024 adults aged 18 and over": who was asked, not their ages
        m = COUNTED_BEFORE.search(self.low, max(0, start - 48), start)
        if m is None:
            return False
        if m["n"][0].isdigit():  # a few people named, not a sample ("2,000 adults aged 18 to 64")
            return float(m["n"].replace(",", "")) < 200
        return m["n"] in self.v.number_words and m["n"] not in _LARGE_WORDS

    def head_near(self, begin: int, end: int) -> bool:
        """Some head noun of ``[head_counts]`` ends in ``(begin, end]`` (one pass over the
        text, then a binary search: a run of bare numbers never rescans its clause)."""
        if self._head_ends is None:
            self._head_ends = [m.end() for m in self.v.head_rx.finditer(self.n)]
        i = bisect.bisect_right(self._head_ends, begin)
        return i < len(self._head_ends) and self._head_ends[i] <= end

    def in_address(self, pos: int) -> bool:
        """``pos`` lies in a web or e-mail address, a file name or inline code."""
        i = bisect.bisect_right(self._address_starts, pos) - 1
        return i >= 0 and pos < self.addresses[i][1]

    def found_first(self, mention: Mention) -> None:
        """A mention found before the scan (a model's size, a rank, "an hour and a half"): its
        stretch is blocked for the scan and the mention joined to the scan's output at the
        end."""
        a, b = mention.span
        self.blocked.append((a, b))
        self._merged = None  # the blocked stretches changed: merge again on the next look-up
        self.models.append((a, b, mention))

    def blocked_span(self, pos: int) -> tuple[int, int] | None:
        """The blocked stretch (URL, e-mail, product name, age band) holding ``pos``, if any.

        The stretches are merged and sorted on first use, then found by binary search."""
        if self._merged is None:
            merged: list[tuple[int, int]] = []
            for a, b in sorted(self.blocked):
                if merged and a <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], b))
                else:
                    merged.append((a, b))
            self._merged = merged
            self._merged_starts = [a for a, _ in merged]
        i = bisect.bisect_right(self._merged_starts, pos) - 1
        if i >= 0 and pos < self._merged[i][1]:
            return self._merged[i]
        return None

    def emit(
        self,
        start: int,
        end: int,
        value: float,
        half: float,
        unit: str,
        kind: Kind,
        qual: str | None,
        qual_text: str | None,
        scale: str | None,
        alternatives: tuple[str, ...] = (),
        modifier: str | None = None,
        interval: tuple[float | None, float | None] | None = None,
    ) -> None:
        lo, hi = interval if interval is not None else qualified_interval(value, half, qual)
        if len(alternatives) > 1:
            unit = pick_currency(self, unit, alternatives, start)
        # the model's own validator on a dict: the checks of Mention(...) without its
        # keyword-argument wrapper (which cost a third of building a mention)
        self.out.append(
            _VALIDATE(
                {
                    "surface": self.text[start:end],
                    "span": (start, end),
                    "value": round12(value) or 0.0,
                    "unit": unit,
                    "kind": kind,
                    "low": round12(lo),
                    "high": round12(hi),
                    "scale": scale,
                    "qualifier": qual,
                    "qualifier_text": qual_text,
                    "alternatives": alternatives,
                    "modifier": modifier,
                }
            )
        )
        self.last_end = max(self.last_end, end)

    def word_before(self, pos: int) -> str:
        """The letters right before ``pos`` (after blanks and one full stop), lower case: the
        cheap test before a pattern anchored at ``pos`` is searched ("phase 3", "from 5")."""
        n, k = self.n, pos
        while k > 0 and pos - k < 4 and n[k - 1] in " \t":
            k -= 1
        if k > 0 and n[k - 1] == ".":
            k -= 1
        j = k
        while j > 0 and k - j < 24 and n[j - 1].isalpha():
            j -= 1
        return self.low[j:k]

    def skip_token(self, pos: int) -> int:
        n = self.n
        while pos < len(n) and (n[pos].isalnum() or n[pos] in "._"):
            pos += 1
        return pos

    def _through_container(self, k: int) -> re.Match[str] | None:
        """The qualifier of a figure given as the value of a named thing: "beyond its February
        pledge of 380 billion yuan" reads like "beyond the 380 billion yuan pledge" (the
        figure is what the qualifier compares with). ``k`` is where the figure's blanks
        start. Not after a part ("more than a third of"): then the figure is a whole."""
        n = self.n
        c = CONTAINER_OF.search(n, max(0, k - 60), k + 1 if k < len(n) and n[k] == " " else k)
        if c is None or c.group("words").split()[-1].lower() in PARTITIVE:
            return None
        d = c.start("det")
        return self.v.qual_prefix_rx.search(n, max(0, d - 40), d)

    def qualifier(self, start: int, end: int, unit: str) -> tuple[str | None, str | None]:
        """The qualifier written before ``start`` (or after ``end``), after the data's vetoes."""
        n, v = self.n, self.v
        k = start
        while k > 0 and n[k - 1] in " \t":
            k -= 1
        m = None
        if k > 0:
            if n[k - 1].isalpha() or n[k - 1] == ".":
                j = k - 1
                while j > 0 and (n[j - 1].isalpha() or n[j - 1] == "."):
                    j -= 1
                if n[j:k].lower() in v.qual_tail_words:
                    m = v.qual_prefix_rx.search(n, max(0, start - 40), start)
            elif n[k - 1] in v.qual_last_chars:
                m = v.qual_prefix_rx.search(n, max(0, start - 40), start)
            if m is None and n[max(0, k - 3) : k].lower().endswith("of"):
                m = self._through_container(k)
        if m:
            text = m["q"] or m["s"]
            canon = v.qual_canon.get(" ".join(text.lower().split()))
            if canon is None:
                return None, None
            prev = self.out[-1].span[1] if self.out else -10
            gap = n[prev : m.start()] if self.out and 0 <= m.start() - prev <= 24 else None
            said = " ".join(text.lower().split())
            # (not across a line break: "... 12 PSDs\n\nMore than 270 missing" opens a line)
            near = gap is not None and len(gap) <= 2 and not gap.strip() and "\n" not in gap
            degree = gap is not None and COMPARED.fullmatch(gap) and DEGREE.search(gap + said)
            if near or (degree and COMPARING.fullmatch(said)):
                # "18% above the ₹412 offer price", "£780 million, far above the £525 million
                # budget": the words compare the figure before with this one
                return None, None
            key = " ".join(text.lower().split())
            pw = PREV_WORD.search(n, max(0, m.start() - 24), m.start())
            if pw and pw.group(1).lower() in v.qual_not_after.get(key, frozenset()):
                return None, None
            nb = v.qual_not_before.get(key)
            if nb is not None and nb.match(n, end):
                return None, None
            if unit in v.qual_not_units.get(key, frozenset()):
                return None, None
            return canon, text
        sm = v.qual_suffix_rx.match(n, end)
        if sm and not _adds(n, sm.end(), unit):  # "£245 plus a £12.50 fee": an addition
            text = sm["q"] or sm["s"]
            return v.qual_canon.get("suffix:" + " ".join(text.lower().split())), text
        return None, None

    def emit_simple(
        self,
        start: int,
        end: int,
        value: float,
        half: float,
        unit: str,
        kind: Kind,
        modifier: str | None = None,
    ) -> None:
        qual, qual_text = self.qualifier(start, end, unit)
        interval = (
            (value - half, value + half) if qual is None else qualified_interval(value, half, qual)
        )
        self.emit(
            start,
            end,
            value,
            half,
            unit,
            kind,
            qual,
            qual_text,
            None,
            modifier=modifier,
            interval=interval,
        )

    def no_number_before(self, pos: int) -> bool:
        k = pos - 1
        while k >= 0 and self.n[k] in " \t":
            k -= 1
        return k < 0 or not self.n[k].isdigit()
