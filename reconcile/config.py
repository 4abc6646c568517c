"""Settings that shape a run, and where they come from.

Sources, weakest first: the defaults below; a configuration file; options given on the command
line (``overrides``). The file is ``--config FILE`` when given, otherwise the nearest of these,
looking in the working folder and then upward:

- ``reconcile.toml`` (keys at the top level);
- ``pyproject.toml`` with a ``[tool.reconcile]`` table (a pyproject.toml without one is passed by).

When both sit in the same folder, ``reconcile.toml`` wins. The search stops at the repository
root (the first folder upward holding ``.git``), so a file above the project is never used. A
``pyproject.toml`` that cannot be read or parsed is an error, like a broken ``reconcile.toml``.
``--config FILE`` takes either kind: a file whose only top-level table is ``[tool]`` is read as
a pyproject file, whatever its name.

Values are strict: ``tolerance`` is a finite number at least 0 (``true`` is not a number), each
exchange rate a finite number above 0. Example ``reconcile.toml``::

    tolerance = 0.01
    fail_on = "error"

    [severity]
    scale_mismatch = "info"

    [currency_symbols]
    "R$" = "BRL"

    [[exchange_rates]]
    date = 2025-09-24
    base = "USD"
    quote = "CNY"
    rate = 7.13
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import tomllib
from pathlib import Path
from typing import Any, Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from reconcile.claims.models import FindingKind
from reconcile.names import display_name

FailOn = Literal["error", "warning", "info", "never"]
CONFIG_NAMES = ("reconcile.toml", "pyproject.toml")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names the file and the key."""


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        default=0.0,
        ge=0.0,
        allow_inf_nan=False,
        description="relative widening of every interval, e.g. 0.01 = 1%",
    )
    severity: dict[FindingKind, Literal["error", "warning", "info", "off"]] = Field(
        default_factory=dict, description="remap a finding kind to another severity, or 'off'"
    )
    currency_symbols: dict[str, str] = Field(
        default_factory=dict, description="extra symbols: {'R$': 'BRL'}"
    )
    metric_aliases: dict[str, str] = Field(
        default_factory=dict, description="extra metric words: {'turnover': 'revenue'}"
    )
    entity_aliases: dict[str, str] = Field(
        default_factory=dict, description="extra entity names: {'BABA-W': 'Alibaba'}"
    )
    exchange_rates: list[dict[str, str | float]] = Field(
        default_factory=list,
        description="rows {'date': 'YYYY-MM-DD', 'base': 'USD', 'quote': 'CNY', 'rate': 7.13}",
    )
    max_seconds_per_file: float | None = Field(
        default=None,
        ge=0.0,
        allow_inf_nan=False,
        description="CPU seconds one file's extraction may take before the rest of the file is "
        "skipped with a notice; None: 5 s per megabyte (at least 5 s); 0: no limit",
    )
    fail_on: FailOn = Field(
        default="warning",
        description="lowest severity that makes `reconcile check` exit 1 ('never': always 0)",
    )

    @field_validator("tolerance", "max_seconds_per_file", mode="before")
    @classmethod
    def _not_a_boolean(cls, value: Any) -> Any:
        if isinstance(value, bool):
            raise ValueError(f"must be a number, not {str(value).lower()}")
        return value

    @field_validator("currency_symbols")
    @classmethod
    def _codes(cls, value: dict[str, str]) -> dict[str, str]:
        for symbol, code in value.items():
            if not symbol.strip():
                raise ValueError("a currency symbol cannot be empty")
            # three capitals (ISO 4217), or two a story writes as its currency's ("Zd41m")
            if not (len(code) in (2, 3) and code.isascii() and code.isalpha() and code.isupper()):
                raise ValueError(
                    f"{code!r} (for {symbol!r}) is not a currency code (3 capitals, ISO 4217; "
                    "or 2, a story's own letters)"
                )
        return value

    @field_validator("exchange_rates", mode="before")
    @classmethod
    def _rows(cls, value: Any) -> Any:
        if not isinstance(value, list):
            return value
        rows = []
        for i, row in enumerate(value, 1):
            if not isinstance(row, dict):
                raise ValueError(f"row {i} is not a table")
            row = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}
            unknown = set(row) - {"date", "base", "quote", "rate"}
            if unknown:
                raise ValueError(f"row {i}: unknown column(s) {', '.join(sorted(unknown))}")
            for key in ("base", "quote"):
                code = row.get(key)
                if not (isinstance(code, str) and len(code) == 3 and code.isalpha()):
                    raise ValueError(f"row {i}: {key} must be a 3-letter currency code")
                row[key] = code.upper()
            rate = row.get("rate")
            if (
                isinstance(rate, bool)
                or not isinstance(rate, int | float)
                or not math.isfinite(rate)
                or rate <= 0
            ):
                raise ValueError(f"row {i}: rate must be a positive number (finite)")
            row["rate"] = float(rate)
            if "date" in row:
                try:
                    dt.date.fromisoformat(str(row["date"]))
                except ValueError:
                    raise ValueError(f"row {i}: date must be YYYY-MM-DD") from None
            rows.append(row)
        return rows


FIELDS = tuple(Settings.model_fields)


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{display_name(path)}: no such configuration file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{display_name(path)}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{display_name(path)}: not valid TOML ({exc})") from None


def _has_tool_table(pyproject: Path) -> bool:
    """Whether a pyproject.toml has [tool.reconcile]; a broken one is a ``ConfigError``."""
    tool = _load_toml(pyproject).get("tool")
    return isinstance(tool, dict) and "reconcile" in tool


def _repository_root(folder: Path) -> bool:
    return (folder / ".git").exists()


def find_config(start: Path | None = None) -> Path | None:
    """The nearest reconcile.toml, or pyproject.toml with [tool.reconcile], from ``start`` up to
    the repository root (a folder holding ``.git``) or the file system's root."""
    here = (start or Path.cwd()).absolute()
    if here.is_file():
        here = here.parent
    for folder in (here, *here.parents):
        candidate = folder / "reconcile.toml"
        if candidate.is_file():
            return candidate
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and _has_tool_table(candidate):
            return candidate
        if _repository_root(folder):
            break
    return None


def _pyproject_like(path: Path, data: dict[str, Any]) -> bool:
    return path.name == "pyproject.toml" or (bool(data) and set(data) <= {"tool", "project"})


def read_config(path: Path) -> dict[str, Any]:
    """The raw settings table of one file (``[tool.reconcile]`` for a pyproject file)."""
    data = _load_toml(path)
    if _pyproject_like(path, data):
        tool = data.get("tool", {})
        if not (isinstance(tool, dict) and "reconcile" in tool):
            raise ConfigError(f"{display_name(path)}: no [tool.reconcile] table")
        table = tool["reconcile"]
        if not isinstance(table, dict):
            raise ConfigError(f"{display_name(path)}: [tool.reconcile] must be a table")
        return table
    return data


def _words(err: dict[str, Any]) -> str:
    """One pydantic error as a phrase: the key, then what is wrong with it."""
    parts = [str(part) for part in err.get("loc", ())]
    bad_key = bool(parts) and parts[-1] == "[key]"
    if bad_key:
        parts = parts[:-1]
    loc = ".".join(parts)
    kind = str(err.get("type", ""))
    given = err.get("input")
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(loc, FIELDS, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(FIELDS)})"
        return f"unknown key '{loc}'{hint}"
    if bad_key and parts[:1] == ["severity"]:
        return f"'{loc}': not a finding kind (known kinds: {', '.join(get_args(FindingKind))})"
    message = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    message = message[:1].lower() + message[1:]
    if bad_key:
        return f"'{loc}': not allowed as a key: {message}"
    if kind.endswith("_type") or kind.startswith("literal") or "parsing" in kind:
        return f"'{loc}': {message}, got {given!r}"
    return f"'{loc}': {message}"


def settings_from(data: dict[str, Any], source: str) -> Settings:
    """Validate a settings table; errors become one ``ConfigError`` line naming file and key."""
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_words(e) for e in exc.errors())  # type: ignore[arg-type]
        raise ConfigError(f"{source}: {problems}") from None


def load_settings(
    start: Path | None = None,
    explicit: Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> Settings:
    """Settings from ``explicit`` (or the file ``find_config(start)`` finds) plus ``overrides``.

    ``overrides`` are command-line values; ``None`` values are ignored. Raises ``ConfigError``.
    """
    return load_settings_with_source(start, explicit, overrides)[0]


def load_settings_with_source(
    start: Path | None = None,
    explicit: Path | None = None,
    overrides: dict[str, Any] | None = None,
) -> tuple[Settings, Path | None]:
    """Like ``load_settings``, also returning the configuration file used (or None)."""
    path = Path(explicit) if explicit is not None else find_config(start)
    data: dict[str, Any] = read_config(path) if path is not None else {}
    if path is not None:
        settings_from(data, display_name(path))  # the file alone must be valid: errors name it
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    merged = {**data, **given}
    source = "command line" if given or path is None else display_name(path)
    return settings_from(merged, source), path
