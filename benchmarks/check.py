"""Time ``reconcile check`` of a 2,000-word draft against 1,000 generated source articles.

    python benchmarks/check.py [--sources 1000] [--words 2000] [--repeat 3] [--keep DIR] [--report]
                               [--profile N] [--edit-ab N [--edits-only] [--baseline OTHER]
                               [--ways child,here,warm]] [--phases N]

Prints seconds (target: under 1 s for the whole warm command); asserts nothing. Two corpora: "story"
(sources share one set of true figures, one sentence in fifty wrong: what a newsroom checks) and
"random" (every figure drawn afresh: nearly every pair disagrees, a stress case). The whole
command is timed first with a cold claims cache, then warm (sources unchanged, as in a
pre-commit hook re-run after a draft edit). The articles come
from a few sentence templates filled with companies, metrics and figures drawn with a fixed seed,
so that many figures share a subject and metric and land in the same groups.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

COMPANIES = ["Alibaba", "Corvane", "Zephyr Mobility", "Seorin", "Harbourline", "Norvale Energy"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
TEMPLATES = [
    "{co} shares rose {pct}% to HK${price} in Hong Kong on {day}.",
    "{co} stock fell {pct} percent to ${price} in New York trading on {day}.",
    "Revenue at {co} grew {pct}% to ${bn} billion in the quarter that ended in June.",
    "{co} said cloud revenue increased {pct}% year-over-year, to ${bn} billion.",
    "The company plans to invest about ${bn} billion over the next three years.",
    "{co} raised ${bn} billion through a sale of convertible bonds.",
    "Analysts had expected growth of about {pct}%, according to a survey.",
    "Operating profit at {co} reached ${bn} billion, up {pct}% from a year earlier.",
    "Market value of {co} stands at roughly ${big} billion after the move.",
    "Its shares have gained {pct}% since the start of the year.",
]
FILLER = [
    "Executives declined to comment on the outlook for the rest of the year.",
    "Investors have been watching the company's spending on data centres closely.",
    "The group did not say when it would publish further details.",
    "Several brokers revised their targets after the announcement.",
    "Rivals reported results earlier in the week.",
]


def _figures(rng: random.Random) -> dict[str, object]:
    return {
        "pct": f"{rng.uniform(0.5, 30):.1f}",
        "price": f"{rng.uniform(20, 300):.2f}",
        "bn": f"{rng.uniform(0.5, 60):.1f}",
        "big": rng.randint(100, 900),
    }


# "story": every source reports one set of true figures per company, template and day; one
# sentence in fifty gets a wrong figure. "random": every figure is drawn afresh (adversarial:
# nearly every pair of sources disagrees, so the check drowns in findings).
TRUTH: dict[tuple[str, int, str], dict[str, object]] = {}


def sentence(rng: random.Random, mode: str = "random") -> str:
    co, day, t = rng.choice(COMPANIES), rng.choice(DAYS), rng.randrange(len(TEMPLATES))
    if mode == "story":
        tpl = TEMPLATES[t]
        key = (co if "{co}" in tpl else "", t, day if "{day}" in tpl else "")
        figures = TRUTH.setdefault(key, _figures(random.Random(repr(key))))
        if rng.random() < 0.02:
            figures = _figures(rng)
    else:
        figures = _figures(rng)
    return TEMPLATES[t].format(co=co, day=day, **figures)


def true_sentences() -> set[str]:
    """Every sentence the "story" corpus can write with its true figures."""
    out = set()
    for t, tpl in enumerate(TEMPLATES):
        for co in COMPANIES if "{co}" in tpl else [""]:
            for day in DAYS if "{day}" in tpl else [""]:
                key = (co, t, day)
                figures = TRUTH.setdefault(key, _figures(random.Random(repr(key))))
                out.add(tpl.format(co=co, day=day, **figures))
    return out


def score_story(draft_text: str, report: object, draft_id: str) -> str:
    """How the check did on the draft's planted errors (story corpus): a sentence is wrong when
    its figures are not the true ones; a finding (warning or error) counts on the sentence of
    its draft claim (a self-contradiction on that of its first claim only)."""
    truth = true_sentences()
    bounds = [
        (m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+?\.(?=\s|$)", draft_text)
    ]
    templated = [b for b in bounds if any(ch.isdigit() for ch in b[2])]
    wrong = {(a, b) for a, b, text in templated if text.strip() not in truth}
    by_id = {c.id: c for c in report.claims}  # type: ignore[attr-defined]
    flagged: set[tuple[int, int]] = set()
    for f in report.findings:  # type: ignore[attr-defined]
        if f.severity == "info":
            continue
        # a draft's self-contradiction is about its first claim (the figure no source backs);
        # the others are the draft's figures it contradicts
        claims = f.claims[:1] if f.kind == "self_contradiction" else f.claims
        for cid in claims:
            c = by_id.get(cid)
            if c is None or c.document != draft_id:
                continue
            flagged |= {(a, b) for a, b, _ in templated if a <= c.span[0] < b}
    caught = len(wrong & flagged)
    false = len(flagged - wrong)
    return (
        f"planted errors: {len(wrong)} wrong of {len(templated)} sentences with figures in the "
        f"draft; {caught} flagged (warning or error), {len(wrong) - caught} missed; "
        f"{false} correct sentences flagged (false alarms)"
    )


def article(rng: random.Random, words: int, mode: str = "random") -> str:
    title = f"{rng.choice(COMPANIES)} in focus as markets move"
    body: list[str] = []
    count = 0
    while count < words:
        s = sentence(rng, mode) if rng.random() < 0.6 else rng.choice(FILLER)
        body.append(s)
        count += len(s.split())
    paragraphs = [" ".join(body[i : i + 4]) for i in range(0, len(body), 4)]
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generate(
    root: Path, sources: int, words: int, seed: int = 7, mode: str = "random"
) -> tuple[Path, Path]:
    rng = random.Random(seed)
    src = root / "sources"
    src.mkdir(parents=True)
    for i in range(sources):
        text = article(rng, rng.randint(150, 350), mode)
        (src / f"article-{i:04}.txt").write_text(text, "utf-8")
    draft = root / "draft.md"
    draft.write_text(article(rng, words, mode), encoding="utf-8")
    return draft, src


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--words", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="generate into this folder")
    parser.add_argument(
        "--report",
        action="store_true",
        help="also time `reconcile report` over all the sources (slow: every pair is compared)",
    )
    parser.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="also profile one warm check in this process (cProfile) and print its N costliest "
        "functions by cumulative time",
    )
    parser.add_argument(
        "--edit-ab",
        type=int,
        default=0,
        metavar="N",
        help="also time N interleaved pairs of warm checks after a one-word edit: the draft "
        "extracted in a child while the sources are read (default) against in this process "
        "(RECONCILE_WORKERS=1)",
    )
    parser.add_argument(
        "--edits-only",
        action="store_true",
        help="with --edit-ab: time the checks after an edit only (no cold-cache run, no "
        "in-process check; the corpus of --keep and its cache are reused)",
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        metavar="DIR",
        help="with --edit-ab: also run each timed check with the package in DIR (a checkout or "
        "`git archive` of other code, put first on PYTHONPATH), interleaved with this code's",
    )
    parser.add_argument(
        "--ways",
        default="child,here,warm",
        help="with --edit-ab: which of child, here and warm to time (comma-separated)",
    )
    parser.add_argument(
        "--phases",
        type=int,
        default=0,
        metavar="N",
        help="also time, in this process run as the warm process runs a check (its memory of "
        "the cache and of parses kept), N checks after a one-word edit of a sentence with a "
        "figure, and print the mean CPU seconds of each phase (with --edits-only: only this)",
    )
    parser.add_argument(
        "--mode",
        choices=["story", "random", "both"],
        default="both",
        help="story: sources share true figures (1 in 50 wrong); random: every figure differs",
    )
    args = parser.parse_args()
    modes = ["story", "random"] if args.mode == "both" else [args.mode]
    status = 0
    for mode in modes:
        print(f"== {mode} ==")
        status |= run_mode(args, mode)
    return status


def run_mode(args: argparse.Namespace, mode: str) -> int:
    """Time one corpus: in process, then the whole command with a cold and a warm claims cache."""
    root = (args.keep / mode) if args.keep else Path(tempfile.mkdtemp(prefix="reconcile-bench-"))
    try:
        if (root / "sources").exists():
            draft, src = root / "draft.md", root / "sources"
        else:
            draft, src = generate(root, args.sources, args.words, mode=mode)
        exe = shutil.which("reconcile")
        base = [exe] if exe else [sys.executable, "-m", "reconcile"]
        command = [
            *base,
            "check",
            str(draft),
            "--against",
            str(src),
            "--fail-on",
            "never",
            "--format",
            "json",
        ]
        if (args.edit_ab or args.phases) and args.edits_only:
            env = {**os.environ, "RECONCILE_CACHE_DIR": str(root / "cache")}
            ways = [w.strip() for w in args.ways.split(",") if w.strip()]
            if args.edit_ab:
                edit_ab(draft, command, env, args.edit_ab, args.baseline, ways)
            if args.phases:
                warm_phases(command[len(base) :], draft, env, args.phases)
            return 0

        # in process: reading + pipeline + filtering, without interpreter start-up
        from reconcile.check import check_drafts
        from reconcile.io import read_sets

        t0 = time.perf_counter()
        (drafts, sources), problems = read_sets([[draft], [src]])
        t1 = time.perf_counter()
        report = check_drafts(
            [d for d, _ in drafts], [d for d, _ in sources], raw={d.id: r.text for d, r in drafts}
        )
        t2 = time.perf_counter()
        print(
            f"draft: {len(drafts[0][0].text.split())} words; sources: {len(sources)} "
            f"articles; problems: {len(problems)}"
        )
        print(
            f"in process: read {t1 - t0:.3f} s, check {t2 - t1:.3f} s; "
            f"{len(report.findings)} findings on the draft, {len(report.claims)} claims kept"
        )
        if mode == "story":
            print(score_story(drafts[0][0].text, report, drafts[0][0].id))

        times = []
        env = {**os.environ, "RECONCILE_CACHE_DIR": str(root / "cache")}
        shutil.rmtree(root / "cache", ignore_errors=True)
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            proc = subprocess.run(command, capture_output=True, text=True, env=env)
            times.append(time.perf_counter() - t0)
            if proc.returncode not in (0, 1):
                print(f"reconcile check exited {proc.returncode}: {proc.stderr.strip()}")
                return 1
        start = time.perf_counter()
        subprocess.run([*base, "--version"], capture_output=True)
        startup = time.perf_counter() - start
        warm = times[1:] or times
        print(
            f"reconcile check (whole command): cold cache {times[0]:.3f} s; warm cache best "
            f"{min(warm):.3f} s, mean {sum(warm) / len(warm):.3f} s over {len(warm)} runs "
            f"(start-up alone {startup:.3f} s; target < 1 s)"
        )
        # another setting: the stored check misses; the sources' claims, read and the parse's
        # readings still hit, so the draft is grouped and compared afresh against them
        missed = []
        for n in range(max(1, args.repeat - 1)):
            t0 = time.perf_counter()
            other = [*command, "--tolerance", f"0.0000{n + 1}"]
            subprocess.run(other, capture_output=True, env=env)
            missed.append(time.perf_counter() - t0)
        print(
            f"warm cache, another setting each run (the stored check misses): best "
            f"{min(missed):.3f} s, mean {sum(missed) / len(missed):.3f} s over {len(missed)} runs"
        )
        edited = time_edits(draft, command, env, max(1, args.repeat - 1))
        print(
            f"warm cache, one word of the draft edited before each run: best {min(edited):.3f} s, "
            f"mean {sum(edited) / len(edited):.3f} s over {len(edited)} runs (target < 1 s)"
        )
        text_out = subprocess.run(
            [*base, "check", str(draft), "--against", str(src), "--fail-on", "never"],
            capture_output=True,
            text=True,
            env=env,
        ).stdout
        listed = [line for line in text_out.splitlines() if re.search(r":\d+:\d+: ", line)]
        lines = len(text_out.splitlines())
        print(f"default text output: {len(listed)} findings listed, {lines} lines")
        t0 = time.perf_counter()
        relative = subprocess.run(
            [
                *base,
                "check",
                draft.name,
                "--against",
                src.name,
                "--fail-on",
                "never",
                "--format",
                "json",
            ],
            capture_output=True,
            env=env,
            cwd=root,
        )
        print(
            f"warm cache, the same draft and sources given by relative paths: "
            f"{time.perf_counter() - t0:.3f} s (exit {relative.returncode})"
        )
        if args.edit_ab:
            ways = [w.strip() for w in args.ways.split(",") if w.strip()]
            edit_ab(draft, command, env, args.edit_ab, args.baseline, ways)
        if args.profile:
            profile_warm_check(command[len(base) :], env, args.profile)
            original = draft.read_text("utf-8")
            try:
                print("after a one-word edit of a sentence with a figure:")
                edit_figure_sentence(draft, 0)
                profile_warm_check(command[len(base) :], env, args.profile)
            finally:
                draft.write_text(original, "utf-8")
        if args.phases:  # last: it keeps the cache's entries and parses in this process
            warm_phases(command[len(base) :], draft, env, args.phases)
        if args.report:
            out = root / "report.json"
            report = [*base, "report", str(src), "--format", "json", "--output", str(out)]
            seconds, peak, code = measured(report, env)
            size = sum(p.stat().st_size for p in src.iterdir())
            data = json.loads(out.read_text("utf-8")) if out.exists() else {}
            kinds = {k: len(data.get(k, [])) for k in ("findings", "groups")}
            print(
                f"reconcile report over the {args.sources} sources (warm cache): {seconds:.1f} s, "
                f"peak memory {peak:.0f} MiB, exit {code}; {kinds['findings']} findings for "
                f"{kinds['groups']} groups; JSON {out.stat().st_size / 1e6:.1f} MB, "
                f"{out.stat().st_size / max(size, 1):.1f} times the sources' {size / 1e6:.2f} MB"
            )
            text = subprocess.run(
                [*base, "report", str(src)], capture_output=True, text=True, env=env
            ).stdout
            print(f"text report: {len(text.splitlines())} lines")
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)
    return 0


WORDS = ["closely", "carefully", "keenly", "nervously"]


def edit_draft(draft: Path, n: int) -> None:
    """Change one word of the draft (a filler sentence's adverb when there is one, else the
    last word of the title), as a writer's small edit does."""
    text = draft.read_text("utf-8")
    for word in WORDS:
        if f" {word} " in text or f" {word}." in text:
            new = WORDS[(WORDS.index(word) + 1 + n) % len(WORDS)]
            if new == word:
                new = WORDS[(WORDS.index(word) + 1) % len(WORDS)]
            draft.write_text(text.replace(f" {word}", f" {new}", 1), "utf-8")
            return
    title, rest = text.split("\n", 1)
    draft.write_text(f"{title} {n}\n{rest}", "utf-8")


def edit_figure_sentence(draft: Path, n: int) -> None:
    """Put a word never seen before into the first sentence with a figure ("rose" becomes
    "rose quietlyX", X letters for ``n`` and the time), so that sentence must be read afresh
    and nothing stored for an earlier edit (its claims, their grouping) fits."""
    text = draft.read_text("utf-8")
    verb = "rose" if " rose " in text else "climbed"
    draft.write_text(text.replace(f" {verb} ", f" {verb} quietly{fresh(n)} ", 1), "utf-8")


def fresh(n: int) -> str:
    """Letters that differ for each ``n`` and each run of the benchmark."""
    digits = f"{n}{time.time_ns() % 10**9}"
    return "".join("abcdefghij"[int(d)] for d in digits)


def time_edits(draft: Path, command: list[str], env: dict[str, str], runs: int) -> list[float]:
    """Warm checks, each after a one-word edit of the draft (alternately in a sentence without
    and with a figure); the draft is restored after."""
    original = draft.read_text("utf-8")
    times = []
    try:
        for n in range(runs * 2):
            (edit_draft if n % 2 == 0 else edit_figure_sentence)(draft, n)
            t0 = time.perf_counter()
            subprocess.run(command, capture_output=True, env=env)
            times.append(time.perf_counter() - t0)
            kind = "no figure" if n % 2 == 0 else "a figure"
            print(f"  edit in a sentence with {kind}: {times[-1]:.3f} s")
    finally:
        draft.write_text(original, "utf-8")
    return times


def edit_ab(
    draft: Path,
    command: list[str],
    env: dict[str, str],
    rounds: int,
    baseline: Path | None = None,
    chosen: list[str] | None = None,
) -> None:
    """Warm checks after a one-word edit, in turn with the draft extracted ahead in a child
    process, in this process, and by the warm process of ``--keep-warm`` (started by untimed
    checks first, ended after); each round edits a sentence without a figure (a new word each
    time: the draft's claims stay as they were) and then one with a figure (a word never seen
    before: that sentence's claims change). With ``baseline`` (a folder holding other code's
    ``reconcile`` package), each check is run with that code too, beside this code's on the
    same edit (this code first in even rounds, the baseline first in odd ones), each code with
    its own copy of the cache; the two codes' findings are compared. The draft is restored
    after."""
    from reconcile import warm

    original = draft.read_text("utf-8")
    ways = {
        "child": ({"RECONCILE_WORKERS": "2"}, []),
        "here": ({"RECONCILE_WORKERS": "1"}, []),
        "warm": ({}, ["--keep-warm", "300"]),
    }
    ways = {w: v for w, v in ways.items() if chosen is None or w in chosen}
    codes: dict[str, dict[str, str]] = {"this code": {}}
    root = Path(env["RECONCILE_CACHE_DIR"])
    if baseline is not None:
        path = os.environ.get("PYTHONPATH", "")
        # each code its own copy of the cache: two codes of one fingerprint (the same code, as
        # a check of the benchmark itself) write the same keys, so with one cache the code run
        # second on an edit read the check the first had just stored (0.13 s against 1.2 s)
        other = root.with_name(root.name + "-baseline")
        shutil.rmtree(other, ignore_errors=True)
        root.mkdir(mode=0o700, parents=True, exist_ok=True)  # (none yet: the checks below fill it)
        shutil.copytree(root, other, symlinks=True, ignore=shutil.ignore_patterns("*.sock"))
        codes["baseline"] = {
            "PYTHONPATH": f"{baseline.resolve()}{os.pathsep}{path}".rstrip(":"),
            "RECONCILE_CACHE_DIR": str(other),
        }
    kinds = ("no figure", "a figure")
    slots = [(c, w, k) for c in codes for w in ways for k in kinds]
    times: dict[tuple[str, str, str], list[float]] = {s: [] for s in slots}
    cpu: dict[tuple[str, str, str], list[float]] = {s: [] for s in slots}
    differ = 0
    servers: dict[str, int | None] = {}
    try:
        for code, code_env in codes.items():
            if "warm" in ways:
                run_env = {**env, **code_env}
                subprocess.run([*command, "--keep-warm", "300"], capture_output=True, env=run_env)
                # a check handed to the warm process: its first reads the sources' claims
                subprocess.run([*command, "--keep-warm", "300"], capture_output=True, env=run_env)
                servers[code] = _server_pid(Path(run_env["RECONCILE_CACHE_DIR"]), code_env)
        for n in range(rounds):
            for kind in kinds:
                for way, (extra_env, extra_args) in ways.items():
                    if kind == "a figure":
                        draft.write_text(original, "utf-8")
                        edit_figure_sentence(draft, n)
                    else:
                        word = next((w for w in WORDS if f" {w}" in original), None)
                        tag = f"{way}{fresh(n)}"
                        draft.write_text(
                            original.replace(f" {word}", f" {word}{tag}", 1)
                            if word
                            else original.replace("\n", f" {tag}\n", 1),  # the title's end
                            "utf-8",
                        )
                    outputs = []
                    # the codes in turn, the other first every other round (the check run
                    # first on an edit was the slower one in runs at high load)
                    order = list(codes.items())
                    for code, code_env in order if n % 2 == 0 else order[::-1]:
                        server = servers.get(code) if way == "warm" else None
                        before = _cpu_seconds(server)
                        seconds, used, out = _timed(
                            [*command, *extra_args], {**env, **code_env, **extra_env}
                        )
                        times[(code, way, kind)].append(seconds)
                        cpu[(code, way, kind)].append(used + _cpu_seconds(server) - before)
                        outputs.append(_findings(out))
                    differ += any(o != outputs[0] for o in outputs)
    finally:
        draft.write_text(original, "utf-8")
        warm.stop(root)
        if "baseline" in codes:
            subprocess.run(
                [*command, "--keep-warm=0"], capture_output=True, env={**env, **codes["baseline"]}
            )
    print(
        f"after an edit, {rounds} interleaved rounds (load {os.getloadavg()[0]:.1f} after); "
        "seconds, and in brackets CPU seconds of the check, its children and the warm process:"
    )
    labels = {
        "child": "draft extracted in a child (default)",
        "here": "in this process (RECONCILE_WORKERS=1)",
        "warm": "by the warm process (--keep-warm)",
    }
    for code in codes:
        for way in ways:
            for kind in kinds:
                got, used = times[(code, way, kind)], cpu[(code, way, kind)]
                print(
                    f"  {code if len(codes) > 1 else ''}{': ' if len(codes) > 1 else ''}"
                    f"{labels[way]}, a sentence with {kind} edited: "
                    f"{', '.join(f'{t:.2f}' for t in got)} s (mean {sum(got) / len(got):.2f}) "
                    f"[CPU {', '.join(f'{t:.2f}' for t in used)}; mean {sum(used) / len(used):.2f}]"
                )
    if len(codes) > 1:
        pairs = len(slots) // 2 * rounds
        print(f"  checks whose findings differ between the two codes: {differ} of {pairs}")


def _findings(out: bytes) -> object:
    """The findings of a check's JSON output, without their ids (None when unreadable)."""
    try:
        report = json.loads(out)
    except ValueError:
        return None
    return [{k: v for k, v in f.items() if k != "id"} for f in report.get("findings", [])]


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float, bytes]:
    """Seconds and CPU seconds (user and system, the command and the children it waited for)
    of one command, and its standard output (read into a file, so the reading costs the
    command nothing)."""
    with tempfile.TemporaryFile() as out:
        t0 = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.DEVNULL)
        _, _, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - t0
        out.seek(0)
        return seconds, usage.ru_utime + usage.ru_stime, out.read()


def _server_pid(root: Path, code_env: dict[str, str] | None = None) -> int | None:
    """The process id of the warm process listening in the cache folder ``root`` (of the code
    that ``code_env``'s PYTHONPATH puts first, else of this code): the process holding its
    socket (``/proc/net/unix`` names the socket's inode, ``/proc/PID/fd`` who holds it; a peer's
    credentials would name the check that started it), or None."""
    from reconcile import warm

    path: object = warm.socket_path(root)
    if code_env:
        path = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from reconcile.handover import "
                "socket_path; print(socket_path(Path(sys.argv[1])))",
                str(root),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, **code_env},
            cwd=root,  # (``-c`` puts the current folder first on the path)
        ).stdout.strip()
    try:
        listing = Path("/proc/net/unix").read_text().splitlines()[1:]
    except OSError:
        return None
    inodes = {f"socket:[{row.split()[6]}]" for row in listing if row.endswith(f" {path}")}
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit() or int(proc.name) == os.getpid():
            continue
        try:
            if any(os.readlink(fd) in inodes for fd in (proc / "fd").iterdir()):
                return int(proc.name)
        except OSError:
            continue
    return None


def _cpu_seconds(pid: int | None) -> float:
    """CPU seconds (user and system) a running process and the children it waited for (a
    draft extracted in a forked child) have used so far; 0 when unknown."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def measured(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Seconds, peak resident memory (MiB, the process itself; a pool's workers are separate
    processes) and exit status of one command."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - t0, usage.ru_maxrss / 1024, proc.returncode


# the phases of a check timed by ``warm_phases``: (module, function, label)
PHASES = [
    ("reconcile.cli", "_read_for_check", "reading the draft and the sources' entries"),
    ("reconcile.pipeline", "_claims_of_all", "claims: the draft extracted, the sources' kept"),
    ("reconcile.pipeline", "_group", "grouping (group_claims over every relevant claim)"),
    ("reconcile.pipeline", "compare_groups", "comparison (the draft's pairs)"),
    ("reconcile.check", "weigh_support", "check: weigh_support"),
    ("reconcile.check", "self_contradictions", "check: self_contradictions"),
    ("reconcile.check", "keep_draft_findings", "check: keep_draft_findings"),
    ("reconcile.check", "to_raw", "check: to_raw, suppress, locate_findings"),
    ("reconcile.check", "suppress", ""),
    ("reconcile.check", "locate_findings", ""),
    ("reconcile.cli", "render_check", "rendering the JSON"),
]


def warm_phases(argv: list[str], draft: Path, env: dict[str, str], rounds: int) -> None:
    """CPU seconds of each phase of a check after a one-word edit of a sentence with a figure,
    run in this process as the warm process of ``--keep-warm`` runs it (``reconcile.warm``:
    the cache's entries and the parses kept in memory, the collector frozen between checks).
    Three untimed checks first (the draft as it is, an edit without a figure, an edit with
    one, as the warm process's rehearsal groups afresh) fill what is kept; then ``rounds``
    checks, each after a fresh word in the first sentence with a figure. Prints the mean of
    each phase and of the whole check (the phases are wrappers around the functions of
    ``PHASES``, removed after)."""
    import contextlib
    import gc
    import importlib
    import io

    from reconcile import warm
    from reconcile.cache import keep_in_memory
    from reconcile.claims.parse import keep_parses
    from reconcile.cli import main as cli_main

    spent: dict[str, float] = {}
    saved: list[tuple[object, str, object]] = []

    def timed(label: str, fn: Callable[..., object]) -> Callable[..., object]:
        def run(*a: object, **k: object) -> object:
            t0 = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t0

        return run

    def check() -> float:
        t0 = time.process_time()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
            cli_main(argv)
        return time.process_time() - t0

    previous = os.environ.get("RECONCILE_CACHE_DIR")
    os.environ["RECONCILE_CACHE_DIR"] = env["RECONCILE_CACHE_DIR"]
    original = draft.read_text("utf-8")
    was_serving = warm._serving
    try:
        warm._serving = True  # the check extracts the draft itself, as the warm process does
        keep_in_memory()
        keep_parses()
        check()
        edit_draft(draft, 0)
        check()
        # as the warm process's rehearsal leaves it (``reconcile.warm.rehearse``: the check
        # grouped and compared afresh once, so that what grouping keeps from one run to the
        # next holds the sources' claims)
        draft.write_text(original, "utf-8")
        edit_figure_sentence(draft, rounds + 1)
        check()
        for module, name, label in PHASES:
            mod = importlib.import_module(module)
            fn = getattr(mod, name)
            saved.append((mod, name, fn))
            setattr(mod, name, timed(label or PHASES[7][2], fn))
        totals = []
        for n in range(rounds):
            draft.write_text(original, "utf-8")
            edit_figure_sentence(draft, n)
            warm.tidy(full=False)
            totals.append(check())
    finally:
        for mod, name, fn in saved:
            setattr(mod, name, fn)
        warm._serving = was_serving
        gc.unfreeze()
        draft.write_text(original, "utf-8")
        if previous is None:
            os.environ.pop("RECONCILE_CACHE_DIR", None)
        else:
            os.environ["RECONCILE_CACHE_DIR"] = previous
    print(
        f"a check after a one-word edit of a sentence with a figure, as the warm process runs "
        f"it (CPU seconds, mean of {rounds}; each: {', '.join(f'{t:.2f}' for t in totals)}):"
    )
    print(f"  {'the whole check':<58} {sum(totals) / len(totals):6.3f}")
    for label, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {label:<58} {seconds / rounds:6.3f}")


def profile_warm_check(argv: list[str], env: dict[str, str], top: int) -> None:
    """One warm ``reconcile check`` in this process under cProfile (the cache is warm after the
    timed runs); prints the costliest functions by cumulative time."""
    import cProfile
    import io
    import pstats

    from reconcile.cli import main as cli_main

    previous = os.environ.get("RECONCILE_CACHE_DIR")
    os.environ["RECONCILE_CACHE_DIR"] = env["RECONCILE_CACHE_DIR"]
    profiler = cProfile.Profile()
    out = io.StringIO()
    try:
        with open(os.devnull, "w") as sink:
            stdout, sys.stdout = sys.stdout, sink
            t0 = time.perf_counter()
            try:
                profiler.runcall(cli_main, argv)
            except SystemExit:
                pass
            finally:
                sys.stdout = stdout
        seconds = time.perf_counter() - t0
    finally:
        if previous is None:
            os.environ.pop("RECONCILE_CACHE_DIR", None)
        else:
            os.environ["RECONCILE_CACHE_DIR"] = previous
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    print(f"profiled warm check in process: {seconds:.3f} s (with cProfile's overhead)")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


if __name__ == "__main__":
    raise SystemExit(main())
