"""Counts: a number followed by the noun it counts ("300 models", "14 howitzers").

* **Plural nouns outside the vocabulary** (``[plural]`` in ``count_nouns.toml``): a number
  followed, after at most two adjectives, by a plural-looking word counts that word's singular
  ("14 self-propelled howitzers" -> howitzer, "seven bulldozers", "3,000 new jobs"); for numbers
  below 1,000 without a scale the number must be whole and the noun lower case, and a
  capitalised word right before makes a name or date ("Apollo 11 astronauts", "March 3
  protesters", also for vocabulary nouns: "Grok 3 engineers") unless a giving verb stands
  before it ("gave the Civic Alliance 54 seats"). The words in ``not_counted`` ("times",
  "others", "ways"...) are never counted. "3 dead, 5 injured" count people; so does a bare
  number before "were killed", "remain missing", "died", "have been left homeless", "have
  been treated" (``[people_after]``). Scores and
  tallies ("a 4-1 vote", "2-2 draw") are never counts (``tallies`` reads them); "N-year-old" is
  an age (modifier 'age'). A plural that the sentence's parse makes the object of a verb
  standing after the number counts nothing ("Production of 156,910 outpaced deliveries";
  ``verb_over_count``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from reconcile.claims.models import Mention
from reconcile.quantities.numerals import YEAR, Num
from reconcile.quantities.state import (
    CAP_BEFORE,
    WORD_AFTER,
    WORD_BEFORE,
    Amount,
    Scan,
    Unit,
    qualified_interval,
    round12,
)
from reconcile.quantities.vocab import vocab
from reconcile.vocabulary import load

if TYPE_CHECKING:
    from spacy.tokens import Token

NAME_BEFORE = re.compile(r"(?<![\w'])(?P<w>[A-Za-z&]+)[ \t]$")


CAMEL = re.compile(r"[a-z]+[A-Z]")


AGO = re.compile(r"[ \t]+ago\b", re.IGNORECASE)


# "Yu-lin, 60,"; letters beyond ASCII too ("Ørsted, 60,", "Brå, 66,")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de"
_LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
AGE_NAME = re.compile(rf"(?<![\w])[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?,[ \t]+$")


# "61 of the 120 seats", "six of the region's 11 districts", "some 30 of the nearly 90
# barges" (a qualifier of the whole)
OF_THE = re.compile(
    r"[ \t]+of[ \t]+(?:(?:the|its|their|all|his|her|our|these|those)[ \t]+)?"
    r"(?:[a-z]+(?:'|\u2019)s[ \t]+)?"
    r"(?:(?:about|around|roughly|some|nearly|almost|approximately|more[ \t]+than|over)[ \t]+)?"
    r"(?=[0-9])",
    re.IGNORECASE,
)


# A part of a whole named after the number: "45 of those injured", "312 of the
# county's confirmed cases", "37 of the detainees" (a determiner, a possessive at most, then the
# noun phrase read as after a number: up to two adjectives and a plural).
OF_DETERMINER = re.compile(
    r"[ \t]+of[ \t]+(?:the|its|their|his|her|our|these|those)"
    r"(?:[ \t]+[A-Za-z]+(?:'|\u2019)s)?(?=[ \t])",
    re.IGNORECASE,
)


OF_THEM = re.compile(r"[ \t]+of[ \t]+(?:them|those)\b", re.IGNORECASE)


YEARS_OLD = re.compile(r"(?:-|[ \t]+)old\b", re.IGNORECASE)


SCORE_TAIL = re.compile(r"-(?P<b>\d{1,3})(?![0-9%$]|[.,][0-9])")


# "a five-time champion", "the 3-time winner": a number hyphen-joined to "time" before a word
# counts the times (unit 'time'); "one-time", "full-time", "part-time" name no count.
TIME_ADJECTIVE = re.compile(r"-time(?=[ \t]+[A-Za-z])", re.IGNORECASE)


# A word that makes a lone "one" a count: "only one player", "at least one clinic"
ONLY_BEFORE = re.compile(
    r"(?<![\w])(?:only|just|exactly|at[ \t]+least|more[ \t]+than|no[ \t]+more[ \t]+than)[ \t]+$",
    re.IGNORECASE,
)


# ... and the end of a list of counts: "won three golds and one silver", "four trawlers
# and one tug" (a number, then at most six words with no sentence or clause break, then a comma
# or "and"; matched on the lower-cased text)
LIST_ONE_BEFORE = re.compile(
    r"(?:[0-9]|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b)"
    r"[^\s.;:!?()]*(?:[ \t]+[^\s.;:!?()0-9]+){1,6}?(?:,[ \t]*|,?[ \t]+and[ \t]+)$"
)


def one_counts(n: str, num_start: int) -> bool:
    """A lone "one" counts its noun after "only", "just", "at least"... ("only one player") or
    as the last item of a list of counts ("four trawlers and one tug")."""
    return (
        ONLY_BEFORE.search(n, max(0, num_start - 16), num_start) is not None
        or LIST_ONE_BEFORE.search(n[max(0, num_start - 80) : num_start].lower()) is not None
    )


# a time unit's abbreviation touching the number: "in 44.37sec", "9min", "a 3hr wait" (a count
# of the time noun, as "44.37 sec" is; "7min 03.6sec" is one duration, see elapsed_parts)
TIME_ATTACHED = re.compile(r"(?P<u>hrs|hr|mins|min|secs|sec)(?![\w'\u2019-])", re.IGNORECASE)
TIME_ATTACHED_UNITS = {"hr": "hour", "min": "minute", "sec": "second"}


# a number that opens its sentence (nothing but an opening quote or bracket before it)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][\"')\u201d]?[ \t]+|\n)[\"'(\u201c]?$")
_PEOPLE_WORD = re.compile(r"[ \t]+(?:people|persons)\b", re.IGNORECASE)


def year_people(n: str, pos: int, num: Num) -> Unit | None:
    """A number spelt like a year (1800-2100, no separator) is a count of people when it opens
    its sentence and "people" and a state of people follow: "1987 people were hurt". After
    a preposition ("In 2020 people were killed") or anywhere else it stays a year."""
    pm = _PEOPLE_WORD.match(n, pos)
    if pm is None or not vocab().people_after_rx.match(n, pm.end()):
        return None
    if _OPENS_SENTENCE.search(n, max(0, num.start - 4), num.start) is None:
        return None
    return Unit(pm.end(), "person", "count")


# the noun right after "one" that ends a list of counts: a word in lower case, never a function
# word ("and one is", "one of them", "one for each")
ONE_NOUN = re.compile(r"[ \t]+(?P<w>[A-Za-z][a-z]+)\b(?![-'\u2019])")


def _last_item(n: str, pos: int, stop: frozenset[str]) -> Unit | None:
    m = ONE_NOUN.match(n, pos)
    if m is None or m["w"].lower() in stop or m["w"].lower() in ONE_NOT_NOUNS:
        return None
    if m["w"][0].isupper():
        return None  # a name ("and one Smith"), or one of a people ("and one Dane": read so,
        # it split a story's death-toll groups, realnews -29 right pairs)
    return Unit(m.end(), m["w"].lower(), "count")


# words after "one" that name no counted thing
ONE_NOT_NOUNS = frozenset(
    {
        "was",
        "is",
        "were",
        "are",
        "had",
        "has",
        "have",
        "will",
        "would",
        "could",
        "may",
        "might",
        "did",
        "does",
        "each",
        "another",
        "other",
        "more",
        "less",
        "apiece",
        "too",
        "also",
        "only",
    }
)


# one to three words in lower case after "one": its noun ("one guard", "one crew member")
_ONE_NOUN_WORDS = [
    re.compile(r"(?:[ \t]+[a-z][a-z]+\b(?![-'\u2019])){" + str(k) + "}") for k in (1, 2, 3)
]


def _state_after(n: str, pos: int) -> bool:
    """A noun of one to three lower-case words after "one", then a state of people
    (``[people_after]``, as after a bare number): "one guard remains in hospital", "one crew
    member was killed"."""
    rx = vocab().people_after_rx
    for words in _ONE_NOUN_WORDS:
        m = words.match(n, pos)
        if m is None:
            return False
        if m.group().split()[0] in ONE_NOT_NOUNS:
            return False  # "one was killed": no noun ("one" alone is no count here)
        if rx.match(n, m.end()):
            return True
    return False


# a lower-case word between a number and a plural that may be a verb ("156,910 outpaced
# deliveries", "41,800 drifting between stages") or an adjective ("1,238 confirmed cases")
VERB_LOOKING = re.compile(r"[a-z]{3,}(?:ed|ing)")


def verb_over_count(n: str, num: Num, noun_end: int) -> bool:
    """A verb-looking word between the number and the noun ending at ``noun_end`` is, in the
    sentence's parse, a verb heading a clause of its own (the root, a conjunct, an adverbial,
    relative or complement clause) and the noun hangs under it, not under the number:
    "Production of 156,910 outpaced deliveries", "a crowd of 41,800 drifting between
    stages" count no deliveries and no stages. A participle the parse makes the noun's
    adjective ("1,238 confirmed cases", "11 carried transceivers") leaves the count alone."""
    from reconcile.claims.parse import figure_span, parse_sentences

    lo, hi = _sentence_of(n, num.start)
    if hi < noun_end:
        return False
    doc = parse_sentences([n[lo:hi]])[0]
    number = figure_span(doc, num.start - lo, num.end - lo)
    noun = figure_span(doc, noun_end - lo - 1, noun_end - lo)
    if number is None or noun is None:
        return False
    target = noun.root
    if any(t.i == target.i for t in number.root.subtree):
        return False  # "312 of the county's confirmed cases": the number's own "of"
    for tok in doc[number.end : target.i]:
        if (
            tok.pos_ == "VERB"
            and tok.dep_ in _CLAUSE_VERB_DEPS
            and VERB_LOOKING.fullmatch(tok.lower_)
            and _object_of(target, tok)
        ):
            return True
    return False


def _object_of(noun: Token, verb: Token) -> bool:
    """``noun`` is ``verb``'s object, or the object of a preposition on it ("outpaced
    deliveries", "drifting between stages")."""
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == verb.i


# the links by which a verb heads a clause of its own (no adjective of a noun)
_CLAUSE_VERB_DEPS = frozenset(
    {"ROOT", "conj", "advcl", "relcl", "acl", "pcomp", "ccomp", "xcomp", "csubj"}
)


_SENTENCES: dict[str, list[tuple[int, int]]] = {}


def _sentence_of(n: str, at: int) -> tuple[int, int]:
    """The sentence of ``n`` holding ``at``, as the claims stage cuts it."""
    from reconcile.claims.vocab import sentence_spans

    spans = _SENTENCES.get(n)
    if spans is None:
        _SENTENCES.clear()
        spans = _SENTENCES[n] = sentence_spans(n)
    return next(((a, b) for a, b in spans if a <= at < b), (0, 0))


def noun_suffix(n: str, pos: int, num: Num) -> Unit | None:
    v = vocab()
    if pos > 0 and n[pos - 1].isdigit() and n[pos : pos + 1] in ("h", "H", "m", "M", "s", "S"):
        t = TIME_ATTACHED.match(n, pos)
        if t is not None:
            return Unit(t.end(), TIME_ATTACHED_UNITS[t["u"].lower().rstrip("s")], "count")
    if num.single_word == "one" and not (one_counts(n, num.start) or _state_after(n, pos)):
        return None  # "one model" names no count; "only one player", "... and one tug",
        # "one guard remains in hospital" do
    if not num.word and not num.scale and YEAR.match(num.text):
        return year_people(n, pos, num)  # a year, unless it opens "1987 people were hurt"
    if num.value >= 2 and num.value == int(num.value) and not num.scale:
        tm = TIME_ADJECTIVE.match(n, pos)
        if tm is not None:  # "a five-time champion": how many times
            return Unit(tm.end(), "time", "count")
    kind = KIND_AFTER.match(n, pos) if num.value == int(num.value) and not num.scale else None
    if kind is not None and plural_looking(kind["w"].lower()) and kind["w"].lower() not in v.stop:
        return Unit(kind.end(), singular(kind["w"].lower()), "count")  # "five 50-point games"
    m = v.noun_rx.match(n, pos)
    if m and _sentence_end_between(m):
        m = None  # "output hit 40 today. Workers cheered": the noun opens the next sentence
    if not m and num.single_word == "one":
        return _last_item(n, pos, v.stop)  # "... and one tug"
    if not m:
        if n[pos : pos + 1] == "-" and 2 <= num.value < 1000 and num.value == int(num.value):
            strong = strong_unit(n, pos)
            if strong is not None:
                return strong  # "a 540-strong team": its members
        return plural_noun(n, pos, num) or people_word(n, pos, num)
    if (m["f1"] or m["f2"]) and n[m.start("n") - 1] == "-":
        head = compound_head(n, m.end())
        if head is not None:
            return head
    if m["f1"]:  # "14 howitzers near homes": the plural nearer the number is what it counts
        nearer = plural_noun(n, pos, num)
        if nearer is not None and nearer.end <= m.start("n"):
            return nearer
    for g in ("f1", "f2"):
        f = m[g]
        if f and (
            (f.lower() in v.stop and n[m.end(g) : m.end(g) + 1] != "-")  # "first-team": no stop
            or f.lower() in v.cur_words
            or f.lower() in v.scales
            or f.lower() in v.number_words
        ):
            return None
    if any(f and VERB_LOOKING.fullmatch(f) for f in (m["f1"], m["f2"])) and verb_over_count(
        n, num, m.end()
    ):
        return None  # "Production of 156,910 outpaced deliveries": the verb's object
    noun = v.noun_singular[" ".join(m["n"].lower().split())]
    if noun in SAME_PLURAL and not m["f1"]:
        nxt = WORD_AFTER.match(n, m.end())
        if nxt is not None and plural_looking(nxt["w"].lower()):
            return plural_noun(n, pos, num)  # "12 fish farms" counts farms
    if noun == "length" and (num.scale or m["n"].lower() != "lengths"):
        return None  # "won by three lengths" counts; "a 50m length of pipe" is metres
    if m["n"].lower() in ORDINAL_NOUNS and ordinal_use(n, m.end()):
        return None  # "10 second-hand cars", "2 second prizes": the ordinal, not a duration
    if (
        n[pos : pos + 1] == "-"
        and not m["f1"]
        and noun in v.hyphen_adjectives
        and v.hyphen_names_rx.match(n, m.end())
    ):
        return None  # "52-week high", "10-year bond": names
    if (
        n[pos : pos + 1] == "-"
        and not m["f1"]
        and NUMBERED_BEFORE.search(n, max(0, num.start - 16), num.start)
        and WORD_AFTER.match(n, m.end())
        and not YEARS_OLD.match(n, m.end())
    ):
        return None  # "his third 40-point game", "five 50-point games": a kind of game, told
        # by the number or ordinal before it, not a count of points
    if noun == "year" and not m["f1"]:
        old = YEARS_OLD.match(n, m.end())
        if old is not None:  # the span holds the whole age: "a 45-year-old", "45 years old"
            return Unit(old.end(), noun, "count", modifier="age")  # "a 45-year-old", "45 years old"
    return Unit(m.end(), noun, "count")


# a number or an ordinal past the first right before a hyphened count, which then tells the
# kind of the thing counted or numbered: "his third 40-point game", "five 50-point games", "the
# 12th 30-point night" (a class of games, not a count of points); "the first 38-degree day on
# record" is the day itself, whose figure it gives
NUMBERED_BEFORE = re.compile(
    r"(?<![\w-])(?:\d+|(?!1st\b)\d+(?:st|nd|rd|th)|two|three|four|five|six|"
    r"seven|eight|nine|ten|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+$",
    re.IGNORECASE,
)


# a hyphened count between a number and the plural it modifies: "five 50-point games", "two
# 10-storey towers" count games and towers (the hyphened count tells their kind)
KIND_AFTER = re.compile(r"[ \t]+\d+-[A-Za-z]+[ \t]+(?P<w>[A-Za-z]+)(?![\w-])")


# "a 540-strong team", "the 27-strong delegation": a whole number hyphen-joined to "strong"
# counts the members of the group named after it
STRONG = re.compile(r"-strong(?![\w-])", re.IGNORECASE)


def strong_unit(n: str, pos: int) -> Unit | None:
    """ "N-strong" (see STRONG) before no counted noun (the noun rules read "a nine-strong
    panel", "the 900-strong bus fleet"): the members of the group after it, people unless
    one of the next three words is a head of ``[head_counts]`` that says what they are ("a
    300-strong workforce" -> employee). Only below 1,000: "a 94,470-strong electorate" stays
    a bare figure (``amounts.bare_figure``; read as people it moved other claims of its
    story between groups, benchmarks.scores 2026-12-06)."""
    m = STRONG.match(n, pos)
    if m is None:
        return None
    v = vocab()
    at = m.end()
    for _ in range(3):
        w = WORD_AFTER.match(n, at)
        if w is None:
            break
        if w["w"].lower() in v.head_units:
            return Unit(m.end(), v.head_units[w["w"].lower()], "count")
        at = w.end()
    return Unit(m.end(), "person", "count")


def _sentence_end_between(m: re.Match[str]) -> bool:
    """Whether a word the noun pattern let stand between the number and the noun closes a
    sentence: a lower-case word of three letters or more ending in a full stop ("hit 40
    today. Workers ..."), unlike an abbreviation ("5 U.S. states", "3 St. Kilda ferries")."""
    for g in ("f1", "f2"):
        f = m[g]
        if f and f.endswith(".") and len(f) > 3 and f[:-1].isalpha() and f[:-1].islower():
            return True
    return False


def compound_head(n: str, end: int) -> Unit | None:
    """A hyphened compound whose last word is a counted noun modifies the plural after it,
    which is what the number counts: "300 high-school students" (student), "11 first-team
    players" (player), "40 two-bedroom flats" (flat)."""
    v = vocab()
    nxt = WORD_AFTER.match(n, end)
    if nxt is None:
        return None
    low = nxt["w"].lower()
    if not plural_looking(low) or "-" in low or low in v.plural_not or low in v.stop:
        return None
    return Unit(nxt.end(), singular(low), "count")


# Counted nouns whose plural is the singular ([irregular]): before a plural noun they are its
# modifier ("12 fish farms", "40 deer parks"), not what the number counts.
SAME_PLURAL = frozenset(
    {"fish", "deer", "reindeer", "sheep", "cattle", "bison", "moose", "aircraft"}
)


# Counted nouns spelt like an ordinal: "30 seconds", "a 30-second clip" are durations, but
# glued to a hyphen or before a plural noun the word is the ordinal ("second-hand", "2 second
# prizes").
ORDINAL_NOUNS = frozenset({"second"})


def ordinal_use(n: str, end: int) -> bool:
    """The word ending at ``end`` reads as an ordinal: a hyphen or a plural noun follows."""
    if n[end : end + 1] == "-":
        return True
    nxt = WORD_AFTER.match(n, end)
    return nxt is not None and plural_looking(nxt["w"].lower())


def _regular_plural(noun: str) -> str:
    if noun.endswith("ss"):
        return noun + "es"  # "witness", "business"
    if noun.endswith("s"):
        return noun
    if re.search(r"[^aeiou]y$", noun):
        return noun[:-1] + "ies"
    if re.search(r"(?:x|ch|sh|z)$", noun):
        return noun + "es"
    return noun + "s"


@functools.cache
def _irregular_plurals() -> dict[str, str]:
    """singular -> plural from count_nouns.toml ``[irregular]`` (plural -> singular), where
    the English rule gets the plural wrong ("man": "men", not "mans"): a singular whose
    regular plural is listed keeps it ("person": "persons"), and a listed form shorter than
    its singular is an abbreviation ("mins"), no plural; a noun listed as its own plural
    stays as it is ("sheep")."""
    listed: dict[str, list[str]] = {}
    for many, one in load("count_nouns")["irregular"].items():
        listed.setdefault(one.lower(), []).append(many.lower())
    out: dict[str, str] = {}
    for one, forms in listed.items():
        if _regular_plural(one) in forms:
            continue
        if one in forms:  # "sheep", "staff", "aircraft"
            out[one] = one
            continue
        full = [f for f in forms if len(f) >= len(one)]
        if full:
            out[one] = full[0]
    return out


def plural(noun: str) -> str:
    """'factory' -> 'factories', 'goal' -> 'goals', 'box' -> 'boxes', 'man' -> 'men' (for
    metric names)."""
    irregular = _irregular_plurals().get(noun.lower())
    if irregular is not None:
        return irregular
    return _regular_plural(noun)


def singular(word: str) -> str:
    """The singular of a regular plural (lower case): "howitzers" -> "howitzer"."""
    v = vocab()
    if word in v.noun_singular:
        return v.noun_singular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return word[:-2]
    return word[:-1]


def plural_looking(word: str) -> bool:
    """Lower-case ``word`` ends like a regular plural ("howitzers"; not "glass", "bonus")."""
    return (
        len(word) >= 4
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word.isalpha()
    )


def hyphened_plural(word: str) -> bool:
    """Lower-case ``word`` is a noun of hyphen-joined words whose last ends like a regular
    plural ("call-outs", "check-ups", "sit-ins", "lay-offs")."""
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(p.isalpha() for p in parts)
        and plural_looking(word.replace("-", ""))
        and len(parts[-1]) >= 3
    )


_NAME_WORD = re.compile(r"[\w'&.]+")

# A whole word and a full stop before the number: the sentence before has ended ("served on
# Tuesday. 38 children"), unless the word is a short form that takes a point ("Sept. 5",
# "No. 5", "Corp. 12"); a word with a point inside ("U.S. 50") is left to the readers below.
_STOP_BEFORE = re.compile(r"(?<![\w'.])(?P<w>[A-Za-z]+)\.[ \t]+$")
_POINT_FORMS = frozenset({"sept", "corp", "dept", "govt", "bros", "assn", "blvd", "univ", "prof"})


def sentence_ends_before(n: str, start: int) -> bool:
    """The number opens a sentence: the word before it is a whole word closed by a full stop."""
    m = _STOP_BEFORE.search(n, max(0, start - 40), start)
    return m is not None and len(m["w"]) >= 4 and m["w"].lower() not in _POINT_FORMS


@functools.lru_cache(maxsize=16)  # asked twice per number (plural and people readers)
def name_or_date_before(n: str, start: int) -> bool:
    """A small number after a capitalised word is a name or a date ("Apollo 11", "March 3"),
    after a month or weekday a date, after "#" or "9:" a rank or clock time. A number in
    lower-case words after a capitalised word is no name ("south of Vardo two bridges failed")."""
    v = vocab()
    if start > 0 and n[start - 1] == "#":
        return True
    if start > 1 and n[start - 1] in ":." and n[start - 2].isdigit():
        return True
    if sentence_ends_before(n, start):
        return False
    wb = WORD_BEFORE.search(n, max(0, start - 24), start)
    if wb and wb["w"].lower() in v.not_adjectives:
        return True
    if n[start : start + 1].islower():
        return False  # a number in lower-case words is no part of a name: "in Vardo two bridges"
    cm = CAP_BEFORE.search(n, max(0, start - 32), start)
    if cm is None:
        return False
    word = cm["w"]
    low = word.lower().rstrip(".")
    if low.endswith("'s") or low.endswith("s'"):
        return False  # "the Army's 14 howitzers"
    if (
        low in v.stop
        or low in v.capitalised_ok
        or low in v.qual_tail_words
        or low in v.number_words
        or low in v.cues
    ):
        return False
    # "gave the Civic Alliance 54 seats": the capitalised words name who gets the count
    words = _NAME_WORD.findall(n[max(0, cm.start() - 80) : cm.start()])
    while words and (words[-1][:1].isupper() or words[-1].lower() in ("the", "a", "an")):
        words.pop()
    return not (words and words[-1].lower() in v.give_verbs)


def small_plain(n: str, num: Num) -> bool:
    """A number below 1,000 (no scale, no separator) that may count: whole, positive, and not
    part of a name or date."""
    return num.value == int(num.value) and num.value > 0 and not name_or_date_before(n, num.start)


def is_big(num: Num) -> bool:
    return num.scale is not None or (not num.word and num.value >= 1000 and "," in num.text)


def people_word(n: str, pos: int, num: Num) -> Unit | None:
    """ "3 dead, 5 injured", "1.4 million unemployed": a word of ``[head_counts.of_words]``
    right after a number, with no noun after it, counts people."""
    v = vocab()
    if num.single_scale or not (is_big(num) or small_plain(n, num)):
        return None
    m = WORD_AFTER.match(n, pos)
    if m is not None and m["w"].lower() == "more":  # "103 dead and 211 more injured"
        m = WORD_AFTER.match(n, m.end())
    if m is None or m["w"].lower() not in v.head_of_words:
        return None
    nxt = WORD_AFTER.match(n, m.end())
    if nxt is not None and (
        plural_looking(nxt["w"].lower()) or nxt["w"].lower() in v.noun_singular
    ):
        return None  # "3 injured players" is read by the noun rules
    return Unit(m.end(), v.head_of_words[m["w"].lower()], "count")


# A people named by their country, the one shape of a capitalised plural a small number counts
# ("11 Norwegians", "seven Chileans"; "12 Monkeys", "Apollo 11 Astronauts" stay names)
DEMONYM = re.compile(r"[A-Z][a-z]{3,}ans")
# A nationality whose plural is its adjective ("14 Vietnamese", "40 Japanese", "three Sudanese"):
# people of that nationality when no noun follows it ("14 Vietnamese trawlers" counts trawlers):
# the clause or the list goes on ("14 Vietnamese, two Chileans", "14 Vietnamese and one Thai").
NATIONALITY_ESE = re.compile(r"[A-Z][a-z]{2,}ese")
# The plural of an initialism, a small "s" after two to five capitals ("450 MPs", "30 CEOs",
# "12 GPUs", "40 NGOs"): a counted noun however small the number, as a lower-case plural is
ACRONYM_PLURAL = re.compile(r"[A-Z]{2,5}s")
NO_NOUN_AFTER = re.compile(r"[ \t]*(?:[,;.:)]|$|\n|[ \t](?:and|or|were|are|was|had|have)\b)")


# a model's designation: capitals, then digits, perhaps a suffix ("VA-350", "F-35", "A321neo",
# "C9"); with an "s" after it, a plural of the model ("45 VA-350s", "12 F-35s", "24 A321neos")
MODEL_AFTER = re.compile(r"[ \t]+(?P<w>[A-Z][A-Za-z]{0,4}-?[0-9]{1,4}[a-z]{0,4})(?![\w-])")
_RX_MODEL_PLURAL = re.compile(r"[0-9](?:[a-z]*[a-rt-z])?s$")
# two capitalised words after a word: a name ("watched Dunmere Rovers", "joined Kelby Walkers")
_RX_NAMED_OBJECT = re.compile(r"[ \t]+[A-Z][\w'-]*[ \t]+[A-Z]")


def plural_noun(n: str, pos: int, num: Num) -> Unit | None:
    """Outside the vocabulary, a plural noun right after a number (after at most two
    adjectives) is what it counts: "14 self-propelled howitzers" (howitzer), "3,000 new jobs",
    "50.1 million iPhones" (iphone), "1,200 Americans", "11 Norwegians" (see DEMONYM and
    ``[plural]`` in count_nouns.toml). A model's designation may stand among the words ("40
    VA-220 jets": jet) or be the plural itself ("45 VA-350s": VA-350)."""
    if num.single_scale and num.scale not in ("M", "bn"):
        return None  # "400m hurdles" is a race; "7.1M visits" and "2bn views" are counts
    v = vocab()
    big = is_big(num)
    if not big and not small_plain(n, num):
        return None
    at = pos
    i, words = 0, 3  # three words at most; four past a model ("45 Vantor VA-350 widebody jets")
    while i < words:
        m = WORD_AFTER.match(n, at)
        model = MODEL_AFTER.match(n, at)
        if model is not None and (m is None or model.end() > m.end()):
            designation = model["w"]
            if _RX_MODEL_PLURAL.search(designation):
                return Unit(model.end(), designation[:-1], "count")  # "45 VA-350s", "12 F-35s"
            words, at = 4, model.end()
            i += 1
            continue
        if not m:
            return None
        word = m["w"]
        low = word.lower()
        if low.endswith("ed") and word.islower() and _RX_NAMED_OBJECT.match(n, m.end()):
            return None  # "41,260 watched Dunmere Rovers": a verb and the name of its object
        if ACRONYM_PLURAL.fullmatch(word) and n[m.end() : m.end() + 1] not in ("-", "'"):
            return Unit(m.end(), low[:-1], "count")  # "the 450 MPs": mp
        if plural_looking(low) or hyphened_plural(low):
            if (
                low in v.plural_not
                or low in v.stop
                or low in v.cur_words
                or low in v.scales
                or not (big or word.islower() or DEMONYM.fullmatch(word))
                or n[m.end() : m.end() + 1] in ("-", "'")
            ):
                return None
            if any(VERB_LOOKING.fullmatch(w) for w in n[pos : m.start()].split()) and (
                verb_over_count(n, num, m.end())
            ):
                return None  # "41,800 drifting between stages": no count of stages
            return Unit(m.end(), singular(low), "count")
        if (
            low.endswith("ese")
            and NATIONALITY_ESE.fullmatch(word)
            and (big or small_plain(n, num))
            and NO_NOUN_AFTER.match(n, m.end())
        ):
            return Unit(m.end(), low, "count")  # "14 Vietnamese, two Chileans": people, no noun
        if (
            i == words - 1
            or low in v.stop
            or low in v.not_adjectives
            or low in v.plural_not
            or low in v.number_words
            or low in v.cur_words
            or low in v.scales
            or low in v.phys
            or low in v.head_verbs
            or (
                word.isupper()
                and len(word) > 1
                and low in v.cur_by_token
                and word not in v.after_codes  # "6 AMD processors"
            )
        ):
            return None
        at = m.end()
        i += 1
    return None


def score_end(s: Scan, amt: Amount, num: Num, unit: Unit | None) -> int | None:
    """End of "4-1" when the second whole number is not above the first and neither
    carries a unit: a score or a vote tally ("a 4-1 vote", "won 7-0")."""
    if unit is not None or amt.cur is not None or num.word or num.scale:
        return None
    if num.value != int(num.value) or YEAR.match(num.text):
        return None
    m = SCORE_TAIL.match(s.n, num.end)
    if m is None or float(m["b"]) > num.value:
        return None
    return m.end()


def clock_after(s: Scan, pos: int) -> bool:
    """ "at 9 am", "at 9:30", "at 10 GMT": a clock time, not a count."""
    n = s.n
    if n[pos : pos + 1] == ":" and n[pos + 1 : pos + 2].isdigit():
        return True
    m = WORD_AFTER.match(n, pos)
    return m is not None and m["w"].lower() in s.v.not_adjectives


def name_before(s: Scan, start: int) -> bool:
    m = NAME_BEFORE.search(s.n, max(0, start - 24), start)
    if m is None:
        return False
    word = m["w"]
    return word.lower() in s.v.name_words or CAMEL.match(word) is not None


# "an hour and a half", "a year and a half": no numeral, so the scan loop never stops there
ONE_AND_A_HALF = re.compile(
    r"(?<![\w-])an?[ \t]+(?P<u>second|minute|hour|day|week|month|year|decade)"
    r"[ \t]+and[ \t]+a[ \t]+half\b",
    re.IGNORECASE,
)


# "in the 88th minute", "a 23rd-minute penalty": the minute of play in which something
# happened, an ordinal that is a quantity (unit 'match minute', never a duration in minutes)
ORDINAL_MINUTE = re.compile(
    r"(?<![\w.,/-])(?P<n>[1-9][0-9]{0,2})(?:st|nd|rd|th)(?:[ \t]+|-)minute\b(?![\w-])",
    re.IGNORECASE,
)


# The minute of play is written two ways: the minute being played ("the 80th minute" for 79:30)
# or the minutes gone ("the 79th minute"), so N admits N - 1 and N + 1 read the other way: two
# figures one apart can both hold, two apart cannot.
MINUTE_SLACK = 0.75


def scan_ordinal_minutes(s: Scan) -> None:
    """Each "Nth minute" of the text (see ORDINAL_MINUTE), found before the scan like "an
    hour and a half" and joined to its output at the end: value N within :data:`MINUTE_SLACK`."""
    if "minute" not in s.low:
        return
    for m in ORDINAL_MINUTE.finditer(s.n):
        a, b = m.span()
        if s.blocked_span(a) is not None:
            continue
        value = float(m["n"])
        qual, qual_text = s.qualifier(a, b, MATCH_MINUTE)
        lo, hi = (
            (value - MINUTE_SLACK, value + MINUTE_SLACK)
            if qual is None
            else qualified_interval(value, MINUTE_SLACK, qual)
        )
        _found_first(s, a, b, value, MATCH_MINUTE, (lo, hi), (qual, qual_text))


MATCH_MINUTE = "match minute"


def _found_first(
    s: Scan,
    a: int,
    b: int,
    value: float,
    unit: str,
    bounds: tuple[float, float],
    qualified: tuple[str | None, str | None],
) -> None:
    """A count found before the scan (like a model's size): its stretch is blocked for the scan
    and its mention joined to the scan's output at the end."""
    s.found_first(
        Mention(
            surface=s.text[a:b],
            span=(a, b),
            value=value,
            unit=unit,
            kind="count",
            low=round12(bounds[0]),
            high=round12(bounds[1]),
            qualifier=qualified[0],  # type: ignore[arg-type]
            qualifier_text=qualified[1],
        )
    )


RATE_BEFORE = re.compile(r"[0-9][^ \t]*[ \t]+(?:[a-z]+[ \t]+)?$")


def scan_one_and_a_half(s: Scan) -> None:
    """ "about an hour and a half", "a year and a half": a count of 1.5 of the time noun,
    found before the scan (like a model's size) and joined to its output at the end."""
    if "and a half" not in s.low:
        return
    for m in ONE_AND_A_HALF.finditer(s.n):
        a, b = m.span()
        if (
            s.blocked_span(a) is not None
            or RATE_BEFORE.search(s.n, max(0, a - 24), a)
            or AGO.match(s.n, b)
        ):
            continue  # "$15 an hour and a half ...": a rate; "a year and a half ago": a date
        unit = m["u"].lower()
        qual, qual_text = s.qualifier(a, b, unit)
        lo, hi = (1.25, 1.75) if qual is None else qualified_interval(1.5, 0.25, qual)
        _found_first(s, a, b, 1.5, unit, (lo, hi), (qual, qual_text))


# "more than a decade", "at least a week", "up to a fortnight", "a week longer": a time noun
# after "a"/"an" is one of that unit, a duration, when a qualifier stands before it or a
# comparative after it (without either, "a week" is mostly a rate or a date: "twice a week",
# "a week later", "a week ago").
ARTICLE_DURATION = re.compile(  # matched on the lower-cased text
    # ("a" first, the look behind after it: the engine skips to each "a" at once)
    r"a(?<![\w-]a)n?[ \t]+(?P<u>second|minute|hour|day|week|fortnight|month|year|decade)\b"
    r"(?![-'\u2019])"
)
LONGER_AFTER = re.compile(
    r"[ \t]+(?:longer|shorter|(?:more|less)\b(?![ \t]+than))\b", re.IGNORECASE
)
FORTNIGHT = ("week", 2.0)
# a time noun after "for", "within" or "lasting" is a span too ("campaigned for a decade",
# "restock within a fortnight", "aches lasting a day"), unless a clause or "like" says which
# one ("saved for a night like that", "for a week when ..."), "or two" makes it loose ("for a
# year or two") or "second" is an ordinal ("for a second straight session")
SPAN_BEFORE = re.compile(r"(?<![\w-])(?:for|within|lasting)[ \t]+$")
NOT_A_SPAN_AFTER = re.compile(r"[ \t]+(?:like|when|where|which|that|whose|to[ \t]+remember)\b")
SECOND_CLOSE = re.compile(r"[ \t]*(?:[,.;:)!?]|$|of\b)")
OR_TWO = re.compile(r"[ \t]+or[ \t]+two\b")  # "a day or two"


def scan_article_durations(s: Scan) -> None:
    """Each qualified "a/an <time noun>" (see ARTICLE_DURATION), found before the scan like "an
    hour and a half" and joined to its output at the end: value 1 of the unit ("a fortnight":
    2 weeks), written precision half a unit, widened by its qualifier."""
    low = s.low
    if " a " not in low and " an " not in low:
        return
    for m in ARTICLE_DURATION.finditer(low):
        a, b = m.span()
        if (
            s.blocked_span(a) is not None
            or RATE_BEFORE.search(s.n, max(0, a - 24), a)
            or AGO.match(s.n, b)
        ):
            continue
        unit, value = m["u"].lower(), 1.0
        if unit == "fortnight":
            unit, value = FORTNIGHT
        qual, qual_text = s.qualifier(a, b, unit)
        if qual is None and LONGER_AFTER.match(s.n, b) is None:
            if SPAN_BEFORE.search(low, max(0, a - 12), a) is None or NOT_A_SPAN_AFTER.match(low, b):
                continue
            if unit == "second" and SECOND_CLOSE.match(low, b) is None:
                continue  # "for a second straight session", "for a second time": an ordinal
            if OR_TWO.match(low, b) is not None:
                continue  # "lasting a day or two": no length a source would hold to (read as a
                # range, it joined every span of its story's groups)
        half = 0.5 * value
        lo, hi = (
            (value - half, value + half) if qual is None else qualified_interval(value, half, qual)
        )
        _found_first(s, a, b, value, unit, (lo, hi), (qual, qual_text))
