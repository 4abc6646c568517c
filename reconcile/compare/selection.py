"""Which claims and pairs of a group are judged: all pairs of a small group, representative pairs
of a large one."""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import TYPE_CHECKING

from reconcile import units
from reconcile.claims.evidence import told_apart
from reconcile.claims.models import Claim
from reconcile.compare.camps import camps
from reconcile.compare.intervals import interval, overlaps
from reconcile.vocabulary import GENERIC_PEOPLE, PEOPLE, noun_families, people_nouns

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx


EXACT_MAX = 48  # claims of a group judged pair by pair; above, each against its slot's reference


ODD_MAX = 12  # odd figures of a large group's slot judged against each other, at most


def representative_pairs(
    members: list[Claim], ctx: Ctx, focus: set[str] | None = None
) -> list[tuple[Claim, Claim]]:
    """The pairs judged in a large group (more than ``EXACT_MAX`` claims), by a report and by a
    check alike, so that the work grows with the number of claims, not with its square.

    Claims are put in slots by time and session; in each slot, claims whose intervals meet form
    camps (see ``camps``). The slot's reference is the first claim of its largest camp (the
    figure most of its sources give). Every other claim of the slot is judged against it; the
    claims outside the reference's camp (the odd figures) are judged against each other too when
    there are at most ``ODD_MAX`` of them; and each slot's reference is judged against the main
    one (the reference of the slot with the most sources: that is how figures of different days
    meet). The pairs depend on the group alone, never on a focus: a check judges those that hold
    a claim of the draft, so that a check and a report give the same verdict on every pair of
    sources. Not judged: a claim of a reference camp against the other claims of its camp or the
    odd figures (its reference speaks for it), and odd figures against each other when they are
    too many to be odd (then the slot holds no figure most sources agree on).

    With a ``focus`` (document ids), the slots that hold no claim of it are passed over (none of
    their pairs could hold one), unless the main claim is the focus's; the caller keeps the pairs
    that hold a claim of the focus.
    """
    slots: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in members:
        slots[(c.when or "", c.session or "")].append(c)
    ranked = sorted(
        ((len({c.document for c in cs}), "\x1f".join(key), cs) for key, cs in slots.items()),
        key=lambda r: (-r[0], r[1]),
    )
    main_camps = camps(ranked[0][2], ctx)
    main = main_camps[0].head
    if focus is not None and main.document not in focus:  # (the main meets every slot)
        ranked = ranked[:1] + [r for r in ranked[1:] if any(c.document in focus for c in r[2])]
    pairs: list[tuple[Claim, Claim]] = []
    for n, (_n, _key, cs) in enumerate(ranked):
        found = main_camps if n == 0 else camps(cs, ctx)
        ref = found[0].head
        if ref is not main:
            pairs.append((ref, main))
        pairs += [(c, ref) for k in found for c in k.claims if c is not ref]
        odd = [c for k in found[1:] for c in k.claims]
        if len(odd) <= ODD_MAX:
            pairs += combinations(odd, 2)
    return pairs


def headlines_take_body_times(members: list[Claim], in_title: set[str], tol: float) -> list[Claim]:
    """A headline's undated figure takes the time of the same figure in its own body."""
    out = []
    for c in members:
        if c.id in in_title and c.when is None:
            twin = next(
                (
                    o
                    for o in members
                    if o.document == c.document
                    and o.id not in in_title
                    and o.when
                    and overlaps(interval(o, tol), interval(c, tol))
                ),
                None,
            )
            if twin is not None:
                c = c.model_copy(update={"when": twin.when})
        out.append(c)
    return out


# Spans of time in two families whose units convert exactly: fixed lengths (in days) and the
# calendar's (in months). A month or a year is no fixed number of days, so the families never mix.
_TIME_FAMILIES = (
    units.DAYS_OF_UNIT,
    {"month": 1.0, "quarter": 3.0, "year": 12.0, "decade": 120.0},
)


def common_time_unit(members: list[Claim]) -> list[Claim]:
    """Durations of one group written in different units of one family ("six weeks", "41
    days"; "four years", "49 months") in the smallest of them, so that they can be weighed
    ("more than six weeks" is at least 42 days); other groups unchanged."""
    found = {c.unit for c in members}
    family = next((f for f in _TIME_FAMILIES if found <= f.keys()), None)
    if len(found) < 2 or family is None:
        return members
    target = min(found, key=family.__getitem__)
    out = []
    for c in members:
        if c.unit == target:
            out.append(c)
            continue
        k = family[c.unit] / family[target]

        def scaled(x: float | None, k: float = k) -> float | None:
            return None if x is None else x * k

        mention = c.mention.model_copy(
            update={
                "unit": target,
                "value": c.mention.value * k,
                "low": scaled(c.mention.low),
                "high": scaled(c.mention.high),
            }
        )
        out.append(
            c.model_copy(
                update={
                    "unit": target,
                    "value": c.value * k,
                    "low": scaled(c.low),
                    "high": scaled(c.high),
                    "mention": mention,
                }
            )
        )
    return out


def signed_alike(members: list[Claim]) -> list[Claim]:
    """Figures of one group read without a sign ("a collapse of more than 12 points", "the
    weight loss was 17.8%", "retailers cut 4,000": a level, no direction) beside figures of it
    whose fall the text states ("fell by 12.5 points", "lost 17.8%", "-4k"), and none whose rise
    it states: the unsigned figures are weighed as falls too, so that a magnitude is weighed
    against a magnitude and no source is said to disagree "even on the direction" for want of a
    verb. A group that states a rise, or no direction at all, is unchanged; so is a figure
    written with its own sign, and a change (see ``_unsigned``). (A rise needs no such step:
    an unsigned figure is positive.)"""
    signed = [c for c in members if c.direction is not None or c.value < 0]
    if not signed or any(c.value >= 0 or c.direction == "up" for c in signed):
        return members
    out = []
    for c in members:
        if _unsigned(c):
            c = c.model_copy(
                update={
                    "value": -c.value,
                    "low": None if c.high is None else -c.high,
                    "high": None if c.low is None else -c.low,
                    "direction": "down",
                }
            )
        out.append(c)
    return out


def _unsigned(c: Claim) -> bool:
    """A level or a share read with no direction and no sign of its own: a magnitude. (A
    change read without a direction is left as read: its sign is what the text gave.)"""
    return (
        c.role != "change"
        and c.direction is None
        and c.value > 0
        and not c.mention.surface.lstrip().startswith("+")
    )


def one_word_for_one_thing(members: list[Claim]) -> list[Claim]:
    """Counts of one group written with two words for one thing ("38,000 homes" / "48,000
    households", "2.3 million trips" / "3.2 million rides"; the ``[synonyms]`` of
    ``data/comparison.toml``) in the first word of their family, so that they are weighed
    against each other. The grouping has already read both as the group's measured
    thing; the words name one thing unless a source of the group tells them apart: gives
    figures with both words and none of them the same (one that writes "1,900 homes" and "2,600
    households" counts two things)."""
    family = synonym_families()
    found: dict[str, dict[str, dict[str, set[float]]]] = defaultdict(lambda: defaultdict(dict))
    for c in members:
        if c.kind == "count" and c.unit in family:
            found[family[c.unit]][c.unit].setdefault(c.document, set()).add(c.value)
    one: dict[str, str] = {}
    for head, words in found.items():
        if len(words) > 1 and not any(
            told_apart(words[x], words[y]) for x, y in combinations(sorted(words), 2)
        ):
            one.update(dict.fromkeys(words, head))
    if not one:
        return members
    out = []
    for c in members:
        if c.kind == "count" and c.unit in one and c.unit != one[c.unit]:
            mention = c.mention.model_copy(update={"unit": one[c.unit]})
            c = c.model_copy(update={"unit": one[c.unit], "mention": mention})
        out.append(c)
    return out


synonym_families = noun_families  # (the name this module's readers know)


def common_count_unit(members: list[Claim]) -> list[Claim]:
    """Counts of people written with one specific noun and the generic one ("passengers",
    "people"; see ``people_nouns``) as counts of people, and bare numbers of a group whose
    counts all count people ("58,300" beside "61,900 people" under one measured thing) too, so
    that they are weighed against them. The grouping has already read the bare number as the
    group's measured thing; people are what news counts without a noun (a town "of 40,000", a
    crowd "of 26,500", a toll "at 57"), while a bare number beside counts of anything else
    ("4.3 million" beside "3.4 million pre-orders") may count another stage or period of it. A
    group whose counts count anything but people, or several things, is left unchanged. A
    group with one specific noun and the generic "people" or "individuals" ("132 passengers",
    "179 individuals") weighs them all as counts of people: the generic noun says no more than
    the other; two specific nouns ("3,120 participants", "a 1,050-patient subgroup") may count
    two sets of people: left as read."""
    units = {c.unit for c in members if c.kind == "count"}
    if not units or not units <= people_nouns() or len(units - GENERIC_PEOPLE) > 1:
        return members
    if units == {PEOPLE} and not any(_bare(c) for c in members):
        return members
    unit = PEOPLE
    out = []
    for c in members:
        if _bare(c) or (c.kind == "count" and c.unit != unit):
            mention = c.mention.model_copy(update={"unit": unit, "kind": "count"})
            c = c.model_copy(update={"unit": unit, "kind": "count", "mention": mention})
        out.append(c)
    return out


def _bare(c: Claim) -> bool:
    """A number written without a unit or a counted noun."""
    return c.kind == "number" and not c.unit and not c.mention.unit


def common_measure_unit(members: list[Claim]) -> list[Claim]:
    """Measurements of one group written in different units of one dimension ("a 60mph limit",
    "a limit of 60 km/h") in the unit most of them use (ties: the first by name), so that they
    are weighed as the quantities they are, not as bare numbers; a claim whose unit does not
    convert, and other groups, unchanged."""
    physical = [c for c in members if c.kind == "physical"]
    found = Counter(c.unit for c in physical)
    if len(found) < 2:
        return members
    target = min(found, key=lambda u: (-found[u], u))
    out = []
    for c in members:
        if c.kind != "physical" or c.unit == target:
            out.append(c)
            continue
        try:
            converted = _converted(c, target)
        except (units.ConversionError, ValueError, TypeError):
            converted = c
        out.append(converted)
    return out


def _converted(c: Claim, target: str) -> Claim:
    """The claim in ``target`` (each end of its interval converted: offsets too, 41 C is
    105.8 F); its mention stays as written."""

    def to(x: float | None) -> float | None:
        return None if x is None else units.convert(x, c.unit, target)

    low, high = to(c.low), to(c.high)
    if low is not None and high is not None and low > high:
        low, high = high, low
    return c.model_copy(update={"unit": target, "value": to(c.value), "low": low, "high": high})
