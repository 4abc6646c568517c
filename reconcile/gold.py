"""The gold standard of a fixture event: ``fixtures/<event>/gold.json``.

A gold file names the figures of an event (``claims``: document + quoted surface), says which
of them describe the same quantity (``groups``) and what a careful editor concludes about them
(``facts``: conflict, consistent, different_scope). The models below are the contract; the
verdicts are defined in ``evaluation/realnews/README.md``.

Quotes are resolved against ``Document.text`` as produced by :mod:`reconcile.io` (the loader may
strip markup from .md/.html), never against the raw bytes of the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from reconcile.claims.models import Document
from reconcile.io import SUFFIXES, InputError, load_documents

GOLD_NAME = "gold.json"
Verdict = Literal["conflict", "consistent", "different_scope"]


class GoldError(Exception):
    """A gold file that cannot be used. ``problems`` lists every problem found, one line each."""

    def __init__(self, where: str, problems: list[str]) -> None:
        self.where = where
        self.problems = problems
        head = f"{where}: {problems[0]}" if problems else where
        more = f" (+{len(problems) - 1} more: {'; '.join(problems[1:])})" if problems[1:] else ""
        super().__init__(head + more)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldClaim(_Strict):
    document: str = Field(min_length=1, description="file name of the document (its id)")
    quote: str = Field(min_length=1, description="exact substring of Document.text")
    occurrence: int = Field(default=1, ge=1, description="which occurrence of quote (1-based)")


class GoldGroup(_Strict):
    id: str = Field(min_length=1)
    label: str = ""
    claims: list[str] = Field(min_length=1)


class GoldFact(_Strict):
    id: str = Field(min_length=1)
    verdict: Verdict
    claims: list[str] = Field(min_length=1)
    reason: str = ""


class Gold(_Strict):
    event: str = Field(min_length=1)
    description: str = ""
    claims: dict[str, GoldClaim]
    groups: list[GoldGroup] = Field(default_factory=list)
    facts: list[GoldFact] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> Gold:
        problems = reference_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def group_of(self) -> dict[str, str]:
        """Gold claim id -> gold group id. A claim named in no group is its own singleton."""
        out = {cid: f"<singleton:{cid}>" for cid in self.claims}
        for g in self.groups:
            for cid in g.claims:
                out[cid] = g.id
        return out

    def conflict_facts(self) -> list[GoldFact]:
        return [f for f in self.facts if f.verdict == "conflict"]

    def agreeing(self) -> dict[str, frozenset[str]]:
        """Gold claim id -> the claims the gold says state the same value (itself and every
        claim linked to it, directly or through others, by ``consistent`` facts)."""
        parent = {cid: cid for cid in self.claims}

        def find(x: str) -> str:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for f in self.facts:
            if f.verdict == "consistent":
                for cid in f.claims[1:]:
                    parent[find(cid)] = find(f.claims[0])
        members: dict[str, set[str]] = {}
        for cid in self.claims:
            members.setdefault(find(cid), set()).add(cid)
        return {cid: frozenset(members[find(cid)]) for cid in self.claims}

    def conflict_sides(self) -> list[tuple[GoldFact, list[frozenset[str]]]]:
        """Each conflict fact with its sides: each of its claims widened to the claims the gold
        says agree with it. A finding that sets one side against another states the fact,
        whichever agreeing claims it quotes (the fact names "412" in the wire; the operator's
        "412" against the paper's "421" is the same disagreement)."""
        agree = self.agreeing()
        out = []
        for f in self.conflict_facts():
            sides: list[frozenset[str]] = []
            for cid in f.claims:
                if agree[cid] not in sides:
                    sides.append(agree[cid])
            out.append((f, sides))
        return out


def reference_problems(gold: Gold) -> list[str]:
    """Dangling or duplicated references inside a gold file, as readable lines."""
    problems: list[str] = []
    ev = f"event {gold.event!r}"
    for kind, items in (("group", gold.groups), ("fact", gold.facts)):
        seen: set[str] = set()
        for item in items:
            if item.id in seen:
                problems.append(f"{ev}: duplicate {kind} id {item.id!r}")
            seen.add(item.id)
            dups = sorted({c for c in item.claims if item.claims.count(c) > 1})
            if dups:
                problems.append(f"{ev}: {kind} {item.id!r} lists claim(s) twice: {dups}")
            for cid in item.claims:
                if cid not in gold.claims:
                    problems.append(f"{ev}: {kind} {item.id!r} names unknown claim {cid!r}")
    owner: dict[str, str] = {}
    for g in gold.groups:
        for cid in g.claims:
            if cid in owner and owner[cid] != g.id:
                problems.append(
                    f"{ev}: claim {cid!r} is in two groups: {owner[cid]!r} and {g.id!r}"
                )
            owner.setdefault(cid, g.id)
    for f in gold.facts:
        if f.verdict == "conflict" and len(f.claims) < 2:
            problems.append(f"{ev}: conflict fact {f.id!r} needs at least two claims")
    return problems


def ungrouped_claims(gold: Gold) -> list[str]:
    """Claims named in no group (allowed by the schema, scored as singletons; worth a lint)."""
    grouped = {cid for g in gold.groups for cid in g.claims}
    return sorted(cid for cid in gold.claims if cid not in grouped)


def _first_validation_lines(exc: ValidationError) -> list[str]:
    lines = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err["loc"])
        msg = err["msg"].removeprefix("Value error, ")
        lines.append(f"{loc}: {msg}" if loc else msg)
    return lines


def parse_gold(data: object, where: str = "gold.json") -> Gold:
    """Validate already-decoded JSON; raise :class:`GoldError` with one line per problem."""
    try:
        return Gold.model_validate(data)
    except ValidationError as exc:
        problems = ["invalid gold: " + line for line in _first_validation_lines(exc)]
        raise GoldError(where, problems) from None


def load_gold(path: str | Path) -> Gold:
    """Read and validate a gold file (``path`` may be the file or its event folder)."""
    path = Path(path)
    if path.is_dir():
        path = path / GOLD_NAME
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise GoldError(str(path), [f"cannot read: {exc.strerror or exc}"]) from None
    except UnicodeDecodeError as exc:
        raise GoldError(str(path), [f"not UTF-8: {exc.reason} at byte {exc.start}"]) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise GoldError(str(path), [f"not JSON: {exc.msg} at line {exc.lineno}"]) from None
    return parse_gold(data, str(path))


class Span(BaseModel):
    """Where a gold claim's quote lies: ``text[start:end] == quote``."""

    model_config = ConfigDict(frozen=True)

    claim: str
    document: str
    start: int
    end: int

    def overlaps(self, document: str, span: tuple[int, int]) -> bool:
        return document == self.document and span[0] < self.end and self.start < span[1]


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    i = text.find(quote)
    while i != -1:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


def resolve_quotes(
    gold: Gold, documents: Iterable[Document] | Mapping[str, Document], where: str | None = None
) -> dict[str, Span]:
    """Map every gold claim to its ``[start, end)`` span in its document's ``text``.

    Raises :class:`GoldError` listing every missing document, missing quote and
    out-of-range occurrence, each naming event, claim and document.
    """
    docs = dict(documents) if isinstance(documents, Mapping) else {d.id: d for d in documents}
    problems: list[str] = []
    spans: dict[str, Span] = {}
    ev = f"event {gold.event!r}"
    for cid, gc in gold.claims.items():
        doc = docs.get(gc.document)
        if doc is None:
            known = ", ".join(sorted(docs)) or "none"
            problems.append(
                f"{ev}: claim {cid!r} names document {gc.document!r}, which is not there "
                f"(documents: {known})"
            )
            continue
        hits = _occurrences(doc.text, gc.quote)
        if not hits:
            problems.append(
                f"{ev}: claim {cid!r}: quote {gc.quote!r} not found in document {gc.document!r}"
            )
            continue
        if gc.occurrence > len(hits):
            problems.append(
                f"{ev}: claim {cid!r}: occurrence {gc.occurrence} of {gc.quote!r} asked, but "
                f"document {gc.document!r} has only {len(hits)}"
            )
            continue
        start = hits[gc.occurrence - 1]
        spans[cid] = Span(claim=cid, document=gc.document, start=start, end=start + len(gc.quote))
    if problems:
        raise GoldError(where or ev, problems)
    return spans


class GoldEvent(BaseModel):
    """A fixture event folder, read and checked: gold, documents and resolved spans.

    ``missing`` names the documents the gold names whose text is not in the folder (real
    coverage is rebuilt, not committed: see ``evaluation/realnews/README.md``); their claims and
    the facts left without enough claims are not scored.
    """

    folder: str
    gold: Gold
    documents: list[Document]
    spans: dict[str, Span]
    missing: list[str] = Field(default_factory=list)


def restrict_gold(gold: Gold, present: set[str]) -> Gold:
    """The gold as far as the documents in ``present`` go.

    Claims of other documents leave their groups and facts; a group left empty goes, and so does
    a fact left with no claim, or a conflict left with fewer than two claims or, when it spanned
    several documents, with claims of one document only.
    """
    claims = {cid: c for cid, c in gold.claims.items() if c.document in present}
    groups = [
        g.model_copy(update={"claims": kept})
        for g in gold.groups
        if (kept := [c for c in g.claims if c in claims])
    ]
    facts = []
    for f in gold.facts:
        kept = [c for c in f.claims if c in claims]
        if not kept:
            continue
        if f.verdict == "conflict":
            docs_before = {gold.claims[c].document for c in f.claims}
            docs_after = {claims[c].document for c in kept}
            if len(kept) < 2 or (len(docs_before) > 1 and len(docs_after) < 2):
                continue
        facts.append(f.model_copy(update={"claims": kept}))
    return gold.model_copy(update={"claims": claims, "groups": groups, "facts": facts})


def load_event(folder: str | Path) -> GoldEvent:
    """Read ``folder/gold.json`` and the folder's documents; resolve every quote.

    Documents the gold names but the folder lacks are listed in ``GoldEvent.missing`` and left
    out of the gold; a folder with no document at all gives an event with no documents.
    """
    folder = Path(folder)
    gold_path = folder / GOLD_NAME
    gold = load_gold(gold_path)
    named = {c.document for c in gold.claims.values()}
    has_text = any(p.is_file() and p.suffix.lower() in SUFFIXES for p in folder.iterdir())
    try:
        documents = load_documents([folder]) if has_text else []
    except (InputError, OSError, UnicodeDecodeError) as exc:
        raise GoldError(str(folder), [f"cannot read documents: {exc}"]) from None
    missing = sorted(named - {d.id for d in documents})
    if missing:
        gold = restrict_gold(gold, named - set(missing))
    spans = resolve_quotes(gold, documents, where=str(gold_path))
    return GoldEvent(
        folder=str(folder), gold=gold, documents=documents, spans=spans, missing=missing
    )
