"""``python -m reconcile``: the same command line as ``reconcile``."""

from reconcile.entry import main

if __name__ == "__main__":
    raise SystemExit(main())
