"""The intervals figures admit and how two of them meet: overlap, a strict bound against a precise
figure, a slip of scale, two maxima, figures too far apart to be one quantity."""

from __future__ import annotations

import math
import re

from reconcile.claims.models import Claim
from reconcile.compare.rules import STRICT, rules


def interval(c: Claim, tolerance: float = 0.0) -> tuple[float, float]:
    """The claim's admitted interval widened by ``tolerance`` (relative to its value)."""
    pad = abs(c.value) * tolerance
    low = -math.inf if c.low is None else c.low - pad
    high = math.inf if c.high is None else c.high + pad + _near_top(c)
    return low, high


def _near_top(c: Claim) -> float:
    """How far above its written figure a bound from below ("nearly 40 inches", "almost
    £2.7bn") reaches: the figure's own rounding. The writer rounds the measure first and then
    says "nearly": £2.71bn is "nearly £2.7bn" to one who keeps two digits, and "nearly 40
    inches" and "more than 40 inches" can both be said of 40.2 inches. No further than the
    figure's hundredth (``precise_relative``): €5.47m is not "almost €5m", though "5m" rounds
    5.47m. Zero for any other figure, and for a figure in words ("nearly forty")."""
    if c.qualifier != "under" or c.high is None or c.high != c.value or not c.value:
        return 0.0
    m = _NUMBER.search(c.mention.surface)
    if m is None:
        return 0.0
    digits = m.group(0).replace(",", "")
    written = float(digits)
    if not written:
        return 0.0
    places = len(digits.split(".")[1]) if "." in digits else 0
    half = abs(c.value / written) * 0.5 * 10.0**-places
    return min(half, abs(c.value) * rules().precise_relative)


def overlaps(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two intervals share more than a boundary.

    Intervals that only touch do not agree: "2.9%" (2.85 to 2.95) and "2.8%" (2.75 to 2.85) are
    two different figures, though 2.85 rounds to either. A single point agrees with an interval
    that holds it, at a boundary too.
    """
    lo, hi = max(a[0], b[0]), min(a[1], b[1])
    if lo != hi:
        return lo < hi
    return a[0] == a[1] or b[0] == b[1]


def _precision_halfwidth(c: Claim, tolerance: float) -> float:
    """Half-width of an unqualified claim's interval (its rounding), widened by tolerance."""
    if c.low is None or c.high is None:
        return math.inf
    return (c.high - c.low) / 2 + abs(c.value) * tolerance


_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# units of a span of time counted whole ("trapped for 69 days")
_ELAPSED_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year"})
# a verb of reaching right before a figure: the mark a growing total reached ("donations had
# reached 58 million", "sales hit 2 million"), which it may already have passed
_RX_REACHED = re.compile(r"(?i)\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?)\s+$")


def round_figure(c: Claim) -> bool:
    """A whole number of one significant digit written with trailing zeros ("60%", "300 jobs",
    "20 million")."""
    m = _NUMBER.search(c.mention.surface)
    if m is None or "." in m.group(0):
        return False
    digits = m.group(0).replace(",", "")
    return len(digits) > 1 and len(digits.rstrip("0")) == 1


def rounded_count(c: Claim) -> bool:
    """A count written to a round figure: its written digits end in a zero ("250 million users",
    "15,000 workers"), or a scale word follows them ("7.4 million tickets" is never exactly
    7,400,000). A count is measured, and rounded when written, as a move is."""
    m = _NUMBER.search(c.mention.surface)
    if m is None:
        return False
    return bool(c.mention.scale) or ("." not in m.group(0) and m.group(0).endswith("0"))


def qualifier_collision(a: Claim, b: Claim, tolerance: float, in_title: set[str]) -> bool:
    """A strict bound ("over X", "nearly X") against a precise unqualified X.

    The intervals meet only inside the rounding of X: a lower bound of 380 billion against a
    plan of exactly 380 billion. A coarse figure ("1 trillion", half-width 50%) or a headline's
    round figure is not precise enough to contradict "over 1 trillion", and neither is a move
    of one significant digit ("fell 60%" against "fell more than 60%", see ``round_figure``):
    a move is measured and rounded when written, while a stated amount (a plan of "100 trillion
    won") is the figure itself.
    """
    for bound, exact in ((a, b), (b, a)):
        if bound.qualifier not in STRICT or exact.qualifier is not None:
            continue
        if exact.id in in_title or exact.value == 0:
            continue
        if _written_alike(bound, exact):
            continue  # both texts write "over 400 kilograms": the same words cannot disagree
        if exact.mention.unit != bound.mention.unit:
            continue  # "850 hectares" is 2,100.4 acres, not "2,100 acres" exactly
        if (
            exact.role == "change" or exact.direction is not None or exact.kind == "percent"
        ) and round_figure(exact):
            # a move measured and rounded: a fall of 60.4% is "60%" and "over 60%"; so is a
            # measured share: an efficacy of 90.3% is "90%" and "more than 90%"
            continue
        if exact.kind == "count" and rounded_count(exact):
            continue  # a count rounded when written: 250.3 million users are "250 million"
        if _RX_REACHED.search(exact.sentence[: max(0, exact.sentence.find(exact.text))]):
            continue  # a total that "had reached 58 million" got there and may have gone past
        if exact.kind == "count" and exact.unit in _ELAPSED_UNITS:
            continue  # a span of time is counted in whole units: 69 days and 8 hours are
            # "69 days" and "more than 69 days"
        half = _precision_halfwidth(exact, tolerance)
        if half / abs(exact.value) > rules().precise_relative:
            continue
        if abs(bound.value - exact.value) <= half:
            return True
    return False


def _written_alike(bound: Claim, exact: Claim) -> bool:
    """Whether the precise figure's sentence writes the bound's own qualifier right before it
    ("hauls over 400 kilograms" in both texts), though extraction read no qualifier there (a
    preposition after a noun, a threshold naming a class of things): the two sources use the
    same words, which cannot contradict each other."""
    q = bound.mention.qualifier_text
    at = exact.sentence.find(exact.text)
    if not q or at < 0:
        return False
    return re.search(rf"(?i)\b{re.escape(q)}\s*$", exact.sentence[:at]) is not None


def scale_slip(a: Claim, b: Claim, tolerance: float) -> float | None:
    """The factor (1e3, 1e6, 1e9) by which two otherwise agreeing figures differ, if any. A slip
    of scale needs a scale to slip: a scale word on either side ("2 million" / "2,000") or units
    written differently ("4 km" / "4 m"); "two break points" and "2,000 points" are no slip."""
    if not (a.mention.scale or b.mention.scale or a.mention.unit != b.mention.unit):
        return None
    ia, ib = interval(a, tolerance), interval(b, tolerance)
    if not all(map(math.isfinite, (*ia, *ib))):
        return None  # a bound ("above $300") says nothing about scale
    if any(lo <= 0 <= hi for lo, hi in (ia, ib)) or a.value * b.value <= 0:
        return None  # zero ("unchanged") times a thousand is still zero: no slip to see
    if not _same_digits(a, b):
        return None  # "about 9.9 metres" / "9.45km": a slip writes the same digits
    # the ratio of the figures' magnitudes, at its widest: no factor above it can be the slip
    (alo, ahi), (blo, bhi) = sorted(map(abs, ia)), sorted(map(abs, ib))
    widest = max(ahi / blo, bhi / alo)
    for f in rules().scale_factors:
        if f > widest:
            continue
        for lo, hi, other in ((ia[0] * f, ia[1] * f, ib), (ib[0] * f, ib[1] * f, ia)):
            if math.isfinite(lo) and math.isfinite(hi) and overlaps((lo, hi), other):
                return f
    return None


def _same_digits(a: Claim, b: Claim) -> bool:
    """Do the two figures write the same significant digits, the longer one rounded to the
    shorter's length, give or take one in its last digit ("2.4bn" / "2,350m", "1.5m" /
    "1,480")? A slip of scale moves a figure's point or scale word, not its digits: within an
    approximation's margin "about 9.9 metres" and "9.45km" meet a thousand apart, yet they are
    two measurements, not one slipped."""
    da, db = sorted((_significant(a), _significant(b)), key=len)
    if not da:
        return True  # no digits written ("a million"): nothing to hold against a slip
    cut = db[: len(da) + 1].ljust(len(da) + 1, "0")
    return abs((int(cut) + 5) // 10 - int(da)) <= 1


SLIP_DIGITS = 3  # significant digits two figures must share to be one figure slipped
TEN_SLIP_DIGITS = 2  # ... when they are ten times apart: one digit or zero slipped


ZERO_RUN_DIGITS = 4  # written digits of a whole number whose one digit may have slipped a zero


def _written_digits(c: Claim) -> int:
    """How many digits the figure writes as a whole number in figures with no scale word
    ("90,000": 5; "9 million", "0.7": 0)."""
    m = _NUMBER.search(c.mention.surface)
    if m is None or c.mention.scale or not re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", m.group(0)):
        return 0
    return len(re.sub(r"\D", "", m.group(0)))


def _long_zeros(a: Claim, b: Claim) -> bool:
    """Whether two figures ten times apart are whole numbers in figures, no scale word, the
    longer of at least ``ZERO_RUN_DIGITS`` digits ("90,000" / "900,000", "€600" / "€6,000";
    not "90" / "900", "9 million"): in such a run of zeros one zero too many or too few is a
    slip of typing, however few significant digits."""
    short, long_ = sorted((_written_digits(a), _written_digits(b)))
    if short >= ZERO_RUN_DIGITS - 1 and long_ >= ZERO_RUN_DIGITS:
        return True
    # "0.7%" / "7%": the point slipped before a single digit
    return any(
        (m := _NUMBER.search(c.mention.surface)) and m.group(0).startswith("0.") for c in (a, b)
    )


def _significant(c: Claim) -> str:
    """The significant digits of the figure as written ("£1.42bn", "142,000": "142")."""
    m = _NUMBER.search(c.mention.surface)
    return "" if m is None else re.sub(r"\D", "", m.group(0)).strip("0")


def digit_slip(a: Claim, b: Claim) -> float | None:
    """The power of ten (10, 100, ...) by which two figures that write the same significant
    digits differ ("£2.37 billion" / "£237 million": 10), if any: a misplaced decimal point or
    scale word, not two quantities that happen to share three digits. Fewer than
    ``SLIP_DIGITS`` shared digits ("£24m" / "£2.4bn") are too common to tell, unless the figures
    are exactly ten times apart ("£45 million" / "£4.5m", "27,000" / "2,700": one zero or one
    place of the point slipped, the commonest slip; ``TEN_SLIP_DIGITS``)."""
    da = _significant(a)
    if not da or da != _significant(b) or a.value * b.value <= 0:
        return None
    ratio = max(abs(a.value), abs(b.value)) / min(abs(a.value), abs(b.value))
    power = round(math.log10(ratio))
    if power < 1 or not math.isclose(ratio, 10.0**power, rel_tol=1e-6):
        return None
    if len(da) < TEN_SLIP_DIGITS and not (power == 1 and _long_zeros(a, b)):
        return None
    if len(da) < SLIP_DIGITS and power != 1:
        return None
    return 10.0**power


MISCOPY_DIGITS = 2  # significant digits the shorter of two miscopied figures writes at least


def _typed_digits(c: Claim) -> str:
    """The digits of the figure as typed, leading zeros left out ("30.90": "3090"; "0.75":
    "75"; "1:52.07": "15207"): a trailing zero is typed too, so "30.90" is not "30.95" with a
    digit left out."""
    m = _TYPED.search(c.mention.surface)
    return "" if m is None else re.sub(r"\D", "", m.group(0)).lstrip("0")


_TYPED = re.compile(r"\d[\d,:]*(?:\.\d+)?")  # a time's clock digits too ("1:52.07")


def miscopied(a: Claim, b: Claim, least: int = MISCOPY_DIGITS) -> bool:
    """Whether two figures of one sign and one order of magnitude write digits one slip of
    typing apart: two neighbouring digits swapped ("6.8 million" / "8.6 million", "1,240" /
    "1,420") or one digit left out ("$91 million" / "$191 million"), each figure writing at
    least ``least`` significant digits (``MISCOPY_DIGITS`` unless told). Such a pair is one
    figure copied wrong, not two quantities that happen to lie apart (see
    ``verdicts.demote_scattered``)."""
    if a.value * b.value <= 0:
        return False
    small, big = sorted((abs(a.value), abs(b.value)))
    if big / small >= 10:
        return False  # a slip of scale, not of typing (see digit_slip)
    da, db = sorted((_typed_digits(a), _typed_digits(b)), key=len)
    if len(da) < least or da == db:
        return False
    if len(da) == len(db):
        diff = [i for i in range(len(da)) if da[i] != db[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and (da[diff[0]], da[diff[1]]) == (db[diff[1]], db[diff[0]])
        )
    if len(db) != len(da) + 1:
        return False
    return any(db[:i] + db[i + 1 :] == da for i in range(len(db)))


def slipped_scale(a: Claim, b: Claim) -> float | None:
    """The factor of a thousand or more (1e3, 1e6, 1e9) by which two figures that write the same
    significant digits, at least ``SLIP_DIGITS`` of them, differ ("£4.72bn" / "£4.72
    million"), when one of them gives a scale word: a slip of scale, which no change over time
    explains (an amount does not grow from 4.72 million to 4.72 billion between two reports), so
    its figures are weighed whatever days they are given for. None otherwise."""
    if not (a.mention.scale or b.mention.scale) or len(_significant(a)) < SLIP_DIGITS:
        return None
    factor = digit_slip(a, b)
    return factor if factor is not None and factor in rules().scale_factors else None


_DOT_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d,]|\.\d)")


def dot_grouped(a: Claim, b: Claim, factor: float) -> bool:
    """Whether a factor between two figures is one figure's thousands written with dots, as in
    much of Europe ("215.900 RMB", read as 215.9, against another source's "215,900 yuan"): a
    thousand for each dot, the same figure, no slip."""
    for x, y in ((a, b), (b, a)):
        m = _DOT_GROUPED.search(x.mention.surface)
        if (
            m is not None
            and abs(y.value) > abs(x.value)
            and math.isclose(factor, 1000.0 ** m.group(0).count("."), rel_tol=1e-9)
        ):
            return True
    return False


def maxima_differ(a: Claim, b: Claim, tolerance: float) -> bool:
    """Two figures both given as a maximum ("up to €400", "as much as 7%") whose written
    figures differ beyond their rounding: a cap or a peak is one figure, so they conflict. A
    peak may be written rounded or cut down to its last digit ("as much as 29%" for a peak of
    29.6%, which another source rounds to 30%): each written maximum admits up to one more unit
    of its last digit.

    An estimate's range ("between 180 and 320 million barrels") gives its top as a maximum too:
    against another source's maximum of the same estimate ("up to 230 million barrels"), a top
    beyond what that maximum admits, from a range that starts within it, is a second maximum,
    and they conflict. A top within it does not (a range that stays under a cap is consistent
    with it), and a range wholly past the cap ("as much as £70m" against "between £410m and
    £430m") is left to the usual weighing, which may find two quantities under one name."""
    maxima = rules().maxima
    if {a.qualifier, b.qualifier} & maxima and "range" in (a.qualifier, b.qualifier):
        cap, spread = (a, b) if a.qualifier in maxima else (b, a)
        if cap.high is None or spread.low is None or spread.high is None:
            return False
        top = _written_maximum(cap, tolerance)[1]
        return spread.low < top < spread.high  # a range wholly past the cap is weighed as usual
    if a.qualifier not in maxima or b.qualifier not in maxima:
        return False
    if a.high is None or b.high is None:
        return False
    return not overlaps(_written_maximum(a, tolerance), _written_maximum(b, tolerance))


def _written_maximum(c: Claim, tolerance: float) -> tuple[float, float]:
    """What a maximum written as ``c`` admits: its rounding below, and up to one more unit of
    its last digit above (a peak of 29.6% written "as much as 29%", see :func:`maxima_differ`)."""
    assert c.high is not None
    half = max(c.high - c.value, 0.0) + abs(c.value) * tolerance
    return c.value - half, c.value + 3 * half  # rounded, or cut down


def far_apart(a: Claim, b: Claim) -> bool:
    """Two non-zero figures of one sign further apart than ``unrelated_ratio``, and not a slip
    of scale even within ``slip_window`` (fixed, so that the verdict does not depend on the
    user's tolerance: a wider tolerance then never turns a note into a conflict)."""
    if a.value * b.value <= 0:
        return False
    small, big = sorted((abs(a.value), abs(b.value)))
    rules_ = rules()
    return big / small > rules_.unrelated_ratio and scale_slip(a, b, rules_.slip_window) is None


def same_unit(ua: str, ub: str, a: Claim, b: Claim) -> bool:
    """Equal units, or an ambiguous symbol (¥: CNY or JPY) that the other claim's unit settles."""
    return (
        ua == ub
        or (ub in a.mention.alternatives and ua in b.mention.alternatives)
        or (ub in a.mention.alternatives and not b.mention.alternatives)
        or (ua in b.mention.alternatives and not a.mention.alternatives)
    )


INVERTED_WITHIN = 0.015  # how near a figure must come to another converted the wrong way round


def inverted_conversion(a: Claim, b: Claim) -> float | None:
    """The factor between two measurements' written units when one figure is the other converted
    the wrong way round ("6,800 hectares" / "2,750 acres": 6,800 divided by 2.47 acres a
    hectare instead of multiplied), else None. Only for units at least 1.5 times apart, so that
    the wrong-way figure is clearly neither the right one nor the same number."""
    if a.kind != "physical" or b.kind != "physical" or a.mention.unit == b.mention.unit:
        return None
    if not (a.mention.value and b.mention.value and a.value and b.value):
        return None
    # each written unit's size in the group's common unit, from the values as read
    size_a, size_b = a.value / a.mention.value, b.value / b.mention.value
    if size_a <= 0 or size_b <= 0:
        return None
    factor = size_a / size_b  # one of a's units in b's
    if max(factor, 1 / factor) < 1.5:
        return None
    if math.isclose(b.mention.value * factor, a.mention.value, rel_tol=INVERTED_WITHIN):
        return max(factor, 1 / factor)
    return None


_TALLY = re.compile(r"^(\d+)-(\d+)$")


def tally_counts(c: Claim) -> tuple[int, int] | None:
    """Both counts of a tally read exactly ("won 3-1", "nine for 121": its ``modifier`` in
    digits, "3-1", "9-121"); None for any other figure. A tally's value is its first count only
    (see :mod:`reconcile.quantities.tallies`): the second is read here."""
    if c.unit != "tally" or c.kind != "tally":
        return None
    m = _TALLY.match(c.mention.modifier or "")
    return None if m is None else (int(m.group(1)), int(m.group(2)))


def tallies_differ(a: Claim, b: Claim) -> bool:
    """Two tallies read exactly whose second counts differ ("3-1" / "3-2", "9-142" / "9-121"):
    two results, whatever their first counts say."""
    ta, tb = tally_counts(a), tally_counts(b)
    return ta is not None and tb is not None and ta[1] != tb[1]


def unit_slip(a: Claim, b: Claim) -> bool:
    """One number written with two units of one dimension ("45 hectares" / "45 square
    kilometres", "12 miles" / "12 km"): measurements whose written numbers are the same but
    whose values, brought to one unit, differ. One source put the wrong unit to the number."""
    if a.kind != "physical" or b.kind != "physical" or a.mention.unit == b.mention.unit:
        return False
    na, nb = _NUMBER.search(a.mention.surface), _NUMBER.search(b.mention.surface)
    if na is None or nb is None or na.group(0).replace(",", "") != nb.group(0).replace(",", ""):
        return False
    return not math.isclose(a.value, b.value, rel_tol=1e-6)
