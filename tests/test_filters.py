"""Quiet by default: text, SARIF and GitHub output show warnings and errors; ``--show-info``,
``--min-severity``, ``--select``/``--ignore`` and ``severity = "off"`` choose what is shown;
the JSON always holds every finding."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.claims.models import Finding, Report
from reconcile.cli import main
from reconcile.render.common import SEVERITIES, filtered

KINDS = ["value_mismatch", "qualifier_conflict", "different_scope", "arithmetic", "scale_mismatch"]

# one figure wrong on the same day (an error) and one share price of two far-apart days (info)
SOURCES = {
    "one.txt": (
        "Published: 2024-05-14\n\nPellucid Tiles sets record\n\n"
        "Pellucid Tiles said its annual revenue reached $812 million, its best year yet.\n"
        "Pellucid Tiles shares closed at $41.20 on 2 May 2024.\n"
    ),
    "two.txt": (
        "Published: 2024-05-15\n\nTile maker grows\n\n"
        "Pellucid Tiles reported annual revenue of $655 million for the year.\n"
        "Pellucid Tiles shares closed at $47.90 on 14 May 2024.\n"
    ),
}


def cli(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(list(argv))
    return code, out.getvalue()


@pytest.fixture
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    for name, text in SOURCES.items():
        (folder / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def severities(path: Path, *extra: str) -> list[str]:
    code, out = cli("report", str(path), "--format", "json", "--no-cache", *extra)
    assert code == 0
    return sorted(f["severity"] for f in json.loads(out)["findings"])


def test_json_holds_every_finding_and_text_hides_info(sources: Path) -> None:
    everything = severities(sources)
    assert "info" in everything and {"error", "warning"} & set(everything)
    _, text = cli("report", str(sources), "--no-cache")
    assert "\n  info " not in text
    assert "info note" in text and "--show-info" in text
    _, shown = cli("report", str(sources), "--no-cache", "--show-info")
    assert "\n  info " in shown
    _, same = cli("report", str(sources), "--no-cache", "--min-severity", "info")
    assert same == shown
    _, errors_only = cli("report", str(sources), "--no-cache", "--min-severity", "error")
    assert "\n  warning " not in errors_only and "\n  info " not in errors_only


def test_select_and_ignore_name_kinds(sources: Path) -> None:
    _, text = cli("report", str(sources), "--no-cache", "--show-info", "--ignore", "value_mismatch")
    assert "value_mismatch" not in text and "different_scope" in text
    _, text = cli("report", str(sources), "--no-cache", "--show-info", "--select", "value_mismatch")
    assert "value_mismatch" in text and "different_scope" not in text


def test_unknown_kind_is_a_usage_error(sources: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(sources), "--select", "value_mismach"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "value_mismach" in err[0] and "value_mismatch" in err[0]


def test_severity_off_in_config_drops_the_kind(sources: Path) -> None:
    assert "info" in severities(sources)
    (sources.parent / "reconcile.toml").write_text('[severity]\ndifferent_scope = "off"\n')
    _, out = cli("report", str(sources), "--format", "json", "--no-cache")
    kinds = {f["kind"] for f in json.loads(out)["findings"]}
    assert "different_scope" not in kinds and "value_mismatch" in kinds


def test_check_sarif_and_github_leave_out_info(sources: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Pellucid Tiles had annual revenue of $812 million.\n"
        "Pellucid Tiles shares closed at $30.10 on 7 March 2024.\n",
        encoding="utf-8",
    )
    args = ("check", str(draft), "--against", str(sources), "--no-cache", "--fail-on", "never")
    _, out = cli(*args, "--format", "json")
    assert any(f["severity"] == "info" for f in json.loads(out)["findings"])
    _, sarif = cli(*args, "--format", "sarif")
    levels = {r["level"] for r in json.loads(sarif)["runs"][0]["results"]}
    assert "note" not in levels
    _, sarif = cli(*args, "--format", "sarif", "--show-info")
    assert "note" in {r["level"] for r in json.loads(sarif)["runs"][0]["results"]}
    _, github = cli(*args, "--format", "github")
    assert "::notice" not in github
    _, github = cli(*args, "--format", "github", "--show-info")
    assert "::notice" in github


def test_ignored_kind_does_not_fail_a_check(sources: Path, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text("Pellucid Tiles had annual revenue of $990 million.\n", encoding="utf-8")
    args = ("check", str(draft), "--against", str(sources), "--no-cache")
    assert cli(*args)[0] == 1
    assert cli(*args, "--ignore", "value_mismatch,scale_mismatch")[0] == 0


@given(
    st.lists(st.tuples(st.sampled_from(KINDS), st.sampled_from(SEVERITIES)), max_size=12),
    st.sampled_from(SEVERITIES),
    st.none() | st.sets(st.sampled_from(KINDS)),
    st.sets(st.sampled_from(KINDS)),
)
def test_filter_keeps_exactly_what_was_asked(
    rows: list[tuple[str, str]], floor: str, select: set[str] | None, ignore: set[str]
) -> None:
    report = Report(
        findings=[
            Finding(id=f"f{i}", kind=k, severity=s, claims=[], message="m")  # type: ignore[arg-type]
            for i, (k, s) in enumerate(rows)
        ]
    )
    kept = filtered(report, floor, select, ignore).findings
    rank = {s: n for n, s in enumerate(SEVERITIES)}
    for f in report.findings:
        wanted = (
            rank[f.severity] <= rank[floor]
            and (select is None or f.kind in select)
            and f.kind not in ignore
        )
        assert (f in kept) == wanted
    assert filtered(report, "info").findings == report.findings
