"""Extraction benchmark: reconcile beside peer extractors on the peer suites in ../shared/peers.

    python benchmarks/extraction.py            # all suites, all importable peers
    python benchmarks/extraction.py --only reconcile
    python benchmarks/extraction.py --gold evaluation/realnews [--list]   # gold figures missed

Suites are JSONL files (see shared/peers/README.md): ``{"suite", "id", "text", "expected":
[{"value", "unit", "span", "surface"}]}``. Pass rule (the README's): a case passes when every
expected quantity is extracted with its value (1e-6 relative) and unit; extra extractions do not
fail a case. An expected quantity with value ``null`` (a unit word alone: "the % of increase")
can only be matched by an extractor that reports value-less mentions; reconcile never does (a
claim needs a number), so the ``numeric`` column repeats the pass rate over cases whose expected
values are all numbers. ``clean`` counts negative cases (nothing expected) where the extractor
reported nothing of the suite's kind.

Throughput: timed runs (after one warm-up call) over every text of the suite, in MB/s of UTF-8
input, with the ratio to quantulum3; time is process CPU time, so other load on the machine
skews the ratios less than wall time would. One run of reconcile over the currency suite takes
about 20 ms, so a single run moved the ratio by 10% and more from one invocation to the next
on a loaded machine (17x to 22x for the same code): ``--repeat N`` (default 5) times N runs of
each extractor, taken in turn (each extractor's k-th run beside the others' k-th run, so that a
busy moment falls on all of them) and reports each one's median; accuracy is read from the
first run. ``--repeat 1`` is the single run of earlier sessions. Peers
(benchmarks/requirements.txt) that cannot be imported are reported as unavailable.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import re
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

PEERS_DIR = Path(__file__).resolve().parents[2] / "shared" / "peers"

Found = tuple[float | None, str]  # (value, unit)
Extractor = Callable[[str], list[Found]]


@dataclass
class Case:
    suite: str
    id: str
    text: str
    expected: list[Found]


def load_suites(directory: Path) -> dict[str, list[Case]]:
    suites: dict[str, list[Case]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            expected = [(e["value"], e["unit"]) for e in row["expected"]]
            suites.setdefault(row["suite"], []).append(
                Case(row["suite"], row["id"], row["text"], expected)
            )
    return suites


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


# One unit under two names: the dimension suite writes "ton" for a metric ton
# (shared/peers/README.md: "tonnes" and "tons" are labelled "ton", "metric tons" "metric
# ton"), so expected and extracted names are both read through this table.
SAME_UNIT = {"metric ton": "ton", "tonne": "ton", "metric_ton": "ton"}


def passes(case: Case, found: list[Found]) -> bool:
    pool = [(fv, SAME_UNIT.get(fu, fu)) for fv, fu in found]
    for value, written in case.expected:
        unit = SAME_UNIT.get(written, written)
        for i, (fv, fu) in enumerate(pool):
            if fu != unit:
                continue
            if (value is None and fv is None) or (
                value is not None and fv is not None and _close(value, fv)
            ):
                del pool[i]
                break
        else:
            return False
    return True


def _suite_kind(suite: str) -> str:
    return "percent" if "percent" in suite else "money"


# -- extractors ------------------------------------------------------------------------------


def reconcile_extractor() -> Extractor:
    from reconcile import extract_quantities

    def run(text: str) -> list[Found]:
        return [(m.value, m.unit) for m in extract_quantities(text)]

    return run


def quantulum_extractor() -> Extractor:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def run(text: str) -> list[Found]:
        out: list[Found] = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = parser.parse(text)
        for q in quantities:
            unit = q.unit
            code = getattr(unit, "currency_code", None)
            if code:
                name = str(code)
            elif unit.name in ("percentage", "percent"):
                name = "percent"
            else:
                name = unit.name
            out.append((float(q.value), name))
        return out

    return run


_RT_NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def recognizers_extractor() -> Extractor:
    from recognizers_number import recognize_percentage
    from recognizers_number_with_unit import recognize_currency
    from recognizers_text import Culture

    from reconcile.units import currency_for

    def run(text: str) -> list[Found]:
        out: list[Found] = []
        for r in recognize_currency(text, Culture.English):
            res = r.resolution or {}
            raw = res.get("value")
            value = float(raw) if raw not in (None, "") else None
            unit = res.get("isoCurrency")
            if not unit:  # "Dollar", "Cent", "Pence": resolve names as the suites do
                known = currency_for(str(res.get("unit") or ""))
                unit, factor = known if known else (str(res.get("unit") or ""), 1.0)
                value = value * factor if value is not None else None
            out.append((value, str(unit)))
        for r in recognize_percentage(text, Culture.English):
            raw = str((r.resolution or {}).get("value") or "")
            m = _RT_NUMBER.search(raw)
            out.append((float(m.group(0)) if m else None, "percent"))
        return out

    return run


PEERS: dict[str, Callable[[], Extractor]] = {
    "reconcile": reconcile_extractor,
    "quantulum3": quantulum_extractor,
    "recognizers-text": recognizers_extractor,
}


@dataclass
class Result:
    passed: int
    total: int
    numeric_passed: int
    numeric_total: int
    clean: int
    negatives: int
    seconds: float
    nbytes: int
    failures: list[str]

    @property
    def rate(self) -> float:
        return 100.0 * self.passed / self.total if self.total else 0.0

    @property
    def numeric_rate(self) -> float:
        return 100.0 * self.numeric_passed / self.numeric_total if self.numeric_total else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.nbytes / 1e6 / self.seconds if self.seconds > 0 else float("inf")


def warm_up(extract: Extractor) -> None:
    """One call before any timed run: lazy loading (vocabulary, pint's registry)."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(Exception):
        extract("Warm-up: shares rose 2.4% to HK$140.60, or $ 18 million, 5 km away.")


def timed_run(extract: Extractor, cases: list[Case]) -> tuple[float, list[list[Found]]]:
    """Process CPU seconds of one run over every case, and what was extracted from each."""
    outputs: list[list[Found]] = []
    sink = io.StringIO()
    start = time.process_time()
    with contextlib.redirect_stdout(sink):
        for case in cases:
            try:
                outputs.append(extract(case.text))
            except Exception:  # a peer crashing on a case fails that case
                outputs.append([])
    return time.process_time() - start, outputs


def evaluate(extract: Extractor, cases: list[Case], seconds: float | None = None) -> Result:
    """Accuracy of one run over ``cases``; its time, or ``seconds`` when given (the median of
    several runs: see ``run_suite``)."""
    kind = _suite_kind(cases[0].suite) if cases else "money"
    warm_up(extract)
    took, outputs = timed_run(extract, cases)
    seconds = took if seconds is None else seconds
    passed = numeric_passed = numeric_total = clean = negatives = 0
    failures: list[str] = []
    for case, found in zip(cases, outputs, strict=True):
        ok = passes(case, found)
        passed += ok
        if all(v is not None for v, _ in case.expected):
            numeric_total += 1
            numeric_passed += ok
        if not case.expected:
            negatives += 1
            unit_kind = [
                u
                for _, u in found
                if (u == "percent" if kind == "percent" else (len(u) == 3 and u.isupper()))
            ]
            clean += not unit_kind
        if not ok:
            failures.append(f"{case.id}: expected {case.expected} got {found}")
    nbytes = sum(len(c.text.encode("utf-8")) for c in cases)
    return Result(
        passed,
        len(cases),
        numeric_passed,
        numeric_total,
        clean,
        negatives,
        seconds,
        nbytes,
        failures,
    )


def run_suite(
    extractors: dict[str, Extractor], cases: list[Case], repeat: int
) -> dict[str, Result]:
    """Each extractor's result on ``cases``: accuracy from its first run, time the median of
    ``repeat`` runs taken in turn with the other extractors' (round k of every extractor before
    round k + 1 of any), so that a busy moment of the machine weighs on all of them alike."""
    for fn in extractors.values():
        warm_up(fn)
    runs: dict[str, list[float]] = {name: [] for name in extractors}
    first: dict[str, Result] = {}
    for k in range(max(1, repeat)):
        for name, fn in extractors.items():
            if k == 0:
                first[name] = evaluate(fn, cases)
                runs[name].append(first[name].seconds)
            else:
                runs[name].append(timed_run(fn, cases)[0])
    return {
        name: replace(first[name], seconds=statistics.median(runs[name])) for name in extractors
    }


def gold_coverage(folders: list[Path], listing: bool) -> int:
    """Per folder of events (``fixtures``, ``evaluation/<set>``): how many gold figures no
    mention of :func:`reconcile.extract_quantities` overlaps, which is what ``reconcile
    evaluate`` lists as missed claims (every mention becomes a claim), in a fraction of its
    time. ``listing`` prints each one: event, claim id and the quote with 60 characters of
    context either side (development texts only: never paste them into tests)."""
    from reconcile.evaluate import find_events
    from reconcile.gold import load_event
    from reconcile.quantities import extract_quantities

    total = missed = 0
    for folder in folders:
        set_total = set_missed = 0
        for event_dir in find_events(folder):
            event = load_event(event_dir)
            texts = {d.id: d.text for d in event.documents}
            found = {d.id: [m.span for m in extract_quantities(d.text)] for d in event.documents}
            for gid, span in event.spans.items():
                set_total += 1
                if any(a < span.end and span.start < b for a, b in found[span.document]):
                    continue
                set_missed += 1
                if listing:
                    text = texts[span.document]
                    around = text[max(0, span.start - 60) : span.end + 60].replace("\n", " ")
                    quote = text[span.start : span.end]
                    print(f"   {event_dir.name} {gid} [{quote}] ... {around}")
        print(f"{folder!s:<32} {set_missed:>5} of {set_total:>5} gold figures not extracted")
        total += set_total
        missed += set_missed
    print(f"{'total':<32} {missed:>5} of {total:>5}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--peers-dir", type=Path, default=PEERS_DIR)
    ap.add_argument("--only", action="append", choices=sorted(PEERS), help="extractor(s) to run")
    ap.add_argument("--failures", action="store_true", help="list reconcile's failing cases")
    ap.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        metavar="FOLDER",
        help="instead: count the gold figures of these event folders that no mention overlaps",
    )
    ap.add_argument("--list", action="store_true", help="with --gold: print each one")
    ap.add_argument(
        "--repeat",
        type=int,
        default=5,
        metavar="N",
        help="timed runs of each extractor per suite, in turn; the median is reported",
    )
    args = ap.parse_args(argv)
    if args.gold:
        return gold_coverage(args.gold, args.list)
    if not args.peers_dir.is_dir():
        print(f"skip: no peer suites at {args.peers_dir} (they live outside the repository)")
        return 0
    suites = load_suites(args.peers_dir)
    if not suites:
        print(f"skip: no *.jsonl suites in {args.peers_dir}")
        return 0
    extractors: dict[str, Extractor] = {}
    for name, factory in PEERS.items():
        if args.only and name not in args.only:
            continue
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                extractors[name] = factory()
        except Exception as exc:  # ImportError and the peers' own import-time errors
            print(f"{name}: unavailable ({type(exc).__name__}: {exc})")
    header = (
        f"{'suite':<13} {'extractor':<17} {'pass':>7} {'numeric':>8} {'clean':>6} "
        f"{'texts/s':>9} {'MB/s':>8} {'x quantulum3':>13}"
    )
    print(header)
    print("-" * len(header))
    for suite, cases in suites.items():
        results = run_suite(extractors, cases, args.repeat)
        base = results.get("quantulum3")
        for name, r in results.items():
            ratio = f"{r.mb_per_s / base.mb_per_s:.1f}x" if base and base.mb_per_s else "n/a"
            print(
                f"{suite:<13} {name:<17} {r.rate:6.1f}% {r.numeric_rate:7.1f}% "
                f"{r.clean:>2}/{r.negatives:<3} {r.total / r.seconds:9.0f} "
                f"{r.mb_per_s:8.3f} {ratio:>13}"
            )
        if args.failures and "reconcile" in results:
            for line in results["reconcile"].failures:
                print("   FAIL", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
