"""What a comparison run knows (``Ctx``) and a finding not yet worded (``Pending``)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from reconcile.claims.models import Claim, Evidence, Finding, Group, Severity
from reconcile.compare.arithmetic import implied_base
from reconcile.compare.intervals import interval
from reconcile.compare.rules import comparison_toml as rules_toml
from reconcile.compare.rules import rules
from reconcile.compare.wording import ALSO_QUOTED, also_sources, quote, when_words
from reconcile.config import Settings

K = TypeVar("K")
V = TypeVar("V")

if TYPE_CHECKING:
    from spacy.tokens import Token

_EARLIER: dict[str, tuple[bool, bool]] = {}
_EARLIER_MAX = 200_000


def _earlier_words(lead: str) -> tuple[bool, bool]:
    """Whether the words before a figure (``lead``) introduce it as an earlier value (rules'
    ``earlier_cross``), and whether the words that do start with "from". Kept by those words
    from one run to the next: a long-lived process (``reconcile check --keep-warm``) weighs
    the same sources' figures at every check."""
    got = _EARLIER.get(lead)
    if got is None:
        if len(_EARLIER) >= _EARLIER_MAX:
            _EARLIER.clear()
        m = rules().earlier_cross.search(lead)
        got = _EARLIER[lead] = (m is not None, m is not None and m.group(0)[:4].lower() == "from")
    return got


@cache
def _clause_adverbs() -> tuple[frozenset[str], re.Pattern[str]]:
    data = rules_toml()["earlier_value"]
    words = frozenset(data["clause_adverbs"]) | frozenset(data["subject_adjectives"])
    return words, re.compile(r"(?i)\b(?:" + "|".join(sorted(words)) + r")\b")


@cache
def _subject_adjectives() -> frozenset[str]:
    return frozenset(rules_toml()["earlier_value"]["subject_adjectives"])


def may_read_earlier_clause(sentence: str) -> bool:
    """Whether :func:`_earlier_clause` will parse the sentence: a word of ``clause_adverbs`` or
    ``subject_adjectives`` is in it (see :func:`reconcile.compare.scope.parse_ahead`)."""
    return _clause_adverbs()[1].search(sentence) is not None


# "had been" with words between it and the figure ("had been held for 212 days"): the words
# may make "been" an auxiliary of another verb (see _act_in_past_perfect)
_HAD_BEEN_WORDS = re.compile(r"\bhad been\s+(?:[a-z’'-]+\s+){1,2}$")


def _act_in_past_perfect(c: Claim) -> bool:
    """Whether the "had been" before the figure is an auxiliary of the verb the figure belongs
    to ("had been held for 212 days", "had been carrying about 340 tonnes"): a narrative's past
    perfect, telling what had gone on up to the story's moment, not an earlier value of the
    figure. "had been" as the verb itself ("the toll had been 12", "had been about 4.5%") still
    gives an earlier value. Parsed only when "had been" stands a word or two before the
    figure."""
    from reconcile.compare.scope import parsed_figure

    span = parsed_figure(c)
    if span is None:
        return False
    been = next((t for t in reversed(span.doc[: span.start]) if t.lower_ == "been"), None)
    return (
        been is not None
        and been.dep_ in ("aux", "auxpass")
        and been.head.pos_ == "VERB"
        and been.head.i < span.start
    )


def _earlier_clause(c: Claim) -> bool:
    """Whether an adverb of an earlier time ("Previously, the firm's best offer included 23%
    raises") stands on the verb of the figure's clause, before that verb, or an adjective of
    the thing before ("Its previous tablet weighed 610g") on the verb's subject: the
    clause, and the figure in it, tell of an earlier time or thing (``clause_adverbs``,
    ``subject_adjectives``). Parsed only when such a word is in the sentence."""
    if not may_read_earlier_clause(c.sentence):
        return False
    words = _clause_adverbs()[0]
    from reconcile.compare.scope import parsed_figure

    span = parsed_figure(c)
    if span is None:
        return False
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or _comparison_clause(verb):
        return False
    if any(t.dep_ == "advmod" and t.i < verb.i and t.lower_ in words for t in verb.children):
        return True
    # "Its previous tablet, the X, weighed 610g": the clause tells of the thing before
    before = _subject_adjectives()
    return any(
        t.dep_ == "nsubj" and any(m.dep_ == "amod" and m.lower_ in before for m in t.children)
        for t in verb.children
    )


def _comparison_clause(verb: Token) -> bool:
    """Whether the verb heads a clause of comparison ("two years later than originally
    intended", "bigger than previously thought"): its adverb dates the plan or the thought the
    sentence measures against, not a figure the parse hangs below the verb ("... than originally
    intended and at a price of £310m" reads the price as a conjunct of "intended")."""
    if verb.dep_ in ("pcomp", "advcl") and verb.head.lower_ in ("than", "as"):
        return True
    return any(t.dep_ == "mark" and t.lower_ in ("than", "as") for t in verb.children)


@dataclass
class Ctx:
    settings: Settings
    by_id: dict[str, Claim]
    texts: dict[str, str]
    in_title: set[str]
    focus: frozenset[str] = frozenset()
    group_by_doc: dict[str, list[Claim]] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)
    bases: dict[str, float | None] = field(default_factory=dict)
    intervals: dict[str, tuple[float, float]] = field(default_factory=dict)
    reports: dict[tuple[object, ...], list[str]] = field(default_factory=dict)  # per group
    earlier: dict[str, bool] = field(default_factory=dict)
    revised: dict[str, bool] = field(default_factory=dict)
    news: dict[str, dt.date] = field(default_factory=dict)  # undated market figures' news days
    years: dict[str, int] = field(default_factory=dict)  # each document's year, when known
    coverage: int | None = None  # the year the texts state most often (news_day.coverage_year)
    days: dict[str, dt.date] = field(default_factory=dict)  # each document's own day, when known
    lead_weekdays: dict[str, int] = field(default_factory=dict)  # news_day.lead_weekdays
    assumed: frozenset[str] = frozenset()  # undated documents given the coverage's one day
    article_dated: frozenset[str] = frozenset()  # claims dated by their article's day only
    # the claims of each (document, sentence), filled on first use (see scope.same_update)
    sentence_claims: dict[tuple[str, str], list[Claim]] = field(default_factory=dict)
    doc_claims: dict[str, list[Claim]] = field(default_factory=dict)  # by span, on first use
    camp_bodies: dict[str, frozenset[str]] = field(default_factory=dict)  # per group
    claim_bodies: dict[str, frozenset[str]] = field(default_factory=dict)
    # each amount restated beside itself in another currency: its restatements (both ways),
    # filled on first use (see currencies.unstated_rate)
    restated: dict[str, list[str]] | None = None
    # scope.person_subject's answers by (sentence, figure), and how often different_people
    # asked about each claim (see scope._people)
    people: dict[tuple[str, str], str | None] = field(default_factory=dict)
    asked: dict[str, int] = field(default_factory=dict)
    # the group (its group_by_doc) whose people scope.person_subject has named, and how many
    # (see scope._people_ahead)
    people_group: object = None
    people_named: int = 0
    # scope.is_expected or is_polled, by (document, span, sentence, figure)
    expected: dict[tuple[str, tuple[int, int], str, str], bool] = field(default_factory=dict)
    # scope._clock_stage's answers, by (document, span, sentence, figure, elapsed)
    clock_stages: dict[tuple[str, tuple[int, int], str, str, bool], str | None] = field(
        default_factory=dict
    )
    # what the words near a figure say in scope's one-sided tests (scope._said_of), by (test,
    # document, span, sentence, figure)
    said: dict[tuple[str, str, tuple[int, int], str, str], bool] = field(default_factory=dict)
    # the group (its group_by_doc) whose sentences that scope.whole_period,
    # _expected_subject and _earlier_clause will parse were parsed in one batch (see
    # scope.parse_ahead)
    parsed_ahead: object = None
    # the group (its group_by_doc) and whether any of its figures is dated to a period (see
    # scope.later_tally)
    period_group: tuple[object, bool] | None = None
    # the run's figures by the noun they are the value of and their unit, then by source (see
    # scope.named_apart), built on first need
    named_values: dict[tuple[str, str], dict[str, list[Claim]]] | None = None
    # the run's claims by document, unit, kind, role and the digits they are written with
    # (see scope._with_digits), built on first need
    digit_claims: dict[tuple[str, str, str, str, str], list[Claim]] | None = None
    # each document's figures that it lists as parts of a total it gives, with the total (see
    # scope.listed_part), by document, built on first need
    listed_parts: dict[str, dict[str, Claim]] = field(default_factory=dict)
    # whether a document's text writes a place's name (see scope._names_place), by (document,
    # place)
    places_named: dict[tuple[str, str], bool] = field(default_factory=dict)

    def once(self, table: dict[K, V], key: K, make: Callable[[], V]) -> V:
        """``table[key]``, made by ``make`` on first need: the one shape of the memos above
        that scope's tests keep per figure, per document or per place."""
        if key in table:
            return table[key]
        got = table[key] = make()
        return got

    def is_earlier(self, c: Claim) -> bool:
        """Whether the text introduces ``c`` as an earlier value ("from 4.50%")."""
        got = self.earlier.get(c.id)
        if got is None:
            lead = self._lead(c, 80)
            found, bare_from = _earlier_words(lead)
            if found and _HAD_BEEN_WORDS.search(lead) and _act_in_past_perfect(c):
                found = False
            got = (found and not (bare_from and self._source_from(c))) or _earlier_clause(c)
            self.earlier[c.id] = got
        return got

    def _source_from(self, c: Claim) -> bool:
        """Whether a bare "from" before the figure leaves the figure outside its phrase: the
        figure is the object of another preposition ("losses from the flood at £310m"), so
        "from" names where something comes from, not a value a move started from. (Reading a
        "from" on a verb of no move whose object a figure counts, "400 scientists from 14
        countries", as a source too was tried: the parse of the other source's "about 420
        scientists from 16 countries" left that one an earlier value, and one conflict was
        lost on blind-2026-12-04.)"""
        from reconcile.compare.scope import parsed_figure

        span = parsed_figure(c)
        if span is None:
            return False
        t = span.root
        while t.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod") and t.head.i != t.i:
            t = t.head
        if t.dep_ != "pobj":
            return False
        if t.head.lower_ != "from":
            return True
        # a count of the people or things something comes from ("buys wool from 640
        # growers"); a level after "from" (money, a share, a measurement: "a descent from
        # 35,000 feet") is where a move started, whatever verb the parse hangs it on
        return c.kind == "count" and not _move_from(t.head)

    def is_revised(self, c: Claim) -> bool:
        """Whether the text gives ``c`` as a revision ("restated its profit to €298 million")."""
        got = self.revised.get(c.id)
        if got is None:
            got = self.revised[c.id] = bool(rules().revised.search(self._lead(c, 80)))
        return got

    def when_words(self, c: Claim) -> str:
        """The claim's time as an editor writes it; an undated market figure's news day."""
        day = self.news.get(c.id)
        if day is None:
            return when_words(c.when)
        if c.document in self.assumed:
            return (
                f"no stated day; its article is undated, taken to be of "
                f"{when_words(day.isoformat())}, the day of every dated article"
            )
        return f"no stated day; the news day of its article is {when_words(day.isoformat())}"

    def _lead(self, c: Claim, width: int) -> str:
        text = self.texts.get(c.document, "")
        return text[max(0, c.span[0] - width) : c.span[0]]

    def claims_of(self, document: str) -> list[Claim]:
        """The claims of one document, by span (the index is built on first use)."""
        if not self.doc_claims:
            for x in sorted(self.by_id.values(), key=lambda x: x.span):
                self.doc_claims.setdefault(x.document, []).append(x)
        return self.doc_claims.get(document, [])

    def sentence_of(self, c: Claim) -> list[Claim]:
        """The claims of ``c``'s sentence in its document, ``c`` among them, by span (the
        index is built on first use)."""
        if not self.sentence_claims:
            for x in sorted(self.by_id.values(), key=lambda x: (x.document, x.span)):
                self.sentence_claims.setdefault((x.document, x.sentence), []).append(x)
        return self.sentence_claims.get((c.document, c.sentence), [])

    def iv(self, c: Claim) -> tuple[float, float]:
        """``interval(c, tolerance)``, computed once per claim (it depends on the value only)."""
        got = self.intervals.get(c.id)
        if got is None:
            got = self.intervals[c.id] = interval(c, self.settings.tolerance)
        return got

    def severity(self, kind: str, default_key: str | None = None) -> Severity:
        chosen = self.settings.severity.get(kind)  # type: ignore[call-overload]
        if chosen is not None and chosen != "off":  # an "off" kind is dropped at the end
            return chosen  # type: ignore[no-any-return]
        return rules().severity[default_key or kind]  # type: ignore[return-value]

    def base(self, c: Claim) -> float | None:
        if c.id not in self.bases:
            self.bases[c.id] = implied_base(c, self.by_id)
        return self.bases[c.id]

    def q(self, c: Claim) -> str:
        if c.id not in self.quotes:
            links = [self.by_id[i] for i in c.linked if i in self.by_id]
            self.quotes[c.id] = quote(c, self.texts.get(c.document), links)
        return self.quotes[c.id]


@dataclass
class Pending:
    """A finding whose wording is built only if it survives de-duplication."""

    kind: str
    severity: Severity
    group: Group
    claims: set[str]
    wording: Callable[[], str]
    details: dict[str, int | float | str | None]
    pair: tuple[str, ...] = ()  # the claims it was made for, before any merging
    also: list[Claim] = field(default_factory=list)  # a claim of each other source merged in
    quoter: Callable[[Claim], str] | None = None
    source: str | None = None  # the document the finding is about (see summarize)
    evidence: list[Evidence] = field(default_factory=list)  # the pairs summarized into it
    reason: str = ""  # why, within a kind: only findings for the same reason are summarized
    docs: tuple[str, ...] = ()  # the documents of ``pair``, sorted (set by _annotate)
    mine: str | None = None  # the claim of ``pair`` in focus, when exactly one is

    def __post_init__(self) -> None:
        if not self.pair:
            self.pair = tuple(sorted(self.claims))

    def finding(self) -> Finding:
        message, details = self.wording(), self.details
        if self.source is not None:
            details = {**details, "source": self.source}
        if self.also and self.quoter is not None:
            shown = [(c.document, self.quoter(c)) for c in self.also[:ALSO_QUOTED]]
            message = message.removesuffix(".") + also_sources(shown, len(self.also)) + "."
            details = {**details, "other_sources": len(self.also)}
        return Finding(
            id="",
            kind=self.kind,  # type: ignore[arg-type]
            severity=self.severity,
            group=self.group.id,
            claims=sorted(self.claims),
            message=message,
            details=details,
            evidence=self.evidence or [self.as_evidence()],
        )

    def as_evidence(self) -> Evidence:
        return Evidence(kind=self.kind, severity=self.severity, claims=sorted(self.claims))  # type: ignore[arg-type]


def pair_finding(
    kind: str,
    severity: Severity,
    group: Group | None,
    a: Claim,
    b: Claim,
    message: str,
    details: dict[str, int | float | str | None],
) -> Finding:
    return Finding(
        id="",
        kind=kind,  # type: ignore[arg-type]
        severity=severity,
        group=group.id if group else None,
        claims=sorted({a.id, b.id}),
        message=message,
        details=details,
    )


def _move_from(prep: Token) -> bool:
    """Whether a "from" may start a move, so that its figure is the value the move started
    from. It names a source instead ("buys wool from 640 growers") only when the parse hangs
    it on a verb of no move: not a word of a rise or a fall ([direction] in metrics.toml, by
    word or lemma: "rose to 6% from 4%", "cut its rate from 4.5%"), not a light verb, whose
    object carries the act ("made a descent from 35,000 feet"), not the copula ("was $12bn,
    from $10bn"), with no "to" a value beside it ("went from 12 seats to 19"), no figure of its
    own ("12% upside from the current 208p"; a year that dates the act is none) and no return
    ("came back from three sets down")."""
    from reconcile.claims.parse import light_verbs
    from reconcile.claims.vocab import vocab

    head = prep.head
    if head.i == prep.i or head.pos_ != "VERB":
        return True
    v = vocab()
    moves = v.up | v.down
    lemma = head.lemma_.lower()
    if head.lower_ in moves or lemma in moves or lemma in light_verbs() or lemma == "be":
        return True
    beside = [c for c in head.children if c.i != prep.i]
    if any(c.lower_ == "back" for c in beside):
        return True  # a return from an earlier state
    if any(c.dep_ == "prep" and c.lower_ == "to" for c in [*beside, *prep.children]):
        return True
    # a year beside the verb ("raised from 2,300 savers between 2015 and 2021") dates the act:
    # no figure of its own
    return any(w.like_num and w.ent_type_ != "DATE" for c in beside for w in c.subtree)
