"""Figures that one sentence links by arithmetic and that do not add up (multipliers, shares, a
change from a stated base)."""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from itertools import takewhile
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Finding
from reconcile.compare.arithmetic import change_of, ratio_interval, shift
from reconcile.compare.context import pair_finding
from reconcile.compare.intervals import interval, overlaps
from reconcile.compare.wording import fmt

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx


_FROM = re.compile(r"\bfrom\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "A and B together make up three-quarters of the gain": the share's part is the sum of both
_SUMMED = re.compile(r"\b(?:together|combined|between them)\b", re.IGNORECASE)


def sentence_findings(claims: list[Claim], ctx: Ctx) -> list[Finding]:
    """Figures that one sentence links by arithmetic and that do not add up.

    - "31%, more than three times the 9% pace": a multiplier against the two figures it relates;
    - "16,000 of the 23,000 chips, or 72%": a share against its part and whole;
    - "rose 10% to $110 from $90": a change, its level and the stated base.
    Each check runs only when the sentence holds exactly the figures it needs, so that it never
    guesses which figure a multiplier or share refers to.
    """
    tol = ctx.settings.tolerance
    by_sentence: dict[tuple[str, str, int], list[Claim]] = defaultdict(list)
    for (doc, sentence), cs in _by_sentence_text(claims).items():
        for n, instance in enumerate(_instances(cs, sentence, ctx.texts.get(doc, ""))):
            by_sentence[(doc, sentence, n)] = instance
    out: list[Finding] = []
    for (_doc, _sentence, _n), cs in sorted(by_sentence.items()):
        cs.sort(key=lambda c: c.span)
        for m in cs:
            written = m.mention.unit
            others = [c for c in cs if c is not m and c.mention.unit != "times"]
            units = {c.mention.unit for c in others}
            if len(others) != 2 or len(units) != 1:
                continue
            small, big = sorted(others, key=lambda c: abs(c.value))
            ratio = ratio_interval(big, small, tol)
            if ratio is None or ratio[0] <= 0:
                continue
            if written == "times" and m.mention.kind == "multiplier":
                if any(c is not m and c.mention.unit == "times" for c in cs):
                    continue  # two multipliers ("4.1x its opening; a 3.5x multiple would put
                    # it past $640M"): which figures each relates is not known
                if not _names_its_base(m, others):
                    continue  # "about double what a contract nurse earns": another base
                admitted = (
                    interval(m, tol) if m.unit == "times" else (shift(interval(m, tol), 100.0))
                )
                what = f"{fmt(ratio[0])} to {fmt(ratio[1])} times"
            elif m.role == "share" and written == "percent" and written not in units:
                text = ctx.texts.get(m.document, "")
                if (
                    not _share_of(m, big, text)
                    or _SUMMED.search(m.sentence)
                    or _restates(m, big, text)
                    or _two_levels(small, big, text)
                ):
                    continue  # "46% of the vote, giving it 71 of the 140 seats"
                admitted = interval(m, tol)
                ratio = (ratio[0] ** -1 * 100, ratio[1] ** -1 * 100)[::-1]
                what = f"{fmt(ratio[0])}% to {fmt(ratio[1])}%"
            else:
                continue
            if overlaps(admitted, ratio):
                continue
            message = (
                f'{m.document}: "{m.sentence.strip()}" The figures do not add up: '
                f'"{small.text}" and "{big.text}" give {what}, not "{m.text}".'
            )
            out.append(
                pair_finding(
                    "arithmetic", ctx.severity("arithmetic"), None, m, small, message, {}
                ).model_copy(update={"claims": sorted({m.id, small.id, big.id})})
            )
        out += _base_checks(cs, ctx)
    return out


# where a multiplier's own phrase ends: a comma, a semicolon, a bracket, a sentence's full stop
# (not a decimal point), a dash between spaces
_PHRASE_END = re.compile(r"[,;:()\[\]]|\.(?!\d)|\s[—–-]\s")


def _names_its_base(m: Claim, others: list[Claim]) -> bool:
    """Whether the multiplier's own phrase, from it to the end of its clause or bracket, holds
    one of the two figures: "31%, three times the 5% pace" compares 31% with 5%; "agency
    staff are paid about double what a contract nurse earns" or "a $412m total (2.7x
    multiple)" compare with what the phrase names and the sentence gives no figure for, not
    with the sentence's other figures."""
    at = m.sentence.find(m.text)
    if at < 0 or m.sentence.find(m.text, at + 1) >= 0:
        return True  # where it stands is not known: checked as before
    rest = m.sentence[at + len(m.text) :]
    end = _PHRASE_END.search(rest)
    phrase = rest if end is None else rest[: end.start()]
    return any(c.text in phrase for c in others)


_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([A-Za-z]+(?:[ \t]+[a-z]+){0,2})")
# words that end a share's "of" noun phrase ("10% of the share capital in 2021": "capital")
_PHRASE_STOP = frozenset(
    {"in", "on", "at", "for", "from", "to", "by", "with", "and", "or", "but", "than", "as", "of",
     "that", "which", "who", "is", "was", "were", "are", "be", "it", "this", "a", "an", "the"}
)  # fmt: skip


_POINTING = frozenset({"it", "them", "that", "this", "which", "those", "these"})
# "a third of the grant, or £4.2m": the amount after ", or" is the share as an amount
_OR_AMOUNT = re.compile(
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
    r"\s*,?\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|almost\s+)?$",
    re.IGNORECASE,
)


_TO = re.compile(
    r"\bto\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+|just\s+)?$",
    re.IGNORECASE,
)


def _two_levels(a: Claim, b: Claim, text: str) -> bool:
    """Whether two figures are one quantity's levels before and after a move ("shrank from
    930 members in 2019 to 810 today"): neither is a part of the other, so a share in their
    sentence is a share of something else ("only one in nine of them is under 25")."""
    before = {c.id: text[max(0, c.span[0] - 30) : c.span[0]] for c in (a, b)}
    return any(_FROM.search(before[x.id]) and _TO.search(before[y.id]) for x, y in ((a, b), (b, a)))


def _restates(share: Claim, amount: Claim, text: str) -> bool:
    """Whether ``amount`` restates the share itself as an amount ("40% of the grant, or £4.2m"):
    it is the share's part, not the whole; taken as the whole, a smaller figure of the sentence
    ("and £0.6m for travel") was read as the part."""
    if amount.span[0] < share.span[1]:
        return False
    return _OR_AMOUNT.fullmatch(text[share.span[1] : amount.span[0]]) is not None


def _share_of(share: Claim, whole: Claim, text: str) -> bool:
    """Whether a share may be a share of ``whole``: unless it names what it is a share of ("46%
    of the vote"; the head of a compound, "10% of the share capital": capital) and the whole
    counts something else (140 seats), or is an amount its own words do not name so ("its
    wage bill of £231.4m now consumes 64% of turnover": the turnover is not the wage bill)."""
    m = _OF_NOUN.match(text, share.span[1])
    if m is None:
        return True
    words = m.group(1).lower().split()
    phrase = [words[0], *takewhile(lambda w: w not in _PHRASE_STOP, words[1:])]
    noun = phrase[-1]  # the head of a compound: "the share capital" is capital
    if whole.kind == "money" and noun not in _POINTING:
        stop = share.span[0] if share.span[0] > whole.span[1] else whole.span[1] + 25
        near = text[max(0, whole.span[0] - 40) : min(stop, whole.span[1] + 25)].lower()
        return re.search(rf"\b{re.escape(noun.rstrip('s'))}", near) is not None
    if whole.kind != "count":
        return True
    unit = whole.unit.lower()
    stem = unit.rstrip("s")
    return noun.startswith(stem) or stem.startswith(noun.rstrip("s"))


def _by_sentence_text(claims: list[Claim]) -> dict[tuple[str, str], list[Claim]]:
    out: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        if c.sentence:
            out[(c.document, c.sentence)].append(c)
    return out


def _instances(cs: list[Claim], sentence: str, text: str) -> list[list[Claim]]:
    """The claims of each occurrence of a sentence that a text repeats (a live blog restates its
    lines): figures of two occurrences are never one sentence's arithmetic, and taking them
    together would cost the square of the repeats. Claims fall in the occurrence they lie in;
    where the text does not hold the sentence as written, claims farther apart than the
    sentence is long start a new occurrence."""
    cs = sorted(cs, key=lambda c: c.span)
    if len(cs) <= 3:
        return [cs]
    starts, at = [], text.find(sentence)
    while at >= 0:
        starts.append(at)
        at = text.find(sentence, at + 1)
    groups: dict[int, list[Claim]] = defaultdict(list)
    if starts:
        for c in cs:
            groups[max(0, bisect.bisect_right(starts, c.span[0]) - 1)].append(c)
        return list(groups.values())
    out: list[list[Claim]] = [[cs[0]]]
    for c in cs[1:]:
        if c.span[0] - out[-1][0].span[0] > len(sentence):
            out.append([])
        out[-1].append(c)
    return out


def _figure_before(base: Claim, cs: list[Claim]) -> Claim | None:
    """The figure of the sentence's figures ``cs`` in the base's unit nearest before it: the one
    a base "from" it is the base of ("a loss of €71m, up from €40m, on
    turnover steady at €2.2bn": €71m, not the turnover after it); None when there is none."""
    before = [c for c in cs if c.unit == base.unit and c.span[1] <= base.span[0]]
    return max(before, key=lambda c: c.span[1], default=None)


def _base_checks(cs: list[Claim], ctx: Ctx) -> list[Finding]:
    tol = ctx.settings.tolerance
    text = ctx.texts.get(cs[0].document, "") if cs else ""
    out = []
    for level in cs:
        ch = change_of(level, ctx.by_id)
        if ch is None or ch.low is None or ch.high is None:
            continue
        bases = [
            b
            for b in cs
            if b.unit == level.unit
            and b is not level
            and _FROM.search(text[max(0, b.span[0] - 12) : b.span[0]])
            and _figure_before(b, cs) in (None, level)
        ]
        if len(bases) != 1 or level.low is None or level.high is None:
            continue
        if min(ch.low, ch.high) <= -100:
            continue
        implied = (level.low / (1 + ch.high / 100), level.high / (1 + ch.low / 100))
        if overlaps(interval(bases[0], tol), implied):
            continue
        message = (
            f'{level.document}: "{ctx.q(ch)}" from "{bases[0].text}" does not add up: '
            f"{level.text} after a change of {ch.text} implies a base of about "
            f"{fmt(level.value / (1 + ch.value / 100))}, not {bases[0].text}."
        )
        out.append(
            pair_finding(
                "arithmetic", ctx.severity("arithmetic"), None, ch, level, message, {}
            ).model_copy(update={"claims": sorted({ch.id, level.id, bases[0].id})})
        )
    return out
