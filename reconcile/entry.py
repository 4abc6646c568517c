"""The ``reconcile`` console command.

A ``reconcile check --keep-warm`` run while the warm process lives is handed to it before
anything else is imported (:func:`reconcile.handover.handed_over`: the standard library only),
so such a check pays for the interpreter's start and no more; any other command, or a check
nothing answers, runs :func:`reconcile.cli.main` as before.
"""

from __future__ import annotations

import gc
import sys


def main() -> int:
    from reconcile.handover import handed_over

    code = handed_over(sys.argv[1:])
    if code is not None:
        return code
    # One command, then the process ends. Python's cyclic collector stays off throughout, as a
    # run keeps it off (``reconcile.pipeline._collector_paused``: its objects hold no cycles):
    # switched on again after the run, its passes over the report still held took about half a
    # second after a report of 1,000 sources. What is left at the end is set out of its reach
    # (``gc.freeze``): the interpreter's shutdown collects (whatever the collector's switch
    # says) and took about a second over it. Objects in no cycle are freed as before; the warm
    # process a check may start switches the collector on for itself (``reconcile.warm``).
    gc.disable()
    from reconcile.cli import main as command

    try:
        return command()
    finally:
        gc.freeze()


if __name__ == "__main__":
    raise SystemExit(main())
