"""Hostile inputs through ``extract_quantities``: time at 10k, 100k and 1M characters.

    python benchmarks/adversarial_extraction.py [--sizes 10000,100000,1000000]

Each input repeats one unit (a malformed amount, a run of figures, digits in other scripts...)
to the given length. Prints CPU seconds per size, the throughput at the largest size and the
growth ratio between successive sizes: linear time grows about 10x per 10x of input (the
target from 100k to 1M is at most about 12x, and 200 KB/s or more on dense figures).
The whole-run and file-reading rows live in ``benchmarks/adversarial.py``.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time

from reconcile import extract_quantities

INPUTS: dict[str, str] = {
    "malformed amounts": "$1,2,3.4.5 billion ",
    "dangling comma": "$1, ",
    "percent run": "1% ",
    "scale run": "1 billion ",
    "scale pairs": "1 million 2 million ",
    "bare numbers": "1 ",
    "arabic-indic digits": "\u0661\u0662\u0663 ",
    "full-width digits": "\uff11\uff12\uff13 ",
    "hyphenated names": "GPT-5 A-1 ",
    "urls": "see https://example.com/a-1-5b and www.x.org/2 ",
    "dense news figures": "Sales rose 4.5% to $3.2 billion, 1,204 jobs, 5 ft 2 in, 50 Wh. ",
    "money in words": "three hundred and two million dollars ",
}


def _seconds(text: str) -> float:
    start = time.process_time()
    extract_quantities(text)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--only", help="run only inputs whose name contains this")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    extract_quantities("warm-up: $1 and 2% and 3 km")  # vocabulary and pint, built once
    cols = "".join(f"{s:>10,}" for s in sizes)
    growth = "".join(f"{'x' + str(b // a):>8}" for a, b in itertools.pairwise(sizes))
    print(f"{'input':<22}{cols}{'KB/s':>9}{growth}")
    for name, unit in INPUTS.items():
        if args.only and args.only not in name:
            continue
        times = [_seconds((unit * (size // len(unit) + 1))[:size]) for size in sizes]
        rate = sizes[-1] / 1000 / times[-1] if times[-1] else float("inf")
        ratios = "".join(
            f"{(b / a if a else float('inf')):>8.1f}" for a, b in itertools.pairwise(times)
        )
        print(f"{name:<22}{''.join(f'{t:>10.3f}' for t in times)}{rate:>9.0f}{ratios}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
