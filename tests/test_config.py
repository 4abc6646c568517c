"""reconcile.config: finding the configuration file, reading it, and saying what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.config import (
    ConfigError,
    Settings,
    find_config,
    load_settings,
    load_settings_with_source,
)


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_no_file_gives_defaults(tmp_path: Path) -> None:
    start = tmp_path / "deep" / "er"
    start.mkdir(parents=True)
    # tmp_path's parents hold no reconcile.toml nor a [tool.reconcile] pyproject
    assert find_config(start) is None
    assert load_settings(start) == Settings()


def test_reconcile_toml_found_upward(tmp_path: Path) -> None:
    cfg = put(tmp_path / "reconcile.toml", 'tolerance = 0.02\nfail_on = "error"\n')
    start = tmp_path / "a" / "b"
    start.mkdir(parents=True)
    assert find_config(start) == cfg
    s = load_settings(start)
    assert s.tolerance == 0.02 and s.fail_on == "error"


def test_pyproject_tool_table_found_upward(tmp_path: Path) -> None:
    body = '[project]\nname = "x"\n[tool.reconcile]\ntolerance = 0.5\n'
    cfg = put(tmp_path / "pyproject.toml", body)
    start = tmp_path / "a"
    start.mkdir()
    assert find_config(start) == cfg
    assert load_settings(start).tolerance == 0.5


def test_pyproject_without_table_is_passed_by(tmp_path: Path) -> None:
    cfg = put(tmp_path / "reconcile.toml", "tolerance = 0.1\n")
    put(tmp_path / "a" / "pyproject.toml", '[project]\nname = "x"\n')
    assert find_config(tmp_path / "a") == cfg


def test_reconcile_toml_wins_in_the_same_folder(tmp_path: Path) -> None:
    put(tmp_path / "pyproject.toml", "[tool.reconcile]\ntolerance = 0.5\n")
    cfg = put(tmp_path / "reconcile.toml", "tolerance = 0.1\n")
    assert find_config(tmp_path) == cfg
    assert load_settings(tmp_path).tolerance == 0.1


def test_nearest_folder_wins(tmp_path: Path) -> None:
    put(tmp_path / "reconcile.toml", "tolerance = 0.1\n")
    near = put(tmp_path / "a" / "pyproject.toml", "[tool.reconcile]\ntolerance = 0.3\n")
    assert find_config(tmp_path / "a") == near
    assert load_settings(tmp_path / "a").tolerance == 0.3


def test_explicit_file_and_overrides(tmp_path: Path) -> None:
    put(tmp_path / "reconcile.toml", "tolerance = 0.1\n")
    other = put(tmp_path / "elsewhere.toml", 'tolerance = 0.2\nfail_on = "info"\n')
    s, used = load_settings_with_source(tmp_path, other, {"tolerance": None})
    assert used == other and s.tolerance == 0.2 and s.fail_on == "info"
    s = load_settings(tmp_path, other, {"tolerance": 0.05, "fail_on": "never"})
    assert s.tolerance == 0.05 and s.fail_on == "never"


def test_explicit_pyproject_reads_its_tool_table(tmp_path: Path) -> None:
    pp = put(tmp_path / "pyproject.toml", "[tool.reconcile]\ntolerance = 0.25\n")
    assert load_settings(None, pp).tolerance == 0.25


def test_full_table(tmp_path: Path) -> None:
    put(
        tmp_path / "reconcile.toml",
        """
tolerance = 0.01
[severity]
scale_mismatch = "info"
[currency_symbols]
"R$" = "BRL"
[metric_aliases]
turnover = "revenue"
[entity_aliases]
"BABA-W" = "Alibaba"
[[exchange_rates]]
date = 2025-09-24
base = "usd"
quote = "CNY"
rate = 7
""",
    )
    s = load_settings(tmp_path)
    assert s.severity == {"scale_mismatch": "info"}
    assert s.currency_symbols == {"R$": "BRL"}
    assert s.metric_aliases == {"turnover": "revenue"}
    assert s.entity_aliases == {"BABA-W": "Alibaba"}
    assert s.exchange_rates == [{"date": "2025-09-24", "base": "USD", "quote": "CNY", "rate": 7.0}]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("tolerence = 0.1\n", "unknown key 'tolerence' (did you mean 'tolerance'?)"),
        ("zzz = 1\n", "unknown key 'zzz' (known keys: tolerance"),
        ("tolerance = -1\n", "'tolerance': input should be greater than or equal to 0"),
        ('tolerance = "lots"\n', "'tolerance': input should be a valid number"),
        ('fail_on = "sometimes"\n', "'fail_on': input should be 'error', 'warning', 'info' or"),
        ('[severity]\nvalue_mismatch = "fatal"\n', "'severity.value_mismatch': input should be"),
        ('[severity]\nbogus = "info"\n', "'severity.bogus': not a finding kind"),
        ('[currency_symbols]\n"R$" = "real"\n', "'currency_symbols': 'real' (for 'R$') is not"),
        (
            '[[exchange_rates]]\nbase = "USD"\nquote = "CNY"\nrate = 0\n',
            "'exchange_rates': row 1: rate must be a positive number",
        ),
        (
            '[[exchange_rates]]\nbase = "USD"\nquote = "CNY"\nrate = 7\nwhen = 1\n',
            "'exchange_rates': row 1: unknown column(s) when",
        ),
        ("tolerance = \n", "not valid TOML"),
    ],
)
def test_bad_configuration_is_one_line_naming_file_and_key(
    tmp_path: Path, body: str, expected: str
) -> None:
    cfg = put(tmp_path / "reconcile.toml", body)
    with pytest.raises(ConfigError) as err:
        load_settings(tmp_path)
    message = str(err.value)
    assert message.startswith(f"{cfg}: ")
    assert expected in message
    assert "\n" not in message


def test_bad_key_in_pyproject_names_the_pyproject(tmp_path: Path) -> None:
    pp = put(tmp_path / "pyproject.toml", "[tool.reconcile]\nfail-on = 'error'\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml: unknown key 'fail-on' \(did you mean"):
        load_settings(tmp_path)
    assert find_config(tmp_path) == pp


def test_missing_explicit_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_settings(tmp_path, tmp_path / "nope.toml")


def test_bad_override_is_blamed_on_the_command_line(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"^command line: 'tolerance'"):
        load_settings(tmp_path, None, {"tolerance": -0.5})


@settings(max_examples=100, deadline=None)
@given(
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.sampled_from(["error", "warning", "info", "never"]),
)
def test_values_written_to_toml_come_back(tolerance: float, fail_on: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as d:
        put(Path(d) / "reconcile.toml", f'tolerance = {tolerance!r}\nfail_on = "{fail_on}"\n')
        s = load_settings(Path(d))
    assert s.tolerance == tolerance and s.fail_on == fail_on


def test_explicit_pyproject_without_table_is_an_error(tmp_path: Path) -> None:
    pp = put(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml: no \[tool\.reconcile\] table"):
        load_settings(None, pp)
