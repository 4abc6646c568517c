"""Physical quantities (named by pint) and earthquake magnitudes.

* **Names.** A unit is named as people write it, from pint's name for the data's expression:
  "km²" -> "square kilometer", "4km^3" -> "cubic kilometer", "km/h" -> "kilometer per hour",
  "tonnes" -> "metric ton" (``spoken_unit``); pint reads each name back.
* **Compound lengths.** "5 ft 2 in", "5 feet and 2 inches", "the 6-foot-2 guard" are one
  quantity in feet (5 + 2/12); "2 1/2 in", "a 2 1/2 in pipe" and "10 in long" are inches ("in"
  is read as a unit only before a length word, at the end of a clause, or between an article's
  vulgar fraction and a noun).
* **Inches written against the number.** "a 6.7in screen": "in" touching the number is the
  inch, unless an article follows ("top 10in the world" is a typo, nothing).
* **Lengths written against the number.** "1.8m tall", "a 100m-long hull": "m" touching the
  number is metres only before a length word or a bracket restating it in another length
  unit ("4,850m (about 15,900ft)"), or inside a bracket restating a length just before ("the
  1,310ft (399m) hull"); else "5m" is 5 million.
* **Fractions.** "1/2 cup", "½ teaspoon", "¾ mile": a fraction alone (slash or vulgar) is a
  figure only before a physical unit or a percent ("½ of the votes" is nothing); after a whole
  number it adds to it ("1½ cups"). Units of ``[numeral_only]`` ("bit") are not read after
  number words ("a two-bit scam" is slang).
* **Pounds of weight.** "pounds" after a weighing verb ("weighs 25 pounds", "lost 25 pounds")
  or in a sentence that names another mass unit is the pound of mass, not sterling.
* **Attached symbols** (``[attached]`` in ``physical_units.toml``): "1.5C", "41.2C", "106F" are
  temperatures only when the letter touches the number ("grade 3 C" is nothing).
* **Elapsed times.** A race or record time is one duration in seconds (unit 'second', kind
  'physical'): "won in 2:06:14" (hours, minutes, seconds; not after "at", "since", "until" or
  before "am", "GMT": a clock time), and "2 hours 6 minutes 41 seconds", "two hours, 21
  minutes", "5 min 12 s" (a count of hours or minutes followed by the smaller parts). A lone
  "3 hours" stays a count of hours.
* **Magnitude.** "magnitude-7.2 earthquake", "a 7.2-magnitude quake": unit 'magnitude', kind
  'number' (a logarithmic scale, dimensionless in units.py). A bare number below 10 after a
  cue ("the strongest of them measuring 5.1") or before "on the Richter scale" is one too when
  its sentence names a quake (``[magnitude]`` in physical_units.toml); so is a number with
  one decimal place the sentence states with no cue ("put the quake at 6.3, then revised it
  to 6.4", "the strongest aftershock, a 5.4, came at noon", "a 6.2 or 6.4"; see
  ``stated_bare``).
"""

from __future__ import annotations

import functools
import re

from reconcile.claims.models import Mention
from reconcile.claims.numbers import parse_words
from reconcile.quantities.counts import plural_looking
from reconcile.quantities.numerals import Num
from reconcile.quantities.state import (
    SENTENCE_BREAK,
    Amount,
    Scan,
    Unit,
    qualified_interval,
    round12,
)
from reconcile.quantities.text import next_char
from reconcile.quantities.vocab import vocab
from reconcile.units import (
    ConversionError,
    pint_unit_name,
)

MAGNITUDE_BEFORE = re.compile(r"(?<![\w])magnitude[ \t]*-?[ \t]*$", re.IGNORECASE)


MAGNITUDE_AFTER = re.compile(r"[ \t]?-?[ \t]?magnitude\b", re.IGNORECASE)


_POWER = re.compile(r"^(?P<u>\w+) \*\* (?P<p>[23])$")


def spoken_unit(name: str) -> str:
    """pint's unit name as people write it: "kilometer ** 2" -> "square kilometer", "kilometer
    / hour" -> "kilometer per hour", "metric_ton" -> "metric ton"."""
    parts = []
    for part in name.split(" / "):
        part = part.strip("() ")
        m = _POWER.match(part)
        if m:
            part = ("square " if m["p"] == "2" else "cubic ") + m["u"]
        parts.append(part.replace("_", " "))
    return " per ".join(parts)


@functools.lru_cache(maxsize=512)
def phys_name(expr: str) -> str | None:
    try:
        return spoken_unit(pint_unit_name(expr))
    except ConversionError:  # a data entry pint does not know: skip it, never crash
        return None


def _opens(n: str, pos: int, chars: str) -> bool:
    """``n[pos]`` exists and is one of ``chars`` (a cheap test before a pattern is tried)."""
    return pos < len(n) and n[pos] in chars


# "kt" after one of these words is knots, not kilotonnes ("gusts of 60 kt", "a speed of 12kt")
_SPEED_BEFORE = re.compile(
    r"\b(?:winds?|gusts?|gusting|speeds?|knots|sailing|steaming|airspeed|sustained)\b",
    re.IGNORECASE,
)


# "nm" near a distance written in kilometres or miles, or a range ("a range of 4,200 nm",
# "7,780 km (4,200 nm)"): a sailor's or a pilot's nautical miles, not nanometres (a chip's
# "3nm process", a laser's "405 nm")
_DISTANCE_UNITS = r"[0-9][ \t]?km\b|kilomet|\bmiles?\b"  # "12km", "kilometres", "26.2 miles"
_NAUTICAL_NEAR = re.compile(_DISTANCE_UNITS + r"|\brange\b|\bnautical\b|\boffshore\b", re.I)
NAUTICAL_WINDOW = 120  # characters either side of "nm" read for a distance
_RX_NAUTICAL = re.compile(r"\bnautical[ \t-]+miles?\b", re.I)


def _nautical_before(n: str, pos: int) -> bool:
    """Whether the figure's own sentence writes "nautical miles" before it: a bare "miles"
    after that is the same unit, the writer not repeating the adjective ("sailed 5,120
    nautical miles to finish the 4,700 miles of the leg"). Another sentence may measure a road
    in statute miles."""
    before = n[max(0, pos - NAUTICAL_WINDOW) : pos]
    cut = max(before.rfind(". "), before.rfind("\n"))
    return _RX_NAUTICAL.search(before[cut + 1 :]) is not None


# "bar" (the unit of pressure: "a working pressure of 64 bar", "2.2 bar") is no unit before
# a noun it would qualify: "a 12 bar blues", "the 8 bar intro" (bars of music); "bars" is a
# count. "AU" likewise: "0.071 AU" is a distance, "500 AU troops" an African Union force.
_NOT_BEFORE_NOUN = frozenset({"bar", "AU"})
_BAR_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:of|in|at|on|and|or|to|for|from|with|by|above|below|per|the|a|an|while|when|"
    r"away|apart|across|beyond|behind|ahead|out|off|over|under|into|is|was|were|are|but|than|"
    r"as|after|before|during|until|since|across|wide|long|high|deep)\b)[a-z]"
)


# a spaced "t" is tonnes before "of" and what is weighed: "about 1,200 t of snow" (elsewhere
# a lone letter: "grade 3 t" is nothing)
_TONNES_SPACED = re.compile(r"[ \t]t[ \t]+of[ \t]+[a-z]")


# the metal after a carat figure: "18ct gold", "22-carat yellow gold" state a purity
_PURITY_AFTER = re.compile(r"[ \t-]*(?:(?:white|rose|yellow|red|solid|pure)[ \t]+)?gold\b", re.I)


# an area or volume hyphen-joined to the number as an adjective: "a 35-cubic-metre vessel",
# "a 17-square-kilometre reservoir" (the unit word is looked up as "square kilometre")
_HYPHEN_POWER = re.compile(r"-(?P<p>square|cubic)-(?P<u>[A-Za-z]+)(?![\w-])", re.IGNORECASE)


def physical_suffix(n: str, pos: int) -> Unit | None:
    """A physical unit right after the number: a symbol ("km", "mAh"), a word ("kilometres"),
    or a symbol that must touch the number ("1.5C"); "per day" and "/h" make it a rate."""
    v = vocab()
    m = None
    if n[pos : pos + 1] == "-" and pos > 0 and n[pos - 1].isdigit():
        power = _HYPHEN_POWER.match(n, pos)
        if power is not None:  # "a 35-cubic-metre vessel", "its 1,200-square-foot hall"
            expr = v.phys.get(f"{power['p'].lower()} {power['u'].lower()}")
            name = phys_name(expr) if expr else None
            return Unit(power.end(), name, "physical") if name else None
        m = v.phys_sym_hyphen_rx.match(n, pos)  # "a 12-km tunnel"
    if m is None and next_char(n, pos) not in v.phys_first:
        return None
    m = m or v.phys_sym_rx.match(n, pos) or v.phys_word_rx.match(n, pos)
    if m is None and pos > 0 and n[pos - 1].isdigit():
        m = v.phys_att_rx.match(n, pos)  # "1.5C": only touching the number
    if m is None and _TONNES_SPACED.match(n, pos):
        return Unit(pos + 2, "metric ton", "physical")  # "1,200 t of grain"
    if m is None and (_opens(n, pos, "([{<") or _opens(n, pos + 1, "([{<")):
        m = v.phys_bracket_rx.match(n, pos)  # "20 (kg)", "20 [kg]": a unit in brackets
    if m is None:
        return None
    groups = m.groupdict()
    token = groups["u"] or groups.get("u2") or groups.get("u3") or groups.get("u4") or ""
    expr = v.phys.get(token) or v.phys.get(" ".join(token.lower().split()))
    if expr is None:
        return None
    end = m.end()
    pm = v.per_rx.match(n, end)
    if pm and "/" not in expr:
        expr = f"({expr}) / {v.per[(pm['t'] or pm['w']).lower()]}"
        end = pm.end()
    elif "/" not in expr:
        per = _per_unit(n, end)
        if per is not None:  # "300 Wh/kg", "8 tonnes per hectare", "120 g/km"
            end, denominator = per
            expr = f"({expr}) / ({denominator})"
    if expr == "inch" and token.lower() == "in":
        return None
    if expr == "carat" and _PURITY_AFTER.match(n, end):
        return None  # "18ct gold", "a 24-carat gold bar": a purity, not a gem's mass
    if token in _NOT_BEFORE_NOUN and _BAR_NOUN_AFTER.match(n, end):
        return None  # "a 12 bar blues": a bar of music; "500 AU troops": a union's troops
    if token == "kt" and _SPEED_BEFORE.search(n[max(0, pos - 30) : pos]):
        expr = expr.replace("kilometric_ton", "knot")  # "winds of 35 kt": a sailor's knots
    if token == "nm" and (
        _NAUTICAL_NEAR.search(n, max(0, pos - NAUTICAL_WINDOW), pos + NAUTICAL_WINDOW)
        or _RX_NAUTICAL.search(n)
    ):
        expr = "nautical_mile"  # "a range of 4,200 nm", "7,780 km (4,200 nm)", or a text
        # that writes "nautical miles" anywhere: its "nm" are those
    if expr == "mile" and _nautical_before(n, pos):
        expr = "nautical_mile"  # "sailed 5,120 nautical miles to finish the 4,700 miles"
    name = phys_name(expr)
    return Unit(end, name, "physical") if name else None


# "/" or "per" and a physical unit (no number) after a physical unit: the denominator of a rate;
# what is measured may stand between, after "of", before "per" ("286 micrograms of fine
# particles per cubic metre", as "9 tonnes of feed a week" for a time)
_PER_UNIT = re.compile(
    r"(?:[ \t]*/|(?:[ \t]+of(?:[ \t]+[a-z][a-z.-]*){1,3}?)?[ \t]+per)"
    r"(?=[ \t]*[A-Za-z\u00b2\u00b3])",
    re.IGNORECASE,
)


_PER_LITRE = re.compile(r"l(?![\w'’-]|\.\w)")


def _per_unit(n: str, pos: int) -> tuple[int, str] | None:
    """The unit a physical quantity is per, written after it: "/kg", " per hectare", "/km"
    (a time is ``[per]``'s: "per day"). Returns the end and the unit's pint expression; None
    when no known unit follows or a number does ("6 litres per 100 km")."""
    v = vocab()
    p = _PER_UNIT.match(n, pos)
    if p is None:
        return None
    at = p.end()
    if at < len(n) and n[at] in " \t":
        at += 1
    m = v.phys_sym_rx.match(n, at) or v.phys_word_rx.match(n, at)
    if m is None and p.group().endswith("/") and _PER_LITRE.match(n, at):
        return at + 1, "liter"  # "0.9 mg/l": after a slash a lone "l" is a litre
    if m is None or m.start("u") > at + 1:
        return None
    token = m["u"]
    expr = v.phys.get(token) or v.phys.get(" ".join(token.lower().split()))
    if expr is None or "/" in expr or (m.end() < len(n) and n[m.end()].isalnum()):
        return None
    return m.end(), expr


_LENGTH_WORDS = (
    r"(?:long|wide|tall|high|thick|deep|across|in[ \t]+(?:diameter|length|height|depth))\b"
)
_INCH = re.compile(
    rf"[ \t]?(?:in\b\.?(?=[ \t]*(?:$|[,;:)\n]|\.(?:[ \t]|$)|{_LENGTH_WORDS}))"
    rf"|\"(?=[ \t]*{_LENGTH_WORDS}))",
    re.IGNORECASE,
)


# "a 6.7in screen": "in" touching the number, not before an article ("top 10in the world")
_INCH_TOUCHING = re.compile(
    r"in(?![\w'\u2019-])(?![ \t]+(?:the|a|an|this|that|its|his|her|their|our|my|your)\b)"
)


def inch_suffix(n: str, pos: int) -> Unit | None:
    """ "2 1/2 in", "10 in long", '10 " long': inches, where "in" cannot be the preposition
    (it ends the clause or a length word follows); "a 6.7in screen": "in" touching the
    number."""
    if not (_opens(n, pos, 'iI"') or _opens(n, pos + 1, 'iI"')):
        return None
    if pos > 0 and n[pos - 1].isdigit():
        t = _INCH_TOUCHING.match(n, pos)
        if t is not None:
            return Unit(t.end(), "inch", "physical")
    m = _INCH.match(n, pos)
    if m is None and _FRACTION_AFTER_ARTICLE.search(n, max(0, pos - 16), pos):
        m = _INCH_BEFORE_NOUN.match(n, pos)  # "a 2 1/2 in pipe", "a 3½ in nail"
    return Unit(m.end(), "inch", "physical") if m else None


# a size with a vulgar fraction, after an article, that "in" follows before a noun: "a 2 1/2 in
# pipe" (an odds or a grade is a whole or decimal number: "a 1 in 5 chance", "a 7.5 in maths")
_FRACTION_AFTER_ARTICLE = re.compile(
    r"(?<![\w-])(?:a|an|the)[ \t]+\d{1,3}(?:[ \t]+[1-9]/(?:2|4|8|16)|[\u00bd\u00bc\u00be])"
    r"[ \t]?$",
    re.IGNORECASE,
)
_INCH_BEFORE_NOUN = re.compile(
    r"[ \t]?in(?=[ \t]+(?!(?:the|a|an|this|that|its|his|her|their|our|my|your|total|all)\b)[a-z])"
)


_SPACED_INCHES = re.compile(
    r"\.?[ \t]+(?:and[ \t]+)?(?P<n>\d{1,2}(?:\.\d+)?)(?:[ \t]+(?P<f>[1-9]/(?:2|4|8|16)))?"
    r"[ \t]*(?:inches\b|inch\b|in\b\.?|\")",
    re.IGNORECASE,
)
_HYPHEN_INCHES = re.compile(r"-(?P<n>\d{1,2})(?![0-9.,])(?:-?(?:inches|inch|in)\b)?(?P<f>)")
# a height in primes: 5'6", 6' 2", 5'11'' (the text's curly primes are straight here, see text)
_PRIME_INCHES = re.compile(r"[ \t]?(?P<n>\d{1,2}(?:\.\d+)?)(?P<f>)(?:\"|'')")
_FEET_PRIME = re.compile(r"'(?=[ \t]?\d{1,2}(?:\.\d+)?(?:\"|''))")


def feet_prime(n: str, pos: int) -> Unit | None:
    """ "5'6\"", "6' 2\"": a prime touching the number is feet when inches and their double
    prime follow (a lone "6'" may be a quotation mark; see ``inches_after``)."""
    if pos == 0 or not n[pos - 1].isdigit():
        return None
    m = _FEET_PRIME.match(n, pos)
    return Unit(m.end(), "foot", "physical") if m else None


def inches_after(n: str, end: int, hyphenated: bool) -> tuple[int, float] | None:
    """The inches after a length in feet: "5 ft 2 in", "5 feet and 2 inches" (the inch word is
    needed), after a hyphenated "6-foot", "-2", or after a prime, '6"' (5'6"). Returns the end
    and the inches."""
    if end > 0 and n[end - 1] == "'":
        m = _PRIME_INCHES.match(n, end)  # 5'6"
    else:
        m = (_HYPHEN_INCHES if hyphenated else _SPACED_INCHES).match(n, end)
    if m is None:
        return None
    inches = float(m["n"])
    if m["f"]:
        a, b = m["f"].split("/")
        inches += int(a) / int(b)
    if not 0 <= inches < 12:
        return None
    return m.end(), inches


_METRE_ATTACHED = re.compile(
    r"m(?![A-Za-z0-9])(?=[ \t]*-?[ \t]*(?:tall|long|high|wide|deep|thick|away|across|below"
    r"|above|in[ \t]+(?:length|height|diameter|depth))\b|[ \t]*(?:x|by)[ \t]*\d"
    # restated in brackets, or after "or", in another length unit: "4,850m (about 15,900ft)",
    # "412m, or more than 1,350ft"
    r"|(?:[ \t]*\(|,?[ \t]+or[ \t]+)(?:[a-z~\u2248]+\.?[ \t]+(?:than[ \t]+)?|[~\u2248][ \t]*)?"
    r"\d[\d,.]*[ \t]*(?:ft|feet|foot|yards?|yds?|miles?|mi|km|kilomet(?:er|re)s?)\b)",
    re.IGNORECASE,
)


_METRE_SPACED = re.compile(
    r"[ \t]m(?![A-Za-z0-9])(?=[ \t]*(?:$|[,;:)\n]|\.(?:[ \t]|$)|-?[ \t]*(?:tall|long|high|wide|deep"
    r"|thick|away|across|below|above)\b|(?:x|by)[ \t]*\d|\d+(?:\.\d+)?[ \t]*(?:dm|cm|mm|m)\b))"
)


_METRE_BY = re.compile(r"[ \t]m(?![A-Za-z0-9])")
_DIMENSION_BEFORE = re.compile(r"\d[ \t]*m[ \t]*(?:x|by)[ \t]*$")


def metre_spaced(n: str, pos: int, start: int) -> Unit | None:
    """ "12 m 2 dm", "1 m x 1 m", "a wall 3 m high", "… of 48 m.": a spaced "m" ending a clause,
    before a length or after "3 m x" is metres (millions are written "5m" or "5 mn")."""
    if n[pos : pos + 2] not in (" m", "\tm"):
        return None
    m = _METRE_SPACED.match(n, pos)
    if m is None and (
        _DIMENSION_BEFORE.search(n, max(0, start - 12), start)
        or METRE_BEFORE.search(n, max(0, start - 40), start)
        or _metre_before_word(n, pos, start)
    ):
        m = _METRE_BY.match(n, pos)  # "a 3 m x 4 m room", "trusses spanning 84 m between"
    return Unit(m.end(), "meter", "physical") if m else None


# a lower-case word after a size (not glued to another word or an abbreviation's point)
_SIZED_WORD = r"(?P<w>[a-z][a-z-]*[a-z])(?![\w-]|\.[a-z])"
_SPACED_M_WORD = re.compile(rf"[ \t]m[ \t]+{_SIZED_WORD}")


def _sized_thing(word: str) -> bool:
    """Whether ``word``, right after a number and its "m", is a thing the size in metres is
    of: no plural (a count in millions takes one: "5m users"), no function word, no word of
    ``[metre_attributive] not_nouns`` ("the 5m mark")."""
    v = vocab()
    return not (word in v.stop or word in v.metre_not_nouns or plural_looking(word))


def _metre_before_word(n: str, pos: int, start: int) -> bool:
    """ "the 8 m sea wall", "a 42 m hull", "swells to 8 m battered the pier": a spaced "m" after a
    plain number, before a thing it sizes (:func:`_sized_thing`), is metres: millions are
    written "5m" or "5 mn". (Money never comes here: an amount with a currency takes its
    scale, "£6 m", in ``amounts.unit_for``.)"""
    wm = _SPACED_M_WORD.match(n, pos)
    return wm is not None and _sized_thing(wm["w"])


# an article or a possessive right before the number: "a 212m", "the 212m", "its 212m"
_ARTICLE_BEFORE_SIZE = re.compile(r"(?:^|(?<=[\s(\"'\u201c]))(?:an?|the|its|their)[ \t]+$", re.I)
# the word after the size: a comma may stand between ("a 212m, twin-hulled platform")
_WORD_AFTER_SIZE = re.compile(rf",?[ \t]+{_SIZED_WORD}")


def metre_attributive(s: Scan, num: Num, noun: Unit | None) -> Unit | None:
    """ "a 212m suspension bridge", "the 212m main span", "its 212m hull": a number with "m"
    after an article, before a lower-case word that is no plural (``noun``, the counted noun
    read after it, if any, is no plural either), names a size in metres: a count in millions
    would take a plural ("the 5m users", "a 3m audience" aside). Not before a word of
    ``[metre_attributive] not_nouns`` ("the 5m mark") nor a function word."""
    n, v = s.n, s.v
    if num.scale != "m" or num.word or n[num.end - 1 : num.end] != "m":
        return None
    if _ARTICLE_BEFORE_SIZE.search(n, max(0, num.start - 8), num.start) is None:
        return None
    wm = _WORD_AFTER_SIZE.match(n, num.end)
    if wm is None:
        return None
    if not _sized_thing(wm["w"]):
        return None
    if noun is not None:
        written = n[wm.start("w") : noun.end].split()[-1].lower()
        if plural_looking(written) or written in v.metre_not_nouns:
            return None
    return Unit(num.end, "meter", "physical")


# A length named before the number: "Length: 312m", "a draft of 11m", "a deck spanning
# 312m", "rising 40m above the river", "a depth of 12m" (a spaced "m" too:
# "spanning 84 m"): "m" touching the number
# is metres there too (with a counted noun after it, "spanning 5m households", it stays
# millions).
METRE_BEFORE = re.compile(
    r"(?:(?<![\w])(?:length|height|depth|width|thickness|draft|draught|span|diameter|altitude|"
    r"elevation)(?:[ \t]+of)?|(?<![\w])(?:spans|spanning|measuring|rising|stretching|towering))"
    r"[ \t]*:?[ \t]*(?:(?:about|around|roughly|some|nearly|almost|over|by|to|just|up[ \t]+to|"
    r"approximately|more[ \t]+than)[ \t]+){0,2}$",
    re.IGNORECASE,
)


_M_CLOSE = re.compile(r"m[ \t]*\)")

# lengths written out in metres or feet somewhere in the text ("74 metres", "1,043ft", "(282
# ft)"): a text that measures lengths so writes a bare "318m" in metres too
LENGTH_WORDS = re.compile(
    r"[0-9][ \t]*(?:metres?|meters?|ft|feet|foot)\b|[0-9]-(?:metre|meter|foot)\b"
)


# a length unit named as a word, with or without a number before it ("a six-metre bar", "one
# centimetre higher", "metres above sea level"); a square or cubic metre measures no length,
# and a plain "meter" may be a device ("smart meters")
_LENGTH_NAMED = re.compile(
    r"(?<!square )(?<!cubic )(?<!sq )"
    r"(?:\b(?:centi|milli)met(?:re|er)s?\b|\bmetres?\b|-met(?:re|er)\b)"
)


def metres_text(s: Scan, amt: Amount, num: Num) -> bool:
    """Whether a bare "318m" (no currency, no counted noun after it) is metres: the text
    writes lengths in metres or feet elsewhere, as the text of a tower, a well or a bridge
    does, and no other figure of it carries a currency (a text of money writes "5m" for 5
    million); the number stands free of a currency and a sign. A number written with a
    thousands separator ("above 7,150m", "3,900m of climbing") is metres in any text that
    writes no money in millions: millions that large are written as billions ("8bn") there,
    as a text with no money names no such sum."""
    if amt.cur is not None or amt.negative:
        return False
    if s.metres is None:
        s.metres = (
            LENGTH_WORDS.search(s.low) is not None or _LENGTH_NAMED.search(s.low) is not None
        ) and not _MONEY_MILLIONS.search(s.n)
    if s.metres:
        return True
    return "," in num.text and not num.word and _MONEY_MILLIONS.search(s.n) is None


# distances written out: "12km", "26.2 miles", "kilometres", a marathon ("the 40k mark")
DISTANCE_WORDS = re.compile(_DISTANCE_UNITS + r"|\bmarathon")


def no_distances(s: Scan) -> bool:
    """Whether the text measures no distance (no "km", "kilometres", "miles", "marathon"): a
    bare "38k" there is 38 thousand, never 38 km."""
    if s.distances is None:
        s.distances = DISTANCE_WORDS.search(s.low) is not None
    return not s.distances


def millions_text(s: Scan) -> bool:
    """Whether a bare "2.1m" (no currency, no counted noun) is 2.1 million: the text writes
    money in millions with "m" ("$4.62bn", "£450m") and measures no length or distance at
    all (no metres, feet, km, miles), as an analyst's note does ("net adds 2.1m vs consensus
    1.9m")."""
    if s.millions is None:
        s.millions = (
            _MONEY_SCALED.search(s.n) is not None
            and LENGTH_WORDS.search(s.low) is None
            and DISTANCE_WORDS.search(s.low) is None
            and _ANY_METRES.search(s.n) is None
        )
    return s.millions


# a currency before a number with a scale letter: "£450m", "$4.62bn", "€3mn", "USD 1.2tn"
_MONEY_SCALED = re.compile(r"(?:[£$€¥₹]|\b[A-Z]{3}[ \t]?)[0-9][0-9.,]*[ \t]?(?:m|mn|bn|b|tn)\b")


# a length in metres written "m" before a length word ("a 2m-tall tank", "18-24m deep")
_ANY_METRES = re.compile(r"[0-9]m[ \t]*-?[ \t]*(?:tall|long|high|wide|deep|thick)\b")


# a currency before a number with "m" or "mn" for million: "£450m", "$1.2m", "€3mn"
_MONEY_MILLIONS = re.compile(r"(?:[£$€¥₹]|\b[A-Z]{3}[ \t]?)[0-9][0-9.,]*[ \t]?(?:m|mn)\b")


def metre_attached(n: str, pos: int) -> Unit | None:
    """ "1.8m tall", "a 100m-long hull", "3m x 2m", "4,850m (about 15,900ft)", "the 1,310ft
    (399m) hull": "m" touching the number before a length word, before a bracket restating it
    in another length unit, or in a bracket restating a length just before, is metres
    (elsewhere "5m" is 5 million)."""
    if pos == 0 or not n[pos - 1].isdigit():
        return None
    m = _METRE_ATTACHED.match(n, pos)
    if m is None:
        start = pos
        while start > 0 and (n[start - 1].isdigit() or n[start - 1] in ",."):
            start -= 1
        if _LENGTH_BRACKET_BEFORE.search(n, max(0, start - 48), start) and _M_CLOSE.match(
            n[pos : pos + 4]
        ):
            return Unit(pos + 1, "meter", "physical")
        return None
    return Unit(m.end(), "meter", "physical")


# A length, then an opening bracket (a qualifier at most): "1,310ft (", "820 feet (about "
_LENGTH_BRACKET_BEFORE = re.compile(
    r"\d[\d,.]*[ \t]*(?:ft|feet|foot|yards?|yds?|miles?|mi)[ \t]*\([ \t]*"
    r"(?:(?:about|around|roughly|some|approximately|nearly|almost|c\.|~)[ \t]*)?$",
    re.IGNORECASE,
)


# after "pounds": a force ("8 million pounds of thrust", "... pounds (36,000 kN) of force") or a
# restatement in a unit of mass ("7.5 million pounds (3.4 million kilograms)"): no sterling
_RX_OF_FORCE = re.compile(r"(?:[ \t]*\([^()\n]{0,60}\))?[ \t]+of[ \t]+(?:thrust|force)\b", re.I)
_RX_MASS_BRACKET = re.compile(
    r"[ \t]*\([^()\n]{0,40}?\b(?:kilo(?:gram|gramme)s?|kg|tonnes?|metric[ \t]+tons?)\b"
    r"[^()\n]{0,20}\)",
    re.I,
)
_POUND_FIRST = frozenset("pPlL-")  # what "pounds", "lbs" (or a hyphen before them) start with


def pound_weight(n: str, start: int, pos: int) -> Unit | None:
    """ "weighs 25 pounds", "lost 25 pounds", "a metric ton is 2,204.62 pounds": pounds of
    mass (``[pound_weight]`` in physical_units.toml), not sterling."""
    if next_char(n, pos) not in _POUND_FIRST:
        return None  # (the common case: no look-up of the vocabulary, no pattern)
    v = vocab()
    m = v.pound_rx.match(n, pos)
    if m is None:
        return None
    if _RX_OF_FORCE.match(n, m.end()):
        return Unit(m.end(), phys_name("pound_force"), "physical")  # "pounds of thrust"
    if _RX_MASS_BRACKET.match(n, m.end()):
        return Unit(m.end(), "pound", "physical")  # "7.5 million pounds (3.4 million kg)"
    if v.pound_cue_rx.search(n, max(0, start - 40), start) is None:
        begin = max(0, start - 200)
        for br in SENTENCE_BREAK.finditer(n, begin, start):
            begin = br.end()
        if v.mass_word_rx.search(n, begin, start) is None:
            return None
    return Unit(m.end(), "pound", "physical")


# "5.9-magnitude at 8:11": the cue's magnitude was written before it
STATED_BEFORE = re.compile(r"[0-9][ \t]*-?[ \t]*$")


def magnitude_cue(s: Scan, amt: Amount, num: Num) -> int | None:
    """End of a magnitude stated by a cue ("the strongest of them measuring 5.1", "5.4 on
    the Richter scale") in a sentence that speaks of a quake (``[magnitude]`` in
    physical_units.toml); None if it is not one."""
    n, v = s.n, s.v
    if (
        num.word
        or num.scale
        or not (0 < num.value < v.mag_below)
        or n[num.end : num.end + 1] == ":"
    ):
        return None  # "8:11 am" is a clock time
    if "." in num.text and v.mag_noun_rx.match(n, num.end) is not None:
        return num.end  # "the main 6.8 shock": a count of quakes has no decimal point
    if s.quake is None:
        s.quake = any(word in s.low for word in v.mag_needs)
    if not s.quake:
        return None
    end = num.end
    am = v.mag_after_rx.match(n, end)
    if am is not None:
        end = am.end()
    elif (
        cm := v.mag_cue_rx.search(n, max(0, amt.start - 30), amt.start)
    ) is None or STATED_BEFORE.search(n, max(0, cm.start() - 8), cm.start()):
        qm = v.qual_prefix_rx.search(n, max(0, amt.start - 40), amt.start)
        if (
            qm is None
            or not qm["q"]
            or v.mag_cue_rx.search(n, max(0, qm.start() - 30), qm.start()) is None
        ) and not stated_bare(s, amt, num):
            return None
    begin = max(0, amt.start - 300)
    for br in SENTENCE_BREAK.finditer(n, begin, amt.start):
        begin = br.end()
    stop = SENTENCE_BREAK.search(n, end)
    if v.mag_needs_rx.search(n, begin, stop.start() if stop else len(n)) is None:
        return None
    return end


# A magnitude the sentence states with no cue word of its own, as a number with one decimal
# place: after "at" or "to" ("first put the quake at 6.3, then revised it to 6.4", "measured
# the main shock at 6.2"), as a noun phrase of its own ("the strongest aftershock, a 5.4,
# came at noon"; "A 6.2 or 6.4 is a strong quake"), or as the other figure after "or" right
# after a magnitude ("a 6.2 or 6.4"). The article before and the clause end after keep "a 5.4
# rating" out; a clock ("at 3.40pm") has two decimal places.
ONE_DECIMAL = re.compile(r"[0-9]\.[0-9]")
LINK_BEFORE = re.compile(r"(?<![\w])(?:at|to)[ \t]+$", re.IGNORECASE)
ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(,;:\u2014\u2013\"'\u201c]))an?[ \t]+$", re.IGNORECASE)
# the quake (or "it") right before the link, a verb in -ed and its auxiliary between at most:
# "put the quake at", "revised it to", "the tremor was later upgraded to"
QUAKE_BEFORE_LINK = re.compile(
    r"(?<![\w])(?:(?:earth)?quakes?|(?:after|fore)?shocks?|tremors?|temblors?|it)"
    r"(?:[ \t]+(?:was|were|is|has|had|been|later|then|first|initially|subsequently|[a-z]+ed))"
    r"{0,3}[ \t]+$",
    re.IGNORECASE,
)
# after "a 5.4": when or where it struck ("the strongest a 5.4 on Monday", "a 4.9 at dawn")
WHEN_AFTER = re.compile(r"[ \t]+(?:on|at|struck|hit|shook|rattled)\b", re.IGNORECASE)
OR_BEFORE = re.compile(r"[ \t]+or[ \t]+$")
ALONE_AFTER = re.compile(r"[ \t]*(?:[,;:)\u2014\u2013]|\.(?:\s|$)|$|[ \t]or\b)")
CLOCK_OR_GLUED = re.compile(
    r"[A-Za-z%\u00b0]|[ \t]*(?:[ap]\.?m\.?(?![a-z])|gmt|utc|local[ \t]+time|hours?|hrs)\b",
    re.IGNORECASE,
)


def stated_bare(s: Scan, amt: Amount, num: Num) -> bool:
    """``num`` states a magnitude with no cue word (see ONE_DECIMAL); the caller has checked
    that the sentence names a quake and that nothing after it is a unit."""
    n, v = s.n, s.v
    if ONE_DECIMAL.fullmatch(num.text) is None or not 1 < num.value < v.mag_below:
        return False
    link = LINK_BEFORE.search(n, max(0, amt.start - 8), amt.start)
    if link is not None:
        if QUAKE_BEFORE_LINK.search(n, max(0, link.start() - 60), link.start()) is None:
            return False  # "shares fell to 5.2": the quake is not what reaches the figure
        return CLOCK_OR_GLUED.match(n, num.end) is None  # "at 6.2 with", not "at 6.2am"
    if ARTICLE_BEFORE.search(n, max(0, amt.start - 8), amt.start):
        return bool(ALONE_AFTER.match(n, num.end) or WHEN_AFTER.match(n, num.end))
    if ALONE_AFTER.match(n, num.end) is None:
        return False
    prev = s.out[-1] if s.out else None
    return (
        prev is not None
        and prev.unit == "magnitude"
        and OR_BEFORE.fullmatch(n, prev.span[1], amt.start) is not None
    )


# "2:06:14", "1:03:20.5": hours (at most two digits), minutes, seconds; never a fourth part
ELAPSED = re.compile(r"(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?:\.(?P<f>\d{1,3}))?(?![0-9:])")
# "1:55.38", "12:04.7": minutes and seconds with their fraction, as swimming, track and
# speed-skating times are written; a clock never has a fraction of its minutes
RACE_TIME = re.compile(r"(?P<h>)(?P<m>\d{1,2}):(?P<s>[0-5]\d)\.(?P<f>\d{1,3})(?![0-9:]|[.,][0-9])")
# after it, a clock's zone or half of the day ("10:15:30 GMT", "4:05:00 pm")
CLOCK_AFTER = re.compile(
    r"[ \t]*(?:[ap]\.?m\.?(?![a-z])|gmt|utc|bst|cet|cest|est|edt|pst|pdt|jst|hkt|ist|local|hrs)\b",
    re.IGNORECASE,
)
CLOCK_BEFORE = frozenset({"at", "since", "until", "till", "from", "before", "after"})


def elapsed(s: Scan, amt: Amount, num: Num) -> int | None:
    """A race or record time "2:06:14" or "1:55.38" (see RACE_TIME) as one duration in
    seconds; None when the digits are not one (a clock time: "at 10:15:30", "10:15:30 GMT").
    Returns the end it read to."""
    n = s.n
    if num.word or num.scale or amt.cur is not None or amt.negative:
        return None
    m = ELAPSED.match(n, num.start)
    if m is None:
        m = RACE_TIME.match(n, num.start)
        if m is None or CLOCK_AFTER.match(n, m.end()):
            return None  # "1:55.38" after "from" or "at" is still a race time
    elif s.word_before(amt.start) in CLOCK_BEFORE or CLOCK_AFTER.match(n, m.end()):
        return None
    digits = m["f"] or ""
    value = (
        int(m["h"] or 0) * 3600
        + int(m["m"]) * 60
        + int(m["s"])
        + (int(digits) / 10 ** len(digits) if digits else 0.0)
    )
    half = 0.5 / 10 ** len(digits)
    qual, qual_text = s.qualifier(amt.start, m.end(), "second")
    s.emit(amt.start, m.end(), value, half, "second", "physical", qual, qual_text, None)
    return m.end()


# hours and minutes written compactly, "h" touching the hours: "4h20", "3h 45min", "2hr15m"
COMPACT_HM = re.compile(
    r"(?P<h>\d{1,3})h(?:rs?)?[ \t]?(?P<m>[0-5]\d)(?:[ \t]?(?:mins?|m)\b\.?)?(?![\w:.,]\d|\w)"
)


def compact_duration(s: Scan, amt: Amount, num: Num) -> int | None:
    """ "The evacuation took 4h20", "after 3h 45min": hours and minutes as one duration in
    seconds, to the minute. Returns the end it read to, or None."""
    n = s.n
    if num.word or num.scale or amt.cur is not None or amt.negative or "." in num.text:
        return None
    m = COMPACT_HM.match(n, num.start)
    if m is None or s.word_before(amt.start) in CLOCK_BEFORE or CLOCK_AFTER.match(n, m.end()):
        return None  # "at 14h30", "14h30 local": a clock time
    end = m.end()
    if n[end - 1] == "." and (end >= len(n) or n[end] in " \t\n"):
        end -= 1  # a full stop after "min" closes the sentence
    value = int(m["h"]) * 3600 + int(m["m"]) * 60
    qual, qual_text = s.qualifier(amt.start, end, "second")
    s.emit(amt.start, end, value, 30.0, "second", "physical", qual, qual_text, None)
    return end


# the smaller parts after a count of hours or minutes: "2 hours 6 minutes 41 seconds",
# "two hours, 21 minutes", "5 min 12 s"
_PART_NUMBER = r"(?P<n>[0-5]?\d(?:\.\d{1,3})?|(?!and\b)[a-z]+(?:-[a-z]+)?)"
_MINUTES_PART = re.compile(
    rf",?[ \t]+(?:and[ \t]+)?{_PART_NUMBER}[ \t]*(?:minutes|minute|mins|min)\b\.?", re.IGNORECASE
)
_SECONDS_PART = re.compile(
    rf",?[ \t]+(?:and[ \t]+)?{_PART_NUMBER}[ \t]*(?:seconds|second|secs|sec|s)\b\.?",
    re.IGNORECASE,
)


def _part(raw: str) -> tuple[float, int] | None:
    """The value of a minutes or seconds part ("21", "8.5", "eight", "twenty-one") below 60
    and its decimals; None when it is no number."""
    if raw[0].isdigit():
        return float(raw), len(raw.split(".")[1]) if "." in raw else 0
    wn = parse_words(raw)
    if wn is None or wn.scale or wn.length != len(raw) or not 0 <= wn.value < 60:
        return None
    return wn.value, 0


_SECONDS = {"hour": 3600.0, "minute": 60.0}


def elapsed_parts(n: str, end: int, unit: str, value: float) -> tuple[int, float, float] | None:
    """A count of hours or minutes ``value`` ending at ``end`` joined with the smaller parts
    written after it: (end, seconds, precision in seconds), or None when none follows."""
    if unit not in _SECONDS:
        return None
    total, half, parts = value * _SECONDS[unit], _SECONDS[unit] / 2, 0
    if unit == "hour":
        mm = _MINUTES_PART.match(n, end)
        got = _part(mm["n"]) if mm is not None else None
        if mm is not None and got is not None and got[0] == int(got[0]):
            end, total, half, parts = mm.end(), total + got[0] * 60, 30.0, 1
    sm = _SECONDS_PART.match(n, end)
    sec = _part(sm["n"]) if sm is not None else None
    if sm is not None and sec is not None and (parts or unit == "minute"):
        end, total, half, parts = sm.end(), total + sec[0], 0.5 / 10 ** sec[1], parts + 1
    if not parts:
        return None
    if n[end - 1] == "." and (end >= len(n) or n[end] in " \t\n"):
        end -= 1  # a full stop after "min" closes the sentence
    return end, total, half


# "a mile from the harbour", "about a kilometre away", "a half-mile underground", "half-a-mile
# inland": a length after "a"/"an" (or half of one) is one of its unit. Only units that name
# nothing else after an article: "a meter" may be a gas meter, "a foot" a body part, "a yard"
# a garden. Not a denominator ("$2 a mile", "60 miles an hour") nor part of a hyphenated word
# ("a mile-long queue" is read as an adjective elsewhere).
# (matched on the lower-cased text: the unit first, which is rare, then the article before it)
ARTICLE_UNIT = re.compile(r"(?<!\w)(?P<u>mile|kilometre|kilometer|metre)\b(?![-'\u2019])")
LENGTH_ARTICLE = re.compile(r"(?:(?<![\w-])an?[ \t]+(?P<half>half-)?|(?<![\w-])half-a-)$")
_RATE_BEFORE = re.compile(r"(?:[0-9][^ \t]*|\bper|\bevery|\beach)[ \t]+(?:[a-z]+[ \t]+)?$")
_RESTATED_BEFORE = re.compile(r"[0-9][^\s()]*[ \t]*(?:[a-z]+[ \t]*)?\([^()\n]{0,24}$")
_PART_BEFORE = re.compile(r"(?<![\w])(?:half|of)[ \t]+$")
_AND_A_HALF = re.compile(r"[ \t]+and[ \t]+a[ \t]+half\b")


def scan_article_lengths(s: Scan) -> None:
    """Each "a/an <length>" or its half (see ARTICLE_UNIT), found before the scan and joined
    to its output at the end: value 1 (or 0.5) of the unit, kind 'physical', written precision
    half of the value, widened by a qualifier ("about a mile", "barely a kilometre")."""
    low = s.low
    if (
        "a mile" not in low
        and "a kilomet" not in low
        and "a metre" not in low
        and "half-" not in low
    ):
        return  # (most texts: four cheap look-ups, no pattern)
    for m in ARTICLE_UNIT.finditer(low):
        art = LENGTH_ARTICLE.search(low, max(0, m.start() - 10), m.start())
        if art is None:
            continue
        a, b = art.start(), m.end()
        if (
            s.blocked_span(a) is not None
            or _RATE_BEFORE.search(low, max(0, a - 24), a)
            or _PART_BEFORE.search(low, max(0, a - 24), a)
            or _RESTATED_BEFORE.search(low, max(0, a - 40), a)
        ):
            continue  # "$2 a mile": a denominator; "half a mile", "a third of a mile": a part;
            # "2.4km (about a mile and a half)": the figure before, restated
        more = _AND_A_HALF.match(low, b)
        if more is not None:
            b = more.end()  # "a mile and a half"
        name = phys_name(vocab().phys[m["u"]])
        if name is None:
            continue
        value = 0.5 if art["half"] or low.startswith("half", a) else 1.0
        if more is not None:
            value = 1.5
        qual, qual_text = s.qualifier(a, b, name)
        half = 0.5 * value
        lo, hi = (
            (value - half, value + half) if qual is None else qualified_interval(value, half, qual)
        )
        s.found_first(
            Mention(
                surface=s.text[a:b],
                span=(a, b),
                value=value,
                unit=name,
                kind="physical",
                low=round12(lo),
                high=round12(hi),
                qualifier=qual,  # type: ignore[arg-type]
                qualifier_text=qual_text,
            )
        )
