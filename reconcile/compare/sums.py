"""A total against the sum of its parts, where one source marks the figures as parts of it.

Two shapes of text mark parts:

- the total first, then its parts after a partitive word right behind it or at the start of the
  next sentence: "debts of £640m, of which £410m ... and £180m ..."; "... £412m in total. Of
  that, £186m ... and £263m ..."; "£31m of lost sales: £19m online and £8m in stores";
- the parts first, then the total marked as their sum in the same sentence: "14 aces and 9, 25
  in all"; "£3m and £5m, £9m combined".

Parts follow one another as a list (a comma, "and", "plus" between them, no word of comparison
such as "from", "than" or "up"), are of the total's unit and each smaller than it. Parts that
exceed their total are a conflict whatever the marker; parts that fall short of it only when the
marker says they are all of it ("made up of", "comprising", a list after a colon, "in all"):
after "of which" or "including", a sum that falls short may leave a part unnamed.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from reconcile.claims.models import Claim, Finding
from reconcile.compare.context import pair_finding
from reconcile.compare.intervals import interval
from reconcile.compare.wording import fmt

if TYPE_CHECKING:
    from reconcile.compare.context import Ctx

_SOME = r"of which|of that|of this|of these|of the total|of the sum|including|includ(?:es|ed)"
_ALL = (
    r"made up of|comprising|comprised of|consisting of|split between|divided between"
    r"|broken down into"
)
# the partitive word right behind the total (a few words of what it counts may come between:
# "£31m of lost sales: ..."), and at the start of the next sentence
_AFTER_TOTAL = re.compile(
    rf"^(?:\s+in\s+total|\s+in\s+all|\s+overall)?(?P<gap>(?:\s+[A-Za-z'-]+){{0,5}}?)\s*"
    rf"(?:[,;(\u2013\u2014-]\s*)?(?:(?P<some>{_SOME})|(?P<all>{_ALL})|(?P<colon>:))",
    re.IGNORECASE,
)
_NEXT_SENTENCE = re.compile(
    rf"\s*(?:(?P<some>{_SOME}|of it)|(?P<all>{_ALL}|it was made up of|that comprised))\b",
    re.IGNORECASE,
)
# the total marked as the sum of the figures before it
_SUM_WORDS = re.compile(
    r"^\s*(?:in\s+all|in\s+total|combined|altogether|all\s+told|between\s+them)\b",
    re.IGNORECASE,
)
_SUM_BEFORE = re.compile(
    r"\b(?:(?:a|the)\s+(?:[a-z-]+\s+)?(?:combined|total)(?:\s+of)?|in\s+all|in\s+total)\s*$",
    re.IGNORECASE,
)
# what may stand between two parts of a list, and what may not
_JOINED = re.compile(r";|\band\b|\bplus\b|\bwhile\b|\bwith\b", re.IGNORECASE)
_COMPARED = re.compile(
    r"\b(?:from|than|compared|against|versus|vs|up|down|rose|rise|rising|fell|fall|falling|"
    r"increase|increased|decrease|decreased|before|after|previous|previously|earlier|last|"
    r"instead|rather|per|each|a\s+year|or)\b|%",
    re.IGNORECASE,
)
_COUNTED = frozenset({"money", "count"})
# where a part comes from, named, closing its stretch of the list: "$210m from the Development
# Bank, $90m from the Climate Fund and $168m from the Treasury"; no comparison ("from $4m")
_SOURCE = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w'&.-]*\s*)+(?=,|;|\band\b|$)")


def sum_findings(claims: list[Claim], ctx: Ctx) -> list[Finding]:
    """Totals that one source gives with their parts, where the parts do not add up to it."""
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        if c.sentence:
            by_doc[c.document].append(c)
    out: list[Finding] = []
    for doc, cs in sorted(by_doc.items()):
        text = ctx.texts.get(doc, "")
        if not text:
            continue
        cs.sort(key=lambda c: c.span)
        seen: set[tuple[str, ...]] = set()
        for total, parts, every in _totals_with_parts(cs, text):
            key = tuple(sorted({total.id, *(p.id for p in parts)}))
            if key in seen:
                continue
            seen.add(key)
            finding = _check(total, parts, every, ctx)
            if finding is not None:
                out.append(finding)
    return out


def parts_of_totals(cs: list[Claim], text: str) -> dict[str, Claim]:
    """Each figure of one document (``cs``) that its text lists as a part of a total it gives:
    the figure's id -> the total."""
    if not text:
        return {}
    cs = sorted((c for c in cs if c.sentence), key=lambda c: c.span)
    return {p.id: total for total, parts, _ in _totals_with_parts(cs, text) for p in parts}


def _totals_with_parts(cs: list[Claim], text: str) -> list[tuple[Claim, list[Claim], bool]]:
    """Each total of ``cs`` (one document's claims in order) with the parts the text lists for
    it, and whether the text says the parts are all of it."""
    out: list[tuple[Claim, list[Claim], bool]] = []
    for n, total in enumerate(cs):
        if not _countable(total):
            continue
        end = _sentence_end(total, text)
        after = text[total.span[1] : end]
        m = _AFTER_TOTAL.match(after)
        if m is not None and not re.search(r"\d", m.group(0)):
            stretch = (total.span[1] + m.end(), end)
        elif not any(_same_kind(c, total) for c in cs[n + 1 :] if c.span[0] < end):
            # the total is its sentence's last figure of its kind: "Of that, ..." next
            m = _NEXT_SENTENCE.match(text, end)
            stretch = (m.end(), _sentence_end_at(m.end(), text)) if m is not None else (0, 0)
        else:
            m = None
        if m is not None:
            inside = [c for c in cs[n + 1 :] if stretch[0] <= c.span[0] < stretch[1]]
            parts = _listed(total, inside, text)
            if len(parts) >= 2:
                every = bool(m.group("all") or m.groupdict().get("colon"))
                out.append((total, parts, every))
                continue
        # the parts first: "14 and 9, 25 in all"
        before = text[max(0, total.span[0] - 40) : total.span[0]]
        if _SUM_WORDS.match(after) or _SUM_BEFORE.search(before):
            first = _sentence_start(total, text)
            if first is None:
                continue
            earlier = [c for c in cs[:n] if c.span[0] >= first]
            parts = _listed(total, earlier, text, before_total=True)
            if len(parts) >= 2:
                out.append((total, parts, True))
    return out


def _countable(c: Claim) -> bool:
    return (
        c.kind in _COUNTED
        and c.role == "level"
        and c.unit != "percent"
        and c.low is not None
        and c.high is not None
        and c.value > 0
    )


def _same_kind(a: Claim, b: Claim) -> bool:
    return a.unit == b.unit and a.kind == b.kind


def _sentence_end(c: Claim, text: str) -> int:
    """Where the sentence of ``c`` ends in ``text`` (just past its full stop)."""
    start = _sentence_start(c, text)
    return _sentence_end_at(c.span[1], text) if start is None else start + len(c.sentence)


def _sentence_start(c: Claim, text: str) -> int | None:
    """Where the sentence of ``c`` starts in ``text``, if the text holds it as written."""
    if not c.sentence:
        return None
    start = text.rfind(c.sentence, 0, c.span[0] + len(c.sentence))
    return start if 0 <= start <= c.span[0] and start + len(c.sentence) >= c.span[1] else None


def _sentence_end_at(at: int, text: str) -> int:
    m = re.compile(r"[.!?](?=\s|$)|\n").search(text, at)
    return len(text) if m is None else m.end()


def _listed(
    total: Claim, candidates: list[Claim], text: str, before_total: bool = False
) -> list[Claim]:
    """The run of candidates that the text lists as parts of ``total``: of its unit, each
    smaller than it, one after another with only list words between. Parts before the total
    end right before it; parts after it start at the first candidate."""
    same = [c for c in candidates if _same_kind(c, total)]
    if any(not _countable(c) or c.value >= total.value for c in same):
        return []
    run: list[Claim] = []
    for c in same:
        if run and not _between_parts(text[run[-1].span[1] : c.span[0]]):
            if before_total:
                run = []
            else:
                break
        run.append(c)
    if before_total and run:  # the last part right before the total: "..., 35 in all"
        gap = _SUM_BEFORE.sub("", text[run[-1].span[1] : total.span[0]])
        if len(gap) > 30 or not (_between_parts(gap) or gap.strip() == ""):
            return []
    return run


def _between_parts(gap: str) -> bool:
    """Whether ``gap`` may stand between two parts of a list: "and", "plus" or a semicolon,
    or a comma with a few words ("£3m online, £4m in stores"); never a figure or a word of
    comparison (a named source after "from" is none: "$210m from the Development Bank, $90m
    ..."), and no new clause of a few words more ("..., we estimate rentals of")."""
    if len(gap) > 110 or re.search(r"\d", gap):
        return False
    gap = _SOURCE.sub(" ", gap)
    if _COMPARED.search(gap):
        return False
    if _JOINED.search(gap):
        return True
    return "," in gap and len(re.findall(r"[A-Za-z']+", gap)) <= 3


def _check(total: Claim, parts: list[Claim], every: bool, ctx: Ctx) -> Finding | None:
    tol = ctx.settings.tolerance
    low = sum(interval(p, tol)[0] for p in parts)
    high = sum(interval(p, tol)[1] for p in parts)
    t_low, t_high = interval(total, tol)
    listed = " and ".join(f'"{p.text}"' for p in parts)
    total_sum = fmt(sum(p.value for p in parts))
    if low > t_high:
        why = f"the parts add up to {total_sum}, more than the whole"
    elif every and high < t_low:
        why = f"the parts, given as all of it, add up to {total_sum}, less than the whole"
    else:
        return None
    message = (
        f'{total.document}: "{ctx.q(total)}" with its parts {listed} does not add up: {why} '
        f'("{total.text}").'
    )
    return pair_finding(
        "arithmetic", ctx.severity("arithmetic"), None, total, parts[0], message, {}
    ).model_copy(update={"claims": sorted({total.id, *(p.id for p in parts)})})
