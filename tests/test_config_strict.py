"""Configuration is strict and visible: no booleans as numbers, no nan or inf, broken files are
errors whichever their kind, the search stops at the repository root, the file used is named."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

from reconcile.cli import main
from reconcile.config import ConfigError, find_config, load_settings, load_settings_with_source

ARTICLE = "Bus fares rose 6% to $2 a ride in the county this spring, officials said.\n"


def put(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("tolerance = true\n", "'tolerance': must be a number, not true"),
        ("tolerance = false\n", "'tolerance': must be a number, not false"),
        ("tolerance = nan\n", "'tolerance'"),
        ("tolerance = inf\n", "'tolerance'"),
        ('[[exchange_rates]]\nbase = "USD"\nquote = "EUR"\nrate = nan\n', "row 1: rate"),
        ('[[exchange_rates]]\nbase = "USD"\nquote = "EUR"\nrate = inf\n', "row 1: rate"),
        ('[[exchange_rates]]\nbase = "USD"\nquote = "EUR"\nrate = true\n', "row 1: rate"),
    ],
)
def test_values_are_strict(tmp_path: Path, body: str, expected: str) -> None:
    put(tmp_path / "reconcile.toml", body)
    with pytest.raises(ConfigError, match=r"reconcile\.toml") as err:
        load_settings(tmp_path)
    assert expected in str(err.value)


@pytest.mark.parametrize(
    "content",
    [b"[tool.reconcile\ntolerance = 0.1\n", b"[tool.reconcile]\ntolerance = 0.1 # caf\xe9\n"],
)
def test_a_broken_pyproject_is_an_error_like_a_broken_reconcile_toml(
    tmp_path: Path, content: bytes
) -> None:
    put(tmp_path / "pyproject.toml", content)
    with pytest.raises(ConfigError, match=r"pyproject\.toml"):
        load_settings(tmp_path)
    put(tmp_path / "x" / "reconcile.toml", content)
    with pytest.raises(ConfigError, match=r"reconcile\.toml"):
        load_settings(tmp_path / "x")


def test_the_search_stops_at_the_repository_root(tmp_path: Path) -> None:
    put(tmp_path / "reconcile.toml", "tolerance = 0.5\n")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "docs").mkdir()
    assert find_config(repo / "docs") is None
    assert load_settings(repo / "docs").tolerance == 0.0
    put(repo / "pyproject.toml", "[tool.reconcile]\ntolerance = 0.25\n")
    assert find_config(repo / "docs") == repo / "pyproject.toml"


def test_config_accepts_a_pyproject_file_under_any_name(tmp_path: Path) -> None:
    cfg = put(tmp_path / "team-settings.toml", "[tool.reconcile]\ntolerance = 0.02\n")
    settings, used = load_settings_with_source(tmp_path, cfg)
    assert settings.tolerance == 0.02
    assert used == cfg


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def test_verbose_and_the_json_report_name_the_file_used(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / ".git").mkdir()
    cfg = put(tmp_path / "reconcile.toml", "tolerance = 0.01\n")
    put(tmp_path / "src" / "a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    code, out, err = run("report", "src", "-f", "json", "--verbose", "--no-cache")
    assert code == 0
    assert f"configuration: {cfg}" in err
    assert json.loads(out)["config"] == str(cfg)
    cfg.unlink()
    code, out, err = run("report", "src", "-f", "json", "-v", "--no-cache")
    assert "configuration: none found" in err
    assert json.loads(out)["config"] is None


def test_a_config_path_with_a_newline_is_named_on_one_line(tmp_path: Path) -> None:
    cfg = put(tmp_path / "odd\nname" / "reconcile.toml", "tolerance = true\n")
    with pytest.raises(ConfigError) as err:
        load_settings(cfg.parent)
    assert "\n" not in str(err.value)
    assert "odd\\nname" in str(err.value)
