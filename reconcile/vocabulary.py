"""One loader for the vocabularies and tables in ``reconcile/data/``.

Every stage reads its words, units and rates through :func:`load`: each file is read once per
process, from the installed package (``importlib.resources``), and shared. Callers read what it
returns and never change it.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """``reconcile/data/<name>.toml`` as read by :mod:`tomllib` (cached; do not modify it)."""
    path = resources.files("reconcile") / "data" / f"{name}.toml"
    with path.open("rb") as fh:
        return tomllib.load(fh)
