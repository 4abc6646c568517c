"""A cap on the time one file's extraction may take, so one hostile file cannot stall a run.

``extract_within(doc, settings)`` extracts a document's claims under a budget of CPU seconds
(``Settings.max_seconds_per_file``; by default ``SECONDS_PER_MB`` per megabyte of text, at least
``MIN_SECONDS``). When the whole text takes more than three quarters of the budget, a prefix
(ending at a paragraph break) that should take about half of what is left at the pace seen is
read instead, and once more if need be: the figures of the rest of the file are skipped and the
document gets a one-line notice naming the line where reading stopped. The file never takes
more than its budget (plus the one-off loading of the vocabularies).

The clock is the process's CPU time (``signal.setitimer(ITIMER_PROF)``), so a busy machine does
not cut files short. It needs the main thread of a POSIX process; elsewhere (a thread, Windows)
extraction runs without a cap. A single regular-expression call is not interrupted until it
returns.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from types import FrameType

from reconcile.claims.context import extract_claims
from reconcile.claims.models import Claim, Document
from reconcile.config import Settings

SECONDS_PER_MB = 5.0
MIN_SECONDS = 5.0
FIRST_TRY = 0.75  # share of the budget for the whole text; the rest for up to two prefixes
_FLOOR = 0.05  # below this budget a shorter prefix is not tried


class _TimeUp(Exception):
    pass


def budget(doc: Document, settings: Settings) -> float | None:
    """CPU seconds allowed for ``doc``; None when there is no cap (0 in the settings)."""
    cap = settings.max_seconds_per_file
    if cap is None:
        megabytes = len(doc.text.encode("utf-8", "replace")) / 1_000_000
        return max(MIN_SECONDS, SECONDS_PER_MB * megabytes)
    return cap if cap > 0 else None


def _can_time() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def _deadline(seconds: float) -> Iterator[None]:
    def expire(signum: int, frame: FrameType | None) -> None:
        raise _TimeUp

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


@cache
def _warm(settings_json: str) -> None:
    """Load the vocabularies once, outside the clock: their one-off cost (about a second) is
    not the file's, and a load cut short would be paid again by every retry."""
    settings = Settings.model_validate_json(settings_json)
    extract_claims(
        Document(id="warm-up", path="", text="Acme Corp sales rose 5% to $3 million."), settings
    )


def _cut(text: str, end: int) -> int:
    """A paragraph (else line, else blank) break at or before ``end``, or ``end``."""
    for brk in ("\n\n", "\n", " "):
        at = text.rfind(brk, 0, end)
        if at > 0:
            return at
    return end


def extract_within(doc: Document, settings: Settings) -> tuple[list[Claim], str | None]:
    """``doc``'s claims within its time budget, and a notice when the rest was skipped."""
    seconds = budget(doc, settings)
    if seconds is None or not _can_time():
        return extract_claims(doc, settings), None
    _warm(settings.model_dump_json())
    text = doc.text
    end, left = len(text), seconds
    tries = [FIRST_TRY * seconds]  # the whole text first, then shorter prefixes
    while True:
        allowed = tries[-1]
        part = doc if end == len(text) else doc.model_copy(update={"text": text[:end]})
        try:
            with _deadline(allowed):
                claims = extract_claims(part, settings)
        except _TimeUp:
            left -= allowed
            nxt = left * (0.6 if len(tries) < 2 else 1.0)
            # a prefix that would take about half the next try at the pace just seen
            end = _cut(text, int(end * nxt / allowed * 0.5))
            if nxt < _FLOOR or end <= 0 or len(tries) >= 3:
                claims, end = [], 0
            else:
                tries.append(nxt)
                continue
        if end == len(text):
            return claims, None
        first_skipped = len(text) - len(text[end:].lstrip())
        line = text.count("\n", 0, first_skipped) + 1
        skipped = f"figures from line {line} on are skipped" if end else "no figure was read"
        return claims, (
            f"{doc.path}: reading stopped after {seconds:.3g} s of CPU time "
            f"(--max-seconds-per-file); {skipped}"
        )
