"""Test-wide setup: the claims cache lives in a temporary folder, never in the user's home,
and the folder is removed when the session ends (a test run leaves nothing in /tmp)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

_CACHE_DIR = tempfile.mkdtemp(prefix="reconcile-test-cache-")
os.environ["RECONCILE_CACHE_DIR"] = _CACHE_DIR


@pytest.fixture
def fresh_state(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parse's module state (kept, packed and fresh parses, the store, packing) and the
    pipeline's record of parses read, empty for one test and restored after it; comparison's
    readings of a figure's parse kept by figure and sentence, forgotten."""
    import reconcile.pipeline as pipeline
    from reconcile.claims import parse
    from reconcile.compare import scope

    scope.forget_readings()

    monkeypatch.setattr(parse, "_KEPT", {})
    monkeypatch.setattr(parse, "_PACKED", {})
    monkeypatch.setattr(parse, "_FRESH", {})
    monkeypatch.setattr(parse, "_RECEIVED", set())
    monkeypatch.setattr(parse, "_STORE", None)
    monkeypatch.setattr(parse, "_PACKING", False)
    monkeypatch.setattr(pipeline, "_READ_PARSES", set())


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE_DIR, ignore_errors=True)
