"""Size of the JSON report over 1,000 generated sources, against the size of the sources.

    python benchmarks/json_size.py [--keep DIR] [--sources 1000] [--mode story|random|both]

Per corpus (the generator of benchmarks/check.py: "story", sources that share true figures;
"random", every figure drawn afresh), runs ``reconcile report SOURCES --format json`` as a user
would (with the claims cache of ``RECONCILE_CACHE_DIR``), then prints the report's size and its
ratio to the sources' size (issue 13's target: under 10), the share of each top-level list, and
the size the same report takes with each claim's mention written whole (the writer before the
lean mention), after checking that the report reads back unchanged. Asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check import generate

from reconcile.claims.models import Report
from reconcile.render.json import render_json


def whole_mentions(report: Report) -> str:
    """The report as the writer wrote it before the lean mention: every claim's mention whole."""
    rows = ",\n".join(c.model_dump_json(exclude_defaults=True) for c in report.claims)
    lean = render_json(report)
    head, _, rest = lean.partition('"claims": [\n')
    if not rest:  # no claims
        return lean
    _, _, tail = rest.partition("\n],\n")
    return f'{head}"claims": [\n{rows}\n],\n{tail}'


def measure(root: Path, sources: int, mode: str) -> None:
    src = root / "sources"
    if not src.exists():
        generate(root, sources, 2000, mode=mode)
    size = sum(p.stat().st_size for p in src.iterdir())
    out = root / "report.json"
    exe = shutil.which("reconcile")
    base = [exe] if exe else [sys.executable, "-m", "reconcile"]
    t0 = time.perf_counter()
    proc = subprocess.run(
        [*base, "report", str(src), "--format", "json", "--output", str(out)],
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - t0
    if proc.returncode not in (0, 1) or not out.exists():
        print(f"{mode}: reconcile report exited {proc.returncode}: {proc.stderr.strip()}")
        return
    written = out.read_text("utf-8")
    t0 = time.perf_counter()
    report = Report.model_validate_json(written)
    read = time.perf_counter() - t0
    same = render_json(report) == written
    whole = whole_mentions(report)
    same = same and Report.model_validate_json(whole) == report
    n = len(written.encode("utf-8"))
    w = len(whole.encode("utf-8"))
    data = json.loads(written)
    parts = {
        k: len(json.dumps(v, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        for k, v in data.items()
        if isinstance(v, list)
    }
    empty = sum(1 for c in data["claims"] if not c["mention"])
    print(
        f"{mode}: sources {size / 1e6:.2f} MB ({len(data['documents'])} files); report "
        f"{seconds:.1f} s; JSON {n / 1e6:.1f} MB, {n / size:.1f} times the sources "
        f"(mentions whole: {w / 1e6:.1f} MB, {w / size:.1f} times); read back in {read:.2f} s, "
        f"{'unchanged' if same else 'CHANGED'}"
    )
    print(
        "  "
        + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in parts.items())
        + f"; {len(data['claims'])} claims, {empty} whose mention is all the claim's"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--keep", type=Path, default=None, help="generate into this folder")
    parser.add_argument("--mode", choices=["story", "random", "both"], default="both")
    args = parser.parse_args()
    for mode in ["story", "random"] if args.mode == "both" else [args.mode]:
        if args.keep:
            measure(args.keep / mode, args.sources, mode)
            continue
        root = Path(tempfile.mkdtemp(prefix="reconcile-json-"))
        try:
            measure(root, args.sources, mode)
        finally:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
