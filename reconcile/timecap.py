"""A cap on the time one file's extraction may take, so one hostile file cannot stall a run.

``extract_within(doc, settings)`` extracts a document's claims under a budget of CPU seconds
(``Settings.max_seconds_per_file``; by default ``SECONDS_PER_MB`` per megabyte of text, at least
``MIN_SECONDS``). When the whole text takes more than three quarters of the budget, a prefix
(ending at a paragraph break) that should take about half of what is left at the pace seen is
read instead, and once more if need be: the figures of the rest of the file are skipped and the
document gets a one-line notice naming the line where reading stopped. The file never takes
more than its budget (plus the one-off loading of the vocabularies).

A document over ``SPLIT_OVER`` characters is read in parts of about ``PART`` characters instead
(see ``parts``; a dense run of figures reads at about 1 ms a figure, so a part of one is read in
a second or two and a cut keeps every part before it): each ends at a
paragraph break, else a line break, else a sentence end, so no figure is ever cut in two, and
one deadline of the whole budget runs over them all. When it expires the claims of the parts
already read are kept (nothing read is thrown away and no part is read twice) and the notice
names the line where the first unread part starts. A part is read as a document of its own:
context further away than its part (the headline, a company named pages earlier) is not seen,
which is why only documents far longer than any article (a book chapter, a data dump) are split.

The clock is the process's CPU time (``signal.setitimer(ITIMER_PROF)``), so a busy machine does
not cut files short. It needs the main thread of a POSIX process; elsewhere (a thread, Windows)
extraction runs without a cap. A single regular-expression call is not interrupted until it
returns.

Several short documents are begun together (:func:`extract_all`): the first steps of each, up to
its first batch of parses, within its first try's time, then those parses in one batch for all
of them (fewer pipeline calls), then the rest of each as above.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from types import FrameType

from reconcile.claims.context import begin, extract_claims, forget_begun, sentence_spans
from reconcile.claims.models import Claim, Document
from reconcile.config import Settings

SECONDS_PER_MB = 5.0
MIN_SECONDS = 5.0
FIRST_TRY = 0.75  # share of the budget for the whole text; the rest for up to two prefixes
_FLOOR = 0.05  # below this budget a shorter prefix is not tried
SPLIT_OVER = 200_000  # characters: a longer document is read in parts
PART = 25_000  # characters in a part, about (a long article's length)


class _TimeUp(BaseException):
    """The budget is spent. A BaseException, as KeyboardInterrupt is: an ``except Exception``
    on the way (a library's fallback, an optional import) must not swallow it and leave the
    rest of the file to run with no clock."""


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


# one figure of each costly kind: a physical unit loads pint (half a second), which a signal
# must never cut short in the middle of its import
WARM_UP = "Acme Corp sales rose 5% to $3 million as its mill made 70 tonnes on a 12 km site."


@cache
def _warm(settings_json: str) -> None:
    """Load the vocabularies once, outside the clock: their one-off cost (about a second) is
    not the file's, and a load cut short would be paid again by every retry."""
    settings = Settings.model_validate_json(settings_json)
    extract_claims(Document(id="warm-up", path="", text=WARM_UP), settings)


def _cut(text: str, end: int) -> int:
    """A paragraph (else line, else blank) break at or before ``end``, or ``end``."""
    for brk in ("\n\n", "\n", " "):
        at = text.rfind(brk, 0, end)
        if at > 0:
            return at
    return end


def parts(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """``[start, end)`` stretches covering ``text``, each of at most about ``size`` characters
    (``PART``), ending at the last paragraph break, else line break, else sentence end in the
    second half of its window (else at the first line break after it; a text with none is one
    part). A break is never inside a figure, so no figure is cut in two."""
    size = size or PART
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        lo, hi = start + size // 2, start + size
        end = 0
        for brk in ("\n\n", "\n"):
            at = text.rfind(brk, lo, hi)
            if at >= 0:
                end = at + len(brk)
                break
        if not end:
            ends = [e for _, e in sentence_spans(text[lo:hi])][:-1]  # the last may run on
            end = lo + ends[-1] if ends else 0
        if not end:  # no break in the window: the next line break after it, if any
            at = text.find("\n", hi)
            end = at + 1 if at >= 0 else len(text)
        out.append((start, end))
        start = end
    if start < len(text):
        out.append((start, len(text)))
    return out


def _shifted(claims: list[Claim], offset: int, doc_id: str) -> list[Claim]:
    """Claims read from a part starting at ``offset``, with spans and ids in the whole text
    (ids are ``<document>#<start>-<end>``, as ``extract_claims`` makes them)."""
    if not offset:
        return claims
    ids = {c.id: f"{doc_id}#{c.span[0] + offset}-{c.span[1] + offset}" for c in claims}
    out = []
    for c in claims:
        span = (c.span[0] + offset, c.span[1] + offset)
        mention = c.mention.model_copy(
            update={"span": (c.mention.span[0] + offset, c.mention.span[1] + offset)}
        )
        linked = [ids.get(i, i) for i in c.linked]
        out.append(
            c.model_copy(
                update={"id": ids[c.id], "span": span, "mention": mention, "linked": linked}
            )
        )
    return out


def _notice(doc: Document, seconds: float, end: int) -> str:
    text = doc.text
    first_skipped = len(text) - len(text[end:].lstrip())
    line = text.count("\n", 0, first_skipped) + 1
    skipped = f"figures from line {line} on are skipped" if end else "no figure was read"
    return (
        f"{doc.path}: reading stopped after {seconds:.3g} s of CPU time "
        f"(--max-seconds-per-file); {skipped}"
    )


def _in_parts(
    doc: Document, settings: Settings, seconds: float, spans: list[tuple[int, int]]
) -> tuple[list[Claim], str | None]:
    """``doc`` read part by part under one deadline; the parts read in time are kept. The
    clock is also read between parts, so the cap holds even where a signal came late."""
    done: list[tuple[int, list[Claim]]] = []  # (end of the part, its claims): one append each
    began = time.process_time()
    try:
        with _deadline(seconds):
            for start, end in spans:
                if time.process_time() - began >= seconds:
                    break
                part = doc.model_copy(update={"text": doc.text[start:end]})
                done.append((end, _shifted(extract_claims(part, settings), start, doc.id)))
    except _TimeUp:
        pass
    claims = [c for _, part_claims in done for c in part_claims]
    end = done[-1][0] if done else 0
    return claims, None if end == len(doc.text) else _notice(doc, seconds, end)


BEGIN_MAX = PART  # characters: a longer document is not begun ahead (see begin_within)
_BEGUN_SPENT: dict[str, float] = {}  # a begun document's text -> CPU seconds its start took


def begin_within(docs: list[Document], settings: Settings) -> None:
    """Begin the extraction of each document of at most ``BEGIN_MAX`` characters
    (``context.begin``: its figures and their keywords), each within the time its whole text
    may take (the seconds spent are then the first try's of :func:`extract_within`; a start
    cut short is that try's, which the file's prefixes follow), then parse in one batch the
    sentences they will all parse first (the one thing not on any file's clock: a few short
    documents' sentences, some 3 ms each). Call :func:`extract_within` on each after."""
    from reconcile.claims.parse import parse_sentences

    texts: list[str] = []
    for doc in docs:
        if len(doc.text) > BEGIN_MAX:
            continue
        seconds = budget(doc, settings)
        if seconds is None or not _can_time():
            texts += begin(doc.text, settings)
            continue
        _warm(settings.model_dump_json())
        began = time.process_time()
        try:
            with _deadline(FIRST_TRY * seconds):
                texts += begin(doc.text, settings)
        except _TimeUp:
            forget_begun(doc.text, settings)
            _BEGUN_SPENT[doc.text] = FIRST_TRY * seconds
            continue
        _BEGUN_SPENT[doc.text] = time.process_time() - began
    if texts:
        parse_sentences(texts)


def extract_all(docs: list[Document], settings: Settings) -> list[tuple[list[Claim], str | None]]:
    """:func:`extract_within` on each document, begun in runs of ``BEGUN_RUN``
    (:func:`begin_within`): the same claims and notices as one by one."""
    out: list[tuple[list[Claim], str | None]] = []
    for at in range(0, len(docs), BEGUN_RUN):
        run = docs[at : at + BEGUN_RUN]
        begin_within(run, settings)
        try:
            out += [extract_within(d, settings) for d in run]
        finally:
            forget_begun()
            _BEGUN_SPENT.clear()
    return out


BEGUN_RUN = 16  # documents begun together (their first sentences parsed in one batch)


def extract_within(doc: Document, settings: Settings) -> tuple[list[Claim], str | None]:
    """``doc``'s claims within its time budget, and a notice when the rest was skipped."""
    seconds = budget(doc, settings)
    spent = _BEGUN_SPENT.pop(doc.text, 0.0)  # by its start (begin_within)
    if seconds is None or not _can_time():
        return extract_claims(doc, settings), None
    _warm(settings.model_dump_json())
    text = doc.text
    spans = parts(text) if len(text) > SPLIT_OVER else [(0, len(text))]
    if len(spans) > 1:
        return _in_parts(doc, settings, seconds, spans)
    end, left = len(text), seconds
    tries = [FIRST_TRY * seconds]  # the whole text first, then shorter prefixes
    while True:
        allowed = tries[-1]
        part = doc if end == len(text) else doc.model_copy(update={"text": text[:end]})
        try:
            if spent >= allowed:  # its start took the whole first try
                raise _TimeUp
            with _deadline(allowed - spent):
                claims = extract_claims(part, settings)
        except _TimeUp:
            spent = 0.0
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
        return claims, _notice(doc, seconds, end)
