"""A run pauses Python's cyclic garbage collector (``reconcile.pipeline``), and loading spaCy's
pipeline inside the run leaves it paused: srsly's reader switched it on after every table it
read, so a cold report's grouping and comparison ran with the collector on (the parent of a
report over 100 sources: 932 collections against 110)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> object:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RECONCILE_WORKERS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_loading_the_pipeline_leaves_a_paused_collector_paused() -> None:
    got = _run(
        "import gc, json\n"
        "from reconcile.claims import parse\n"
        "gc.disable()\n"
        "parse.light()\n"
        "light = gc.isenabled()\n"
        "parse.nlp()\n"
        "print(json.dumps([light, gc.isenabled()]))\n"
    )
    assert got == [False, False]


def test_loading_the_pipeline_leaves_a_running_collector_running() -> None:
    got = _run(
        "import gc, json\n"
        "from reconcile.claims import parse\n"
        "gc.enable()\n"
        "parse.nlp()\n"
        "print(json.dumps(gc.isenabled()))\n"
    )
    assert got is True


def test_a_run_groups_and_compares_with_the_collector_paused() -> None:
    got = _run(
        "import gc, json\n"
        "import reconcile.pipeline as pipeline\n"
        "from reconcile import Document, reconcile\n"
        "seen = []\n"
        "real = pipeline._group\n"
        "def spy(*a, **k):\n"
        "    seen.append(gc.isenabled())\n"
        "    return real(*a, **k)\n"
        "pipeline._group = spy\n"
        "docs = [Document(id=f'n{i}', path=f'n{i}.txt', text=t) for i, t in enumerate([\n"
        "    'Quillon Rail said its revenue climbed 6% to $2.3 billion in the year.',\n"
        "    'Revenue at Quillon Rail rose 9% to $2.5 billion, the company reported.',\n"
        "])]\n"
        "reconcile(docs)\n"
        "print(json.dumps([seen, gc.isenabled()]))\n"
    )
    assert got == [[False], True]
