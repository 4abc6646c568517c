"""A cache of each document's claims, so that re-checking a draft against the same sources
reads their claims instead of extracting them again (as linters cache per-file results).

A cached entry is keyed by the document (id, path, dates, text), the settings that shape claims
(currency symbols, metric and entity aliases) and a fingerprint of this package's code and data,
so a change to any of them misses. The cache is an optimisation only: an unreadable or corrupt
entry is a miss, a failed write is ignored, and nothing in it can change a result.

Location: ``$RECONCILE_CACHE_DIR``, else ``$XDG_CACHE_HOME/reconcile``, else
``~/.cache/reconcile``. The command line's ``--no-cache`` turns it off.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from reconcile.claims.models import Claim, Document
from reconcile.config import Settings

_CLAIMS = TypeAdapter(list[Claim])
_PACKAGE = Path(__file__).resolve().parent


def default_dir() -> Path:
    if env := os.environ.get("RECONCILE_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reconcile"


@cache
def code_fingerprint() -> str:
    """Names, sizes and modification times of the package's code and data files."""
    h = hashlib.sha256()
    for p in sorted(_PACKAGE.rglob("*")):
        if p.suffix in (".py", ".toml", ".json") and "__pycache__" not in p.parts:
            st = p.stat()
            h.update(f"{p.relative_to(_PACKAGE)}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


class ClaimCache:
    """Claims per document on disk; ``get`` returns None on any miss."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or default_dir()
        self.hits = 0
        self.misses = 0

    def key(self, doc: Document, settings: Settings) -> str:
        h = hashlib.sha256()
        h.update(code_fingerprint().encode())
        h.update(
            settings.model_dump_json(
                include={"currency_symbols", "metric_aliases", "entity_aliases"}
            ).encode()
        )
        h.update(doc.model_dump_json(include={"id", "path", "published", "dateline"}).encode())
        h.update(doc.text.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, doc: Document, settings: Settings) -> list[Claim] | None:
        try:
            data = self._path(self.key(doc, settings)).read_bytes()
            claims = _CLAIMS.validate_json(data)
        except (OSError, ValidationError, ValueError):
            self.misses += 1
            return None
        self.hits += 1
        return claims

    def put(self, doc: Document, settings: Settings, claims: list[Claim]) -> None:
        path = self._path(self.key(doc, settings))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(_CLAIMS.dump_json(claims))
            tmp.replace(path)
        except OSError:
            pass
