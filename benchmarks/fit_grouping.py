"""Fit the weights of :mod:`reconcile.claims.evidence` on labelled pairs of claims.

    python -m benchmarks.fit_grouping                         # fixtures/ (development data)
    python -m benchmarks.fit_grouping fixtures/ ../other/labelled/ --write

For every event folder with a ``gold.json`` under the given roots, the pipeline runs, gold
claims are matched to pipeline claims as ``reconcile evaluate`` matches them, and every pair of
matched claims of one block (role, unit dimension, scope: the pairs grouping may merge) whose
values differ is a labelled example: 1 when the gold puts both in one group. Pairs of equal
values are left out (``--with-equal`` keeps them): most pairs of one quantity are equal
restatements, so with them in, the fit learns that figures are one quantity when they are
equal, exactly the pairs that cannot conflict; a disagreement looks like "same description,
different value". A logistic regression (batch gradient
descent, L2 penalty; no dependency) is fitted on them, and the merge threshold is the lowest
probability at which merging the pipeline's differing-key pairs would add no wrong pair on this
data (grouping precision kept), never below 0.5, or the one given with ``--cut`` (chosen by
running ``reconcile evaluate`` on the development sets at a few cuts: pairs are not alarms).
Prints the weights, the threshold and how many pairs each side holds; ``--write`` stores them
in ``reconcile/data/grouping_weights.json``. Each pair also carries the :class:`Context` of its
event's claims (what other claims say about the two subjects). The runs are made with the
weighed merge off (the threshold at 1.0), so that "already grouped by key" means grouped
without merges. ``--cache`` names a pickle, or a folder (ending in "/") that keeps one pickle
per root, so that a fit can leave sets out (``python -m benchmarks.fit_grouping fixtures
evaluation/blind-* --cache /tmp/pairs/`` after a first run over every set) without running
the pipeline again.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import combinations
from pathlib import Path

from reconcile.claims import evidence
from reconcile.claims.evidence import FEATURES, WEIGHTS, Context, context, features, score
from reconcile.claims.group import dimension
from reconcile.claims.models import Claim
from reconcile.evaluate import _match, event_settings, find_events
from reconcile.gold import load_event
from reconcile.pipeline import reconcile

Example = tuple[tuple[float, ...], int, bool]  # features, label, already grouped by key
Pair = tuple[Claim, Claim, int, bool, Context]  # two claims, label, grouped by key, context


@contextmanager
def _unmerged() -> Iterator[None]:
    """Within the block, the weighed merge is off (the shipped weights with the threshold at
    1.0), so that "grouped by key" means grouped without merges, whatever the data file's
    threshold."""
    weights, bias, _ = evidence.model()
    shipped = evidence.model
    evidence.model = lambda: (weights, bias, 1.0)  # type: ignore[assignment]
    try:
        yield
    finally:
        evidence.model = shipped  # type: ignore[assignment]


def labelled_pairs(roots: list[str]) -> list[Pair]:
    """The labelled pairs of every event under ``roots``, from runs without the weighed
    merge (:func:`_unmerged`)."""
    with _unmerged():
        return _labelled_pairs(roots)


def _labelled_pairs(roots: list[str]) -> list[Pair]:
    out: list[Pair] = []
    for root in roots:
        for folder in find_events(root):
            event = load_event(folder)
            report = reconcile(event.documents, event_settings(folder))
            best, _ = _match(event.spans, report.claims)
            group_of = event.gold.group_of()
            pipe = {cid: g.id for g in report.groups for cid in g.claims}
            ctx = context(c for c in report.claims if c.metric)
            for a, b in combinations(sorted(best), 2):
                ca, cb = best[a], best[b]
                if ca.id == cb.id or not (ca.metric and cb.metric):
                    continue
                if (ca.role, dimension(ca), ca.scope) != (cb.role, dimension(cb), cb.scope):
                    continue
                same_key = pipe.get(ca.id) is not None and pipe.get(ca.id) == pipe.get(cb.id)
                out.append((ca, cb, int(group_of[a] == group_of[b]), same_key, ctx))
    return out


def cached_pairs(roots: list[str], cache: str | None) -> list[Pair]:
    """The labelled pairs, read from (or written to) a pickle at ``cache`` when given, so
    that features can be changed without running the pipeline again. A ``cache`` that is a
    folder (an existing one, or a name ending in "/") holds one pickle per root (so that sets
    can be left out of a fit without running the pipeline again)."""
    if cache and (Path(cache).is_dir() or cache.endswith("/")):
        Path(cache).mkdir(parents=True, exist_ok=True)
        out: list[Pair] = []
        for root in roots:
            name = str(Path(root)).strip("/").replace("/", "_") or "root"
            out.extend(cached_pairs([root], str(Path(cache) / f"{name}.pickle")))
        return out
    if cache and Path(cache).exists():
        with open(cache, "rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    pairs = labelled_pairs(roots)
    if cache:
        with open(cache, "wb") as fh:
            pickle.dump(pairs, fh)
    return pairs


def examples(pairs: list[Pair], with_equal: bool = False) -> list[Example]:
    """Each pair's features, label and whether its claims share a key; pairs of equal values
    only ``with_equal``."""
    return [
        (features(a, b, ctx), y, grouped)
        for a, b, y, grouped, ctx in pairs
        if with_equal or a.value != b.value
    ]


def fit(
    data: list[Example], rounds: int = 400, rate: float = 1.0, l2: float = 1e-3
) -> tuple[list[float], float]:
    """Batch gradient descent of the class-balanced logistic loss with an L2 penalty, with
    numpy (spaCy's own dependency) when it is installed, else in plain Python (the same
    steps; about a hundred times slower on the development sets' 240,000 pairs)."""
    try:
        import numpy as np
    except ImportError:
        return _fit_python(data, rounds, rate, l2)
    x = np.array([e[0] for e in data], dtype=float).reshape(len(data), len(FEATURES))
    y = np.array([e[1] for e in data], dtype=float)
    n = len(data)
    positives = float(y.sum()) or 1.0
    weight = np.where(y > 0, (n - positives) / positives, 1.0)
    w, bias = np.zeros(len(FEATURES)), 0.0
    for _ in range(rounds):
        z = np.clip(bias + x @ w, -60.0, 60.0)
        err = (1.0 / (1.0 + np.exp(-z)) - y) * weight
        bias -= rate * float(err.sum()) / n
        w = w - rate * (x.T @ err / n + l2 * w)
    return [float(v) for v in w], float(bias)


def _fit_python(
    data: list[Example], rounds: int = 400, rate: float = 1.0, l2: float = 1e-3
) -> tuple[list[float], float]:
    n, k = len(data), len(FEATURES)
    w, bias = [0.0] * k, 0.0
    positives = sum(y for _, y, _ in data) or 1
    weight_pos = (n - positives) / positives  # balance the classes
    for _ in range(rounds):
        gw, gb = [0.0] * k, 0.0
        for x, y, _ in data:
            p = score(x, tuple(w), bias)
            err = (p - y) * (weight_pos if y else 1.0)
            gb += err
            for j in range(k):
                gw[j] += err * x[j]
        bias -= rate * gb / n
        w = [w[j] - rate * (gw[j] / n + l2 * w[j]) for j in range(k)]
    return w, bias


def threshold(data: list[Example], w: list[float], bias: float, least: float = 1.0) -> float:
    """The lowest cut (at least 0.5) at which the merges of differing-key pairs it allows are
    right at least ``least`` of the time on this data; 1.0 when no cut is."""
    scored = sorted(
        ((score(x, tuple(w), bias), y) for x, y, grouped in data if not grouped), reverse=True
    )
    best, right = 1.0, 0
    for n, (p, y) in enumerate(scored, start=1):
        right += y
        if p < 0.5:
            break
        nxt = scored[n][0] if n < len(scored) else -1.0
        if right / n >= least and nxt < p:
            best = p  # every pair scored >= p is merged
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("roots", nargs="*", default=["fixtures/"])
    ap.add_argument("--write", action="store_true", help=f"store the fit in {WEIGHTS.name}")
    ap.add_argument("--cache", help="pickle of the labelled pairs (read when it exists)")
    ap.add_argument(
        "--precision",
        type=float,
        default=1.0,
        help="least precision of the merges the threshold allows on this data (default 1.0)",
    )
    ap.add_argument("--rounds", type=int, default=400, help="gradient steps (default 400)")
    ap.add_argument(
        "--cut",
        type=float,
        help="store this threshold instead (one chosen on development data with "
        "`reconcile evaluate`: conflicts and false alarms, not pairs)",
    )
    ap.add_argument("--note", help="a note stored with the fit (how the threshold was chosen)")
    ap.add_argument("--with-equal", action="store_true", help="also fit on pairs of equal values")
    args = ap.parse_args(argv)
    data = examples(cached_pairs(args.roots, args.cache), args.with_equal)
    if not data:
        print("no labelled pairs found")
        return 1
    w, bias = fit(data, rounds=args.rounds)
    cut = threshold(data, w, bias, args.precision) if args.cut is None else args.cut
    pos = sum(y for _, y, _ in data)
    ungrouped = [(x, y) for x, y, g in data if not g]
    gained = sum(1 for x, y in ungrouped if y and score(x, tuple(w), bias) >= cut)
    lost = sum(1 for x, y in ungrouped if not y and score(x, tuple(w), bias) >= cut)
    print(f"pairs: {len(data)} ({pos} same quantity); differing keys: {len(ungrouped)}")
    print(f"  of which same quantity: {sum(y for _, y in ungrouped)}; merged at the cut: {gained}")
    print(f"  wrong pairs merged at the cut: {lost}")
    for name, value in zip(FEATURES, w, strict=True):
        print(f"  {name:20} {value:+.3f}")
    print(f"  {'bias':20} {bias:+.3f}\nthreshold {cut:.4f}")
    if math.isclose(cut, 1.0):
        print("(threshold 1.0: no merge is safe on this data)")
    if args.write:
        payload = {
            "bias": round(bias, 4),
            "threshold": round(cut, 4),
            "weights": {n: round(v, 4) for n, v in zip(FEATURES, w, strict=True)},
            "fitted_on": [str(Path(r)) for r in args.roots],
        }
        if args.note:
            payload["note"] = args.note
        WEIGHTS.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
