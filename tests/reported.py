"""One helper for tests that run whole stories: the warnings and errors a report of a few texts
gives (documents a.txt, b.txt, ... in the order given)."""

from __future__ import annotations

from reconcile.claims.models import Document
from reconcile.pipeline import reconcile


def alarms(*texts: str) -> list[str]:
    """The messages of the report's warnings and errors over ``texts``."""
    docs = [
        Document(id=f"{chr(97 + n)}.txt", path=f"{chr(97 + n)}.txt", text=t)
        for n, t in enumerate(texts)
    ]
    return [f.message for f in reconcile(docs).findings if f.severity in ("warning", "error")]
