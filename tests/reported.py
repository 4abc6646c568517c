"""Helpers for tests that read whole texts: the warnings and errors a report of a few texts gives
(documents a.txt, b.txt, ... in the order given), a text's claims, a figure's metric."""

from __future__ import annotations

import datetime as dt

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document, Finding, Group, Mention, Report
from reconcile.compare import compare_groups
from reconcile.pipeline import reconcile


def report_of(*texts: str, day: dt.date | None = None) -> Report:
    """The report over ``texts``, each an article published on ``day`` (if given)."""
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t, published=day)
        for n, t in enumerate(texts)
    ]
    return reconcile(docs)


def findings_of(*texts: str, day: dt.date | None = None) -> list[Finding]:
    """The report's findings over ``texts``, each an article published on ``day`` (if given)."""
    return report_of(*texts, day=day).findings


def alarms(*texts: str, day: dt.date | None = None) -> list[str]:
    """The messages of the report's warnings and errors over ``texts`` (published on ``day``)."""
    return [f.message for f in findings_of(*texts, day=day) if f.severity in ("warning", "error")]


def age_alarms(*texts: str) -> list[str]:
    """The warnings and errors of the report over ``texts`` whose group holds an age."""
    report = report_of(*texts)
    ages = {c.id for c in report.claims if c.metric == "age"}
    return [
        f.message
        for f in report.findings
        if f.severity != "info"
        and f.group
        and any(set(g.claims) & ages for g in report.groups if g.id == f.group)
    ]


def claims_of(doc_id: str, text: str) -> list[Claim]:
    """The claims extracted from one text."""
    return extract_claims(Document(id=doc_id, path=doc_id, text=text))


def metric_of(text: str, surface: str) -> str | None:
    """The metric of the claim written ``surface`` in ``text`` (the first such claim)."""
    found = [c for c in claims_of("t.txt", text) if c.text == surface]
    assert found, [c.text for c in claims_of("t.txt", text)]
    return found[0].metric


def claim_with(claims: list[Claim], digits: str) -> Claim:
    """The first of ``claims`` whose text holds ``digits``."""
    return next(c for c in claims if digits in c.text)


def group_ids(claims: list[Claim]) -> dict[str, str]:
    """Each claim's id -> the id of the group ``group_claims`` puts it in."""
    return {cid: g.id for g in group_claims(claims) for cid in g.claims}


def parse_signature(doc: object) -> list[tuple[object, ...]]:
    """What a spaCy parse says of each token and its entities and noun chunks: two parses
    that agree on it are the same parse (packed and unpacked, light and full pipeline)."""
    return (
        [
            (
                t.text,
                t.whitespace_,
                t.tag_,
                t.pos_,
                str(t.morph),
                t.dep_,
                t.head.i,
                t.lemma_,
                t.norm_,
                t.lower_,
                t.shape_,
                t.like_num,
                t.is_stop,
                t.ent_type_,
                t.ent_iob_,
                t.is_sent_start,
            )
            for t in doc  # type: ignore[attr-defined]
        ]
        + [(c.text, c.root.i) for c in doc.noun_chunks]  # type: ignore[attr-defined]
        + [(e.start, e.end, e.label_) for e in doc.ents]  # type: ignore[attr-defined]
    )


def paired_alarms(a: str, b: str) -> list[Finding]:
    """The warnings and errors of comparing a.txt (``a``) and b.txt (``b``), each holding one
    figure, with the two figures set in one group by hand: the verdict is the comparison's
    alone."""
    docs = [
        Document(id="a.txt", path="a.txt", text=a),
        Document(id="b.txt", path="b.txt", text=b),
    ]
    claims: list[Claim] = [c for d in docs for c in extract_claims(d)]
    assert len(claims) == 2, [(c.text, c.value) for c in claims]
    g = Group(id="g1", label="shared", claims=[c.id for c in claims])
    return [f for f in compare_groups([g], claims, documents=docs) if f.severity != "info"]


def one_group(pairs: tuple[tuple[Document, Claim], ...], metric: str) -> list[Finding]:
    """The findings of comparing claims built by hand, each with its document, set in one group
    of ``metric`` (labelled with the first claim's subject)."""
    docs = [d for d, _ in pairs]
    claims = [c for _, c in pairs]
    label = f"{claims[0].subject}: {metric}"
    group = Group(id="g1", label=label, claims=[c.id for c in claims], metric=metric)
    return compare_groups([group], claims, documents=docs)


def hand_claim(
    doc: str,
    text: str,
    written: str,
    value: float,
    *,
    unit: str,
    kind: str,
    subject: str,
    metric: str,
    low: float,
    high: float,
    start_at: int = 0,
    sentence: str | None = None,
    claim_id: str | None = None,
) -> Claim:
    """A claim built by hand for a comparison test: ``written`` (its first place in ``text`` from
    ``start_at``) with its value, unit, interval, subject and metric; ``sentence`` defaults to
    the whole text, ``claim_id`` to ``doc#written``."""
    start = text.index(written, start_at)
    span = (start, start + len(written))
    mention = Mention(
        surface=written,
        span=span,
        value=value,
        unit=unit,
        kind=kind,
        low=low,
        high=high,  # type: ignore[arg-type]
    )
    return Claim(
        id=claim_id or f"{doc}#{written}",
        document=doc,
        span=span,
        text=written,
        value=value,
        unit=unit,
        low=low,
        high=high,
        kind=kind,  # type: ignore[arg-type]
        subject=subject,
        metric=metric,
        sentence=text if sentence is None else sentence,
        mention=mention,
    )
