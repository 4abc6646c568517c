"""Time ``reconcile report`` on one long document (a live blog): 0.5, 1 and 2 MB of news sentences.

    python benchmarks/long_document.py [--sizes 0.5 1 2] [--mode story|random]

Prints, per size, the seconds of each phase (extraction, grouping, comparison, rendering) and
the number of claims, groups and findings, so that growth with size can be read off (target:
2 MB under 30 s, about linear). The sentences come from the templates of benchmarks/check.py
("story": a few true figures repeated, as a live blog restates them; "random": every figure
drawn afresh). Asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check import FILLER, sentence

from reconcile.claims.context import extract_claims
from reconcile.claims.group import group_claims
from reconcile.claims.models import Document, Report
from reconcile.compare import compare_groups
from reconcile.config import Settings
from reconcile.render.json import render_json
from reconcile.render.text import render_text


def long_text(megabytes: float, mode: str, seed: int = 11) -> str:
    rng = random.Random(seed)
    parts = ["Live: markets and company news\n\nPublished: 2025-09-09\n\n"]
    size = len(parts[0])
    while size < megabytes * 1e6:
        paragraph = " ".join(
            sentence(rng, mode) if rng.random() < 0.6 else rng.choice(FILLER) for _ in range(4)
        )
        parts.append(paragraph + "\n\n")
        size += len(paragraph) + 2
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1.0, 2.0])
    parser.add_argument("--mode", choices=["story", "random"], default="story")
    args = parser.parse_args()
    settings = Settings()
    for mb in args.sizes:
        text = long_text(mb, args.mode)
        doc = Document(id="live.txt", path="live.txt", text=text)
        t0 = time.perf_counter()
        claims = extract_claims(doc, settings)
        t1 = time.perf_counter()
        groups = group_claims(claims, settings)
        t2 = time.perf_counter()
        findings = compare_groups(groups, claims, settings, [doc])
        t3 = time.perf_counter()
        report = Report(documents=[doc], claims=claims, groups=groups, findings=findings)
        render_text(report)
        render_json(report)
        t4 = time.perf_counter()
        print(
            f"{len(text) / 1e6:.2f} MB: extraction {t1 - t0:.1f} s, grouping {t2 - t1:.1f} s, "
            f"comparison {t3 - t2:.1f} s, rendering {t4 - t3:.1f} s; total {t4 - t0:.1f} s; "
            f"{len(claims)} claims, {len(groups)} groups, {len(findings)} findings",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
