"""Time ``extract_claims`` (stage 2, claims in context) per document.

    python -m benchmarks.context                 # fixtures + 3 passes over 300 articles
    python benchmarks/context.py --articles 1000 --passes 5

Prints ms per document and claims per second for the documents under ``fixtures/`` and for
generated news articles (the generator of ``benchmarks/check.py``: ~150-350 words of company,
market and earnings sentences). Each pass uses a fresh set of articles (another seed), so that
no cache kept from an earlier pass helps; the best and the median pass are shown. The mention
extraction that ``extract_claims`` runs first is timed apart (``extract_quantities``), so that
the context stage's own share can be read off. Asserts nothing; not run under pytest.

To time another checkout of the package, run ``PYTHONPATH=/other/checkout python
benchmarks/context.py`` (as a script, so that the working folder's package does not win).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

from reconcile.claims.context import extract_claims
from reconcile.claims.extract import extract_quantities
from reconcile.claims.models import Document
from reconcile.io import load_documents

ROOT = Path(__file__).resolve().parent.parent

try:
    from benchmarks.check import article
except ImportError:  # run as a script: benchmarks/ is on the path, the repository may not be
    sys.path.append(str(Path(__file__).resolve().parent))
    from check import article  # type: ignore[import-not-found,no-redef]


def articles(n: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    return [
        Document(id=f"article-{i:04}.txt", path=f"article-{i:04}.txt", text=article(rng, words))
        for i in range(n)
        for words in [rng.randint(150, 350)]
    ]


def time_pass(docs: list[Document]) -> tuple[float, float, int]:
    """(seconds in extract_claims, seconds in extract_quantities alone, claims made)."""
    t0 = time.perf_counter()
    for d in docs:
        extract_quantities(d.text)
    t1 = time.perf_counter()
    claims = 0
    for d in docs:
        claims += len(extract_claims(d))
    t2 = time.perf_counter()
    return t2 - t1, t1 - t0, claims


def report(label: str, docs: list[Document], seconds: float, mentions: float, claims: int) -> None:
    n = len(docs)
    words = sum(len(d.text.split()) for d in docs) / n
    print(
        f"{label:28s} {n:5d} docs ({words:4.0f} words): extract_claims {1000 * seconds / n:6.2f} "
        f"ms/doc, {claims / seconds:8.0f} claims/s (of which extract_quantities "
        f"{1000 * mentions / n:5.2f} ms/doc)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="articles per pass")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--fixtures", type=Path, default=ROOT / "fixtures")
    args = parser.parse_args()

    print(f"package: {Path(extract_claims.__code__.co_filename).parent.parent}")
    extract_claims(Document(id="warm-up", path="warm-up", text="Revenue rose 5% to $3 billion."))
    if args.fixtures.exists():
        fixtures = load_documents([args.fixtures])
        seconds, mentions, claims = time_pass(fixtures)
        report("fixtures (first pass)", fixtures, seconds, mentions, claims)
    runs = []
    for p in range(args.passes):
        docs = articles(args.articles, seed=100 + p)
        runs.append((time_pass(docs), docs))
    runs.sort(key=lambda r: r[0][0])
    (seconds, mentions, claims), docs = runs[0]
    report(f"articles, best of {len(runs)}", docs, seconds, mentions, claims)
    (seconds, mentions, claims), docs = runs[len(runs) // 2]
    report("articles, median pass", docs, seconds, mentions, claims)
    per_doc = [1000 * r[0][0] / len(r[1]) for r in runs]
    print(f"ms/doc over passes: {', '.join(f'{x:.2f}' for x in per_doc)}")
    print(f"(median {statistics.median(per_doc):.2f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
