"""Whether this process may fork a child: the one test the warm process, the check's
extraction ahead and comparison's second process all ask."""

from __future__ import annotations

import sys
import threading


def fork_safe() -> bool:
    """Forking is safe here: Linux (system libraries elsewhere may not survive a fork) and one
    thread (another's locks would be inherited held)."""
    return sys.platform.startswith("linux") and threading.active_count() == 1
