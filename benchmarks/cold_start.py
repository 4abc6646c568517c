"""What a process pays before it can extract a document's claims: the floor of a warm
``reconcile check`` after an edit of the draft (its claims must be extracted afresh).

    python benchmarks/cold_start.py [DRAFT]

Prints the seconds of each one-time step, in a fresh interpreter per run so nothing is loaded
before: the command line's imports, extraction's code, ``import spacy``, loading the English
pipeline, pint's unit registry, the quantity vocabularies, then extracting DRAFT (default: a
2,000-word draft written like benchmarks/check.py's) twice (the second is the steady cost).
Asserts nothing; note the machine's load beside the figures.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

STEPS = r"""
import json, sys, time
marks = [("start", time.perf_counter())]
def mark(name):
    marks.append((name, time.perf_counter()))
import reconcile.cli
mark("command-line imports")
from reconcile.timecap import extract_within
mark("extraction's code")
import spacy
mark("import spacy")
from reconcile.claims.parse import nlp
nlp()
mark("English pipeline loaded")
from reconcile.units import registry
registry()
mark("pint registry")
from reconcile.quantities.vocab import vocab
vocab()
mark("quantity vocabularies")
from reconcile.claims.models import Document
from reconcile.config import Settings
text = open(sys.argv[1], encoding="utf-8").read()
doc = Document(id="draft.md", path="draft.md", text=text)
claims, _ = extract_within(doc, Settings())
mark(f"first extraction ({len(claims)} claims)")
extract_within(doc.model_copy(update={"text": text + " "}), Settings())
mark("second extraction")
print(json.dumps([(b[0], b[1] - a[1]) for a, b in zip(marks, marks[1:])]))
"""


def main() -> int:
    if len(sys.argv) > 1:
        draft = Path(sys.argv[1])
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import random

        from check import article

        draft = Path(tempfile.mkdtemp(prefix="reconcile-cold-")) / "draft.md"
        draft.write_text(article(random.Random(7), 2000, "story"), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", STEPS, str(draft)], capture_output=True, text=True, check=True
    ).stdout
    steps = json.loads(out.splitlines()[-1])
    for name, seconds in steps:
        print(f"{name:36} {seconds:6.2f} s")
    print(f"{'total':36} {sum(s for n, s in steps if n != 'second extraction'):6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
