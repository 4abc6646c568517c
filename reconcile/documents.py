"""Parsing one document's raw text: format (text, Markdown, HTML), title, publication date.

(Thin first version: plain text, first line as title.)
"""

from __future__ import annotations

from reconcile.claims.models import Document


def parse_document(doc_id: str, path: str, raw: str, suffix: str = ".txt") -> Document:
    """Turn a file's decoded text into a Document whose spans point into ``Document.text``."""
    text = raw
    first = next((line.strip() for line in text.splitlines() if line.strip()), None)
    return Document(id=doc_id, path=path, text=text, title=first)
