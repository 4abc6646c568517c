"""Test-wide setup: the claims cache lives in a temporary folder, never in the user's home,
and the folder is removed when the session ends (a test run leaves nothing in /tmp)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_CACHE_DIR = tempfile.mkdtemp(prefix="reconcile-test-cache-")
os.environ["RECONCILE_CACHE_DIR"] = _CACHE_DIR


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)
