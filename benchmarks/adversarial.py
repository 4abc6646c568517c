"""Hostile inputs at 10k, 100k and 1M characters: reading, extraction and the whole run.

    python benchmarks/adversarial.py                       # every input, 10k / 100k / 1M
    python benchmarks/adversarial.py --sizes 10000 100000 --timeout 20 --only md html

Each input is built to a target size and timed in a child process (CPU seconds of that
process, so a busy machine does not inflate it), once per size; a run over ``--timeout``
seconds of wall time is stopped and shown as ``>T``. For each input the script prints the
time at each size, the growth from 100k to 1M characters (linear is 10x) and a verdict
against the targets of issue 14: at most about 12x from 100k to 1M and under 10 s at 1M.
Extraction on dense figures is also shown as KB/s (target: 200 KB/s or more).

The vocabularies and the parser are loaded once in this process before the children are
forked (about 2 s that every child would otherwise pay, which hid the growth from 100k to 1M
characters); ``--cold`` measures each child with that load, as the script did before.

Stages: ``read`` is ``parse_document`` (Markdown or HTML to text, the sentence cap);
``extract`` is ``extract_quantities``; ``run`` is ``reconcile`` on one document with the
default settings (so the per-file time cap applies to extraction; the comparison of claims
is not capped). Asserts nothing; not run under pytest.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import time
from collections.abc import Callable

from reconcile.claims.extract import extract_quantities
from reconcile.config import Settings
from reconcile.documents import parse_document
from reconcile.pipeline import reconcile


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _table(size: int) -> str:
    row = "<tr><td>Item {0}</td><td>${0}.99</td><td>{0}%</td></tr>"
    rows, total, i = [], 30, 0
    while total < size:
        rows.append(row.format(i))
        total += len(rows[-1])
        i += 1
    return "<html><body><table>" + "".join(rows) + "</table></body></html>"


# name: (stage, suffix, build(size) -> text)
INPUTS: dict[str, tuple[str, str, Callable[[int], str]]] = {
    "md '**a ' runs": ("read", ".md", lambda n: _repeat("**a ", n)),
    "md '![' runs": ("read", ".md", lambda n: _repeat("![", n)),
    "md '[a](' runs": ("read", ".md", lambda n: _repeat("[a](", n)),
    "md heading + blanks": ("read", ".md", lambda n: "# a" + " " * (n - 4) + "b"),
    "html '<a' runs": ("read", ".html", lambda n: _repeat("<a", n)),
    "html unclosed quotes": ("read", ".html", lambda n: _repeat('<a b="', n)),
    "html nested <div>": ("read", ".html", lambda n: _repeat("<div>x", n)),
    "html '<![' after text": ("read", ".html", lambda n: "<p>x</p>" + _repeat("<![", n)),
    "html price table": ("read", ".html", _table),
    "html price table (run)": ("run", ".html", _table),
    "malformed '$1,2,3.4.5 billion '": ("run", ".txt", lambda n: _repeat("$1,2,3.4.5 billion ", n)),
    "one long sentence of figures": (
        "run",
        ".txt",
        lambda n: (
            "Acme Corp "
            + _repeat("the firm said sales rose 5% to $3 billion and costs fell 2 million, ", n)
        ),
    ),
    "'$1,' runs": ("run", ".txt", lambda n: _repeat("$1,", n)),
    "'1% ' runs": ("run", ".txt", lambda n: _repeat("1% ", n)),
    "'1 billion ' runs": ("run", ".txt", lambda n: _repeat("1 billion ", n)),
    "'1 million 2 million' runs": ("run", ".txt", lambda n: _repeat("1 million 2 million ", n)),
    "'1 ' runs": ("extract", ".txt", lambda n: _repeat("1 ", n)),
    "Arabic-Indic digits": ("extract", ".txt", lambda n: _repeat("\u0661\u0662\u0663 ", n)),
    "full-width digits": ("extract", ".txt", lambda n: _repeat("\uff11\uff12\uff13 ", n)),
    "dense figures (KB/s)": (
        "extract",
        ".txt",
        lambda n: _repeat("Sales rose 4.5% to $1.2 billion, up from 980 million. ", n),
    ),
}


def _measure(stage: str, suffix: str, text: str, out: mp.Queue) -> None:  # type: ignore[type-arg]
    start = time.process_time()
    if stage == "read":
        parse_document("x" + suffix, "x" + suffix, text, suffix)
    elif stage == "extract":
        extract_quantities(text)
    else:
        doc = parse_document("x" + suffix, "x" + suffix, text, suffix)
        reconcile([doc], Settings())
    out.put(time.process_time() - start)


def _warm() -> None:
    """Load what every run loads once (vocabularies, patterns, the parse) in this process."""
    for suffix, text in ((".md", "# A\n\nAcme sales rose 5%."), (".html", "<p>Acme: $3 m</p>")):
        doc = parse_document("w" + suffix, "w" + suffix, text, suffix)
        reconcile([doc], Settings())


def timed(stage: str, suffix: str, text: str, timeout: float) -> float | None:
    """CPU seconds of one measurement in a child process; None past ``timeout`` (wall)."""
    ctx = mp.get_context("fork")
    out = ctx.Queue()
    child = ctx.Process(target=_measure, args=(stage, suffix, text, out))
    child.start()
    child.join(timeout)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    return out.get() if not out.empty() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--timeout", type=float, default=60.0, help="wall seconds per run")
    parser.add_argument("--only", nargs="*", default=None, help="inputs whose name has a word")
    parser.add_argument("--cold", action="store_true", help="load the vocabularies in each child")
    args = parser.parse_args()
    if not args.cold:
        _warm()
    sizes = sorted(args.sizes)
    print(f"{'input':36} {'stage':8}" + "".join(f"{s:>10,}" for s in sizes) + "   growth  verdict")
    for name, (stage, suffix, build) in INPUTS.items():
        if args.only and not any(word in name for word in args.only):
            continue
        times: dict[int, float | None] = {}
        stopped = False
        for size in sizes:  # once a size runs out of time, larger ones are not tried
            times[size] = None if stopped else timed(stage, suffix, build(size), args.timeout)
            stopped = times[size] is None
        cells = "".join(
            f"{'>' + format(args.timeout, 'g'):>10}" if t is None else f"{t:>10.3f}"
            for t in times.values()
        )
        growth, verdict = "", ""
        if 100_000 in times and 1_000_000 in times:
            a, b = times[100_000], times[1_000_000]
            if a is not None and b is not None:
                ratio = b / max(a, 1e-4)
                growth = f"{ratio:.1f}x"
                verdict = "ok" if ratio <= 12 and b < 10 else "MISS"
            else:
                verdict = "MISS"
        print(f"{name:36} {stage:8}{cells}   {growth:>6}  {verdict}", flush=True)
        if name.startswith("dense") and times.get(sizes[-1]):
            speed = sizes[-1] / 1000 / times[sizes[-1]]  # type: ignore[operator]
            print(f"{'':36} {'':8}extraction at {speed:,.0f} KB/s on {sizes[-1]:,} characters")


if __name__ == "__main__":
    main()
