"""The console command is one command in a process of its own: Python's cyclic collector stays
off from before the command to its end, and what the process still holds then is frozen, out
of the reach of the collections the interpreter's shutdown makes (reconcile.entry)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import gc, sys
sys.argv = ["reconcile", "report", sys.argv[1], "--format", "json", "--no-cache"]
seen = []
import reconcile.cli
real = reconcile.cli.main
def main(argv=None):
    seen.append(gc.isenabled())
    code = real(argv)
    seen.append(gc.isenabled())
    return code
reconcile.cli.main = main
from reconcile.entry import main as entry
code = entry()
print(code, seen, gc.isenabled(), gc.get_freeze_count() > 0)
"""


def test_the_command_runs_with_the_collector_off_and_leaves_what_it_holds_frozen(
    tmp_path: Path,
) -> None:
    article = tmp_path / "depot.txt"
    article.write_text("The Brackwell depot loaded 310 vans on Monday.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(article)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    ).stdout.splitlines()[-1]
    assert out == "0 [False, False] False True"


def test_a_library_run_gives_the_collector_back_as_it_found_it() -> None:
    import gc

    from reconcile import Document, reconcile

    assert gc.isenabled()
    reconcile([Document(id="d", path="d.txt", text="The depot loaded 310 vans on Monday.")])
    assert gc.isenabled()
