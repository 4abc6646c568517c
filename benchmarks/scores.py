"""Every scoring set in one run, and the change from a saved run.

    python -m benchmarks.scores                     # fixtures, realnews, blind-*, holdout*
    python -m benchmarks.scores --save now.json     # keep the totals
    python -m benchmarks.scores --against now.json  # each set's change from a saved run
    python -m benchmarks.scores fixtures evaluation/blind-2026-12-05e --jobs 1

Each set is scored as ``reconcile evaluate <set>`` scores it (:func:`reconcile.evaluate.evaluate`),
``--jobs`` sets at a time in child processes. One line per set: conflict facts found of all,
false alarms, conflict precision and recall, grouping precision and recall; then the sum over
the sets (precision and recall recomputed from the summed counts). With ``--against``, each
line also gives the change in facts found and false alarms, and a set whose counts moved is
marked. The figures the README's score tables and the closing notes quote come from here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from reconcile.evaluate import TotalScore, evaluate, precision, recall

ROOT = Path(__file__).resolve().parent.parent


def default_sets(root: Path = ROOT) -> list[Path]:
    """The fixtures, the real coverage, every blind set and every holdout, in that order."""
    ev = root / "evaluation"
    found = [root / "fixtures", ev / "realnews"]
    found += sorted(ev.glob("blind-*")) + sorted(ev.glob("holdout*"))
    return [p for p in found if p.is_dir()]


def score_set(folder: str) -> dict[str, float | int]:
    """The totals of one set, as plain numbers."""
    t = evaluate(folder).total
    return _numbers(t)


def _numbers(t: TotalScore) -> dict[str, float | int]:
    return {
        "events": t.events,
        "found": t.conflicts.facts_found,
        "facts": t.conflicts.facts_total,
        "true": t.conflicts.true_findings,
        "alarms": t.conflicts.alarm_findings,
        "false_alarms": t.false_alarms,
        "right_pairs": t.grouping.right_pairs,
        "predicted_pairs": t.grouping.predicted_pairs,
        "expected_pairs": t.grouping.expected_pairs,
    }


def _line(name: str, s: dict[str, float | int], old: dict[str, float | int] | None) -> str:
    cp = precision(int(s["true"]), int(s["alarms"]))
    cr = recall(int(s["found"]), int(s["facts"]))
    gp = precision(int(s["right_pairs"]), int(s["predicted_pairs"]))
    gr = recall(int(s["right_pairs"]), int(s["expected_pairs"]))
    text = (
        f"{name:<24} {s['found']:>4} of {s['facts']:<4} {s['false_alarms']:>4} FA   "
        f"conflicts {cp:.2f} / {cr:.2f}   grouping {gp:.2f} / {gr:.2f}"
    )
    if old is not None:
        d_found = int(s["found"]) - int(old["found"])
        d_fa = int(s["false_alarms"]) - int(old["false_alarms"])
        moved = any(s[k] != old.get(k) for k in s)
        text += f"   {d_found:+d} found {d_fa:+d} FA{'  *' if moved else ''}"
    return text


def _summed(rows: Sequence[dict[str, float | int]]) -> dict[str, float | int]:
    keys = rows[0].keys() if rows else []
    return {k: sum(r[k] for r in rows) for k in keys}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scores", description=__doc__)
    parser.add_argument("sets", nargs="*", help="set folders (default: every scoring set)")
    parser.add_argument("--jobs", type=int, default=2, help="sets scored at a time (default 2)")
    parser.add_argument("--save", metavar="FILE", help="write the totals as JSON")
    parser.add_argument("--against", metavar="FILE", help="a saved run to compare with")
    args = parser.parse_args(argv)
    sets = [Path(s) for s in args.sets] or default_sets()
    missing = [str(s) for s in sets if not s.is_dir()]
    if missing:
        print(f"not a folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    old: dict[str, dict[str, float | int]] = {}
    if args.against:
        try:
            old = json.loads(Path(args.against).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"cannot read {args.against}: {exc}", file=sys.stderr)
            return 2
    names = [s.name for s in sets]
    if args.jobs > 1 and len(sets) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            rows = list(pool.map(score_set, [str(s) for s in sets]))
    else:
        rows = [score_set(str(s)) for s in sets]
    results = dict(zip(names, rows, strict=True))
    for name, row in results.items():
        print(_line(name, row, old.get(name) if old else None))
    total = _summed(rows)
    before = _summed([old[n] for n in names if n in old]) if old else None
    print(_line(f"sum ({len(rows)} sets)", total, before if old else None))
    if args.save:
        Path(args.save).write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
