"""One figure: sign, currency, number, scale, unit, qualifier and range, put together.

* **Qualifiers** (``qualifiers.toml``): the phrase before (or after) the amount, excluded from the
  span; ``qualifier`` is the canonical name, ``qualifier_text`` the words as written. Vetoes in
  the data drop a phrase where it means something else ("revised up to 3.3% from 3.1%", "over
  five years"); a qualifier right after another quantity is a comparison ("18% above the ₹412
  offer price"), not a qualifier of the second.
* **Ranges.** "between X and Y", "from X to Y", "X-Y", "X to Y" make ONE mention with
  ``qualifier='range'``, ``value`` = X, ``low`` = low end of X, ``high`` = high end of Y. A unit or
  scale written only on Y is shared back ("5-7%", "$10-$20 million"). "X to Y" where X carries
  its own unit ("rose 2.4% to HK$140.60", "from $10 to $20") is two mentions (a change), unless
  opened by "between" or a verb of spread ("prices range from $10 to $20").
"""

from __future__ import annotations

import re
from dataclasses import replace

from reconcile.claims.numbers import (
    integer_half_step,
    parse_words,
)
from reconcile.quantities.bare_counts import age_unit, context_unit, label_figure, label_unit
from reconcile.quantities.counts import (
    AGO,
    name_before,
    name_or_date_before,
    noun_suffix,
    one_counts,
    score_end,
)
from reconcile.quantities.model_sizes import ACTIVE_AFTER, MODEL_VERSION_BEFORE
from reconcile.quantities.money import currency_prefix, currency_suffix, money_rate
from reconcile.quantities.numerals import YEAR, Num, parse_words_or_numeral, read_number, scaled
from reconcile.quantities.percent import PERCENT_OF, part_of_unit, points_unit, ratio
from reconcile.quantities.physical import (
    MAGNITUDE_BEFORE,
    METRE_BEFORE,
    compact_duration,
    elapsed,
    elapsed_parts,
    inches_after,
    magnitude_cue,
    metre_attached,
    metre_attributive,
    metres_text,
    millions_text,
    no_distances,
)
from reconcile.quantities.state import CLAUSE_BREAK, WORD_AFTER, Amount, Scan, Unit
from reconcile.quantities.story_codes import story_letters_before
from reconcile.quantities.suffix import unit_suffix
from reconcile.quantities.tallies import cricket_score, from_score, tally

# Signs. "-", "−" or "–" right before the amount (at the start, after a blank or an opening
# bracket) make it negative, as does "minus"; an em dash there is punctuation ("the fund
# —$40 million— opens" is 40 million).

# Dashes that are punctuation, never a sign: "the grant —$5 million— went to" is 5 million.
EM_DASHES = frozenset("\u2014\u2015")


MINUS_WORD = re.compile(r"(?<![\w])minus[ \t]+$", re.IGNORECASE)


RANGE_CONN = re.compile(r"[ \t]*(?P<c>-|to|and|through|or(?=[ \t]))[ \t]*", re.IGNORECASE)


def left_ok(s: Scan, start: int) -> bool:
    """A numeral glued to letters must be a currency code ("USD22.38"), not a name."""
    n = s.n
    if start == 0:
        return True
    prev = n[start - 1]
    if prev.isalpha() or prev == "_":
        if currency_prefix(n, start) is not None:
            return True
        if not s.story_letters and start > 1:
            s.story_letters = story_letters_before(n, start)  # "Qx61m": the story's own?
        return False
    # "1/2", "09/09/2025": after "digit/" a number is a fraction or a date part
    return not (prev == "/" and start > 1 and n[start - 2].isdigit())


def lead(s: Scan, num: Num) -> Amount:
    """Currency prefix ("HK$", "USD ") and sign ("-", "−", "minus") before the number."""
    n = s.n
    start = num.start
    cur = None if num.word else currency_prefix(n, start)
    if (
        cur is None
        and not s.story_letters
        and start > 1
        # (cheap tests first: most numbers follow a small letter; "SKr 40" two capitals)
        and (n[start - 2].isupper() or (start > 3 and n[start - 3].isupper()))
        and n[start - 1] in " \t"
        and not num.word
    ):
        s.story_letters = story_letters_before(n, start)  # "QX 270m" (touching: see left_ok)
    if cur and cur[0] < s.last_end:
        cur = None  # already the unit of the mention before: "10 rmb 20 usd"
    lead = cur[0] if cur else start
    negative = False
    if (
        lead > 0
        and n[lead - 1] == "-"
        and (lead == 1 or n[lead - 2] in " \t\n([/:=~")
        and s.text[lead - 1] not in EM_DASHES
    ):
        negative = True
        lead -= 1
    elif s.low.find("nu", max(0, lead - 8), lead) != -1:  # ("n", "u": no other case forms)
        mw = MINUS_WORD.search(n, max(0, lead - 8), lead)
        if mw:
            negative = True
            lead = mw.start()
    return Amount(lead, num, cur, negative)


# Seconds, minutes and hours are never what a label numbers: after a label word they measure
# ("crossed the line 18 seconds behind", "won the stage two minutes clear").
CLOCK_UNITS = frozenset({"second", "minute", "hour"})


# "-plus" joined to a number before its noun, as "+" is: "the 300-plus replies" (at least 300)
PLUS_WORD = re.compile(r"-plus(?=[ \t]+[a-z]|-[a-z])", re.IGNORECASE)


# An uncertainty written between the number and its unit: "3.4 ± 0.3 Earth masses", "52 +/-
# 3%": the interval is the number plus or minus it
PLUS_MINUS = re.compile(r"[ \t]*(?:\u00b1|\+/-|\+-)[ \t]*(?P<e>[0-9]+(?:\.[0-9]+)?)(?![0-9.,])")


# A qualifier written between the number and its counted noun: "40 or so wallets", "12 or more
# rigs", "30 or fewer seats".
QUAL_BEFORE_NOUN = re.compile(r"[ \t]+or[ \t]+(?P<q>so|more|fewer|less)(?=[ \t]+[a-z])", re.I)
QUAL_BEFORE_NOUN_NAMES = {"so": "about", "more": "at_least", "fewer": "at_most", "less": "at_most"}


def amount(s: Scan, m: re.Match[str]) -> int | None:
    n = s.n
    num = read_number(n, m)
    if num is None:
        return None
    if num.start < s.last_end:
        return None
    amt = lead(s, num)
    if n[num.end : num.end + 1] == ":":
        clock_end = elapsed(s, amt, num)
        if clock_end is not None:
            return clock_end  # "won in 2:06:14": a race time
    elif n[num.end : num.end + 1] == "h":
        hm_end = compact_duration(s, amt, num)
        if hm_end is not None:
            return hm_end  # "took 4h20": hours and minutes
    before = s.word_before(amt.start)
    label = (
        amt.cur is None
        and not amt.negative
        and before in s.v.label_last
        and s.v.label_rx.search(n, max(0, amt.start - 14), amt.start) is not None
        and not ("," in num.text and s.v.side_before_rx.search(n, max(0, amt.start - 5), amt.start))
    )  # "No 6,705" is a side of a vote, "No 1" a label
    # '+' right after the number: "300+ models"
    plus_end = None
    if num.end < len(n) and n[num.end] == "+":
        plus_end = num.end + 1
    elif PLUS_WORD.match(n, num.end) and amt.cur is None:
        plus_end = num.end + 5  # "the 300-plus replies", "a 40-plus-year career"
    unit, num = unit_for(s, amt, num, plus_end if plus_end else num.end)
    if unit is None and plus_end is None and amt.cur is None and not num.word and not num.scale:
        pm = PLUS_MINUS.match(n, num.end)
        if pm is not None:  # "3.4 ± 0.3 Earth masses": the measure and its uncertainty
            measured, _ = unit_for(s, amt, num, pm.end())
            if measured is not None and measured.kind in ("physical", "percent"):
                unit = measured
                num = replace(num, half=float(pm["e"]))
    if unit is None and plus_end is None and amt.cur is None and not amt.negative:
        dm = DECIMAL_PART.match(n, num.end)
        if dm is not None and num.value == int(num.value) and not num.scale:
            part_end = part_of_unit(
                s, amt.start, dm.end(), num.value, DECIMAL_PARTS[dm["d"].lower()]
            )
            if part_end is not None:
                return part_end  # "53 hundredths of a second": 0.53 second
    qual_between = None
    if unit is None and plus_end is None and amt.cur is None:
        qm = QUAL_BEFORE_NOUN.match(n, num.end)
        if qm is not None:
            noun, _ = unit_for(s, amt, num, qm.end())
            if noun is not None and noun.kind == "count":
                unit = noun  # "40 or so wallets", "12 or more rigs": the noun after the qualifier
                qual_between = (QUAL_BEFORE_NOUN_NAMES[qm["q"].lower()], f"or {qm['q'].lower()}")
    if unit is not None and num.word and unit.unit in s.v.phys_numeral_only:
        return unit.end  # "a two-bit operation": slang, no quantity
    if num.fraction and (unit is None or unit.kind not in ("physical", "percent")):
        return num.end  # "1/2 share", "3/4 of": a fraction is a figure only with its unit
    if (
        label
        and (unit is None or unit.kind in ("count", "number"))
        and not (unit is not None and unit.unit in CLOCK_UNITS and unit.kind == "count")
    ):
        return num.end  # "phase 3 trial", "type 2 diabetes": a label, not a quantity
    if (
        (unit is None or unit.kind == "count")
        and amt.cur is None
        and not num.scale
        and "," not in num.text
        and (
            name_before(s, amt.start)
            or (  # "Grok 3 engineers", "March 3 protesters" (a title-case line says nothing)
                unit is not None
                and unit.modifier is None
                and n[unit.end - 1].islower()
                and name_or_date_before(n, num.start)
            )
        )
    ):
        return num.end  # "Windows 11 users", "iPhone 17 buyers": part of a name
    if unit is None and amt.cur is None and not amt.negative and not label:
        ratio_end = ratio(s, amt, num)
        if ratio_end is not None:
            return ratio_end  # "one in five adults": a share
    # (no reader of a score or tally takes a figure with a currency or a scale: most money
    # passes by without asking them; each reader checks it again)
    if amt.cur is None and not num.scale:
        if not amt.negative and not num.fraction:
            cricket_end = cricket_score(s, amt, num, unit)
            if cricket_end is not None:
                return cricket_end  # "112 for four", "took six for 54", "71.4 overs"
            if before not in ("from", "between") or (before == "from" and from_score(s, num)):
                # ("cut from 9 to 7": a change, not a tally; "from 2-0 down": a score)
                tally_end = tally(s, amt, num, unit)
                if tally_end is not None:
                    return tally_end  # "voted 5-2", "a four-to-three vote", "by 7 votes to 4"
        score = score_end(s, amt, num, unit)
        if score is not None:
            return score  # "a 4-1 vote", "the 7-0 defeat": a score or tally, not a quantity
    # Range?
    opener = (
        s.v.opener_rx.search(n, max(0, amt.start - 20), amt.start)
        if before in s.v.opener_last
        else None
    )
    after = unit.end if unit else num.end
    rng = read_range(s, amt, num, unit, after, opener)
    if rng is not None:
        return rng
    if unit is None:
        unit = context_unit(s, amt, num)
    if unit is None:
        if num.scale and not num.single_scale:
            unit = Unit(num.end, "", "number")
        elif bare_figure(s, amt, num):
            unit = Unit(num.end, "", "number")  # "revised down to 41,000", "stood at 3,453,218"
        elif PERCENT_OF.search(n, max(0, amt.start - 16), amt.start):
            pm = PERCENT_OF.search(n, max(0, amt.start - 16), amt.start)
            assert pm is not None
            if pm.start() >= s.last_end and s.no_number_before(pm.start()):
                return finish(s, pm.start(), amt, num, Unit(num.end, "percent", "percent"), None)
            return None
        elif MAGNITUDE_BEFORE.search(n, max(0, amt.start - 12), amt.start):
            mg = MAGNITUDE_BEFORE.search(n, max(0, amt.start - 12), amt.start)
            assert mg is not None
            if mg.start() < s.last_end:
                return None  # "94 magnitude-7.2": the word is the unit of the one before
            return finish(s, mg.start(), amt, num, Unit(num.end, "magnitude", "number"), None)
        else:
            mag_end = magnitude_cue(s, amt, num)
            if mag_end is None:
                if bare_decimal(s, amt, num):  # "an average age of 11.4", "fell to 0.31"
                    return finish(s, amt.start, amt, num, Unit(num.end, "", "number"), None)
                return None
            return finish(s, amt.start, amt, num, Unit(mag_end, "magnitude", "number"), None)
    qual_override = qual_between
    if plus_end is not None and unit is not None:
        qual_override = ("at_least", "+")
    return finish(s, amt.start, amt, num, unit, qual_override)


# A whole number of tenths, hundredths or thousandths of one unit: "53 hundredths of a second",
# "seven tenths of a mile" (read as "six-tenths of a mile" is, see percent.part_of_unit)
DECIMAL_PARTS = {"tenths": 10, "hundredths": 100, "thousandths": 1000}
DECIMAL_PART = re.compile(r"[ \t-]+(?P<d>tenths|hundredths|thousandths)\b", re.IGNORECASE)


# Words that name no quantity of their own: "the figure was revised to 29,000" says what it
# measures only in another sentence; before "of"/"for" they name it ("its estimate of hiring
# was revised to 47,000", "the figure for arrivals rose to 12,400").
GENERIC_HEAD = re.compile(r"(?<![\w-])(?:figures?|estimates?)\b(?![ \t]+(?:of|for)\b)", re.I)


def bare_figure(s: Scan, amt: Amount, num: Num) -> bool:
    """A whole number of 1,000 or more written with a thousands separator, with no unit or
    currency, is a figure (kind 'number', unit ''): what it measures is named further away
    ("hiring was revised to 47,000 from 61,000", "the list stood at 3,453,218") or by a
    fact-sheet label that names no counted noun ("- Friday: 38,500", "- Retail: -4,000", a
    signed change; a label with a noun is read by ``label_unit`` first). Not when its clause
    names it only by a generic word ("the figure was revised up to 29,000"), before a
    capitalised word ("4,210 Leave") or with a letter glued to it ("4,850m")."""
    if (
        num.word
        or "," not in num.text
        or num.value < 1000
        or num.value != int(num.value)
        or amt.cur is not None
    ):
        return False
    n = s.n
    if n[num.end : num.end + 1].isalpha() or NAME_AFTER.match(n, num.end):
        return False  # "4,850m" (metres or millions), "4,210 Leave": the word after says
    begin = max(0, amt.start - 120)
    for br in CLAUSE_BREAK.finditer(n, begin, amt.start):
        begin = br.end()
    return GENERIC_HEAD.search(n, begin, amt.start) is None


NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


# the link right before a statistic's value: "an average age of 11.4", "the ratio stands at
# 11.4", "fell to 0.31 from 0.34" (a qualifier may stand between); a copula ("is 11.4")
# is left out: it cost a false alarm (a figure of another place, "the median age in <town>
# is N", met the national one, and the claims stage did not tell the places apart)
DECIMAL_LINK = re.compile(
    r"(?<![\w-])(?:of|at|to|from)[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just|only|over|under)[ \t]+)?$",
    re.IGNORECASE,
)
# "at 9.30", "from 10.15 to 11.45": a clock time written with a point (hours 1-24)
CLOCK_POINT = re.compile(r"(?:[1-9]|1[0-9]|2[0-4])\.[0-5][0-9]")
# after the value: the end of a phrase (no word glued, no unit, no further numeral)
DECIMAL_AFTER = re.compile(r"(?:[ \t]*(?:[,;)]|\.(?:[ \t\n]|$)|$|\n)|[ \t]+[a-z])")


def bare_decimal(s: Scan, amt: Amount, num: Num) -> bool:
    """A number with a decimal part, no unit and no currency, right after a link ("of",
    "at", "to", "from"): the value of a statistic named just before it, an index, a ratio,
    an average, a time ("an average age of 11.4", "a price-to-earnings ratio of 11.4", "fell
    to 0.31 from 0.34", "a batting average of 11.4"), kind 'number'. Not a clock written
    with a point ("at 9.30"), nor before a capitalised word or another numeral."""
    if num.word or amt.cur is not None or num.scale or "." not in num.text:
        return False
    if not num.text.replace(".", "").isdigit() or num.text.count(".") != 1:
        return False
    if CLOCK_POINT.fullmatch(num.text):
        return False
    n = s.n
    if DECIMAL_AFTER.match(n, num.end) is None:
        return False
    return DECIMAL_LINK.search(n, max(0, amt.start - 24), amt.start) is not None


# a scale letter after a space, when a currency stands before the number: "£6 m", "EUR 6 m"
# (a money amount's "m" is millions, as touching it: "£6m")
_SPACED_LETTER = re.compile(r"[ \t](?P<w>[mM])(?![\w'/-]|\.[A-Za-z])")


def unit_for(s: Scan, amt: Amount, num: Num, pos: int) -> tuple[Unit | None, Num]:
    n = s.n
    cur = amt.cur
    if cur is not None:
        _, c, mult = cur
        end = num.end
        scale = num.scale
        # same currency written again after: "$ 10 dollars"
        cs = currency_suffix(n, pos)
        if (
            cs
            and cs[1].code == c.code
            and cs[1].factor == 1.0
            and n[pos : cs[0]].strip(" \t-").isalpha()
        ):
            end = cs[0]
        else:
            end = pos if pos > num.end else num.end
        if scale is None and mult == 1.0:
            ms = s.v.scale_after_code_rx.match(n, end) or _SPACED_LETTER.match(n, end)
            if ms:
                w = ms["w"]
                num = scaled(num, w, s.v.scales.get(w.lower()) or s.v.single_scales[w])
                end = ms.end()
        return Unit(end, c.code, "money", c.factor * mult, c.alternatives), num
    unit = unit_suffix(n, pos, num.start)
    if unit is not None and unit.kind == "money":
        if num.scale is None and unit.factor == 1.0:
            ms = s.v.scale_after_code_rx.match(n, unit.end)
            if ms:
                num = scaled(num, ms["w"], s.v.scales[ms["w"].lower()])
                unit.end = ms.end()
        return unit, num
    if num.single_scale and unit is None:
        bare = num.start + len(num.text)
        metre = metre_attached(n, bare) if num.scale == "m" else None
        if (
            metre is None
            and num.scale == "m"
            and not num.word
            and noun_suffix(n, pos, num) is None
            and (
                METRE_BEFORE.search(n, max(0, num.start - 40), num.start)
                or metres_text(s, amt, num)
            )
        ):
            metre = Unit(num.end, "meter", "physical")  # "Length: 312m", "At 318m, it"
        if metre is None and num.scale == "m" and not num.word:
            metre = metre_attributive(s, num, noun_suffix(n, pos, num))  # "a 212m bridge"
        if metre is not None:  # "1.8m tall", "a 2m-tall tank": metres, not millions
            return metre, metres_of(num, bare, s.v.single_scales["m"])
        noun = noun_suffix(n, pos, num)
        if noun is not None:
            if noun.unit in s.v.model_nouns and num.scale in ("B", "b", "M", "T"):
                return Unit(num.end, "parameter", "count"), num  # "a 480B model"
            return noun, num
        if num.scale in ("B", "b", "T") and not num.word:
            am = ACTIVE_AFTER.match(n, num.end)
            if am:  # "with 37B activated"
                return Unit(num.end, "parameter", "count", modifier="active"), num
            if MODEL_VERSION_BEFORE.search(n, max(0, num.start - 40), num.start):
                return Unit(num.end, "parameter", "count"), num  # "Llama 3.1 405B"
        if num.scale in ("m", "M", "k", "K", "b", "B", "bn"):
            labelled = label_unit(s, amt, num)
            if labelled is not None:  # "- Paying subscribers: 2.4m": a fact-sheet count
                return labelled, num
            if (
                amt.cur is None
                and not amt.negative
                and (num.scale not in ("k", "K") or no_distances(s))
            ):
                labelled = label_figure(s, num, amt.start)
                if labelled is not None:  # "- Export orders, second half: 41.3m": a figure
                    return labelled, num
        signed = amt.negative or (amt.start > 0 and n[amt.start - 1] == "+")
        if num.scale == "m" and not num.word and amt.cur is None and millions_text(s):
            # "net adds 2.1m vs consensus 1.9m": in a note that writes money in millions
            # and measures no length, a bare "m" is millions (kind 'number', as "3.3M")
            return Unit(num.end, "", "number"), num
        if (num.scale == "M" or (num.scale in ("k", "K") and signed)) and not num.word:
            # "net adds of 3.3M", "the base rose to 84.7M": a capital M is millions, never metres
            # or minutes, and the figure is read as "3.3 million" alone is (kind 'number'); so
            # is a signed change in thousands, "+38k", "(-12k)" (unsigned, "40k" may be km)
            return Unit(num.end, "", "number"), num
        if num.scale in ("k", "K") and not num.word and no_distances(s):
            wa = WORD_AFTER.match(n, num.end)
            if wa is None or wa["w"].lower() in s.v.stop:
                # "payroll growth is now 38k", "consensus of 152k but": thousands, in a text
                # that measures no distance (where "40k" may be km), closing its phrase ("a
                # 10k run", "an 8K screen" name a race and a resolution)
                return Unit(num.end, "", "number"), num
        # single-letter scale without money or noun: not a scale after all
        return None, Num(
            num.start,
            num.start + len(num.text),
            num.value,
            num.half,
            None,
            False,
            num.word,
            num.single_word,
            num.text,
        )
    if unit is None:
        unit = noun_suffix(n, pos, num)
        if unit is not None and unit.unit == "point" and not num.word:
            unit = points_unit(s, num.start, num.value, unit)  # "0.6 points" of a share
    return unit, num


# the time nouns a lone "one" never counts ("just one day after": a date, not a figure)
ONE_TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "time"})


def lone_one_counts(s: Scan, n: str, start: int, num: Num, unit: Unit, end: int) -> bool:
    """A lone "one" counts its noun only after "only", "just", "exactly", "at least", "more
    than" or "no more than" ("only one player", "at least one clinic"), as the last item of a
    list of counts ("four trawlers and one tug"; not a speaker, "and one man said"), or before
    a state of people ("one guard remains in hospital", "one climber was killed": ``[people_after]``
    as after a bare number), never a time noun nor a noun glued to a hyphen ("one
    family-owned firm")."""
    return (
        (one_counts(n, num.start) or s.v.people_after_rx.match(n, end) is not None)
        and unit.unit not in ONE_TIME_NOUNS
        and n[end : end + 1] != "-"
        and SPEAKS_AFTER.match(n, end) is None
    )


# "... and one man said": the speaker of the sentence, no item of its list
SPEAKS_AFTER = re.compile(
    r"[ \t]+(?:said|says|told|added|recalled|described|explained|wrote|asked)\b", re.I
)


def read_range(
    s: Scan, amt: Amount, num: Num, unit: Unit | None, after: int, opener: re.Match[str] | None
) -> int | None:
    n = s.n
    c = RANGE_CONN.match(n, after)
    if not c:
        return None
    conn = c["c"].lower()
    op = " ".join(opener["o"].lower().split()) if opener else None
    if conn == "and" and op != "between":
        return None
    if conn == "or" and (unit is not None or amt.cur is not None or op is not None):
        return None  # "12 or 13 boats" only: the first number leaves its unit to the second
    own_unit = unit is not None
    to_blocked = conn in ("to", "through") and own_unit and op not in s.v.spread_openers
    if to_blocked and (amt.cur is None or op is not None or num.scale is not None):
        return None  # "rose 2.4% to HK$140.60": a change, two mentions (see below)
    if (
        conn == "-"
        and c.start() == after
        and after < len(n)
        and n[after] == "-"
        and after + 1 < len(n)
        and not (n[after + 1].isdigit() or n[after + 1] in "$€£¥ \t")
    ):
        return None
    # second end
    pos2 = c.end()
    m2 = s.v.master.match(s.low, pos2)
    cur2 = None
    if not m2:
        pre = s.v.prefix_rx  # currency prefix on the second end: "$10-$20 million"
        for k in range(pos2 + 1, min(len(n), pos2 + 6) + 1):
            mm = s.v.master.match(s.low, k)
            if mm and (mm["num"] or mm["wnum"]) and pre.search(n, pos2, k):
                cp = currency_prefix(n, k)
                if cp and cp[0] >= pos2:
                    m2, cur2 = mm, cp
                break
        if m2 is None:
            return None
    if not (m2["num"] or m2["wnum"]):
        return None
    num2 = read_number(n, m2)
    if num2 is None or num2.word != num.word:
        return None  # "7-Eleven": digits and words do not make a range
    if to_blocked and not (
        unit is not None
        and amt.cur is not None
        and op is None
        and num.scale is None
        and num2.scale is not None
    ):
        return None  # "fell $2 to $48", "from $10 to $20": a change, two mentions
    if cur2 is None and amt.cur is not None and num2.single_scale:
        # "£62-75m": the one-letter scale of the second end is the money's, as in "£75m"
        amt2 = Amount(num2.start, num2, amt.cur, False)
    else:
        amt2 = Amount(cur2[0] if cur2 else num2.start, num2, cur2, False)
    raw2 = num2
    unit2, num2 = unit_for(s, amt2, num2, num2.end)
    if (
        unit is None
        and unit2 is None
        and raw2.scale == "m"
        and raw2.single_scale
        and (METRE_BEFORE.search(n, max(0, amt.start - 40), amt.start) or metres_text(s, amt, num))
    ):
        # "Lock depth: 18-24m": a length label (or a text of lengths) before the range
        bare2 = raw2.start + len(raw2.text)
        unit2 = Unit(bare2 + 1, "meter", "physical")
        num2 = metres_of(raw2, bare2, s.v.single_scales["m"])
    # units must agree; one side may lack it
    if (
        unit is not None
        and unit2 is not None
        and (unit.unit, unit.factor) != (unit2.unit, unit2.factor)
    ):
        return None
    if unit is None and unit2 is None:
        age = None if num.word or num2.word or conn == "or" else age_unit(s, amt.start, num)
        if age is not None and age_unit(s, amt.start, num2) is None:
            age = Unit(num2.end, age.unit, age.kind, modifier=age.modifier)  # "aged 3 to 78"
        if age is not None:
            shared = age
        elif not (num.scale or num2.scale) or num2.single_scale:
            return None
        else:
            shared = Unit(num2.end, "", "number")
    else:
        shared = unit2 if unit2 is not None else unit  # type: ignore[assignment]
        assert shared is not None
    end2 = num2.end if unit2 is None else unit2.end
    if YEAR.match(num.text) and YEAR.match(num2.text) and shared.kind in ("count", "number"):
        return None
    # scale shared back: "$10-$20 million", "5 to 10 million"
    v1, h1, scale1 = num.value, num.half, num.scale
    if scale1 is None and num2.scale and not num.word:
        f = num2.value / parse_words_or_numeral(num2)
        v1, h1, scale1 = v1 * f, h1 * f, num2.scale
    f1 = unit.factor if unit is not None else shared.factor
    f2 = shared.factor if unit2 is None else unit2.factor
    if unit is None and amt.cur is None and shared.kind == "money":
        f1 = shared.factor
    sign1 = -1.0 if amt.negative else 1.0
    v1, h1 = sign1 * v1 * f1, h1 * f1
    v2, h2 = num2.value * f2, num2.half * f2
    if (
        v2 < v1
        and op == "from"
        and conn == "to"
        and unit is None
        and unit2 is not None
        and amt.cur is None
        and scale1 == num.scale
        and not YEAR.match(num.text)
    ):
        # "fell from 43 to 37 micrograms": a fall, two figures; the first, bare, is measured
        # in the unit the second is written with (a rise, "from 27 to 33 micrograms", stays
        # the one range it always was)
        return finish(s, amt.start, amt, num, replace(unit2, end=num.end), None)
    if v2 < v1 or (conn == "or" and not (v1 < v2 <= 2 * v1)):
        return None  # "12 or 13", "two or three", "2,000 or 2,500": close alternatives only
    qual_text = op if op else conn
    s.emit(
        amt.start,
        end2,
        v1,
        h1,
        shared.unit,
        shared.kind,
        "range",
        qual_text,
        scale1,
        shared.alternatives,
        shared.modifier,
        interval=(v1 - h1, v2 + h2),
    )
    return end2


def finish(
    s: Scan,
    start: int,
    amt: Amount,
    num: Num,
    unit: Unit,
    qual_override: tuple[str, str] | None,
) -> int:
    n = s.n
    value = num.value * unit.factor
    half = num.half * unit.factor
    end = unit.end
    if amt.negative:
        value = -value
    # "3 dollars 50 cents", "15 dollars 50", "c $ 100 and fifty": cents after a whole amount
    if unit.kind == "money" and unit.factor == 1.0 and num.scale is None and (value == int(value)):
        written = n[num.end : unit.end].strip(" \t-")
        joined = compound(
            s,
            end,
            unit.unit,
            need_subunit=amt.cur is None and not written.isalpha(),
            spelled_only=amt.cur is not None,
        )
        if joined is not None:
            end, extra = joined
            value += extra
            half = 0.005
    if unit.kind == "physical" and unit.unit == "foot" and num.scale is None:
        inches = inches_after(n, end, n[num.end : num.end + 1] == "-")
        if inches is not None:  # "5 ft 2 in", "6-foot-2": one length in feet
            end, extra = inches
            value += (-extra if amt.negative else extra) / 12
            half = 0.5 / 12
    if unit.kind == "count" and num.scale is not None and num.value >= 1e6:
        # "540 million people" is a count written to its tens of millions, as "23,000" is to
        # its thousands: the trailing zero before the scale word is rounding (a stated amount
        # of money, "380 billion yuan", keeps the precision of its digits)
        digits = num.text.replace(",", "")
        if digits.isdigit() and digits.endswith("0"):
            half = max(half, integer_half_step(num.value))
    if unit.kind == "count" and num.scale is None and not amt.negative:
        parts = elapsed_parts(n, end, unit.unit, num.value)
        if parts is not None:  # "2 hours 6 minutes 41 seconds": one duration in seconds
            end, value, half = parts
            unit = Unit(end, "second", "physical")
    unit_name, alternatives = unit.unit, unit.alternatives
    if unit.kind == "money":
        rate = money_rate(n, end)
        if rate is not None:  # "$15.4/hour", "$350 per kg": the denominator stays
            end, per = rate
            unit_name = f"{unit.unit} per {per}"
            alternatives = tuple(f"{a} per {per}" for a in alternatives)
    if qual_override:
        qual: str | None
        qual, qual_text = qual_override
    else:
        qual, qual_text = s.qualifier(start, end, unit.unit)
    if unit.kind == "count" and (
        (num.single_word == "one" and not lone_one_counts(s, n, start, num, unit, end))
        or AGO.match(n, end)
    ):
        return end  # "one model" ("only one player" counts); "2 hours ago" is a date
    s.emit(
        start,
        end,
        value,
        half,
        unit_name,
        unit.kind,
        qual,
        qual_text,
        num.scale,
        alternatives,
        unit.modifier,
    )
    return end


def compound(
    s: Scan, pos: int, code: str, need_subunit: bool, spelled_only: bool
) -> tuple[int, float] | None:
    """Cents after a whole amount. After a symbol written behind the number ("10 $ 30
    cent") the sub-unit word is needed; after a currency written before it ("c $ 100 and
    fifty") only "and" + a number in words is read."""
    n = s.n
    m = s.v.compound_rx.match(n, pos)
    if not m:
        return None
    raw = m["n"]
    if spelled_only and (raw[0].isdigit() or not m.group(0).lstrip(" \t").startswith("and")):
        return None
    if raw[0].isdigit():
        val = float(raw)
    else:
        wn = parse_words(raw)
        if wn is None or wn.scale:
            return None
        if wn.value < 10 and not m.group(0).lstrip(" \t").startswith("and"):
            return None  # "900 dollars one way": "one" starts a phrase ("one dollar and one")
        val = wn.value
        end_n = m.start("n") + wn.length
        m_end = end_n
    if raw[0].isdigit():
        m_end = m.end()
    if not (0 < val < 100):
        return None
    cs = currency_suffix(n, m_end)
    if cs is not None:
        _, c, _ = cs
        if c.code == code and c.factor < 1.0:
            return cs[0], val * c.factor
        return None
    if need_subunit:
        return None
    # the number must not be the start of another quantity
    probe = Num(m.start("n"), m_end, val, 0.5, None, False, False, None, raw)
    if unit_suffix(n, m_end) or noun_suffix(n, m_end, probe):
        return None
    if s.v.scale_rx.match(n, m_end) and s.v.scale_rx.match(n, m_end).group(0).strip():
        return None
    if m_end < len(n) and (n[m_end].isalnum() or n[m_end] in "%$"):
        return None
    return m_end, val * 0.01


def metres_of(num: Num, end: int, factor: float) -> Num:
    """``num`` read with its "m" as metres, not millions ("1.8m tall", "Lock depth: 18-24m"): the
    scale's ``factor`` taken back out, the number ending at ``end`` (before the "m")."""
    return replace(
        num,
        end=end,
        value=num.value / factor,
        half=num.half / factor,
        scale=None,
        single_scale=False,
    )
