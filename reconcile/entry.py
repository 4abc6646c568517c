"""The ``reconcile`` console command.

A ``reconcile check --keep-warm`` run while the warm process lives is handed to it before
anything else is imported (:func:`reconcile.handover.handed_over`: the standard library only),
so such a check pays for the interpreter's start and no more; any other command, or a check
nothing answers, runs :func:`reconcile.cli.main` as before.
"""

from __future__ import annotations

import sys


def main() -> int:
    from reconcile.handover import handed_over

    code = handed_over(sys.argv[1:])
    if code is not None:
        return code
    from reconcile.cli import main as command

    return command()


if __name__ == "__main__":
    raise SystemExit(main())
