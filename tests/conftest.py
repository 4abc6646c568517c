"""Test-wide setup: the claims cache lives in a temporary folder, never in the user's home."""

from __future__ import annotations

import os
import tempfile

os.environ["RECONCILE_CACHE_DIR"] = tempfile.mkdtemp(prefix="reconcile-test-cache-")
