"""Time and peak memory of ``group_claims`` on synthetic claims (10k, 100k, 1M by default).

    python -m benchmarks.grouping            # 10k, 100k, 1M
    python -m benchmarks.grouping 10000 50000

The synthetic claims mimic a large news corpus: the number of distinct subjects grows with the
number of claims (one subject per ~200 claims, five quantities reported per subject; a tenth of
the mentions spell the subject with a typo or a corporate suffix, so that fuzzy merging has work
to do), 24 metric names, two roles, two currencies, percentages and counts, two listings (most
claims unscoped). Claims are built with ``model_construct`` (no validation) and share one
Mention, so that building them does not dominate; tracemalloc measures only the allocations
made while grouping. Not run under pytest.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import tracemalloc

from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Mention

METRICS = [
    f"{base}{suffix}"
    for base in (
        "share price",
        "revenue",
        "net income",
        "market value",
        "downloads",
        "users",
        "capital spending",
        "turnout",
        "death toll",
        "unit sales",
        "funds raised",
        "parameter count",
    )
    for suffix in ("", " change")
]
UNITS = [("USD", "money"), ("HKD", "money"), ("percent", "percent"), ("parameter", "count")]
SCOPES = [None, None, None, None, "HKEX", "NYSE"]
FACTS_PER_SUBJECT = 5  # quantities reported about one subject
SUFFIXES = ["", "", "", "", "", "", "", "", " Holdings", " Group"]


def _typo(name: str, rnd: random.Random) -> str:
    i = rnd.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1] + name[i] + name[i + 2 :]


def synthetic_claims(n: int, seed: int = 1) -> list[Claim]:
    rnd = random.Random(seed)
    n_subjects = max(10, n // 200)
    syllables = [
        "al",
        "ba",
        "cor",
        "va",
        "ne",
        "zep",
        "hyr",
        "tian",
        "mu",
        "lin",
        "gyun",
        "sor",
        "rin",
        "elb",
        "tal",
        "har",
        "bour",
        "mer",
        "id",
        "ia",
        "nor",
        "vale",
        "ka",
    ]
    subjects = []
    for k in range(n_subjects):
        word = "".join(rnd.choice(syllables) for _ in range(3)).capitalize()
        subjects.append(f"{word}{k % 97}" if k % 7 == 0 else f"{word} {k}")
    mention = Mention.model_construct(
        surface="1",
        span=(0, 1),
        value=1.0,
        unit="USD",
        kind="money",
        low=1.0,
        high=1.0,
        alternatives=(),
        qualifier=None,
        modifier=None,
        scale=None,
        qualifier_text=None,
    )
    facts = {
        subject: [
            (
                rnd.choice(METRICS),
                rnd.choice(("level", "change")),
                *rnd.choice(UNITS),
                rnd.choice(SCOPES),
            )
            for _ in range(FACTS_PER_SUBJECT)
        ]
        for subject in subjects
    }
    claims = []
    for i in range(n):
        subject = rnd.choice(subjects)
        metric, role, unit, kind, scope = rnd.choice(facts[subject])
        r = rnd.random()
        if r < 0.05 and len(subject) > 4:
            subject = _typo(subject, rnd)
        elif r < 0.10:
            subject += rnd.choice(SUFFIXES)
        doc = f"doc{i // 25}.txt"
        claims.append(
            Claim.model_construct(
                id=f"{doc}#{i}-{i + 1}",
                document=doc,
                span=(i, i + 1),
                text="1",
                value=1.0,
                unit=unit,
                low=1.0,
                high=1.0,
                qualifier=None,
                kind=kind,
                subject=subject,
                metric=metric,
                when=None,
                role=role,
                direction=None,
                scope=scope,
                session=None,
                sentence="",
                linked=[],
                mention=mention,
            )
        )
    return claims


def measure(n: int) -> tuple[float, float, int]:
    claims = synthetic_claims(n)
    tracemalloc.start()
    t0 = time.perf_counter()
    groups = group_claims(claims)
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 2**20, len(groups)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Time and peak memory of group_claims.")
    parser.add_argument(
        "sizes",
        nargs="*",
        type=int,
        default=[10_000, 100_000, 1_000_000],
        metavar="N",
        help="numbers of synthetic claims (default: 10000 100000 1000000)",
    )
    sizes = parser.parse_args(argv).sizes
    print(
        f"{'claims':>10} {'groups':>9} {'seconds':>9} {'us/claim':>9} {'peak MiB':>9} "
        f"{'time x':>7} {'size x':>7}"
    )
    prev: tuple[int, float] | None = None
    for n in sizes:
        seconds, peak, n_groups = measure(n)
        growth = f"{seconds / prev[1]:7.1f} {n / prev[0]:7.1f}" if prev else f"{'':>7} {'':>7}"
        print(
            f"{n:>10,} {n_groups:>9,} {seconds:>9.2f} {1e6 * seconds / n:>9.1f} {peak:>9.1f} "
            f"{growth}"
        )
        prev = (n, seconds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
