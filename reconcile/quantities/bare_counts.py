"""Counts whose noun is not written after the number: the words around say what it counts.

* **Counts stated before the number** (``[head_counts]``): "The death toll from the quake
  climbed overnight to 94", "the number of confirmed cases rose to 1,204", "put the toll at
  94": a head noun phrase, then (same clause, at most ``max_gap_words`` words, none a number,
  a listed verb or a breaker such as "and"/"while") a level/change verb, up to two words and
  a link ("to", "at", "by"...) before a whole bare number. The unit is the head's noun
  ("death toll" -> person, "number of X" -> X). Some heads ("turnout", "attendance") count
  only figures of 1,000 or more. A longer descriptive phrase (up to ``long_gap_words``) may
  stand between head and verb when it opens with "from"/"in"/"after"..., has no comma, has a
  listed verb only after "that"/"which" and a number only where another mention already
  stands or as a year: "The death toll from the magnitude 6.8 quake that shook the
  province reached 591".
* **Context for bare numbers** (``count_nouns.toml``): a bare number still becomes a count when
  the words around it say what it counts: "54 of the 101 seats" (54 seats), "19 of them" and
  "up from 42", "grow to 700" (the counted noun of the mention just before, same sentence),
  "kills 42", "killing at least 112", "displacing nearly 3,000" (people: a verb of
  ``[cue_units]``, the qualifier between kept), "Varela, 24," / "turned 24" / "the ship's
  captain, 52, and" / "defender Ola Brant, 23." (an age: unit 'year', modifier 'age';
  ``[ages]``), "raise the pension age to 69" / "Harold Benn, age 71" (an age named by its
  noun: ``rule_age``),
  "downloaded 410,000 times" (downloads). "N times" is a multiplier after "subscribed" or
  before a determiner ("100 times its revenue"), or with a fractional N ("41.6 times"); large
  event counts ("600 million times") are counts of 'time'; "called 3 times" is nothing.
* **A total given bare** ("a total of 127", "a permit total of 421", "688 in all"): the noun
  its sentence's parse names (``total_unit``, ``parse.total_noun``): the noun compounded with
  "total", the plural the summed list hangs on, the plural object of the verb beside it, or
  the one noun every member of the list counts; nothing when the parse names none ("a
  16-under total of 272").
"""

from __future__ import annotations

import re

from reconcile.claims.models import Mention
from reconcile.quantities.counts import (
    AGE_NAME,
    OF_DETERMINER,
    OF_THE,
    OF_THEM,
    clock_after,
    is_big,
    noun_suffix,
    plural_looking,
    plural_noun,
    singular,
    small_plain,
)
from reconcile.quantities.numerals import YEAR, Num, read_number
from reconcile.quantities.physical import phys_name
from reconcile.quantities.state import (
    CLAUSE_BREAK,
    SENTENCE_BREAK,
    WORD_AFTER,
    WORD_BEFORE,
    Amount,
    Scan,
    Unit,
)

# A speaker named after "said" (a title or role of lower-case words between), then a comma:
# the number closing the sentence is the speaker's age ("said retired nurse Ann Hale, 64.").
SAID_NAME = re.compile(
    r"(?<![\w])said[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}(?:[A-Z][\w'\u2019-]*[ \t]+){0,2}"
    r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?,[ \t]+$"
)
# A name after a courtesy title, then the bracket the number opens: "Ms. Okafor (", "Dr Ines
# Varga (": the bracketed number is the person's age (a bare name, "Varga (117)", may be a score)
TITLED_NAME_BRACKET = re.compile(
    r"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?(?:[ \t]+[A-Z][\w'\u2019-]*){1,3}[ \t]*\($"
)
# a lower-case word right before a name: the name stands inside its sentence
LOWER_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[a-z]+[ \t]+$")
SENTENCE_END = re.compile(r"\.(?:[\s\"\u201d]|$)")
OTHERS = re.compile(r"[ \t]+others\b(?![ \t]*of\b)(?P<place>[ \t]+in\b)?", re.IGNORECASE)
# what may follow an age set beside a person: a comma, the end of the sentence or a bracket
AGE_CLOSE = re.compile(r"(?:[,;)]|\.(?:[\s\"'\u201d\u2019]|$)|$)")
# a person's age in a clause of time ("since she was seven", "when he turned 40") or shared by
# the people just named ("Ana and Tom Reyes, both 31, rent")
AGE_CLAUSE = re.compile(
    r"(?<![\w])(?:when|since|until|till|by[ \t]+the[ \t]+time)[ \t]+(?:he|she|they|i|we)[ \t]+"
    r"(?:was|were|turned|had[ \t]+turned)[ \t]+$",
    re.IGNORECASE,
)
# An age stated of someone in a clause of its own, the number closing it (see stated_age):
# "Lena Voss, who is 34, said", "she was 15 when", "the youngest was 22.", "and at 33 he is
# past his peak", "died at 84", "turned professional at 16".
AGE_WHO = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*,[ \t]+who[ \t]+(?:is|was|turns|turned)[ \t]+$")
AGE_PRONOUN_WHEN = re.compile(r"(?<![\w])(?:he|she|i|we|they)[ \t]+(?:was|were)[ \t]+$", re.I)
AGE_EXTREME = re.compile(
    r"(?<![\w])the[ \t]+(?:youngest|oldest)(?:[ \t]+[a-z]+)?[ \t]+(?:was|is)[ \t]+$", re.I
)
AGE_AT_VERB = re.compile(
    r"(?<![\w])(?:died|retired|debuted|turned[ \t]+(?:professional|pro))[ \t]+at[ \t]+$", re.I
)
AGE_AT = re.compile(r"(?:^|[,;][ \t]+|(?<![\w])and[ \t]+)at[ \t]+$", re.I)
AGE_AT_AFTER = re.compile(r"[ \t]+(?:he|she)[ \t]+(?:is|was)\b")
AGE_CLOSE = re.compile(r"(?:[,.;:!?)]|[ \t]+(?:and|but|when|after|before)\b|[ \t]*$)")
AGE_WHEN_AFTER = re.compile(r"[ \t]+when\b")
# the words one of the patterns above needs (one is sought before any pattern runs)
AGE_CUES = (
    "who",
    "was",
    "were",
    "youngest",
    "oldest",
    "died",
    "retired",
    "debuted",
    "turned",
    "at ",
    "At ",
    "WHO",
    "WAS",
)


def stated_age(n: str, start: int, end: int) -> bool:
    """Whether the whole number at ``start``..``end`` (under 130, checked by the caller) is a
    person's age stated in a clause of its own: after ", who is" behind a name and closing
    the clause ("Lena Voss, who is 34, said"), after "she was" before "when" ("she was 12
    when she..."), after "the youngest/oldest (climber) was" closing the clause, after "died
    at", "retired at", "turned professional at", or "at" opening a clause before "he is"
    ("and at 33 he is past his peak")."""
    window = max(0, start - 40)
    before = n[window:start]
    for cue in AGE_CUES:  # (a loop of "in": the common case, no such word, costs least)
        if cue in before:
            break
    else:
        return False
    if AGE_WHO.search(n, window, start):
        return AGE_CLOSE.match(n, end) is not None
    if AGE_PRONOUN_WHEN.search(n, window, start):
        return AGE_WHEN_AFTER.match(n, end) is not None
    if AGE_EXTREME.search(n, window, start) or AGE_AT_VERB.search(n, window, start):
        return AGE_CLOSE.match(n, end) is not None
    return AGE_AT.search(n, window, start) is not None and AGE_AT_AFTER.match(n, end) is not None


# after a name, a double-barrelled one too ("Ana and Tom Reyes-Vidal, both 36,")
BOTH_AGE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Z][a-z]+)?,[ \t]+(?:both|each)[ \t]+$")
# "aged" (and "between", a range's opener) right before a number: the ages of people named
AGED_BEFORE = re.compile(r"(?<![\w])aged[ \t]+(?:between[ \t]+)?$", re.IGNORECASE)
# the second of two ages after "aged": "two guides, aged 19 and 27," (people, not a band)
SECOND_AGE = re.compile(r"[ \t]+(?:and|or)[ \t]+$", re.IGNORECASE)
NOW_AGE = re.compile(r"(?:^|(?<=[.!?\n])[\"')]?[ \t\n]*|(?<=[.!?]\s))Now[ \t]+$")


def _others(s: Scan, amt: Amount, end: int, place: bool) -> Unit | None:
    """ "N others", the noun left out: the noun of a count just before in the sentence, else
    people when a qualifier stands before ("more than 80 others") or a state of people follows
    ("five others remain missing"); "the 3 others" refers back and "$5 and 10 others" names
    nothing. Before "in" (``place``) only the count before names the noun ("40 were trapped,
    with nine others in a second shaft")."""
    n, v = s.n, s.v
    wb = WORD_BEFORE.search(n, max(0, amt.start - 24), amt.start)
    if wb is not None and wb["w"].lower() in ("the", "these", "those", "its", "their"):
        return None
    prev = s.out[-1] if s.out else None
    if (
        prev is not None
        and prev.kind == "count"
        and prev.modifier is None
        and not SENTENCE_BREAK.search(n, prev.span[1], amt.start)
        and COPULA_AFTER.search(n, prev.span[0], prev.span[1]) is None
    ):  # (not after "82 were men": the others are other casualties, not men)
        return Unit(end, prev.unit, "count")
    if place:
        return None
    qm = v.qual_prefix_rx.search(n, max(0, amt.start - 40), amt.start)
    if qm is not None and qm["q"] and (prev is None or prev.kind != "money"):
        return Unit(end, "person", "count")
    if v.people_after_rx.match(n, end):
        return Unit(end, "person", "count")  # "five others remain missing"
    return None


# "N more" and a noun or a state of people ("three more depots", "a hundred more were hurt");
# not a comparison ("2,000 more than last year")
MORE_AFTER = re.compile(r"[ \t]+more\b(?![ \t]+than\b)(?![ \t]*-)", re.IGNORECASE)


def _more(s: Scan, num: Num, end: int) -> Unit | None:
    """ "N more" counts the noun after "more" ("three more depots") or people before a state of
    people ("a hundred more were hurt"). With the noun left out ("with 25 more due") nothing is
    read: the noun of a count before would be another figure's, which grouping would meet as
    the whole rather than an increment."""
    noun = noun_suffix(s.n, end, num)
    if noun is not None and noun.kind == "count":
        return noun
    if s.v.people_after_rx.match(s.n, end):
        return Unit(end, "person", "count")
    return None


# (compiled once: patterns the readers below use on every call)
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)|\n")
_WORD = re.compile(r"[\w'.-]+")
_LETTERS_OR_DIGIT = re.compile(r"[A-Za-z]+|[0-9]")

ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)


def age_unit(s: Scan, start: int, num: Num) -> Unit | None:
    """A person's age: a whole number under 130 right after "aged" ("aged between" opens a
    range of the ages of people named: "the crew were aged between 23 and 61")."""
    if num.value != int(num.value) or not 0 < num.value < 130:
        return None
    if AGED_BEFORE.search(s.n, max(0, start - 16), start) is None:
        return None
    return Unit(num.end, "year", "count", modifier="age")


def second_age(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """The second of two ages joined by "and"/"or" right after "aged N": "aged 19 and 27" names
    two people's ages (a band is written "aged 19 to 27" or "aged 19 and over")."""
    prev = s.out[-1] if s.out else None
    if prev is None or prev.modifier != "age" or num.value != int(num.value):
        return None
    if not 0 < num.value < 130 or SECOND_AGE.fullmatch(s.n, prev.span[1], amt.start) is None:
        return None
    if AGED_BEFORE.search(s.n, max(0, prev.span[0] - 16), prev.span[0]) is None:
        return None
    return Unit(num.end, "year", "count", modifier="age")


# An age named by its noun: "age" (after any modifiers: "the state pension age", "the voting
# age", "the median age"), then at most four words, each a verb of a level or change, a modal,
# an adverb of time or a link, the last a link or such a verb: "raise the state pension age to
# 69", "the retirement age rises from 65 to 67", "the voting age of 16", "Harold Benn, age 71",
# "the median age is 41". "Stone Age" and "percentage" are no such noun (see ``rule_age``).
AGE_NOUN = re.compile(r"(?<![\w-])age[ \t]+(?P<gap>(?:[a-z]+[ \t]+){0,4})$", re.IGNORECASE)
AGE_LINKS = frozenset(("to", "from", "of", "at", "until", "beyond", "above", "below", "is", "was"))
# fmt: off
AGE_GAP = frozenset((
    "will", "would", "could", "should", "may", "might", "must", "be", "been", "set", "then",
    "now", "currently", "already", "also", "further", "gradually", "eventually", "finally",
))
# fmt: on
AGE_BAND = re.compile(
    r"[ \t]*(?:(?:to|-|\u2013|and|or)[ \t]*\d|(?:and|or)[ \t]+(?:over|above|under|older|younger))",
    re.IGNORECASE,
)
BAND_BEFORE_AGE = re.compile(
    r"(?<![\w-])(?:up[ \t]+to|under|over|above|below|beyond)[ \t]+the[ \t]+$", re.IGNORECASE
)
# the second age of "from 65 to 67" after an age read so
FROM_AGE_TO = re.compile(r"[ \t]+(?:to|and)[ \t]+$", re.IGNORECASE)


def rule_age(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """An age named by its noun right before a bare whole number under 130 (see AGE_NOUN): an
    age a rule sets, a person's, or an average's; and the second age of "from 65 to 67"."""
    if not 0 < num.value < 130 or num.value != int(num.value):
        return None  # (a decimal after a link is a statistic's value: see numerals.toml)
    n = s.n
    prev = s.out[-1] if s.out else None
    if (
        prev is not None
        and prev.modifier == "age"
        and FROM_AGE_TO.fullmatch(n, prev.span[1], amt.start)
        and n[max(0, prev.span[0] - 5) : prev.span[0]].lower().endswith("from ")
    ):
        return Unit(num.end, "year", "count", modifier="age")
    m = AGE_NOUN.search(n, max(0, amt.start - 60), amt.start)
    if m is None:
        return None
    before = n[max(0, m.start() - 24) : m.start()].split()
    if before and before[-1][:1].isupper() and m.group(0)[:1] == "A":
        return None  # "the Stone Age", "the Bronze Age": an era, not an age
    if BAND_BEFORE_AGE.search(n, max(0, m.start() - 24), m.start()):
        return None  # "falls in patients under the age of 75": a band of people
    words = m["gap"].lower().split()
    if (not words or words[-1] != "from") and AGE_BAND.match(n, num.end):
        return None  # "of age 16 to 18", "age 65 and over": a band of people, no one age
    allowed = s.v.head_verbs | AGE_LINKS | AGE_GAP
    if any(w not in allowed for w in words):
        return None
    if words and words[-1] not in AGE_LINKS and words[-1] not in s.v.head_verbs:
        return None
    return Unit(num.end, "year", "count", modifier="age")


def context_unit(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """A unit for a bare number read from the words around it (see count_nouns.toml)."""
    n, v = s.n, s.v
    if num.single_word == "one" or amt.cur is not None:
        return None
    if not num.word and ORDINAL_SUFFIX.match(n, num.end):
        return None  # "dropped 14 places to 31st": a rank, never a count of places
    if n[num.end : num.end + 1] == "-" and n[num.end + 1 : num.end + 2].isalpha():
        return None  # "below the five-year average": a compound modifier counts nothing
    year = not num.word and YEAR.match(num.text) is not None
    tm = v.times_rx.match(n, num.end)
    if tm:  # "downloaded 410,000 times", "subscribed 41.6 times"
        window = max(0, amt.start - 60)
        vm = v.times_verb_rx.search(n, window, amt.start)
        if vm:
            return Unit(tm.end(), v.times_verbs[" ".join(vm["v"].lower().split())], "count")
        if (
            v.times_mult_rx.search(n, window, amt.start)
            or num.value != int(num.value)
            or v.times_after_rx.match(n, tm.end())  # "five times oversubscribed"
        ):
            return Unit(tm.end(), "times", "multiplier")
        if num.value >= 1000 and not year:
            return Unit(tm.end(), "time", "count")
        return None
    if year or clock_after(s, num.end):
        return None  # "(to 19 Mar)", "at 9 GMT": a date or a clock time names no count
    table = table_unit(s, amt, num)
    if table is not None:
        return table  # "Net debt (£m): 640", "Shares in issue (m): 512.4"
    label = label_unit(s, amt, num)
    if label is not None:
        return label  # "Structures destroyed: 287", "- Fatalities: 4 (civilian)"
    side = vote_side(s, amt, num)
    if side is not None:
        return side  # "Yes 9,412", "6,075 No", "9,412 votes in favour and 6,705 against"
    bracket = bracket_count(s, amt, num)
    if bracket is not None:
        return bracket  # "found by sniffer dogs (3), drones (2) and a diver (1)"
    population = population_unit(s, amt, num)
    if population is not None:
        return population  # "a coastal city of 220,000", "home to about 13,000"
    whole = num.value == int(num.value) and num.value > 0
    if (age := rule_age(s, amt, num)) is not None:
        return age  # "raise the pension age to 69", "the median age is 41"
    if not num.word:
        age = second_age(s, amt, num)
        if age is not None:
            return age  # "two guides, aged 19 and 27,"
    more = MORE_AFTER.match(n, num.end) if whole else None
    if more is not None:
        unit = _more(s, num, more.end())
        if unit is not None:
            return unit  # "three more depots", "a hundred more were hurt"
    others = OTHERS.match(n, num.end) if whole else None
    if others is not None:  # "killed 5 soldiers and wounded more than 80 others"
        end = others.start("place") if others["place"] else others.end()
        return _others(s, amt, end, others["place"] is not None)
    if (
        whole
        and not num.word
        and num.value < 130
        and n[num.end : num.end + 1] == ","
        and NOW_AGE.search(n, max(0, amt.start - 8), amt.start)
    ):
        return Unit(num.end, "year", "count", modifier="age")  # "Now 28, she coaches"
    if (
        whole
        and num.value < 130
        and (
            AGE_CLAUSE.search(n, max(0, amt.start - 40), amt.start)
            or stated_age(n, amt.start, num.end)
            or (
                not num.word
                and n[num.end : num.end + 1] == ","
                and BOTH_AGE.search(n, max(0, amt.start - 24), amt.start)
            )
        )
    ):
        return Unit(num.end, "year", "count", modifier="age")  # "since she was seven"
    om = OF_THE.match(n, num.end)
    if om:  # "54 of the 101 seats"
        m2 = v.master.match(s.low, om.end())
        if m2 and m2["num"]:
            num2 = read_number(n, m2)
            if num2 is not None:
                noun = noun_suffix(n, num2.end, num2)
                if noun is not None:
                    return Unit(num.end, noun.unit, "count")
    part = partitive(s, num)
    if part is not None:
        return part  # "45 of those injured", "37 of the detainees"
    cm = (
        v.cue_rx.search(n, max(0, amt.start - 24), amt.start)
        if s.word_before(amt.start) in v.cue_last
        else None
    )
    if cm is None and s.cue_word is None:
        s.cue_word = any(cue in s.low for cue in v.cues)
    if cm is None and s.cue_word:  # "killing at least 112": cue, qualifier, number
        qm = v.qual_prefix_rx.search(n, max(0, amt.start - 40), amt.start)
        if qm is not None and qm["q"]:
            cm = v.cue_rx.search(n, max(0, qm.start() - 24), qm.start())
    if cm:
        target = v.cues[" ".join(cm["c"].lower().split())]
        if target == "age":
            if 0 < num.value < 130 and num.value == int(num.value):
                return Unit(num.end, "year", "count", modifier="age")
            return None
        return Unit(num.end, target, "count")
    if (
        n[num.end : num.end + 1] == ","
        and 0 < num.value < 130
        and num.value == int(num.value)
        and (name := AGE_NAME.search(n, max(0, amt.start - 24), amt.start)) is not None
        and (not num.word or LOWER_WORD_BEFORE.search(n, max(0, name.start() - 24), name.start()))
    ):  # in words after a name in its sentence: "born to Tilda, seven, and" (not "So, two,")
        return Unit(num.end, "year", "count", modifier="age")  # "Varela, 24, scored"
    if (
        not num.word
        and 0 < num.value < 130
        and num.value == int(num.value)
        and n[num.end : num.end + 1] == ")"
        and TITLED_NAME_BRACKET.search(n, max(0, amt.start - 60), amt.start)
    ):
        return Unit(num.end, "year", "count", modifier="age")  # "Ms. Okafor (41) was"
    if (
        not num.word
        and 0 < num.value < 130
        and num.value == int(num.value)
        and SENTENCE_END.match(n, num.end)
        and SAID_NAME.search(n, max(0, amt.start - 80), amt.start)
    ):
        return Unit(num.end, "year", "count", modifier="age")  # "said Tom Varela, 24."
    if (
        0 < num.value < 130
        and num.value == int(num.value)
        and AGE_CLOSE.match(n, num.end)
        and v.age_person_rx.search(n, max(0, amt.start - 80), amt.start)
    ):  # (in words too: "her son Tomas, nine, was")
        return Unit(num.end, "year", "count", modifier="age")  # "the ship's captain, 52, and"
    if v.people_after_rx.match(n, num.end) and (is_big(num) or small_plain(n, num)):
        return Unit(num.end, "person", "count")  # "At least 94 were killed"
    passive = passive_subject(s, amt, num)
    if passive is not None:
        return passive  # "14 are critically hurt", "Of those, 52 were scrapped"
    predicate = predicate_noun(s, amt, num)
    if predicate is not None:
        return predicate  # "Of the 60 riders, 31 were women", "and 12 were foreign nationals"
    head = head_count(s, amt, num)
    if head is not None:
        return head
    total = total_unit(s, amt, num)
    if total is not None:
        return total  # "won more medals: 41 golds, 44 silvers and 52 bronzes, a total of 127"
    item = list_item(s, amt, num)
    if item is not None:
        return item  # "Dunholm (64.2 percent), Ashby (61.8)", "Orlova 1,240 votes, Brandt 1,105"
    base = change_base(s, amt)
    if base is not None:
        return base  # "rose to 3,120 patients, up 4% from 3,000"
    figure = generic_figure(s, amt, num)
    if figure is not None:
        return figure  # "... arrested 1,340 people. Rights groups say the real figure is 2,000"
    prev = s.out[-1] if s.out else None
    if prev is None or prev.kind != "count" or prev.modifier is not None:
        return None
    if AT_A_TIME.match(n, num.end):
        return None  # "ferried across three at a time": how many at once, no count of them
    if OF_THEM.match(n, num.end) and num.value > prev.value:
        return _them_before(s, amt, num)  # "One walker is lost. Tracker dogs, 9 of them, ...": no
        # part of that count, but of the plural before it in the sentence
    if OF_THEM.match(n, num.end) and _just_before(n, prev, amt.start):
        return Unit(num.end, prev.unit, "count")  # "employs 2,300 people. 900 of them"
    if parallel(s, prev, amt, num):
        return Unit(num.end, prev.unit, "count")  # "shut for two days; offline for eight"
    between = n[prev.span[1] : amt.start]
    if len(between) > 100 or SENTENCE_BREAK.search(between):
        return None
    if OF_THEM.match(n, num.end):  # "31 goals last season, 19 of them"
        return Unit(num.end, prev.unit, "count")
    if v.inherit_rx.search(n, max(0, amt.start - 16), amt.start):
        return Unit(num.end, prev.unit, "count")
    if THE_BEFORE.search(n, max(0, amt.start - 6), amt.start) and NO_NOUN_AFTER.match(n, num.end):
        return Unit(num.end, prev.unit, "count")  # "12 rebounds, revising the 11 in the box score"
    lead = NARROWING_BEFORE.search(n, max(0, amt.start - 24), amt.start)
    if (
        lead is not None
        and v.inherit_rx.search(n, max(0, lead.start() - 16), lead.start())
        and not DIGIT.search(n, prev.span[1], lead.start())
    ):
        return Unit(num.end, prev.unit, "count")  # "from 38 seats to just five", "up by nearly 5"
    if RIVAL_BEFORE.search(n, max(0, amt.start - 48), amt.start):
        return Unit(num.end, prev.unit, "count")  # "19 shots to the visitors' 11"
    if whole and IN_PLACE.match(n, num.end):  # "1,293 deaths in Al Haouz, 452 in Taroudant"
        qm = v.qual_prefix_rx.search(n, max(0, amt.start - 40), amt.start)
        gap_end = qm.start() if qm is not None and qm["q"] else amt.start
        if LIST_GAP.match(n[prev.span[1] : gap_end]):
            return Unit(num.end, prev.unit, "count")
    return None


# A total given bare: "a total of 127", "a permit total of 421", "for a total of about 90"
# before the number; "688 in all", "46 in total", "31 altogether" after it, closing its clause.
TOTAL_BEFORE = re.compile(r"(?<![\w-])total[ \t]+of[ \t]+(?:[a-z]+[ \t]+){0,2}$", re.IGNORECASE)
TOTAL_AFTER = re.compile(
    r"[ \t]+(?:in[ \t]+all|in[ \t]+total|altogether)"
    r"(?=[ \t]*(?:[,;:)!?\n]|\.(?:\s|$)|$|[ \t](?:and|but)\b))",
    re.IGNORECASE,
)


def total_unit(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """What a bare total counts (see TOTAL_BEFORE, TOTAL_AFTER), told by its sentence's parse
    (``parse.total_noun``): a counted noun of the vocabulary or a plural, never a physical
    unit, a currency or a scale word. None for a total whose parse names no such noun."""
    n, v = s.n, s.v
    if amt.cur is not None or num.word or num.value != int(num.value) or num.value <= 0:
        return None
    before = TOTAL_BEFORE.search(n, max(0, amt.start - 40), amt.start)
    if before is None and TOTAL_AFTER.match(n, num.end) is None:
        return None
    from reconcile.claims.parse import parse_sentences, total_noun
    from reconcile.claims.vocab import sentence_spans

    if s.sentences is None:
        s.sentences = sentence_spans(s.text)
    lo, hi = next(((a, b) for a, b in s.sentences if a <= amt.start < b), (0, 0))
    if hi <= num.end:
        return None
    doc = parse_sentences([s.text[lo:hi]])[0]
    tok = total_noun(doc, num.start - lo, num.end - lo)
    if tok is None:
        return None
    word = tok.lower_
    if word in v.noun_singular:
        noun = v.noun_singular[word]
    elif plural_looking(word) and word not in v.plural_not and word not in v.stop:
        noun = tok.lemma_.lower()  # "loaves": loaf
    else:
        return None
    if noun in v.phys or noun in v.cur_words or noun in v.scales or word in v.phys:
        return None
    return Unit(num.end, noun, "count")


# Words narrowing the figure between an "inherit_after" word and the number: "fell from 38
# seats to just five", "down from 40 branches to only 12", "grow to about 700" (a qualifier
# that is a verb, "hopes to top half a million", is no such word); no other number between the
# count and them ("from 44 an hour to nearly 30" counts no noun of before).
NARROWING_BEFORE = re.compile(
    r"(?<![\w])(?:just|only|barely|merely|about|around|roughly|some|nearly|almost|"
    r"approximately|more[ \t]+than|less[ \t]+than|fewer[ \t]+than|at[ \t]+least)[ \t]+$",
    re.IGNORECASE,
)
DIGIT = re.compile(r"[0-9]")


# A percentage change and its base, right after a count: "rose to 3,120 patients, up 4% from
# 3,000", "1,480 beds, a fall of 6 per cent on 1,575".
BASE_AFTER_CHANGE = re.compile(r"[ \t]+(?:from|on)[ \t]+$")


def change_base(s: Scan, amt: Amount) -> Unit | None:
    """The count a percentage change is measured from, the noun left out: the number right
    after "<percentage> from" (or "on") counts the noun of the count before the percentage, in
    the same sentence and at most 60 characters before it."""
    n = s.n
    if len(s.out) < 2:
        return None
    change, count = s.out[-1], s.out[-2]
    if (
        change.kind != "percent"
        or count.kind != "count"
        or count.modifier is not None
        or count.unit in TIME_UNITS
        or BASE_AFTER_CHANGE.fullmatch(n, change.span[1], amt.start) is None
        or change.span[0] - count.span[1] > 60
        or SENTENCE_BREAK.search(n, count.span[1], change.span[0])
    ):
        return None
    return Unit(amt.num.end, count.unit, "count")


# Clauses of one shape, the second leaving its noun out: "the shops were shut for two days;
# the website stayed down for eight", "closed in three weeks, the other in five". The
# prepositions whose repetition marks the parallel; the bare number closes its clause.
PARALLEL_WORDS = frozenset({"for", "in", "within", "over", "after", "under"})
CLAUSE_CLOSE = re.compile(r"[ \t]*(?:[,;:)!?\n]|\.(?:\s|$)|$|[ \t](?:and|but|while)\b)")


def parallel(s: Scan, prev: Mention, amt: Amount, num: Num) -> bool:
    """A bare number after the same preposition as the count just before, in the same
    sentence (a semicolon may part the clauses), closing its own clause (see PARALLEL_WORDS)."""
    n = s.n
    if num.value != int(num.value) or num.value <= 0 or amt.start - prev.span[1] > 100:
        return False
    here = WORD_BEFORE.search(n, max(0, amt.start - 12), amt.start)
    if here is None or here["w"].lower() not in PARALLEL_WORDS:
        return False
    there = WORD_BEFORE.search(n, max(0, prev.span[0] - 12), prev.span[0])
    if there is None or there["w"].lower() != here["w"].lower():
        return False
    if _SENTENCE_STOP.search(n[prev.span[1] : amt.start]):
        return False
    return CLAUSE_CLOSE.match(n, num.end) is not None


# A rival's figure set against a count: "had 19 shots to Ashbury's 11", "2.3 expected goals
# against the visitors' 1.9" (the same noun, the rival named in the possessive).
RIVAL_BEFORE = re.compile(
    r"(?<![\w])(?:to|against|versus|vs\.?)[ \t]+(?:the[ \t]+)?[A-Za-z][\w-]*"
    r"(?:[ \t]+[A-Z][\w-]*)?(?:['\u2019]s|s['\u2019])[ \t]+$"
)


# A breakdown by place: after a count and its own "in <Place>", a bare number before "in
# <Place>" counts the same noun ("3,000 people were displaced in Albayda, 1,000 in Almkheley
# and more than 2,000 in Benghazi"; "from" too: "140 pilgrims from Chad and 35 from Mali").
# Up to three lower-case words may stand between the count and its "in" ("were displaced");
# the place phrase holds no clause break.
IN_PLACE = re.compile(r"[ \t]+(?:in|at|across|from)[ \t]+(?:the[ \t]+)?[A-Z]")
LIST_GAP = re.compile(
    r"(?:[ \t]+[a-z]+){0,3}[ \t]+(?:in|at|across|from)[ \t]+(?:the[ \t]+)?[A-Z][^,;:.!?()\n]{0,40}"
    r"(?:,|,?[ \t]+and)[ \t]+(?:(?:with[ \t]+)?(?:a[ \t]+further|another)[ \t]+)?$"
)


# A list whose items share one shape: a name, the same lead ("(", "with", "at") or none,
# the number. After the first item has its unit, each next bare number continues it: "Leave
# won in Dunholm (64.2 percent), Ashby (61.8), Carrow (58.3)", "the biggest port with 310,400
# residents, followed by Wexley with 208,150 and Morrow with 95,020", "Orlova 1,240 votes,
# Brandt 1,105". Not "on" ("Orlova on 8,315 points and Brandt on 7,960"): tried, the next
# stages grouped such ranking points with a match's points won (one more false alarm on
# blind-2026-12-04c).
ITEM_LEAD = re.compile(
    r"(?:^|(?<=[\s(\"'\u201c]))(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2})"
    r"[ \t]*(?P<lead>\(|(?<=[ \t])(?:with|at)(?=[ \t]))?[ \t]*$"
)
ITEM_GAP = re.compile(r"\)?[ \t]*(?:[,;]|,?[ \t]+and)(?:[ \t]+(?:and|[a-z]+)){0,6}[ \t]+$")
ITEM_CLOSE = re.compile(r"[ \t]*(?:[,;\n]|\.(?:\s|$)|$|[ \t]and\b)")
LIST_KINDS = ("count", "percent")


def list_item(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """The unit of the item before, for a bare number in a list of items of one shape (see
    ITEM_LEAD): the name before each, the same lead, a list separator between the items."""
    n = s.n
    prev = s.out[-1] if s.out else None
    if prev is None or prev.kind not in LIST_KINDS or prev.modifier is not None:
        return None
    if amt.start - prev.span[1] > 80 or num.word:
        return None
    here = ITEM_LEAD.search(n, max(0, amt.start - 60), amt.start)
    if here is None or here.start() < prev.span[1]:
        return None
    gap = n[prev.span[1] : here.start()]
    if SENTENCE_BREAK.search(gap) or ITEM_GAP.fullmatch(gap) is None:
        return None
    there = ITEM_LEAD.search(n, max(0, prev.span[0] - 60), prev.span[0])
    lead = here["lead"]
    if lead is None and there is None:
        return None  # "Orlova 1,240 votes, Brandt 1,105": both items open with a name
    if there is not None and there["lead"] != lead:
        return None
    if there is None and (
        lead is None or not n[max(0, prev.span[0] - 12) : prev.span[0]].rstrip().endswith(lead)
    ):
        return None  # "the biggest port with 310,400 residents": the lead alone
    if lead == "(":  # the bracket closes the item: "Rize (75.6)", "Norbridge (66) came next"
        if n[num.end : num.end + 1] != ")" or n[prev.span[1] : prev.span[1] + 1] != ")":
            return None
    elif ITEM_CLOSE.match(n, num.end) is None:
        return None
    return Unit(num.end, prev.unit, prev.kind)


def vote_side(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """The votes of one side of a referendum (``[vote_sides]``): "Yes 9,412", "6,075 No", and
    "6,705 against" after a count of votes in the same sentence."""
    n, v = s.n, s.v
    if num.word or num.scale or "," not in num.text or num.value != int(num.value):
        return None
    bm = v.side_before_rx.search(n, max(0, amt.start - 5), amt.start)
    if bm is not None:
        return Unit(num.end, v.side_labels[bm["w"]], "count")
    am = v.side_after_rx.match(n, num.end)
    if am is not None:
        return Unit(am.end(), v.side_labels[am["w"]], "count")
    wm = v.side_votes_rx.match(n, num.end)
    prev = s.out[-1] if s.out else None
    if (
        wm is None
        or prev is None
        or prev.unit not in v.side_vote_units
        or SENTENCE_BREAK.search(n, prev.span[1], amt.start)
    ):
        return None
    return Unit(wm.end(), v.side_votes[" ".join(wm["w"].lower().split())], "count")


# A count in brackets right after the noun it counts, the item of a list or a note: "found by
# sniffer dogs (3), drones (2) and a diver (1)", "with fewer traps (640) than before". The noun
# is a plural in lower case (a singular for one), the bracket holds a whole number alone, and
# the item ends after it (a comma, "and"/"or", a preposition or a copula, the end of the
# sentence or line): "reasons (1) cost" is an enumeration, "Italy (295" a place's figure,
# "(2019)" a year.
BRACKET_NOUN_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<w>[a-z]{3,})[ \t]+\($")
BRACKET_CLOSE = re.compile(
    r"\)(?:[ \t]*(?:[,;:]|\.(?:\s|$)|$|\n)"
    r"|[ \t]+(?:and|or|than|over|in|at|on|across|from|with|since|during|were|was|are|is)\b)"
)


def bracket_count(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """The noun right before the bracket a bare whole number stands in (see above)."""
    n = s.n
    if num.word or amt.start < 2 or n[amt.start - 1] != "(" or num.value != int(num.value):
        return None
    if num.value <= 0 or BRACKET_CLOSE.match(n, num.end) is None:
        return None
    m = BRACKET_NOUN_BEFORE.search(n, max(0, amt.start - 24), amt.start)
    if m is None:
        return None
    word = m["w"]
    v = s.v
    if word in v.stop or word in v.plural_not:
        return None
    if plural_looking(word):
        return Unit(num.end, singular(word), "count")
    if num.value == 1 and word in v.noun_singular.values():
        return Unit(num.end, word, "count")  # "a diver (1)": one, of a noun the vocabulary knows
    return None


def population_unit(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """People living in a place, the noun left out: a number of ``[populations] minimum`` or
    more right after a settlement noun and "of" ("a coastal city of 220,000", "a country of
    1.4 billion") or after "home to", a qualifier between kept ("a town of about 13,000")."""
    n, v = s.n, s.v
    if num.value < v.population_min or num.value != int(num.value):
        return None
    end = amt.start
    qm = v.qual_prefix_rx.search(n, max(0, end - 40), end)
    if qm is not None and qm["q"]:
        end = qm.start()
    if v.population_rx.search(n, max(0, end - 40), end) is None:
        return None
    return Unit(num.end, "person", "count")


# A fact-sheet line: "Fatalities: 4 (civilian)", "- Spoiled ballots: 83", "Homes: ~380". At
# the start of a line (after a bullet), a label of one to three words, then a colon, a
# qualifier at most, the number, and the end of the item.
LABEL_BEFORE = re.compile(
    r"(?:(?:^|\n)[ \t]*(?:[-*\u2022][ \t]+)?(?P<label>[A-Z][A-Za-z-]*"
    r"(?:[ \t]+(?:who|that)(?=[ \t]+[a-z]{2,}ed[ \t]*:))?(?:[ \t]+[a-z][A-Za-z-]*){0,5})"
    r"|;[ \t]+(?P<next>[a-z][a-z-]+))"
    # who says so, in brackets: "Homes destroyed (state office): 312"
    r"(?:[ \t]*\([^()\n:]{1,40}\))?"
    r"[ \t]*:[ \t]*(?:[~\u2248][ \t]*|(?:about|around|approximately|roughly|nearly|almost|"
    r"over|more[ \t]+than|at[ \t]+least|some)[ \t]+)?$"
)
ITEM_END = re.compile(
    r"[ \t]*(?:$|\n|[,;(]|\.(?:[ \t]|$))"
    # the next item of a list run into one line ("Tents: 14 - Toilets: 6"), or the next sentence
    # or heading run into the line ("Tents pitched: 14 The council ...", "Tents: 14 WEATHER")
    r"|[ \t]+[-\u2013\u2014\u2022|][ \t]"
    r"|[ \t]+(?:(?:The|Our|This|That|These|Those|It|Its|We|They|He|She|But|In|A|An)[ \t]"
    r"|[A-Z]{4,}\b)"
)
# the dash, bullet or bar between two items of a list run into one line, the last before the
# number ("Pilots: 9 - Nights aloft: 3", "Wardens: 17 | Rescues: 40")
_ITEM_SEPARATOR = re.compile(r"[ \t][-\u2013\u2014\u2022|][ \t]+(?=[A-Z][^\n]*$)")
# words of a label after its noun that say where or when ("Tents pitched across the camp",
# "Flights diverted via the north"): the label's noun (and participle) stand before the first
LABEL_PREPOSITIONS = frozenset(
    {
        "across",
        "via",
        "in",
        "on",
        "at",
        "from",
        "since",
        "during",
        "over",
        "under",
        "through",
        "into",
        "to",
        "by",
        "per",
        "after",
        "before",
        "within",
        "between",
        "among",
        "for",
        "round",
        "around",
        "off",
        "near",
    }
)
LABEL_WORD = re.compile(r"[A-Za-z-]+")
# after one of _NARROWING, a bare common noun narrows what is counted ("Assaults on staff",
# "Claims for theft"); a place opens with one of _DETERMINERS or a name ("on the east field")
_NARROWING = frozenset({"on", "for", "among", "against", "with"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "each", "every", "all"})


def label_unit(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """The counted noun of a fact-sheet label before the number, the label's last word: a
    plural ("Spoiled ballots" -> ballot; "Crew" -> crew member, a plural of the vocabulary),
    a head noun of ``[head_counts]`` ("Fatalities" ->
    fatality, "Headcount" -> employee), or a physical unit ("Acres: 31,850" -> acre). A
    participle after the noun joins the unit of a count ("Structures destroyed: 287" ->
    'destroyed structure'): it is what tells the line from "Structures damaged: 64", which
    the next stages would otherwise take for one quantity; with a physical unit ("Acres
    burned") the line is not read. Phone numbers (eight digits or more without separators)
    and numbers with more after them ("9,412 Yes") are not read either."""
    n, v = s.n, s.v
    window = max(0, amt.start - 48)  # bounded: a page on one line costs no more per number
    line = n.rfind("\n", window, amt.start) + 1
    within = line == 0 and window > 0  # a long line: only a label after its semicolon
    if within:
        line = window
    sep = _ITEM_SEPARATOR.search(n, line, amt.start)
    if sep is not None:  # a list run into one line: "- Pilots: 9 - Nights aloft: 3"
        line, within = sep.end(), False
    if ":" not in n[line : amt.start]:
        return None
    if (num.word and num.single_word is None) or not (
        is_big(num) or (num.value == int(num.value) and num.value > 0)
    ):
        return None  # a lone number word may close the line: "Colour options: four"
    if "," not in num.text and len(num.text) >= 8:
        return None
    m = LABEL_BEFORE.search(n, max(0, line - 1), amt.start)
    if m is None and sep is not None:
        m = LABEL_BEFORE.search("\n" + n[line : amt.start])
    if m is None or ITEM_END.match(n, num.end) is None or (within and m["next"] is None):
        return None
    # the noun ends the label; a participle after it ("Structures destroyed: 287" /
    # "Structures damaged: 64", "Riders who withdrew: 7") tells two figures apart, so it
    # joins the unit of a count ("destroyed structure") and a physical unit is read only
    # without it. A label after a semicolon of the line ("...: 14; fatalities: 3") is one word.
    words = [w for w in LABEL_WORD.findall(m["label"] or m["next"]) if w not in ("who", "that")]
    for k in range(1, len(words)):
        if words[k] in LABEL_PREPOSITIONS:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if words[k] in _NARROWING and nxt.islower() and nxt not in _DETERMINERS:
                return None  # "Assaults on staff": what narrows the count, not where
            words = words[:k]  # "Tents pitched across the camp": tents pitched
            break
    if len(words) > 4:
        return None  # a long label with no place phrase is a sentence's words, no label
    participle = None
    if len(words) >= 2 and LABEL_PARTICIPLE.fullmatch(words[-1]):
        participle = words[-1].lower()
        words = words[:-1]
    for word in words[-1:]:
        low = word.lower()
        unit: Unit | None = None
        if low in v.head_units:
            unit = Unit(num.end, v.head_units[low], "count")
        elif (many := v.noun_singular.get(low)) is not None:
            if many != low and many in v.hyphen_adjectives and participle is not None:
                return Unit(num.end, many, "count")  # "Days held: 41", "Hours lost: 9"
            if many != low and many not in v.hyphen_adjectives:
                unit = Unit(num.end, many, "count")  # "Crew: 31", "Children: 140": a plural
        elif (expr := v.phys.get(low)) is not None:
            if plural_looking(low) and participle is None and (name := phys_name(expr)):
                unit = Unit(num.end, name, "physical")
        elif plural_looking(low) and low not in v.plural_not and low not in v.stop:
            unit = Unit(num.end, singular(low), "count")
        if unit is not None and participle is not None:
            unit = Unit(num.end, f"{participle} {unit.unit}", "count")
        return unit
    return None


# An item of a list that names its figure only by a label before a colon: the item opens a
# line or follows a dash, a bullet or a semicolon of a list run into one line ("- Pension
# pots, dormant: 41.3m - Average pot: small"); the label is words (commas
# between) with no figure of its own, a qualifier may stand after the colon.
ITEM_LABEL = re.compile(
    r"(?:^|\n|[ \t][-\u2013\u2014\u2022|][ \t]|;[ \t])[ \t]*(?:[-*\u2022][ \t]+)?"
    r"[A-Z][A-Za-z'\u2019-]*(?:,?[ \t]+[A-Za-z][A-Za-z'\u2019-]*){0,6}"
    r"[ \t]*:[ \t]*(?:[~\u2248][ \t]*|(?:about|around|approximately|roughly|nearly|almost|"
    r"over|more[ \t]+than|at[ \t]+least|some|up[ \t]+to)[ \t]+)?$"
)
# where the item ends: the end of a line or sentence, a comma, a bracket or the dash of the
# next item
LIST_ITEM_CLOSE = re.compile(r"[ \t]*(?:$|\n|[,;(|]|\.(?:[ \t]|$)|[ \t][-\u2013\u2014\u2022][ \t])")


def label_figure(s: Scan, num: Num, start: int) -> Unit | None:
    """A figure with a one-letter scale ("41.3m", "212k") that closes a list item
    whose label before the colon names no counted noun ("- Export orders, second half:
    41.3m", "Cinema tickets sold in autumn: 41.3m"): millions or thousands, kind 'number' with no
    unit, as "- Friday: 38,500" is (``amounts.bare_figure``). The caller has ruled out
    metres first (a length label, a text of lengths)."""
    if num.word or num.scale not in ("m", "M", "k", "K", "b", "B"):
        return None
    n = s.n
    if LIST_ITEM_CLOSE.match(n, num.end) is None:
        return None
    lm = ITEM_LABEL.search(n, max(0, start - 80), start)
    if lm is None or DIMENSION_WORD.search(n, lm.start(), start):
        return None  # "Longest span, main deck: 410m", "Weight: 5m": a measure
    return Unit(num.end, "", "number")


# words of a length, a distance or another physical measure: a label with one numbers metres,
# kilometres, minutes... ("Weight: 5m" is no 5 million)
DIMENSION_WORD = re.compile(
    r"(?<![\w])(?:tall|taller|tallest|high|higher|highest|height|long|longer|longest|length|"
    r"deep|deeper|deepest|depth|wide|wider|widest|width|span|distance|elevation|altitude|"
    r"thick|thickness|diameter|radius|range|reach|drop|climb(?:ing)?|weight|mass|size|area|"
    r"volume|speed|pace|time|duration|temperature)(?![\w])",
    re.IGNORECASE,
)


# a participle closing a fact-sheet label: "Structures destroyed", "Tugs deployed"
LABEL_PARTICIPLE = re.compile(
    r"[a-z]{2,}ed|lost|hit|built|sold|held|taken|seen|shut|caught|found|hurt|left|kept|brought"
    r"|made|paid|won|given|driven|flown|struck|stolen|shot|cut|bought|sent|spent|beaten|broken"
    r"|drawn|fallen|grown|hidden|known|risen|shown|thrown|torn|written|swept|dug|run",
    re.I,
)


def head_count(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """A bare number after a head noun phrase and a level/change verb in the same clause:
    "The death toll from the quake climbed overnight to 94" (``[head_counts]``)."""
    n, v = s.n, s.v
    if num.value != int(num.value) or num.value <= 0:
        return None
    if not s.head_near(max(0, amt.start - 240), amt.start) or clock_after(s, num.end):
        return None  # no head noun anywhere near: the common case, decided by one bisect
    end = amt.start
    qm = v.qual_prefix_rx.search(n, max(0, end - 40), end)
    if qm is not None and not _verb_qualifier(v.head_verbs, qm["q"]):
        end = qm.start()  # "toll climbed to nearly 94": the verb stands before the qualifier
    rm = RECORD_BEFORE.search(n, max(0, end - 32), end)
    if rm is not None:
        end = rm.start()  # "rose to a record 94", "fell to a low of 12": the link is before
    begin = max(0, end - 200)
    for br in CLAUSE_BREAK.finditer(n, begin, end):
        begin = br.end()
    if begin >= end or not s.head_near(begin, end):
        return None
    seg = n[begin:end]
    unit: str | None = None
    head: str | None = None
    dm = v.head_direct_rx.search(seg)
    if dm is None:
        dm = verb_first(s, seg, begin)
    if dm is not None:  # "a death toll of 94", "put the toll at 94"
        head = " ".join(dm["h"].lower().split())
        unit = v.head_units.get(head)
        if head in v.head_of_only and (dm.groupdict().get("l") or "").lower() != "of":
            return None  # "his mother at 80": an age
    else:
        tm = v.head_tail_rx.match(seg)
        if tm is None:
            return None
        pre = seg[: tm.start("verb")]
        heads = list(v.head_rx.finditer(pre))
        if not heads:
            return None
        hm = heads[-1]  # the head nearest the verb
        head = " ".join(hm["h"].lower().split())
        gap_at = hm.end()
        after = WORD_AFTER.match(pre, gap_at)
        if after is not None and after["w"].lower() in v.head_not_before:
            return None  # "toll road fees rose to 12"
        if head in v.head_of_only:
            return None  # "her father was 62": an age, not a count of children
        if head.endswith(" of"):
            found = of_noun(s, pre, gap_at)
            if found is None:
                return None
            unit, gap_at = found
        else:
            unit = v.head_units.get(head)
        words = _WORD.findall(pre[gap_at:])
        if (
            len(words) > v.head_max_gap
            or any(
                any(ch.isdigit() for ch in w)
                or w.lower() in v.head_breakers
                or (w.lower() in v.head_verbs and w.lower() not in v.head_copulas)
                for w in words
            )
        ) and not long_gap(s, pre, gap_at, begin):
            return None
    if unit is None or (head in v.head_thousands and num.value < 1000):
        return None
    return Unit(num.end, unit, "count")


# The verb before the head, a descriptive phrase between the head and the link: "Officials
# revise death toll of twin landslides to 61", "raised the toll from the storm to 61".
LINK_END = re.compile(r"[ \t]+(?:to|at)[ \t]+$", re.IGNORECASE)
VERB_BEFORE_HEAD = re.compile(r"(?P<v>[A-Za-z]+)[ \t]+(?:(?:the|its|their)[ \t]+)?$")


def verb_first(s: Scan, seg: str, offset: int) -> re.Match[str] | None:
    """The head of a count set by a verb written before it (see LINK_END): a verb of
    ``[head_counts]`` right before the head (an article between at most), the head, a
    descriptive phrase ``long_gap`` accepts, "to" or "at" and the number. The match's group
    ``h`` is the head."""
    v = s.v
    lm = LINK_END.search(seg)
    if lm is None:
        return None
    heads = list(v.head_rx.finditer(seg, 0, lm.start()))
    if not heads:
        return None
    hm = heads[-1]
    head = " ".join(hm["h"].lower().split())
    head_end = hm.end()
    if head.endswith(" of"):  # "death toll of twin blasts": "of" opens the phrase
        head_end = hm.start() + hm["h"].lower().rindex("of")
        hm = v.head_rx.match(seg, hm.start(), head_end)
        if hm is None:
            return None
        head = " ".join(hm["h"].lower().split())
    if head not in v.head_units:
        return None
    vb = VERB_BEFORE_HEAD.search(seg, max(0, hm.start() - 24), hm.start())
    if vb is None or vb["v"].lower() not in v.head_verbs or vb["v"].lower() in v.head_copulas:
        return None
    if not long_gap(s, seg[: lm.start()], hm.end(), offset):
        return None
    return hm


# What a level is called between the link and the number: "rose to a record 3,120", "hit a
# new high of 640", "fell to an all-time low of 12", "peaked at a high of 88".
RECORD_BEFORE = re.compile(
    r"(?<![\w-])an?[ \t]+(?:new[ \t]+)?(?:(?:record|all-time)(?:[ \t]+(?:high|low|peak))?"
    r"(?:[ \t]+of)?|(?:high|low|peak)[ \t]+of)[ \t]+$",
    re.IGNORECASE,
)


def _verb_qualifier(verbs: frozenset[str], word: str | None) -> bool:
    """A qualifier that is itself the verb of a head count: "the death toll tops 310", "the
    toll soared past 310" (over 310), "confirmed cases nears 5,000" (just under it)."""
    return word is not None and word.split()[0].lower() in verbs


def long_gap(s: Scan, text: str, at: int, offset: int) -> bool:
    """The words of ``text[at:]`` (``offset`` + index = position in the text) form a
    descriptive phrase a head may stand before ("from the magnitude 6.8 quake that shook
    the valley"; see ``long_gap_words`` in count_nouns.toml)."""
    v = s.v
    gap = text[at:]
    if "," in gap or ";" in gap:
        return False
    words = list(_WORD.finditer(gap))
    if not words or len(words) > v.head_long_gap:
        return False
    opener = next(
        (i for i, w in enumerate(words[:3]) if w.group().lower() in v.head_long_openers), None
    )
    if opener is None:
        return False  # "from the quake...", "killed in the 6.8 magnitude quake..."
    prev = ""
    for i, wm in enumerate(words):
        w = wm.group().lower()
        if i != opener and w in v.head_breakers:
            return False
        if w in v.head_verbs and w not in v.head_copulas and prev not in v.head_relatives:
            return False
        if any(ch.isdigit() for ch in w) and not YEAR.match(w):
            pos = offset + at + wm.start()
            if not any(a <= pos < b for a, b in (m.span for m in s.out)):
                return False
        prev = w
    return True


def of_noun(s: Scan, text: str, pos: int) -> tuple[str, int] | None:
    """The counted noun after "number of": up to two words, then a plural noun or one of
    ``[head_counts.of_words]`` ("confirmed cases" -> case, "dead" -> person)."""
    v = s.v
    at = pos
    for _ in range(3):
        m = WORD_AFTER.match(text, at)
        if m is None:
            return None
        low = m["w"].lower()
        if low in v.head_of_words:
            return v.head_of_words[low], m.end()
        if low in v.noun_singular and low != v.noun_singular[low]:
            return v.noun_singular[low], m.end()
        if plural_looking(low) and low not in v.plural_not and low not in v.stop:
            return singular(low), m.end()
        if low in v.head_verbs or low in v.head_breakers or low in v.number_words:
            return None
        at = m.end()
    return None


def partitive(s: Scan, num: Num) -> Unit | None:
    """A part of a whole whose noun follows "of" and a determiner (see OF_DETERMINER): "37 of
    the detainees" (detainee), "312 of the county's confirmed cases" (case), "45 of those
    injured" (a word of ``[head_counts.of_words]``: person)."""
    n, v = s.n, s.v
    if num.value != int(num.value) or num.value <= 0:
        return None
    dm = OF_DETERMINER.match(n, num.end)
    if dm is None:
        return None
    word = WORD_AFTER.match(n, dm.end())
    if word is not None and word["w"].lower() in v.head_of_words:
        nxt = WORD_AFTER.match(n, word.end())
        if nxt is None or not plural_looking(nxt["w"].lower()):
            return Unit(word.end(), v.head_of_words[word["w"].lower()], "count")
    noun = plural_noun(n, dm.end(), num)
    if noun is None:
        return None
    for w in _LETTERS_OR_DIGIT.findall(n[dm.end() : noun.end]):
        if w.isdigit() or w.lower() in v.number_words:
            return None  # "five of the three-ton satellites": the words hold a figure of their own
    return Unit(noun.end, noun.unit, "count")  # the span holds the noun, as in "300 models"


# The end of the words a bare number may open as the subject of its clause (see
# passive_subject): the start of a line or sentence, a clause mark, or a conjunction,
# relative or verb of saying ("and 90 are being treated", "of which 300 were", "says 14
# are critically hurt", "with 77 trapped"), an opening quote or bullet at most between.
SUBJECT_OPENS = re.compile(
    r"(?:^|[.!?;:,(\u2014\u2013]|(?<![^\s])[-*\u2022]|\n|(?<![\w-])(?:and|but|while|with|including|"
    r"which|whom|says|said|say|that|another|a[ \t]+further))[ \t\"'\u201c\u2018]*$",
    re.IGNORECASE,
)


# After the number: an auxiliary ("are being", "have been", "were"), an adverb ("seriously")
# and a participle or past tense: a word in -ed or an irregular participle.
PASSIVE_AFTER = re.compile(
    r"[ \t]+(?P<aux>(?:(?:are|were|was|is|have|has|had)[ \t]+)?(?:(?:been|being)[ \t]+)?)"
    r"(?:(?:[a-z]+ly|now|still|also|all)[ \t]+)?"
    r"(?P<p>[a-z]{2,}ed|taken|sent|hurt|held|brought|found|shot|stuck|left|thrown|given|"
    r"struck|stolen|sold|lost|built|caught|came|went|took|made|ran|got|saw)\b(?![-'\u2019])"
)


# durations and times of day are not what a later bare number counts
TIME_UNITS = frozenset(
    {"second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade"}
)


def passive_subject(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """A bare number that is the subject of its clause, followed by a participle or a verb in
    the past: the noun is left out because the sentence or the one before names it. "14 are
    critically hurt", "14 taken to hospital", "and 90 are being treated" count people (the
    participle is one of ``[people_after] states``); "Of those, 52 were scrapped" and "23
    were moved" count the noun of the count just before, in this sentence or the one
    before. The number must open its clause (after a clause mark, a conjunction or a verb of
    saying, see SUBJECT_OPENS): "the 747 landed" is a name; a plural noun after the
    participle ("20 armed men") is read by the noun rules."""
    n, v = s.n, s.v
    if not (is_big(num) or small_plain(n, num)) or num.value != int(num.value):
        return None
    pm = PASSIVE_AFTER.match(n, num.end)
    if pm is None or clock_after(s, num.end):
        return None
    nxt = WORD_AFTER.match(n, pm.end())
    if pm["aux"] == "" and nxt is not None and plural_looking(nxt["w"].lower()):
        return None  # "20 armed men": an adjective before the counted noun
    if not _opens_clause(s, amt):
        return None
    if v.people_state_rx.match(n, pm.start("p")):
        return Unit(num.end, "person", "count")
    # the last count before (a share of it may stand between: "408 people, 60% of them ...")
    # (a duration between is passed over: "1.4 million orders in its first 48 hours. Of
    # those, 600,000 came on day one" counts orders)
    return _last_count_noun(s, num, amt.start)


# A number that is by itself a noun phrase with "the": it stands for the noun of the count just
# before it in its sentence ("credited with 12 rebounds, revising the 11 in the box score",
# "scored 74 points, beating the 71 he managed in 1994"). After it, no noun: a preposition, a
# pronoun opening a relative clause, or the end of the clause. Not after "from" ("431 fell ill,
# up from the 412 it reported"): an earlier value, which grouping would read as the source's
# second figure of the quantity (measured: it split a group and lost a conflict).
THE_BEFORE = re.compile(r"(?<![\w-])(?<!from )the[ \t]+$", re.IGNORECASE)
NO_NOUN_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)]|$|(?:in|on|at|from|of|for|by|he|she|it|they|we|that|which|who)(?![\w-]))",
    re.IGNORECASE,
)


# a clause that names its number only by a generic noun after "the": "the real figure is more
# than 2,000", "the true number is closer to 900", "the estimate was revised to 29,000" (not
# "the figure for arrivals": it names what it counts; not the verb, "officials estimate it was
# carrying between 130 and 150": measured, it took a range's first number alone)
GENERIC_FIGURE = re.compile(
    r"(?<![\w-])the[ \t]+(?:[a-z]+[ \t]+)?(?:figures?|numbers?|estimates?|totals?|tally)\b"
    r"(?![ \t]+(?:of|for)\b)",
    re.I,
)


def generic_figure(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """A whole number its clause names only by a generic head ("Rights groups say the real
    figure is more than 2,000") counts the noun of the last count before it, in its sentence
    or the one before: the figure that clause restates or disputes."""
    n = s.n
    if num.value != int(num.value) or num.scale is not None or YEAR.match(num.text):
        return None
    begin = max(0, amt.start - 80)
    for br in CLAUSE_BREAK.finditer(n, begin, amt.start):
        begin = br.end()
    head = max(GENERIC_FIGURE.finditer(n, begin, amt.start), key=lambda m: m.start(), default=None)
    if head is None or any(ch.isdigit() for ch in n[head.end() : amt.start]):
        return None
    return _last_count_noun(s, num, head.start())


def _last_count_noun(s: Scan, num: Num, at: int) -> Unit | None:
    """The noun of the last count read (of the last three mentions; not a duration, not an age),
    for the number ``num``, when that count ends in the sentence of ``at`` or the one before."""
    prev = next(
        (m for m in reversed(s.out[-3:]) if m.kind == "count" and m.unit not in TIME_UNITS), None
    )
    if prev is None or prev.modifier is not None or not _just_before(s.n, prev, at):
        return None
    return Unit(num.end, prev.unit, "count")


def _opens_clause(s: Scan, amt: Amount) -> bool:
    """Does the amount (with any qualifier before it: "more than 30") open its clause (see
    SUBJECT_OPENS)?"""
    start = amt.start
    qm = s.v.qual_prefix_rx.search(s.n, max(0, start - 40), start)
    if qm is not None and qm["q"]:
        start = qm.start()
    return SUBJECT_OPENS.search(s.n, max(0, start - 24), start) is not None


# A copula after a number that opens its clause: "31 were women", "12 are foreign nationals"
COPULA_AFTER = re.compile(r"[ \t]+(?:were|are)(?:[ \t]+(?:all|also|mostly))?(?=[ \t])")


def predicate_noun(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """A bare number that is the subject of its clause, then "were"/"are" and a plural noun:
    the noun is what it counts ("Of the 60 riders, 31 were women" counts women; "and 12 were
    foreign nationals"). The number must open its clause (see SUBJECT_OPENS; "the 12 were
    friends" refers back), and the noun is a plural of the vocabulary ("men", "children") or
    looks plural (see ``plural_noun``: at most two adjectives before it). The span runs to the
    noun."""
    n, v = s.n, s.v
    if not (is_big(num) or small_plain(n, num)) or num.value != int(num.value):
        return None
    cm = COPULA_AFTER.match(n, num.end)
    if cm is None:
        return None
    if not _opens_clause(s, amt):
        return None
    word = WORD_AFTER.match(n, cm.end())
    if word is None:
        return None
    low = word["w"].lower()
    one = v.noun_singular.get(low)
    if word["w"].islower() and one is not None and one != low:
        return Unit(word.end(), one, "count")  # "31 were women", "two are children"
    if NATIONALITY_AFTER.fullmatch(word["w"]) and CLAUSE_CLOSE.match(n, word.end()):
        return Unit(word.end(), low, "count")  # "26 were Burmese and four were Thai"
    noun = plural_noun(n, cm.end(), num)
    if noun is None:
        return None
    return Unit(noun.end, noun.unit, "count")


# A nationality adjective closing "N were ...": "-an", "-ese", "-ish", "-i", "-ch" ("Korean",
# "Japanese", "Danish", "Thai", "Dutch"), the clause ending after it
NATIONALITY_AFTER = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i|ch)")
CLAUSE_CLOSE = re.compile(r"[ \t]*(?:[,;.:)]|$|\n|[ \t](?:and|or|while|but)\b)")


AT_A_TIME = re.compile(r"[ \t]+at[ \t]+a[ \t]+time\b", re.IGNORECASE)


def _them_before(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """The plural noun "them" stands for in "N of them" when the count before is too small to
    be the whole: the last plural-looking word of the sentence before the number ("The
    porters, 40 of them on contract"; "Sniffer dogs - 15 of them"); None when there is none."""
    n = s.n
    sentence = SENTENCE_BREAK.split(n[max(0, amt.start - 200) : amt.start])[-1]
    for word in reversed(_WORD.findall(sentence)):
        low = word.lower().strip(".'")
        noun = s.v.noun_singular.get(low)
        if noun is not None and noun != low:  # a plural of the vocabulary ("people")
            return Unit(num.end, noun, "count")
        if plural_looking(low) and low not in s.v.plural_not:
            return Unit(num.end, singular(low), "count")
    return None


def _just_before(n: str, prev: Mention, start: int) -> bool:
    """``prev`` ends in the sentence of ``start`` or the one before (which may close a
    paragraph: "96 buses were withdrawn.\n\nOf those, 52 were scrapped"), at most 240
    characters before."""
    between = n[prev.span[1] : start]
    return len(between) <= 240 and len(SENTENCE_BREAK.findall(between)) <= 1


# A label whose unit is written in brackets before its colon, as table rows and fact lines
# write it: "Net debt (£m): 640", "Revenue ($bn): 4.2", "Shares in issue (m): 512.4". The
# bracket holds a currency (symbol or code), a scale, or both; nothing else is read.
TABLE_UNIT = re.compile(
    r"\((?P<cur>[^\w\s()]{1,3}|[A-Za-z]{2}\$|[A-Z]{3}[ \t]?)?(?P<sc>[a-zA-Z]{1,3})?\)[ \t]*:[ \t]*$"
)


def table_unit(s: Scan, amt: Amount, num: Num) -> Unit | None:
    """The unit of a table label before the number (see TABLE_UNIT): money with its scale,
    or a number in the bracket's scale."""
    n, v = s.n, s.v
    if num.word or num.scale is not None or amt.cur is not None:
        return None
    m = TABLE_UNIT.search(n, max(0, amt.start - 16), amt.start)
    if m is None or not (m["cur"] or m["sc"]):
        return None
    factor = 1.0
    if m["sc"]:
        sc = m["sc"]
        scale = v.single_scales.get(sc) if len(sc) == 1 else v.scales.get(sc.lower())
        if scale is None:
            return None
        factor = scale
    if not m["cur"]:
        return Unit(num.end, "", "number", factor)
    c = v.cur_by_token.get(m["cur"].strip().lower())
    if c is None:
        return None
    return Unit(num.end, c.code, "money", factor * c.factor, c.alternatives)
