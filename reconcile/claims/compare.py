"""Old import path of :mod:`reconcile.compare`, kept for callers not yet moved (``check.py``)."""

from reconcile.compare import interval, overlaps, quote, rules

__all__ = ["interval", "overlaps", "quote", "rules"]
