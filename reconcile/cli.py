"""The command line: a thin shell over the library.

    reconcile report PATH...                 conflict report over files or folders
    reconcile check DRAFT... --against PATH... check a draft's figures against sources
    reconcile evaluate PATH                  score the pipeline on fixtures with gold.json
    reconcile schema                         JSON Schema of the report

Exit status: 0 fine; 1 ``check`` found an unsuppressed finding at or above ``--fail-on``;
2 usage, configuration or input error (nothing readable, or nothing to check against);
3 an unexpected internal error (one line; set RECONCILE_DEBUG=1 for the traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any, TextIO

from reconcile import __version__, handover, warm
from reconcile.cache import ClaimCache, Stamp, stamp
from reconcile.check import FAIL_ON, KINDS, check_drafts, exit_status
from reconcile.claims.models import Document, Report
from reconcile.config import ConfigError, Settings, load_settings_with_source
from reconcile.documents import outlets_read, parse_document, remember_outlets
from reconcile.forking import beside, fork_safe, send_made
from reconcile.io import InputError, RawFile, display_name, document_ids, iter_paths, read_sets
from reconcile.pipeline import Pending, extract_ahead, reconcile, workers
from reconcile.render.common import filtered, is_own_report

PROGRESS_MIN_FILES = 50


# Renderers -----------------------------------------------------------------------------------


def _optional(module: str, name: str) -> Callable[..., str] | None:
    """A renderer function, or None when its module is not there (yet)."""
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except (ImportError, AttributeError):
        return None


def _json(report: Report) -> str:
    render = _optional("reconcile.render.json", "render_json")
    return render(report) if render else report.model_dump_json(indent=2)


def _text(report: Report, color: bool) -> str:
    render = _optional("reconcile.render.text", "render_text")
    if render is None:  # pragma: no cover - text.py exists from the skeleton on
        return f"{len(report.findings)} findings"
    try:
        return render(report, color=color)
    except TypeError:  # an older renderer without the colour option
        return render(report)


def _check_text(report: Report, drafts: Sequence[Document]) -> str:
    render = _optional("reconcile.render.check_text", "render_check_text")
    if render is not None:
        return "".join(_newline(render(report, d.id)) for d in drafts)
    # Fallback: one line per finding, at the draft claim's place in the file.
    from reconcile.check import LineIndex

    lines = []
    docs = {d.id: d for d in report.documents}
    claims = {c.id: c for c in report.claims}
    draft_ids = {d.id for d in drafts}
    for f in report.findings:
        mine = [claims[c] for c in f.claims if c in claims and claims[c].document in draft_ids]
        if not mine or f.suppressed:
            continue
        first = min(mine, key=lambda c: c.span)
        doc = docs[first.document]
        line, col = LineIndex(doc.text).line_col(min(first.span[0], len(doc.text)))
        lines.append(f"{doc.path}:{line}:{col}: {f.severity}: {f.message} [{f.kind}]")
    return "".join(line + "\n" for line in lines)


def _newline(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"


REPORT_FORMATS: dict[str, tuple[str, str] | None] = {
    "text": None,
    "markdown": ("reconcile.render.markdown", "render_markdown"),
    "json": None,
    "html": ("reconcile.render.html", "render_html"),
}
CHECK_FORMATS: dict[str, tuple[str, str] | None] = {
    "text": None,
    "json": None,
    "sarif": ("reconcile.render.sarif", "render_sarif"),
    "github": ("reconcile.render.github", "render_github"),
}


def available(formats: dict[str, tuple[str, str] | None]) -> list[str]:
    """Formats whose renderer imports."""
    return [name for name, spec in formats.items() if spec is None or _optional(*spec)]


def wants_color(stream: TextIO) -> bool:
    """Colour on a terminal, unless NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def render_report(report: Report, fmt: str, *, color: bool = False) -> str:
    if fmt == "text":
        return _text(report, color)
    if fmt == "json":
        return _json(report)
    spec = REPORT_FORMATS[fmt]
    assert spec is not None
    render = _optional(*spec)
    assert render is not None
    return render(report)


def render_check(report: Report, fmt: str, drafts: Sequence[Document]) -> str:
    if fmt == "text":
        return _check_text(report, drafts)
    if fmt == "json":
        return _json(report)
    spec = CHECK_FORMATS[fmt]
    assert spec is not None
    render = _optional(*spec)
    assert render is not None
    return render(report, drafts[0].id if len(drafts) == 1 else None)


# Progress ------------------------------------------------------------------------------------


class Progress:
    """A one-line bar on stderr for long runs, only when stderr is a terminal."""

    def __init__(self, stream: TextIO | None = None, minimum: int = PROGRESS_MIN_FILES) -> None:
        self.stream = stream or sys.stderr
        self.minimum = minimum
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.shown = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < self.minimum:
            return
        width = 30
        filled = width * done // max(total, 1)
        self.stream.write(f"\rreading [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        self.stream.flush()
        self.shown = True

    def status(self, message: str) -> None:
        """The phase a run is in, on one line that the next phase overwrites (a terminal only)."""
        if self.enabled:
            self.stream.write(f"\r{message[:60]:<60}")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r" + " " * 60 + "\r")
            self.stream.flush()
            self.shown = False


# Commands ------------------------------------------------------------------------------------


def _say(message: str) -> None:
    print(f"reconcile: {message}", file=sys.stderr)


def _settings(args: argparse.Namespace, **overrides: Any) -> Settings:
    settings, path = load_settings_with_source(Path.cwd(), args.config, overrides)
    args.config_used = display_name(path) if path is not None else None
    if getattr(args, "verbose", False):
        _say(f"configuration: {args.config_used or 'none found, defaults'}")
    return settings


def _with_config(report: Report, args: argparse.Namespace) -> Report:
    """The report naming the configuration file used (the JSON report's ``config``)."""
    return report.model_copy(update={"config": getattr(args, "config_used", None)})


def _write(text: str, output: Path | None) -> None:
    text = _newline(text)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    # written beside the target and renamed over it: a failed run never leaves it empty or cut
    tmp = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8", errors="replace")
        tmp.replace(output)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise InputError(f"{display_name(output)}: cannot write ({exc.strerror or exc})") from None


def _refuse_input_as_output(output: Path | None, inputs: Sequence[Path]) -> None:
    """``-o`` naming one of the files read would overwrite an article with the report."""
    if output is None or not output.exists():
        return
    for path in inputs:
        with contextlib.suppress(OSError):
            if output.samefile(path):
                raise InputError(
                    f"{display_name(output)}: is one of the input files; refusing to overwrite it"
                )


def _report(args: argparse.Namespace) -> int:
    settings = _settings(
        args, tolerance=args.tolerance, max_seconds_per_file=args.max_seconds_per_file
    )
    missing = _missing(args.paths)
    if missing:
        return missing
    progress = Progress()
    docs, paths, problems = _read_report(args.paths, progress)
    for message in problems:
        _say(message)
    if not docs:
        _say("nothing to read: no usable .txt, .md or .html file among the paths given")
        return 2
    _refuse_input_as_output(args.output, paths)
    progress.status(f"checking {len(docs)} documents...")
    report = _with_config(
        reconcile(docs, settings, cache=_cache(args), progress=progress.status), args
    )
    progress.clear()
    _say_new_notices(docs, report)
    progress.status(f"rendering {args.format}")
    color = args.format == "text" and args.output is None and wants_color(sys.stdout)
    shown, hidden = _shown(report, args, args.format)
    text = render_report(shown, args.format, color=color)
    progress.clear()
    if hidden and args.format == "text":
        text = _newline(text) + _hidden_note(hidden)
    _write(text, args.output)
    return 0


Read = tuple[list[Document], list[Path], list[str]]  # documents, their files, problems

READ_AHEAD_MIN = 48  # files of a report worth reading in a child (see _read_report)


def _read_report(paths: Sequence[str], progress: Progress) -> Read:
    """A report's documents, their files and the problems reading them raised (reports
    reconcile wrote left out). With at least ``READ_AHEAD_MIN`` files and a second CPU, where
    forking is safe (``reconcile.forking.fork_safe``), they are read in a forked child while
    this process imports spaCy and its pipeline's package (:func:`_meanwhile`), which any run
    that extracts a claim or unpacks a stored parse needs after: about half a second each,
    one after the other before (reading 1,000 sources, then the import, the second CPU idle).
    The same documents either way; a child that fails leaves them to be read here.
    The child sends the outlets it read at the top of each document with them
    (``documents.outlets_read``): extraction reads them again, in the pool's workers forked
    from this process after (about 0.3 s of their CPU over 1,000 sources)."""
    if "-" not in paths and _enough_files(paths) and workers() >= 2 and fork_safe():
        got, _ = beside(_read_to, (list(paths),), _meanwhile)
        if got is not None:
            read, outlets = got
            remember_outlets(outlets)
            return read  # type: ignore[no-any-return]
    return _read_here(paths, progress)


def _enough_files(paths: Sequence[str]) -> bool:
    found = iter_paths(paths, [])
    return len(found) >= READ_AHEAD_MIN


def _read_here(paths: Sequence[str], progress: Progress | None = None) -> Read:
    (pairs,), problems = read_sets([paths], progress=progress)
    if progress is not None:
        progress.clear()
    pairs = _not_own_reports(pairs, problems)
    return [doc for doc, _ in pairs], [raw.path for _, raw in pairs], problems


def _read_to(conn: Connection, paths: list[str]) -> None:
    """In the child of :func:`_read_report`: send what :func:`_read_here` gives, or None on
    failure (the parent reads them itself), with the outlets read at the top of each
    document (see :func:`_read_report`)."""
    send_made(conn, lambda: (_read_here(paths, Progress()), outlets_read()))


def _meanwhile() -> None:
    """Import spaCy and the pipeline's package (not loaded: a report whose claims and parses
    are all cached loads only part of it, see ``parse.light``)."""
    from reconcile.claims import parse

    with contextlib.suppress(parse.ModelMissing, ImportError, OSError):
        parse.model_imported()


def _missing(paths: Sequence[str]) -> int:
    """2 (with a line for each) when a path given does not exist: a misspelled folder next to a
    good one would otherwise leave its articles out without notice."""
    gone = [p for p in paths if p != "-" and not Path(p).exists()]
    for p in gone:
        _say(f"{display_name(p)}: no such file or directory")
    return 2 if gone else 0


def _not_own_reports(
    pairs: list[tuple[Document, RawFile]], problems: list[str]
) -> list[tuple[Document, RawFile]]:
    """The files read, less the reports reconcile itself wrote (one written into the sources'
    folder must not be read as a source on the next run)."""
    kept = []
    for doc, raw in pairs:
        if is_own_report(raw.text):
            problems.append(f"{doc.path}: a report written by reconcile, not read as a source")
        else:
            kept.append((doc, raw))
    return kept


STDIN_NAME = "stdin.md"


def _stdin_draft(name: str | None) -> tuple[Document, RawFile]:
    """The draft given as ``-``: standard input, parsed by the suffix of ``name``. Findings are
    reported at ``name`` when it is given (``git show :story.md | reconcile check -
    --stdin-name story.md`` annotates story.md, as ruff's ``--stdin-filename`` does), else at
    ``-``."""
    text = sys.stdin.read()
    path = Path(name or STDIN_NAME)
    doc = parse_document(path.name, name or "-", text, path.suffix.lower() or ".md")
    return doc, RawFile(path=path, text=text)


def _check(args: argparse.Namespace) -> int:
    settings = _settings(
        args,
        tolerance=args.tolerance,
        fail_on=args.fail_on,
        max_seconds_per_file=args.max_seconds_per_file,
    )
    if not args.drafts:
        _say(
            "no draft given: the draft goes first, then the sources "
            "(reconcile check DRAFT --against SOURCES, or --against=SOURCES DRAFT)"
        )
        return 2
    missing = _missing([*args.drafts, *args.against])
    if missing:
        return missing
    cache = _cache(args)
    if cache is not None and args.keep_warm and not warm.serving():
        served = _handed_over(cache, args)
        if served is not None:
            return served
    progress = Progress()
    files = [d for d in args.drafts if d != "-"]
    ahead: list[Pending] = []
    if cache is not None and args.keep_warm == 0:
        warm.stop(cache.root)

    def start(docs: list[Document]) -> None:  # the drafts' claims, while the sources are read
        if cache is None or warm.serving():  # (the warm process extracts them itself)
            return
        todo = [d for d in docs if not cache.holds(d, settings)]
        got: Pending | None = None
        if args.keep_warm:  # the warm process extracts them, started first if need be
            got = warm.ask(cache.root, todo, settings) if todo else None
            if got is None and warm.start(cache.root, args.keep_warm) and todo:
                got = warm.ask(cache.root, todo, settings)
            elif got is None and (why := warm.shared_folder(cache.root)) is not None:
                _say(f"--keep-warm: no warm process: the cache folder {cache.root} {why}")
        got = got or extract_ahead(todo, settings)
        ahead.extend([got] if got else [])

    try:  # a child left running (an early return, an error) is ended
        drafts, sources, problems = _read_for_check(files, args.against, cache, progress, start)
        progress.clear()
        if "-" in args.drafts:
            piped = _stdin_draft(args.stdin_name)
            drafts.insert(args.drafts.index("-"), piped)
            if args.keep_warm and not ahead:  # an editor's buffer: the warm process reads it
                start([piped[0]])
        for message in problems:
            _say(message)
        if not drafts:
            _say("nothing to check: no draft could be read")
            return 2
        if not sources:
            _say("nothing to check against: no source among --against could be read")
            return 2
        _refuse_input_as_output(
            args.output, [*(raw.path for _, raw in drafts), *(path for _, path in sources)]
        )
        progress.status(f"checking against {len(sources)} sources...")
        draft_docs = [doc for doc, _ in drafts]
        report = check_drafts(
            draft_docs,
            [doc for doc, _ in sources],
            settings,
            raw={doc.id: raw.text for doc, raw in drafts},
            cache=cache,
            progress=progress.status,
            ahead=ahead[0] if ahead else None,
        )
    finally:
        for child in ahead:
            child.close()
    report = _with_config(report, args)
    progress.clear()
    _say_new_notices(draft_docs, report)
    shown, hidden = _shown(report, args, args.format)
    text = render_check(shown, args.format, draft_docs)
    if hidden and args.format == "text":  # on the closing summary line
        text = text.rstrip("\n") + "; " + _hidden_note(hidden)
    _write(text, args.output)
    selected = filtered(
        report, "info", _kinds(args.select, "--select"), _kinds(args.ignore, "--ignore") or []
    )
    return exit_status(selected, settings.fail_on)


def _handed_over(cache: ClaimCache, args: argparse.Namespace) -> int | None:
    """The exit status of the check when the warm process of ``--keep-warm`` ran it (its output
    written here), else None: the check runs here (see ``reconcile.warm.forward``)."""
    argv = getattr(args, "argv", None)
    if argv is None:
        return None
    stdin = sys.stdin.read() if "-" in args.drafts else None
    got = warm.forward(cache.root, argv, stdin)
    if got is None:
        if stdin is not None:  # read once: the check here reads it again
            sys.stdin = io.StringIO(stdin)
        return None
    return handover.emit(got)


def _read_for_check(
    files: list[str],
    against: list[str],
    cache: ClaimCache | None,
    progress: Progress,
    start: Callable[[list[Document]], None] | None = None,
) -> tuple[list[tuple[Document, RawFile]], list[tuple[Document, Path]], list[str]]:
    """The drafts (document and file as read), the sources (document and path) and the problems
    reading them raised, reports reconcile wrote left out of the sources. With a cache, the
    drafts are read first and given to ``start`` before the sources are read.

    With a cache, the sources' documents come from the read stored for the same files with the
    same stamps (path, inode, size, modification and change times: see
    ``reconcile.cache.stamp``), so a warm check reads and parses the draft only; the read is
    stored on a miss. Ids are checked against those the drafts and sources get together.
    """
    listing: list[tuple[str, Stamp | None]] | None = None
    given: list[str] = []
    if cache is not None and files:
        # the drafts first: those whose claims the cache lacks are extracted in a child process
        # (it loads the parse, seconds) while this one reads the sources (see extract_ahead)
        (drafts,), problems = read_sets([files], progress=progress)
        if start is not None:
            start([doc for doc, _ in drafts])
        scratch: list[str] = []
        found = iter_paths(against, scratch)
        listing = [(str(p.absolute()), stamp(p)) for p in found]
        # the drafts' names enter the sources' ids, and a draft is never its own source
        given = [*files, "\0", *against, "\0", *(str(Path(f).absolute()) for f in files)]
        got = cache.get_read(listing, given)
        if got is not None and not scratch:
            docs, paths, source_problems = got
            where = [Path(p) for p in paths]
            ids = document_ids([*(raw.path for _, raw in drafts), *where])
            same = all(ids.get(raw.path) == d.id for d, raw in drafts) and all(
                ids.get(p) == d.id for d, p in zip(docs, where, strict=True)
            )
            if same:
                return drafts, list(zip(docs, where, strict=True)), problems + source_problems
    (drafts, read), problems = read_sets([files, against], progress=progress)
    sources = _not_own_reports(read, problems)
    pairs = [(doc, raw.path) for doc, raw in sources]
    if listing is not None and cache is not None:
        mine = tuple(f"{display_name(raw.path)}:" for _, raw in drafts)
        names = {display_name(p) for _, p in pairs}
        if not names & {m[:-1] for m in mine}:  # the sources' problems, told from the drafts'
            cache.put_read(
                listing,
                given,
                [d for d, _ in pairs],
                [str(p) for _, p in pairs],
                [m for m in problems if not m.startswith(mine)],
            )
    return drafts, pairs, problems


def _kinds(values: list[str] | None, option: str) -> list[str] | None:
    """Kinds named by ``--select``/``--ignore`` (repeatable, comma-separated); a wrong name is a
    usage error that lists the known kinds."""
    if values is None:
        return None
    named = [k.strip() for v in values for k in v.split(",") if k.strip()]
    unknown = sorted(set(named) - KINDS)
    if unknown:
        raise InputError(
            f"{option}: unknown finding kind(s) {', '.join(unknown)} "
            f"(known: {', '.join(sorted(KINDS))})"
        )
    return named


def _shown(report: Report, args: argparse.Namespace, fmt: str) -> tuple[Report, int]:
    """The findings the chosen format shows, and how many info notes that leaves out: JSON
    holds everything; other formats leave out info notes unless ``--show-info`` (or
    ``--min-severity info``), and the kinds not selected."""
    select, ignore = _kinds(args.select, "--select"), _kinds(args.ignore, "--ignore") or []
    if fmt == "json":
        return report, 0
    floor = "info" if args.show_info else args.min_severity
    shown = filtered(report, floor, select, ignore)
    kept = {f.id for f in shown.findings}
    hidden = sum(
        1
        for f in filtered(report, "info", select, ignore).findings
        if f.id not in kept and not f.suppressed and f.severity == "info"
    )
    return shown, hidden


def _hidden_note(hidden: int) -> str:
    return f"{hidden} info note{'s' if hidden != 1 else ''} not shown (--show-info shows them)\n"


def _seconds(value: str) -> float:
    """A number of seconds, 0 or more (``--keep-warm``)."""
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a number of seconds (0 or more); write --keep-warm=SECONDS, "
            "or --keep-warm after the draft"
        )
    return seconds


def _cache(args: argparse.Namespace) -> ClaimCache | None:
    return None if args.no_cache else ClaimCache()


def _say_new_notices(read: Sequence[Document], report: Report) -> None:
    """Notices the run added to documents it read (malformed amounts, suppression markers)."""
    known = {d.id: set(d.notices) for d in read}
    for doc in report.documents:
        for notice in doc.notices:
            if doc.id in known and notice not in known[doc.id]:
                _say(notice if notice.startswith(doc.path) else f"{doc.path}: {notice}")


def _schema(args: argparse.Namespace) -> int:
    _write(json.dumps(Report.model_json_schema(), indent=2), args.output)
    return 0


# Parser --------------------------------------------------------------------------------------


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--tolerance",
        type=float,
        default=None,
        metavar="FRACTION",
        help="widen every interval by this fraction, e.g. 0.01 (overrides the config file)",
    )
    p.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="configuration file (default: nearest reconcile.toml or pyproject.toml upward)",
    )
    p.add_argument("--output", "-o", type=Path, default=None, metavar="FILE", help="write here")
    p.add_argument(
        "--show-info",
        action="store_true",
        help="show info notes too (same as --min-severity info; JSON always holds every finding)",
    )
    p.add_argument(
        "--min-severity",
        choices=("error", "warning", "info"),
        default="warning",
        help="lowest severity shown in text, Markdown, HTML, SARIF and GitHub output "
        "(default: warning)",
    )
    p.add_argument(
        "--select",
        action="append",
        default=None,
        metavar="KIND[,KIND]",
        help="show and fail only on these finding kinds (repeatable)",
    )
    p.add_argument(
        "--ignore",
        action="append",
        default=None,
        metavar="KIND[,KIND]",
        help="never show or fail on these finding kinds (repeatable)",
    )
    p.add_argument(
        "--max-seconds-per-file",
        type=float,
        default=None,
        metavar="SECONDS",
        help="CPU seconds one file's extraction may take; the rest of the file is skipped with "
        "a notice (default: 5 per megabyte, at least 5; 0: no limit)",
    )
    p.add_argument(
        "--verbose", "-v", action="store_true", help="say which configuration file is used"
    )
    p.add_argument(
        "--no-cache",
        action="store_true",
        help="extract every document afresh (default: reuse the claims of unchanged documents, "
        "cached under $RECONCILE_CACHE_DIR or ~/.cache/reconcile)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reconcile",
        description="Check whether news sources agree on their numbers.",
        epilog=(
            "Exit status: 0 fine, 1 check found something at or above --fail-on, "
            "2 usage, configuration or input error, 3 internal error."
        ),
    )
    parser.add_argument("--version", action="version", version=f"reconcile {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    rep = sub.add_parser("report", help="conflict report over files or folders")
    rep.add_argument("paths", nargs="+", metavar="PATH", help=".txt, .md, .html files or folders")
    rep.add_argument(
        "--format",
        "-f",
        choices=available(REPORT_FORMATS),
        default="text",
        help="output format (text is coloured on a terminal unless NO_COLOR is set)",
    )
    _common(rep)
    rep.set_defaults(func=_report)

    chk = sub.add_parser(
        "check",
        help="check a draft's figures against source articles",
        description=(
            "Compare every figure of each DRAFT with the sources (and with the draft's other "
            "figures); report findings at the draft's file:line:col. Silence a sentence with "
            "<!-- reconcile: ignore --> or <!-- reconcile: ignore[kind, ...] --> on one of its "
            "lines or alone on the line above (# reconcile: ignore in plain text); a block "
            "with <!-- reconcile: off --> ... <!-- reconcile: on -->; the file with "
            "<!-- reconcile: ignore-file -->."
        ),
    )
    chk.add_argument(
        "drafts",
        nargs="*",
        metavar="DRAFT",
        help="draft(s) to check, before --against; several are checked together; - reads one "
        "from standard input",
    )
    chk.add_argument(
        "--stdin-name",
        default=None,
        metavar="NAME",
        help=f"name (and so format, by its suffix) of a draft read from -, and the path its "
        f"findings are reported at (default: {STDIN_NAME}, reported at -)",
    )
    chk.add_argument(
        "--against",
        nargs="+",
        required=True,
        metavar="PATH",
        help="source files or folders (use --against=PATH before the drafts)",
    )
    chk.add_argument(
        "--format",
        "-f",
        choices=available(CHECK_FORMATS),
        default="text",
        help="text: path:line:col lines; json: the report; sarif; github: workflow commands",
    )
    chk.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default=None,
        help="lowest severity that fails the check (default: warning, or fail_on in config)",
    )
    chk.add_argument(
        "--keep-warm",
        type=_seconds,
        nargs="?",
        const=600.0,
        default=None,
        metavar="SECONDS",
        help="keep a process with the parse loaded that extracts edited drafts for the checks "
        "that follow, until idle for SECONDS (default 600); 0 ends it (Linux; needs the cache)",
    )
    _common(chk)
    chk.set_defaults(func=_check)

    sch = sub.add_parser("schema", help="print the JSON Schema of the JSON report")
    sch.add_argument("--output", "-o", type=Path, default=None, metavar="FILE")
    sch.set_defaults(func=_schema)

    try:
        evaluate = importlib.import_module("reconcile.evaluate")
        add_arguments = evaluate.add_arguments
        run = evaluate.run
    except (ImportError, AttributeError):
        pass
    else:
        ev = sub.add_parser("evaluate", help="score the pipeline on fixtures with gold.json")
        add_arguments(ev)
        ev.set_defaults(func=run)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # never die on a character the console lacks
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, usage errors
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    args.argv = argv  # as given: a check handed to the warm process is run with them
    try:
        return int(args.func(args))
    except (InputError, ConfigError) as exc:
        _say(str(exc))
        return 2
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except Exception as exc:
        if os.environ.get("RECONCILE_DEBUG"):
            raise
        _say(f"internal error: {type(exc).__name__}: {exc} (RECONCILE_DEBUG=1 shows more)")
        return 3


if __name__ == "__main__":
    raise SystemExit(main())
