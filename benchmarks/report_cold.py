"""Time ``reconcile report`` over a folder of sources with a cold cache, then with the cache that
run filled (issue 13: "report on 1,000 random sources under 20 s").

    python benchmarks/check.py --keep DIR --mode random          # makes DIR/random/sources
    python benchmarks/report_cold.py DIR/random/sources [--rounds 2] [--baseline CODE]

Each round runs the report twice in a fresh cache folder, cold (every source extracted, every
sentence parsed) and warm (the claims and the stored parses read back), and prints for each run
the wall seconds, the CPU seconds of the process and of the pool's workers it waited for (user
and system), the peak memory of the largest process and the load average before and after.
``--baseline CODE`` (a checkout or ``git archive`` holding the ``reconcile`` package) also runs
each of those reports with that code, interleaved with this code's (baseline cold, this cold,
baseline warm, this warm), and says whether the two JSON reports are byte-identical.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]


def load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def run_report(code: Path, sources: Path, cache: Path, out: Path) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (the report and the pool's workers it waited for) and peak MiB
    (the largest of those processes). Run from the cache folder, so that ``code`` (first on
    ``PYTHONPATH``) is the package imported, not one in the current folder."""
    env = {**os.environ, "RECONCILE_CACHE_DIR": str(cache), "PYTHONPATH": str(code)}
    command = [sys.executable, "-m", "reconcile", "report", str(sources.resolve())]
    cache.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [*command, "--format", "json", "--output", str(out)],
        env=env,
        cwd=cache,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = 0  # reaped by wait4
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--baseline", type=Path, help="other code to run interleaved with this")
    args = parser.parse_args(argv)
    codes = [("this", HERE)]
    if args.baseline:
        codes.insert(0, ("baseline", args.baseline.resolve()))
    with tempfile.TemporaryDirectory(prefix="reconcile-report-bench-") as tmp:
        for r in range(args.rounds):
            caches = {name: Path(tmp) / f"cache-{name}-{r}" for name, _ in codes}
            outs: dict[str, list[Path]] = {}
            for state in ("cold", "warm"):
                for name, code in codes:
                    out = Path(tmp) / f"{name}-{state}-{r}.json"
                    outs.setdefault(state, []).append(out)
                    start = load()
                    wall, cpu, peak = run_report(code, args.sources, caches[name], out)
                    if not out.is_file():  # the report failed (no venv, a bad folder, ...)
                        print(
                            f"report_cold: the {name} code's report of {args.sources} wrote no "
                            f"JSON; run `python -m reconcile report {args.sources}` to see why",
                            file=sys.stderr,
                        )
                        return 2
                    print(
                        f"round {r + 1} {name:>8} {state}: {wall:6.1f} s wall, {cpu:6.1f} s CPU, "
                        f"peak {peak:.0f} MiB (load {start} -> {load()})",
                        flush=True,
                    )
                if len(outs[state]) == 2:
                    same = filecmp.cmp(*outs[state], shallow=False)
                    print(f"round {r + 1} {state}: JSON {'identical' if same else 'DIFFERENT'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
