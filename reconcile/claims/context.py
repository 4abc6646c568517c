"""Stage 2: mentions in a document -> claims with subject, metric, role, time, scope.

(Thin first version: sentence and nearest-noun metric only.)
"""

from __future__ import annotations

import re

from reconcile.claims.extract import extract_quantities
from reconcile.claims.models import Claim, Document

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    left = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        left = m.end()
    m = _SENTENCE_END.search(text, end)
    right = m.start() if m else len(text)
    return left, right


def extract_claims(document: Document) -> list[Claim]:
    claims: list[Claim] = []
    for mention in extract_quantities(document.text):
        start, end = mention.span
        s_lo, s_hi = _sentence_bounds(document.text, start, end)
        claims.append(
            Claim(
                id=f"{document.id}#{start}-{end}",
                document=document.id,
                span=mention.span,
                text=mention.surface,
                value=mention.value,
                unit=mention.unit,
                low=mention.low,
                high=mention.high,
                qualifier=mention.qualifier,
                kind=mention.kind,
                when=document.published.isoformat() if document.published else None,
                sentence=document.text[s_lo:s_hi].strip(),
                mention=mention,
            )
        )
    return claims
