"""Whether this process may fork a child: the one test the warm process, the check's
extraction ahead and comparison's second process all ask."""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

_M = TypeVar("_M")


def fork_safe() -> bool:
    """Forking is safe here: Linux (system libraries elsewhere may not survive a fork) and one
    thread (another's locks would be inherited held)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1


def beside(
    target: Callable[..., None], args: tuple[Any, ...], meanwhile: Callable[[], _M]
) -> tuple[Any, _M]:
    """Run ``target(conn, *args)`` in a forked child while this process runs ``meanwhile``:
    the one object the child sends down ``conn`` (None when the child could not start, died or
    sent nothing) and what ``meanwhile`` returned. The caller checks :func:`fork_safe` first
    and does the child's work itself on None."""
    context = multiprocessing.get_context("fork")
    try:
        mine, theirs = context.Pipe(duplex=False)
        process = context.Process(target=target, args=(theirs, *args), daemon=True)
        process.start()
    except (OSError, ValueError):
        return None, meanwhile()
    theirs.close()
    made = meanwhile()
    try:
        got = mine.recv()
    except (EOFError, OSError):  # the child died
        got = None
    mine.close()
    process.join()
    return got, made


def send_made(conn: Any, make: Callable[[], object]) -> None:
    """In a child of :func:`beside`: send what ``make`` gives, or None when it fails (the
    parent then does the work itself), and close the pipe."""
    got: object
    try:
        got = make()
    except Exception:
        got = None
    try:
        conn.send(got)
    finally:
        conn.close()
