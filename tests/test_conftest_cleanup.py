"""The test session's cache folder is removed when the session ends."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def test_a_test_session_leaves_no_cache_folder_behind(tmp_path: Path) -> None:
    shutil.copy(HERE / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_probe.py").write_text(
        "import os\n\n"
        "def test_cache_dir_is_set():\n"
        "    assert os.path.isdir(os.environ['RECONCILE_CACHE_DIR'])\n"
        "    open(os.path.join(os.environ['RECONCILE_CACHE_DIR'], 'entry'), 'w').close()\n"
    )
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    env = {"TMPDIR": str(scratch), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
    assert not list(scratch.glob("reconcile-test-cache-*"))
