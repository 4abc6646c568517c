"""A warm extraction process for ``reconcile check --keep-warm``.

A check whose draft changed must extract the draft's claims again, and a fresh process pays
seconds before it can: importing spaCy, loading its English pipeline, pint's unit registry and
the vocabularies (``python benchmarks/cold_start.py``), against well under a second for the
draft itself. With ``--keep-warm SECONDS`` the first such check starts a process that keeps all
that loaded and extracts drafts for the checks that follow, until it has been idle for
SECONDS; a check run while it lives asks it for the draft's claims instead of loading the
parse itself (as ``eslint_d`` or ``dmypy`` keep a linter warm). Everything else is unchanged:
the sources' claims still come from the cache, and the result is the same as a cold check's,
since the process runs the same extraction on the same document and settings.

Nothing it answers is trusted more than the cache is:

- it listens on a Unix socket in the cache folder (created readable by its owner only), named
  after the fingerprint of the package's code (:func:`reconcile.handover.code_fingerprint`), so a
  process started by other code is never asked; a socket not owned by the running user is
  never connected to, and the process answers only peers of its own user (``SO_PEERCRED``);
- an answer is used only for exactly the documents and settings the check sent (the process
  returns the key of what it read, as :class:`reconcile.pipeline.Ahead` does), only when its
  claims can be the document's own (:func:`reconcile.cache.valid_for`), and any failure (no
  process, a timeout, a malformed answer) leaves the extraction to the check itself;
- it starts only where a child process may be forked safely (Linux, a single thread), detaches
  from the terminal and from the check's output (its standard streams go to ``/dev/null``, so
  a caller reading the check's output never waits for it), and removes its socket when it ends.

A check run while the process lives is handed to it whole (:func:`forward`): the process runs
the same command (``reconcile.cli.main``) in the check's folder, with its standard input and the
environment variables this package reads, and sends back what it wrote and its exit status. It
keeps what the cache gave under content keys in memory (``reconcile.cache.keep_in_memory``:
the sources' read and claims, groupings, checks), so after an edit of the draft it reads the
draft, stats the sources, extracts the draft with the parse already loaded, groups and
compares: no imports, no decoding of the sources' claims. The result is the command's own: the
same code on the same files and settings (tested for each kind of edit against a cold check).
A check that cannot be handed over (no process, any failure) runs as before.

What the process keeps from one check to the next, each exact by construction:

- each text's parse (``reconcile.claims.parse.keep_parses``, the most recently used): an
  edited draft is extracted in the process itself (no child is forked for it), and only its
  new sentences are parsed; a text's parse does not depend on the texts parsed with it;
- each source's entry key, while the document's fields are the objects it was made from
  (``reconcile.cache``);
- its objects frozen between checks (:func:`tidy`), so that a check's collections do not scan
  what the process keeps; the full collection waits for a pause.

``--keep-warm 0`` asks a running process to end.
"""

from __future__ import annotations

import contextlib
import gc
import io
import os
import signal
import socket
import stat
import struct
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from reconcile import handover
from reconcile.cache import valid_for
from reconcile.claims.models import Claim, Document
from reconcile.config import Settings
from reconcile.forking import fork_safe
from reconcile.handover import ENVIRONMENT, socket_path
from reconcile.handover import connect as _connect
from reconcile.handover import receive as _receive
from reconcile.handover import send as _send

Extracted = tuple[list[Claim], str | None]  # claims, and the time cap's notice if it cut
_DOCUMENTS = TypeAdapter(list[Document])
Row = tuple[str, list[Claim], str | None, list[list[object]]]  # key, claims, notice, readings
_ANSWER = TypeAdapter(list[Row] | None)
_STOP, _RUN = handover.STOP, handover.RUN
_RESULT = TypeAdapter(tuple[int, str, str])  # exit status, standard output, standard error
_REQUEST = TypeAdapter(tuple[list[str], str, dict[str, str], str | None])
_serving = False  # True in the warm process itself
ANSWER_SECONDS = 120.0  # a draft's extraction is capped at 5 s a megabyte (reconcile.timecap)


def key(doc: Document, settings: Settings) -> str:
    """All that a document's claims depend on: the document and the settings."""
    return doc.model_dump_json() + "\0" + settings.model_dump_json()


class Warm:
    """Claims being extracted by the warm process; :meth:`take` and :meth:`close` as
    :class:`reconcile.pipeline.Ahead` (a document not sent, or any failure, gets None)."""

    def __init__(self, conn: socket.socket, docs: Sequence[Document], settings: Settings) -> None:
        self._conn: socket.socket | None = conn
        self._docs = {key(d, settings): d for d in docs}
        self._got: dict[str, Extracted] | None = None

    def take(self, doc: Document, settings: Settings) -> Extracted | None:
        if self._got is None:
            self._got = self._answer()
            self.close()
        return self._got.pop(key(doc, settings), None)

    def _answer(self) -> dict[str, Extracted]:
        if self._conn is None:
            return {}
        try:
            self._conn.settimeout(ANSWER_SECONDS)
            rows = _ANSWER.validate_json(_receive(self._conn))
        except (OSError, ValidationError, struct.error):
            return {}
        got = {}
        for k, claims, late, readings in rows or []:
            doc = self._docs.get(k)
            if doc is not None and valid_for(claims, doc):
                got[k] = (claims, late)
                _remember(readings, {c.sentence for c in claims})
        return got

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _remember(rows: list[list[object]], sentences: set[str]) -> None:
    """The parse's readings the warm process sent with a draft's claims, for grouping to use
    (``reconcile.claims.separate.remember``) instead of loading the parse; only readings of the
    draft's own sentences, and none if any row is malformed."""
    from reconcile.cache import _reading
    from reconcile.claims import separate

    try:
        readings = dict(_reading(row) for row in rows)
    except (TypeError, ValueError):
        return
    if all(k[0] in sentences for k in readings):
        separate.remember(readings)


def _readings_of(claims: list[Claim]) -> list[list[object]]:
    """The parse's readings of ``claims`` that grouping may ask for (``claims.separate``: each
    under the key a reading is stored under), worked out here where the parse is loaded, so
    that the check needs no parse of the draft's sentences. Sentences already parsed here (an
    earlier request for the same draft) are not parsed again."""
    from reconcile.cache import _reading_row
    from reconcile.claims import separate

    if len(_ROWS) > _ROWS_MAX:
        _ROWS.clear()
    keys = {separate._reading_key(c): c for c in claims}  # the key grouping looks one up by
    separate.prepare([[c for k, c in keys.items() if k not in _ROWS]])
    for k, c in keys.items():
        if k not in _ROWS:
            _ROWS[k] = _reading_row(k, separate.reading(c))
    separate.learned()  # this process stores nothing
    return [_ROWS[k] for k in keys]


# readings worked out by this warm process, by key: an edited draft's other sentences are not
# read again (a reading depends on nothing but its key)
_ROWS: dict[tuple[str, str, str, bool], list[object]] = {}
_ROWS_MAX = 100_000


def ask(root: Path, docs: Sequence[Document], settings: Settings) -> Warm | None:
    """Send ``docs`` to the warm process for extraction; None when none answers."""
    conn = _connect(root)
    if conn is None:
        return None
    try:
        conn.settimeout(ANSWER_SECONDS)
        _send(conn, settings.model_dump_json().encode())
        _send(conn, _DOCUMENTS.dump_json(list(docs)))
    except OSError:
        conn.close()
        return None
    return Warm(conn, docs, settings)


def serving() -> bool:
    """Whether this is the warm process (a check it runs hands nothing over)."""
    return _serving


def forward(
    root: Path, argv: Sequence[str], stdin: str | None = None
) -> tuple[int, str, str] | None:
    """:func:`reconcile.handover.forward`, except in the warm process itself (None: a check it
    runs hands nothing over)."""
    if _serving:
        return None
    return handover.forward(root, argv, stdin)


Request = tuple[list[str], str, dict[str, str], str | None]  # argv, folder, environment, stdin


def _run(conn: socket.socket) -> Request | None:
    """In the warm process: run the check a :func:`forward` sent and send back its result; the
    request, or None when it was none to run."""
    try:
        request = _REQUEST.validate_json(_receive(conn))
    except (OSError, ValidationError, struct.error):
        return None
    if not request[0] or request[0][0] != "check":
        return None
    result = _execute(*request)
    with contextlib.suppress(OSError):
        _send(conn, _RESULT.dump_json(result))
    return request


def _execute(
    argv: list[str], cwd: str, env: dict[str, str], stdin: str | None
) -> tuple[int, str, str]:
    """Run ``reconcile`` with ``argv`` in ``cwd``, with the environment variables this package
    reads set as in ``env`` and ``stdin`` as its standard input: its exit status, standard
    output and standard error."""
    from reconcile.cli import main

    saved = {name: os.environ.get(name) for name in ENVIRONMENT}
    streams = sys.stdin, sys.stdout, sys.stderr
    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    try:
        os.chdir(cwd)
        for name in ENVIRONMENT:
            if name in env:
                os.environ[name] = env[name]
            else:
                os.environ.pop(name, None)
        sys.stdin, sys.stdout, sys.stderr = io.StringIO(stdin or ""), out, err
        code = main(argv)
    except BaseException as exc:  # the command's own errors are its exit status already
        code = 3
        if os.environ.get("RECONCILE_DEBUG"):  # the traceback, as a check run here prints it
            import traceback

            traceback.print_exc(file=err)
        else:
            err.write(f"reconcile: internal error: {type(exc).__name__}: {exc}\n")
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        with contextlib.suppress(OSError):
            os.chdir(here)
    return code, out.getvalue(), err.getvalue()


_rehearsing = False  # True while the warm process rehearses a check (see ``rehearse``)
_REHEARSED: set[str] = set()  # the requests rehearsed (each once)
REHEARSE_AFTER = 0.25  # seconds without a request before a check is rehearsed


def rehearsing() -> bool:
    """Whether the warm process is rehearsing a check (:func:`rehearse`): the stored check and
    the stored grouping are then neither read back nor stored, so the whole check runs."""
    return _rehearsing


def _rehearsable(request: Request) -> bool:
    """A check that writes nothing but its output and the cache: no ``--output`` file (nor an
    argument that may abbreviate it)."""
    return not any(
        a.startswith("--o") or (a.startswith("-o") and not a.startswith("--")) for a in request[0]
    )


def _wants_rehearsal(request: Request) -> bool:
    return repr(request[:3]) not in _REHEARSED and _rehearsable(request)


def rehearse(request: Request) -> bool:
    """Run a check the warm process has answered once more, as the check after an edit of the
    draft runs it (the stored check and grouping left aside), and throw its result away; whether
    it ran. The first check handed to a new warm process is mostly answered by the stored check,
    so the check after the writer's first edit paid for what the process had not yet loaded:
    the sources' read and claims from the cache (kept in memory after), the grouping and the
    comparison's code and vocabularies (1.4 s against 0.55 s for the edits after it, 2026-12-05).
    A rehearsal loads all that while the writer edits. Each request is rehearsed once. Results
    are unchanged: what it leaves behind is kept under content keys (the cache's entries in
    memory, parses of texts) or is code and vocabularies loaded."""
    global _rehearsing
    if not _wants_rehearsal(request):
        return False
    if len(_REHEARSED) > 1000:
        _REHEARSED.clear()
    _REHEARSED.add(repr(request[:3]))
    _rehearsing = True
    try:
        _execute(*request)
    finally:
        _rehearsing = False
    return True


def stop(root: Path) -> bool:
    """Ask the warm process of this code to end; whether one was there."""
    conn = _connect(root)
    if conn is None:
        return False
    with contextlib.closing(conn), contextlib.suppress(OSError):
        _send(conn, _STOP)
        conn.recv(1)  # it closes the connection as it ends
    return True


def running(root: Path) -> bool:
    """Whether a warm process of this code is listening (it is asked nothing)."""
    conn = _connect(root)
    if conn is not None:
        conn.close()
    return conn is not None


def shared_folder(root: Path) -> str | None:
    """Why ``root`` may not hold a warm process's socket, in words (it exists and another user
    owns it, or others may read or enter it); None when it is this user's alone or absent."""
    try:
        st = root.lstat()
    except OSError:
        return None
    if not stat.S_ISDIR(st.st_mode):
        return "is not a folder"
    if st.st_uid != os.getuid():
        return "belongs to another user"
    if st.st_mode & 0o077:
        return f"is open to other users (mode {stat.S_IMODE(st.st_mode):o}; chmod 700 fixes it)"
    return None


def start(root: Path, idle: float) -> bool:
    """Start a warm process listening in ``root`` that ends after ``idle`` seconds without a
    request; whether it was started (False when one is there, forking is not safe or the socket
    cannot be made). It is forked from this process, so it runs this process's code."""
    path = socket_path(root)
    if path is None or idle <= 0 or not fork_safe() or running(root):
        return False
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        if shared_folder(root) is not None:
            return False  # the cache folder must be this user's alone
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISSOCK(path.lstat().st_mode):
                path.unlink()  # a socket nobody listens on (running() said so)
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    except OSError:
        return False
    try:
        listener.bind(os.fspath(path))
        listener.listen(8)
        pid = os.fork()
    except OSError:
        listener.close()
        return False
    if pid == 0:  # the intermediate child: a new session, then the server's own fork
        try:
            os.setsid()
            if os.fork() == 0:
                _serve(listener, path, idle)
        finally:
            os._exit(0)
    listener.close()
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)
    return True


def _detach(keep: int) -> None:
    """Standard streams to /dev/null and every other inherited descriptor closed (a caller
    reading the check's output, or any pipe the check held, must not wait for this process)."""
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)
    top = os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 1024
    os.closerange(3, keep)
    os.closerange(keep + 1, max(top, keep + 1))
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGPROF):
        signal.signal(sig, signal.SIG_DFL)


def _serve(listener: socket.socket, path: Path, idle: float) -> None:
    """The warm process: extract each request's documents until ``idle`` seconds pass without
    one, or a stop request comes; then remove the socket (if it is still this one's)."""
    try:
        mine = path.lstat().st_ino
    except OSError:
        return
    global _serving
    _serving = True
    try:
        _detach(listener.fileno())
        gc.enable()  # a long-lived process: the collector as usual
        from reconcile.cache import keep_in_memory
        from reconcile.claims.parse import keep_parses
        from reconcile.timecap import extract_within  # extraction's code and vocabularies

        keep_in_memory()
        keep_parses()  # an edited draft's other sentences are not parsed again
        # the checks it runs use the cache its socket is in, wherever they run from
        os.environ["RECONCILE_CACHE_DIR"] = os.path.abspath(path.parent)

        with contextlib.suppress(Exception):  # load the parse, units and vocabularies now
            extract_within(
                Document(id="warm", path="warm", text="Revenue rose 5% to $1.2 billion today."),
                Settings(),
            )
        tidy(full=True)
        last, tidied = time.monotonic(), True
        while True:
            left = idle - (time.monotonic() - last)
            if left <= 0:
                return
            listener.settimeout(left if tidied else min(left, TIDY_SECONDS))
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                if not tidied:  # a pause in the checks: the whole collection now
                    tidy(full=True)
                    tidied = True
                continue
            with contextlib.closing(conn):
                answered = _answer(conn, extract_within)
                if answered is False:
                    return
            if answered is not True and _wants_rehearsal(answered):  # after a short pause
                listener.settimeout(REHEARSE_AFTER)
                try:
                    pending, _ = listener.accept()
                except TimeoutError:
                    rehearse(answered)
                else:  # another request came at once: it is answered first
                    with contextlib.closing(pending):
                        if _answer(pending, extract_within) is False:
                            return
            tidy(full=False)  # (the check has its answer already)
            tidied, last = False, time.monotonic()
    finally:
        with contextlib.suppress(OSError):
            if path.lstat().st_ino == mine:
                path.unlink()
        listener.close()


TIDY_SECONDS = 30.0  # a pause in the checks this long and the warm process collects in full


def tidy(full: bool) -> None:
    """Between two checks in the warm process: collect the cyclic garbage of the last check and
    freeze what is left (``gc.freeze``), so that the collections a check sets off scan only
    the objects it made, not the millions the process keeps (the parse, the vocabularies, the
    sources' claims: a full collection of them takes a tenth of a second and more). ``full``:
    unfreeze first, so that garbage among frozen objects (a parse or a pack no longer kept) is
    collected too; done once the checks pause (``TIDY_SECONDS``: it takes about 0.2 CPU
    seconds, which a check arriving meanwhile waits for). Objects are freed as before (by their
    reference counts: only cycles wait for the collector); this changes only when the collector
    looks at them."""
    if full:
        gc.unfreeze()
    gc.collect()
    gc.freeze()


def _peer_is_me(conn: socket.socket) -> bool:
    if not hasattr(socket, "SO_PEERCRED"):
        return False
    try:
        _pid, uid, _gid = struct.unpack(
            "3i", conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
        )
    except OSError:
        return False
    return uid == os.getuid()


def _answer(
    conn: socket.socket, extract: Callable[[Document, Settings], Extracted]
) -> bool | Request:
    """Answer one request on ``conn``: False when it asked the process to end, the request when
    it was a check the process ran, else True."""
    try:
        conn.settimeout(ANSWER_SECONDS)
        if not _peer_is_me(conn):
            return True
        first = _receive(conn)
        if first == _STOP:
            return False
        if first == _RUN:
            return _run(conn) or True
        settings = Settings.model_validate_json(first)
        docs = _DOCUMENTS.validate_json(_receive(conn))
    except (OSError, ValidationError, struct.error, ValueError):
        return True
    found: list[Row] = []
    rows: list[Row] | None = found
    try:
        for doc in docs:
            claims, late = extract(doc, settings)
            try:
                readings = _readings_of(claims)
            except Exception:  # the check parses what it needs itself
                readings = []
            found.append((key(doc, settings), claims, late, readings))
    except Exception:  # the check extracts them itself
        rows = None
    with contextlib.suppress(OSError):
        _send(conn, _ANSWER.dump_json(rows))
    return True
